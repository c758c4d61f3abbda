// libFuzzer target for the model judge's answers (src/judge/prompt.*), which come from a server
// the user names but whose bytes are not ours: a chat-completions body with the first byte
// choosing the style. An answer must be a verdict with a support in [0, 1] and a short
// explanation; anything else must be an error message, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "judge/prompt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace citecheck;
  if (size == 0) return 0;
  const auto style = (data[0] & 1) != 0 ? core::JudgeStyle::kMinicheck : core::JudgeStyle::kVerdict;
  const std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const judge::Parsed parsed = judge::parse_response(body, style);
  if (parsed.answer) {
    const judge::Answer& a = *parsed.answer;
    if (!(a.support >= 0.0 && a.support <= 1.0)) std::abort();
    if (a.explanation.size() > judge::kExplanationBytes) std::abort();
    if (a.verdict == core::Verdict::kUnverifiable) std::abort();
  } else if (parsed.error.empty()) {
    std::abort();
  }
  (void)judge::first_json_object(body);
  if (judge::error_message(body).size() > 200) std::abort();
  return 0;
}
