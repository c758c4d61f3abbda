// WordNet's word relations, read from its data files (Debian's wordnet-base, /usr/share/wordnet):
// the words a claim may use for a source's ("passed" for "approved", "approval" for "approve").
// Where the files are absent every word relates to none, and matching is by the words alone.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace citecheck::text {

class WordNet {
 public:
  // Reads the index and exception files of `dir`; `available()` is false if any is missing.
  explicit WordNet(const std::string& dir);

  // The one the matcher uses: $CITECHECK_WORDNET_DIR if set (empty: none), else
  // /usr/share/wordnet.
  static const WordNet& installed();

  bool available() const { return available_; }

  // Single words (folded) that WordNet relates to the folded word `word`, in any of its senses,
  // `word` itself left out: `same`, its synonyms and the words derived from it or it from them
  // ("approve", "approval"); `nearby`, for a verb, the verbs one step more or less general
  // ("approve" is a way to "pass").
  struct Related {
    std::vector<std::string> same;
    std::vector<std::string> nearby;
  };
  Related related(std::string_view word) const;

  // The Snowball stems of those words, stopwords and `word`'s own stem left out: what the
  // matcher compares with a source's terms. Worked out once per word.
  const Related& related_stems(std::string_view word) const;

 private:
  // A file mapped read-only: only the pages a look-up touches are read.
  class Mapped {
   public:
    explicit Mapped(const std::string& path);
    ~Mapped();
    Mapped(const Mapped&) = delete;
    Mapped& operator=(const Mapped&) = delete;
    std::string_view text() const { return {data_, size_}; }
    bool ok() const { return opened_; }

   private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    bool opened_ = false;
  };
  struct Part {                     // one part of speech
    std::unique_ptr<Mapped> index;  // index.<pos>: one sorted line per lemma
    std::unique_ptr<Mapped> data;   // data.<pos>: one line per synset, at its offset
    std::unordered_map<std::string, std::vector<std::string>> exceptions;  // <pos>.exc
    char tag = 'n';
  };
  std::vector<std::string> lemmas(const Part& part, std::string_view word) const;
  std::vector<long> synsets(const Part& part, std::string_view lemma) const;
  std::string_view synset_line(char pos, long offset) const;
  Related related_locked(std::string_view word) const;

  bool available_ = false;
  std::vector<Part> parts_;
  mutable std::mutex mutex_;  // the caches
  mutable std::map<std::string, Related, std::less<>> stems_;
};

}  // namespace citecheck::text
