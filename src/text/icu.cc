// The ICU adapter. Sentence breaks run over a UTF-8 UText so the iterator reports byte offsets
// directly; case folding goes through UTF-16 because that is what Normalizer2 takes.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>

#include "text/unicode.h"

namespace citecheck::text {

bool is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool is_upper(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)) != 0; }
bool is_lower(char32_t cp) { return u_islower(static_cast<UChar32>(cp)) != 0; }
bool is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)) != 0; }
bool is_space(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0; }

std::string fold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  const icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = norm->normalize(in, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string result;
  out.toUTF8String(result);
  return result;
}

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
  if (U_FAILURE(status)) return nullptr;
  return it;
}

}  // namespace

std::vector<std::size_t> icu_sentence_breaks(std::string_view s) {
  std::vector<std::size_t> breaks;
  // One iterator per thread: creating it loads rule data, which dominates short inputs.
  thread_local std::unique_ptr<icu::BreakIterator> iterator = make_sentence_iterator();
  if (!iterator || s.empty()) return breaks;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status));
  if (U_FAILURE(status)) return breaks;
  iterator->setText(ut.get(), status);
  if (U_FAILURE(status)) return breaks;
  for (int32_t b = iterator->next(); b != icu::BreakIterator::DONE; b = iterator->next()) {
    const auto at = static_cast<std::size_t>(b);
    if (at > 0 && at < s.size()) breaks.push_back(at);
  }
  // The iterator keeps a pointer to the UText; detach before it closes.
  iterator->setText(icu::UnicodeString());
  return breaks;
}

}  // namespace citecheck::text
