// The Snowball (libstemmer) adapter: one English stemmer per thread, since a stemmer object keeps
// state between calls.
#include <libstemmer.h>

#include <memory>

#include "text/tokens.h"

namespace citecheck::text {
namespace {

struct StemmerCloser {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

}  // namespace

std::string stem(std::string_view folded) {
  thread_local std::unique_ptr<sb_stemmer, StemmerCloser> stemmer(
      sb_stemmer_new("english", "UTF_8"));
  if (!stemmer || folded.empty()) return std::string(folded);
  const sb_symbol* out =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(folded.data()),
                      static_cast<int>(folded.size()));
  if (out == nullptr) return std::string(folded);
  return std::string(reinterpret_cast<const char*>(out),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

}  // namespace citecheck::text
