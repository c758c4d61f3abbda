// WordNet's files are read as its own tools read them: the index files (one sorted line per lemma
// and part of speech, naming its synsets by byte offset in the data file) are searched by
// bisection; a synset's line is read from the data file at its offset when a word asks for it;
// the exception lists ("went" is "go") and the detachment rules ("passed": "pass") give a word's
// lemmas. The files are mapped, not read: only the words of claims are looked up, each once, so a
// run touches a few pages of the 28 MB.
#include "text/wordnet.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/tokens.h"

namespace citecheck::text {
namespace {

constexpr std::array<char, 4> kTags = {'n', 'v', 'a', 'r'};
constexpr std::array<std::string_view, 4> kNames = {"noun", "verb", "adj", "adv"};

std::string read_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ok = false;
    return {};
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Morphy's detachment rules: an inflected ending and what replaces it.
struct Rule {
  std::string_view ending;
  std::string_view base;
};
constexpr std::array<Rule, 8> kNounRules = {{{"s", ""},
                                             {"ses", "s"},
                                             {"xes", "x"},
                                             {"zes", "z"},
                                             {"ches", "ch"},
                                             {"shes", "sh"},
                                             {"men", "man"},
                                             {"ies", "y"}}};
constexpr std::array<Rule, 8> kVerbRules = {{{"s", ""},
                                             {"ies", "y"},
                                             {"es", "e"},
                                             {"es", ""},
                                             {"ed", "e"},
                                             {"ed", ""},
                                             {"ing", "e"},
                                             {"ing", ""}}};
constexpr std::array<Rule, 4> kAdjectiveRules = {
    {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}}};

// A word of a synset as a claim writes it: "O.K." and "pass_on" are no single word, and an
// adjective's position marker ("galore(ip)") is dropped.
std::string plain_word(std::string_view w) {
  if (const std::size_t paren = w.find('('); paren != std::string_view::npos)
    w = w.substr(0, paren);
  std::string out;
  for (const char c : w) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return {};
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

// A synset's line, parsed: its words, and its pointers (symbol, target offset, target part of
// speech, source and target word numbers).
struct Pointer {
  std::string symbol;
  long offset = 0;
  char pos = 'n';
  int source = 0;
  int target = 0;
};
struct Synset {
  std::vector<std::string> words;  // plain, "" where not a single word
  std::vector<Pointer> pointers;
};

// The first `most` fields of `line` separated by spaces, up to its gloss ("| ...").
std::vector<std::string_view> fields_of(std::string_view line, std::size_t most = SIZE_MAX) {
  std::vector<std::string_view> fields;
  for (std::size_t at = 0; at < line.size() && fields.size() < most;) {
    const std::size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) {
      if (line[at] == '|') break;
      fields.push_back(line.substr(at, end - at));
    }
    at = end + 1;
  }
  return fields;
}

long number(std::string_view field, int base) {
  long n = 0;
  for (const char c : field) {
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0 || digit >= base) return n;
    n = n * base + digit;
  }
  return n;
}

// offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol offset pos source/target)...
// A synset a pointer leads to is read for its words only (`pointers` false): most of a line is
// its pointers.
Synset parse_synset(std::string_view line, bool pointers_too = true) {
  Synset s;
  const std::vector<std::string_view> head = fields_of(line, 4);
  if (head.size() < 4) return s;
  const auto words = static_cast<std::size_t>(number(head[3], 16));
  const std::vector<std::string_view> f = fields_of(line, pointers_too ? SIZE_MAX : 4 + 2 * words);
  std::size_t at = 4;
  for (std::size_t k = 0; k < words && at + 1 < f.size(); ++k, at += 2) {
    s.words.push_back(plain_word(f[at]));
  }
  if (!pointers_too || at >= f.size()) return s;
  const auto pointers = static_cast<std::size_t>(number(f[at++], 10));
  for (std::size_t k = 0; k < pointers && at + 3 < f.size(); ++k, at += 4) {
    Pointer p;
    p.symbol = std::string(f[at]);
    p.offset = number(f[at + 1], 10);
    p.pos = f[at + 2].empty() ? 'n' : f[at + 2][0];
    if (f[at + 3].size() == 4) {
      p.source = static_cast<int>(number(f[at + 3].substr(0, 2), 16));
      p.target = static_cast<int>(number(f[at + 3].substr(2), 16));
    }
    s.pointers.push_back(std::move(p));
  }
  return s;
}

}  // namespace

WordNet::Mapped::Mapped(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    size_ = static_cast<std::size_t>(st.st_size);
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      data_ = static_cast<const char*>(p);
      opened_ = true;
    } else {
      size_ = 0;
    }
  }
  ::close(fd);
}

WordNet::Mapped::~Mapped() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

WordNet::WordNet(const std::string& dir) {
  if (dir.empty()) return;
  bool ok = true;
  for (std::size_t k = 0; k < kTags.size(); ++k) {
    Part& part = parts_.emplace_back();
    part.tag = kTags[k];
    const std::string name(kNames[k]);
    part.index = std::make_unique<Mapped>(dir + "/index." + name);
    part.data = std::make_unique<Mapped>(dir + "/data." + name);
    ok = ok && part.index->ok() && part.data->ok();
    std::istringstream exceptions(read_file(dir + "/" + name + ".exc", ok));
    for (std::string line; std::getline(exceptions, line);) {
      std::istringstream fields(line);
      std::string inflected, base;
      fields >> inflected;
      while (fields >> base) part.exceptions[inflected].push_back(base);
    }
  }
  available_ = ok;
}

const WordNet& WordNet::installed() {
  static const WordNet kInstalled([] {
    const char* dir = std::getenv("CITECHECK_WORDNET_DIR");
    return std::string(dir != nullptr ? dir : "/usr/share/wordnet");
  }());
  return kInstalled;
}

std::vector<long> WordNet::synsets(const Part& part, std::string_view lemma) const {
  // Bisection over bytes, as WordNet's own search does: the line around the middle, by its lemma.
  // The licence lines at the top open with spaces, so their "lemma" is empty and sorts first.
  const std::string_view index = part.index->text();
  std::size_t low = 0, high = index.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const std::size_t newline = index.rfind('\n', middle);
    const std::size_t start =
        newline == std::string_view::npos || newline < low ? low : newline + 1;
    const std::size_t end = std::min(index.find('\n', start), index.size());
    const std::string_view line = index.substr(start, end - start);
    const std::string_view key = line.substr(0, line.find(' '));
    if (key < lemma) {
      low = end + 1;
    } else if (lemma < key) {
      high = start;
    } else {
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const std::vector<std::string_view> f = fields_of(line);
      if (f.size() < 4) return {};
      const auto count = static_cast<std::size_t>(number(f[2], 10));
      std::vector<long> offsets;
      for (std::size_t k = f.size() >= count ? f.size() - count : 0; k < f.size(); ++k) {
        offsets.push_back(number(f[k], 10));
      }
      return offsets;
    }
  }
  return {};
}

std::vector<std::string> WordNet::lemmas(const Part& part, std::string_view word) const {
  std::vector<std::string> candidates;
  if (const auto it = part.exceptions.find(std::string(word)); it != part.exceptions.end()) {
    candidates = it->second;
  }
  candidates.emplace_back(word);
  auto detach = [&](const auto& rules) {
    for (const Rule& r : rules) {
      if (word.size() > r.ending.size() + 1 && word.ends_with(r.ending)) {
        candidates.push_back(std::string(word.substr(0, word.size() - r.ending.size())) +
                             std::string(r.base));
      }
    }
  };
  if (part.tag == 'n') detach(kNounRules);
  if (part.tag == 'v') detach(kVerbRules);
  if (part.tag == 'a') detach(kAdjectiveRules);
  std::vector<std::string> found;
  for (std::string& c : candidates) {
    if (std::find(found.begin(), found.end(), c) == found.end() && !synsets(part, c).empty()) {
      found.push_back(std::move(c));
    }
  }
  return found;
}

std::string_view WordNet::synset_line(char pos, long offset) const {
  const char tag = pos == 's' ? 'a' : pos;
  for (const Part& part : parts_) {
    if (part.tag != tag) continue;
    const std::string_view data = part.data->text();
    const auto at = static_cast<std::size_t>(offset);
    if (offset < 0 || at >= data.size()) return {};
    return data.substr(at, data.find('\n', at) - at);
  }
  return {};
}

WordNet::Related WordNet::related(std::string_view word) const {
  if (!available_) return {};
  const std::lock_guard<std::mutex> lock(mutex_);
  return related_locked(word);
}

const WordNet::Related& WordNet::related_stems(std::string_view word) const {
  static const Related kNone;
  if (!available_) return kNone;
  const std::lock_guard<std::mutex> lock(mutex_);
  if (const auto it = stems_.find(word); it != stems_.end()) return it->second;
  const std::string own = stem(word);
  const Related words = related_locked(word);
  Related stems;
  auto add = [&](const std::vector<std::string>& from, std::vector<std::string>& to) {
    for (const std::string& w : from) {
      if (is_stopword(w)) continue;
      std::string s = stem(w);
      if (s == own || std::find(stems.same.begin(), stems.same.end(), s) != stems.same.end() ||
          std::find(to.begin(), to.end(), s) != to.end()) {
        continue;
      }
      to.push_back(std::move(s));
    }
  };
  add(words.same, stems.same);
  add(words.nearby, stems.nearby);
  return stems_.emplace(std::string(word), std::move(stems)).first->second;
}

WordNet::Related WordNet::related_locked(std::string_view word) const {
  std::set<std::string> same, nearby;
  auto add = [&](std::set<std::string>& to, const std::string& w) {
    if (!w.empty() && w != word) to.insert(w);
  };
  for (const Part& part : parts_) {
    for (const std::string& lemma : lemmas(part, word)) {
      for (const long offset : synsets(part, lemma)) {
        const Synset s = parse_synset(synset_line(part.tag, offset));
        // Which word of the synset the lemma is, for the pointers between words.
        int number = 0;
        for (std::size_t k = 0; k < s.words.size(); ++k) {
          if (s.words[k] == lemma) number = static_cast<int>(k + 1);
          add(same, s.words[k]);
        }
        for (const Pointer& p : s.pointers) {
          const bool derived = p.symbol == "+" && (p.source == 0 || p.source == number);
          const bool step = part.tag == 'v' && (p.symbol == "@" || p.symbol == "~");
          if (!derived && !step) continue;
          const Synset target = parse_synset(synset_line(p.pos, p.offset), false);
          for (std::size_t k = 0; k < target.words.size(); ++k) {
            if (p.target == 0 || p.target == static_cast<int>(k + 1)) {
              add(derived ? same : nearby, target.words[k]);
            }
          }
        }
      }
    }
  }
  Related related;
  related.same.assign(same.begin(), same.end());
  for (const std::string& w : nearby) {
    if (!same.count(w)) related.nearby.push_back(w);
  }
  return related;
}

}  // namespace citecheck::text
