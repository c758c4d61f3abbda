// libFuzzer target for polarity and direction (src/match/polarity.*), which reads a claim from the
// article and sentences from source pages: the first line is the claim, the others the sentences.
// Every clash must name one of the sentences given, and its words must come from the texts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "match/polarity.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck::match;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t eol = input.find('\n');
  const std::string_view claim = input.substr(0, eol);
  std::vector<std::string> sentences;
  for (std::size_t at = eol; at != std::string_view::npos && at < input.size();) {
    const std::size_t next = input.find('\n', at + 1);
    sentences.emplace_back(
        input.substr(at + 1, next == std::string_view::npos ? next : next - at - 1));
    at = next;
  }
  for (const auto& clash : {find_clash(claim, sentences), find_vote_clash(claim, sentences)}) {
    if (!clash) continue;
    if (clash->sentence >= sentences.size()) std::abort();
    if (clash->claim_words.size() > claim.size() + 16) std::abort();
  }
  if (const auto word = unbacked_sign(claim, sentences)) {
    if (word->empty() || word->size() > claim.size()) std::abort();
  }
  return 0;
}
