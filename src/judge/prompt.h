// The model judge's words on the wire: what one claim's request says (OpenAI chat-completions
// JSON) and what an answer means. Pure functions of their inputs, so both sides are unit-tested
// and fuzzed without a server; judge/client.cc carries them, judge/model_judge.cc decides what to
// send.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/settings.h"
#include "core/types.h"

namespace citecheck::judge {

// Bumped whenever a request's wording changes, so cached verdicts of another wording are not used.
inline constexpr const char* kPromptVersion = "1";

// What is sent about one claim: its words (citation markers removed), the article's sentence
// before it when the claim points back to it, and passages of the cited sources, each under the
// reference id the article gives it. Nothing else of the article or the pages leaves the machine.
struct Question {
  std::string claim;
  std::string context;
  std::vector<core::Evidence> passages;  // best first; reference_id and text
};

// A claim with its citation markers blanked out, as a reader would write it without them: single
// spaces, and no space left before the punctuation a marker stood in front of.
std::string claim_words(std::string_view blanked);

// How much a server takes, stepped down after a 400 or 422 answer: JSON schema and log
// probabilities, then a plain JSON object, then no log probabilities, then no response format.
// Style minicheck has no response format: its forms are with and without log probabilities.
enum class Dialect { kSchema = 0, kJsonObject = 1, kNoLogprobs = 2, kPlain = 3 };

// How many forms a style's request has; form i of style minicheck is dialect_of(style, i).
int dialects(core::JudgeStyle style);
Dialect dialect_of(core::JudgeStyle style, int form);

// The body of POST {url}/chat/completions for `q`: not streamed, temperature 0.
std::string request_body(const Question& q, const std::string& model, core::JudgeStyle style,
                         Dialect dialect);

struct Answer {
  core::Verdict verdict = core::Verdict::kUnsupported;
  // The model's expected support in [0, 1]: from the verdict token's log probabilities where the
  // answer carries them, else from the verdict alone (1, 0.5, 0.15, 0).
  double support = 0;
  bool from_logprobs = false;
  std::string explanation;  // one line, cut at kExplanationBytes; empty for style minicheck
};
inline constexpr std::size_t kExplanationBytes = 300;

// The chat-completions response body read for `style`; the reason when it is not an answer
// ("not JSON", "no choices", "no verdict in the answer", ...).
struct Parsed {
  std::optional<Answer> answer;
  std::string error;
};
Parsed parse_response(std::string_view body, core::JudgeStyle style);

// The first JSON object in free text (an answer wrapped in prose or a ``` fence), as text; empty
// when there is none.
std::string first_json_object(std::string_view text);

// A server's error answer ({"error": {"message": ...}} or {"error": "..."}), cut to one short
// line; empty when the body says nothing readable.
std::string error_message(std::string_view body);

}  // namespace citecheck::judge
