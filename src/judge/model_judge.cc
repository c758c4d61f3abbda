// Putting the claims to the model: the cache first, then one request per claim left, each answer
// read (judge/prompt.cc) and kept. A failure of any kind (no answer, an HTTP error, an answer that
// is not a verdict) is counted by what it was and leaves that claim to the lexical engine.
#include "judge/model_judge.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace citecheck::judge {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::size_t kBytesPerToken = 4;

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 1469598103934665603ULL) {
  for (const char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string remember(const core::ModelVerdict& v) {
  return Json{{"verdict", core::verdict_name(v.verdict)},
              {"support", v.support},
              {"explanation", v.explanation}}
      .dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<core::ModelVerdict> recall(const std::string& stored) {
  const Json j = Json::parse(stored, nullptr, false);
  if (!j.is_object() || !j.contains("verdict") || !j["verdict"].is_string() ||
      !j.contains("support") || !j["support"].is_number()) {
    return std::nullopt;
  }
  core::ModelVerdict v;
  const std::string word = j["verdict"].get<std::string>();
  const core::Verdict kinds[] = {core::Verdict::kSupported, core::Verdict::kPartial,
                                 core::Verdict::kUnsupported, core::Verdict::kContradicted};
  const auto it = std::find_if(std::begin(kinds), std::end(kinds),
                               [&](core::Verdict k) { return word == core::verdict_name(k); });
  if (it == std::end(kinds)) return std::nullopt;
  v.verdict = *it;
  v.support = std::clamp(j["support"].get<double>(), 0.0, 1.0);
  if (j.contains("explanation") && j["explanation"].is_string()) {
    v.explanation = j["explanation"].get<std::string>();
  }
  return v;
}

// What a reply that is not a verdict was, in a few words for the run's notice.
std::string failure_of(const Reply& reply) {
  if (!reply.answered) return reply.error.empty() ? "no answer" : reply.error;
  const std::string said = error_message(reply.body);
  if (reply.status == 401 || reply.status == 403) {
    return fmt::format("HTTP {}: the server refused the key{}", reply.status,
                       said.empty() ? "" : " (" + said + ")");
  }
  return fmt::format("HTTP {}{}", reply.status, said.empty() ? "" : ": " + said);
}

}  // namespace

std::vector<core::Evidence> passages_within(const std::vector<core::Evidence>& ranked,
                                            int max_tokens) {
  // Each reference's passages in rank order, then one from each in turn.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const core::Evidence*>> by_ref;
  for (const core::Evidence& e : ranked) {
    if (!by_ref.count(e.reference_id)) order.push_back(e.reference_id);
    by_ref[e.reference_id].push_back(&e);
  }
  std::vector<core::Evidence> out;
  std::size_t budget = static_cast<std::size_t>(std::max(0, max_tokens)) * kBytesPerToken;
  for (std::size_t round = 0; budget > 0; ++round) {
    bool any = false;
    for (const std::string& id : order) {
      const auto& list = by_ref[id];
      if (round >= list.size() || budget == 0) continue;
      any = true;
      core::Evidence e = *list[round];
      if (e.text.size() > budget) {
        // A cut passage is worth sending only if it is the first or says a fair amount.
        if (!out.empty() && budget < 200) {
          budget = 0;
          break;
        }
        e.text = text::clip_utf8(e.text, budget > 3 ? budget - 3 : 0);  // "…" is 3 bytes
      }
      budget -= std::min(budget, e.text.size());
      out.push_back(std::move(e));
    }
    if (!any) break;
  }
  return out;
}

std::string cache_key(const Question& q, const core::JudgeSettings& settings) {
  std::uint64_t h = fnv1a(q.context);
  for (const core::Evidence& e : q.passages) {
    h = fnv1a(e.reference_id, fnv1a("\x1f", h));
    h = fnv1a(e.text, fnv1a("\x1e", h));
  }
  const char* style = settings.style == core::JudgeStyle::kMinicheck ? "minicheck" : "verdict";
  return fmt::format("{}\x1f{}-{}\x1f{}\x1f{:016x}", settings.model, style, kPromptVersion, q.claim,
                     h);
}

Outcome ask_all(const std::vector<Question>& questions, const core::JudgeSettings& settings,
                const Send& send, const Memory& memory) {
  Outcome out;
  out.verdicts.resize(questions.size());
  std::vector<std::size_t> to_ask;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < questions.size(); ++i)
    keys.push_back(cache_key(questions[i], settings));
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (memory.find) {
      if (const auto stored = memory.find(keys[i])) {
        if (auto v = recall(*stored)) {
          out.verdicts[i] = std::move(v);
          ++out.from_cache;
          continue;
        }
      }
    }
    to_ask.push_back(i);
  }
  out.requested = to_ask.size();
  if (to_ask.empty()) return out;
  const BodyOf body_of = [&](std::size_t k, int dialect) {
    return request_body(questions[to_ask[k]], settings.model, settings.style,
                        dialect_of(settings.style, dialect));
  };
  const OnReply on_reply = [&](std::size_t k, Reply reply) {
    const std::size_t i = to_ask[k];
    if (!reply.answered || reply.status < 200 || reply.status >= 300) {
      ++out.failures[failure_of(reply)];
      return;
    }
    Parsed parsed = parse_response(reply.body, settings.style);
    if (!parsed.answer) {
      ++out.failures["an answer that is not a verdict (" + parsed.error + ")"];
      return;
    }
    core::ModelVerdict v{parsed.answer->verdict, parsed.answer->support,
                         parsed.answer->explanation};
    if (memory.keep) memory.keep(keys[i], remember(v));
    out.verdicts[i] = std::move(v);
  };
  send(to_ask.size(), body_of, on_reply);
  return out;
}

}  // namespace citecheck::judge
