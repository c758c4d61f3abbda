// The judge stage (after match/, before verdict/ lays the facts over it): each claim's question
// put to a language model through an OpenAI-compatible chat-completions API, one request per
// claim, answers kept in the cache. The network and the cache come in as functions (pipeline.cc
// binds them to fetch/ and cache/), so this stage is tested with fakes as well as a loopback
// server.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/settings.h"
#include "core/types.h"
#include "judge/prompt.h"

namespace citecheck::judge {

// Scope "uncertain" asks the model about claims whose lexical support score lies in
// [kUncertainLow, kUncertainHigh): the band where lexical verdicts are least reliable on the dev
// sets (bench/RESULTS.md, "Model judge"). Outside it the lexical verdict is kept.
inline constexpr double kUncertainLow = 0.2;
inline constexpr double kUncertainHigh = 0.6;

// One request's fate, as the transport saw it.
struct Reply {
  bool answered = false;  // false: no HTTP answer (refused, timed out, deadline, interrupted)
  int status = 0;
  std::string body;
  std::string error;  // when not answered
};

// `form` counts from 0 up to dialects(style) - 1 (judge/prompt.h), each asking less of the server.
using BodyOf = std::function<std::string(std::size_t index, int form)>;
using OnReply = std::function<void(std::size_t index, Reply reply)>;
// Sends body_of(i, form) for each i < count (stepping the form down on a 400 or 422) and
// calls on_reply once for each.
using Send = std::function<void(std::size_t count, const BodyOf& body_of, const OnReply& on_reply)>;

// The cache's side: a stored answer by key, and storing one. Either may be empty (no cache).
struct Memory {
  std::function<std::optional<std::string>(const std::string& key)> find;
  std::function<void(const std::string& key, const std::string& value)> keep;
};

struct Outcome {
  std::vector<std::optional<core::ModelVerdict>> verdicts;  // per question
  std::size_t requested = 0;                                // questions sent to the server
  std::size_t from_cache = 0;                               // answered by the cache
  std::map<std::string, std::size_t> failures;              // what failed -> how many questions
};

// The passages to send, best first, taking turns between the cited references so each is heard,
// within `max_tokens` (about four bytes a token); a passage that would overflow is cut.
std::vector<core::Evidence> passages_within(const std::vector<core::Evidence>& ranked,
                                            int max_tokens);

// The cache key of a question: model, style, prompt version, claim, and a hash of what else is
// sent.
std::string cache_key(const Question& q, const core::JudgeSettings& settings);

// Asks every question not answered by `memory`, and keeps each new answer there.
Outcome ask_all(const std::vector<Question>& questions, const core::JudgeSettings& settings,
                const Send& send, const Memory& memory);

}  // namespace citecheck::judge
