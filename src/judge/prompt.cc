// Requests and answers of the model judge. Style `verdict` asks an instruction-following model for
// a JSON object {"verdict", "explanation"}; style `minicheck` sends MiniCheck's "Document: ...
// Claim: ..." and reads Yes or No (Bespoke-MiniCheck and the MiniCheck models are trained on that
// form). Where the answer carries log probabilities, the verdict token's alternatives give a
// graded support instead of a step, so claims rank by how sure the model is.
#include "judge/prompt.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <nlohmann/json.hpp>

#include "text/ascii.h"
#include "text/utf8.h"

namespace citecheck::judge {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kInstructions =
    "You check citations. You are given a claim from an article and passages from the sources "
    "the claim cites, each passage labelled with its reference. Decide from the passages alone "
    "whether they support the claim.\n"
    "- supported: the passages state everything the claim says, its figures, dates, names and "
    "direction included.\n"
    "- partial: the passages state part of the claim, and nothing in them contradicts the rest.\n"
    "- unsupported: the passages do not state the claim.\n"
    "- contradicted: the passages state something that cannot be true if the claim is "
    "(another figure or date for the same thing, the opposite direction, a negation).\n"
    "Answer with a JSON object only: {\"verdict\": \"supported\" | \"partial\" | "
    "\"unsupported\" | \"contradicted\", \"explanation\": \"one sentence saying which words of "
    "the passages decide\"}.";

const char* const kVerdictWords[] = {"supported", "partial", "unsupported", "contradicted"};

// The value each verdict stands for on the support scale.
double support_of(core::Verdict v) {
  switch (v) {
    case core::Verdict::kSupported:
      return 1.0;
    case core::Verdict::kPartial:
      return 0.5;
    case core::Verdict::kUnsupported:
      return 0.15;
    default:
      return 0.0;
  }
}

std::string passages_text(const std::vector<core::Evidence>& passages) {
  std::string out;
  for (const core::Evidence& p : passages) {
    out += (out.empty() ? "" : "\n") + ("[" + p.reference_id + "] ") + text::single_spaced(p.text);
  }
  return out;
}

Json verdict_schema() {
  Json schema = {{"type", "object"},
                 {"properties",
                  {{"verdict", {{"type", "string"}, {"enum", Json::array()}}},
                   {"explanation", {{"type", "string"}}}}},
                 {"required", {"verdict", "explanation"}},
                 {"additionalProperties", false}};
  for (const char* word : kVerdictWords) {
    schema["properties"]["verdict"]["enum"].push_back(word);
  }
  return {{"type", "json_schema"},
          {"json_schema", {{"name", "citation_verdict"}, {"strict", true}, {"schema", schema}}}};
}

// A verdict word as a model may spell it: "Supported", "partially supported", "not_supported".
std::optional<core::Verdict> verdict_of(std::string_view word) {
  std::string w = text::lower_ascii(text::single_spaced(word));
  std::replace(w.begin(), w.end(), '_', ' ');
  std::replace(w.begin(), w.end(), '-', ' ');
  while (!w.empty() && (w.back() == '.' || w.back() == '"')) w.pop_back();
  if (w == "supported" || w == "fully supported" || w == "yes") return core::Verdict::kSupported;
  if (w == "partial" || w == "partially supported" || w == "partly supported") {
    return core::Verdict::kPartial;
  }
  if (w == "unsupported" || w == "not supported" || w == "no" || w == "not enough info") {
    return core::Verdict::kUnsupported;
  }
  if (w == "contradicted" || w == "refuted" || w == "contradicts") {
    return core::Verdict::kContradicted;
  }
  return std::nullopt;
}

// Which verdict a token could begin ("supp" -> supported), from its letters alone.
std::optional<core::Verdict> verdict_begun_by(std::string_view token) {
  std::string t;
  for (const char c : token) {
    if (c >= 'A' && c <= 'Z') t += static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') t += c;
  }
  if (t.empty()) return std::nullopt;
  const std::pair<const char*, core::Verdict> kinds[] = {
      {"supported", core::Verdict::kSupported},
      {"partial", core::Verdict::kPartial},
      {"unsupported", core::Verdict::kUnsupported},
      {"notsupported", core::Verdict::kUnsupported},
      {"contradicted", core::Verdict::kContradicted},
      {"yes", core::Verdict::kSupported},
      {"no", core::Verdict::kUnsupported}};
  for (const auto& [word, verdict] : kinds) {
    const std::string_view w(word);
    // "un" begins "unsupported" only; "no" is both "no" and "notsupported": the same verdict.
    if (t.size() >= 2 && w.starts_with(t)) return verdict;
    if (t.size() > w.size() && t.starts_with(w)) return verdict;
  }
  return std::nullopt;
}

// Expected support from one token position's log probabilities: the chosen token and, where
// given, its alternatives, each read as the verdict it begins. Mass not accounted for is spread
// over the verdicts not seen.
std::optional<double> support_from_logprobs(const Json& position, bool binary) {
  double mass[4] = {0, 0, 0, 0};
  auto index = [](core::Verdict v) {
    switch (v) {
      case core::Verdict::kSupported:
        return 0;
      case core::Verdict::kPartial:
        return 1;
      case core::Verdict::kUnsupported:
        return 2;
      default:
        return 3;
    }
  };
  const auto* top = position.contains("top_logprobs") && position["top_logprobs"].is_array()
                        ? &position["top_logprobs"]
                        : nullptr;
  bool any = false;
  auto add = [&](const Json& item) {
    if (!item.is_object() || !item.contains("token") || !item["token"].is_string() ||
        !item.contains("logprob") || !item["logprob"].is_number()) {
      return;
    }
    const auto v = verdict_begun_by(item["token"].get<std::string>());
    const double lp = item["logprob"].get<double>();
    if (!v || !std::isfinite(lp)) return;
    mass[index(*v)] += std::exp(std::min(lp, 0.0));
    any = true;
  };
  if (top != nullptr && !top->empty()) {
    for (const Json& item : *top) add(item);
  } else {
    add(position);
  }
  if (!any) return std::nullopt;
  // minicheck: supported (0) or unsupported (2) only.
  double seen = 0;
  int unseen = 0;
  for (int i = 0; i < 4; ++i) {
    if (binary && (i == 1 || i == 3)) continue;
    seen += mass[i];
    unseen += mass[i] == 0 ? 1 : 0;
  }
  const double rest = std::max(0.0, 1.0 - seen);
  double expected = 0;
  double total = 0;
  const core::Verdict order[4] = {core::Verdict::kSupported, core::Verdict::kPartial,
                                  core::Verdict::kUnsupported, core::Verdict::kContradicted};
  for (int i = 0; i < 4; ++i) {
    if (binary && (i == 1 || i == 3)) continue;
    const double m = mass[i] > 0 ? mass[i] : (unseen > 0 ? rest / unseen : 0);
    expected += m * (binary ? (i == 0 ? 1.0 : 0.0) : support_of(order[i]));
    total += m;
  }
  if (total <= 0) return std::nullopt;
  return std::clamp(expected / total, 0.0, 1.0);
}

// The log-probability entry of the token in which `content`'s byte `at` lies.
const Json* token_at(const Json& choice, std::size_t at) {
  if (!choice.contains("logprobs") || !choice["logprobs"].is_object()) return nullptr;
  const Json& lp = choice["logprobs"];
  if (!lp.contains("content") || !lp["content"].is_array()) return nullptr;
  std::size_t offset = 0;
  for (const Json& position : lp["content"]) {
    if (!position.is_object() || !position.contains("token") || !position["token"].is_string()) {
      return nullptr;
    }
    const std::size_t length = position["token"].get_ref<const std::string&>().size();
    if (at < offset + length) return &position;
    offset += length;
  }
  return nullptr;
}

Parsed parse_verdict(const Json& choice, const std::string& content) {
  Parsed out;
  std::optional<core::Verdict> verdict;
  std::string explanation;
  std::size_t value_at = std::string::npos;  // where the verdict word starts in content
  const std::string object = first_json_object(content);
  if (!object.empty()) {
    const Json j = Json::parse(object, nullptr, false);
    if (j.is_object() && j.contains("verdict") && j["verdict"].is_string()) {
      verdict = verdict_of(j["verdict"].get<std::string>());
      if (!verdict) {
        out.error = "the verdict '" + text::clip_utf8(j["verdict"].get<std::string>(), 40) +
                    "' is none of supported, partial, unsupported, contradicted";
        return out;
      }
      if (j.contains("explanation") && j["explanation"].is_string()) {
        explanation = j["explanation"].get<std::string>();
      }
      const std::size_t key = content.find("\"verdict\"", content.find(object));
      const std::size_t quote = key == std::string::npos ? key : content.find('"', key + 9);
      if (quote != std::string::npos) value_at = quote + 1;
    } else {
      out.error = "the answer's JSON object has no \"verdict\"";
      return out;
    }
  } else {
    // A bare verdict word is an answer too.
    verdict = verdict_of(content);
    if (!verdict) {
      out.error = "no JSON object and no verdict in the answer";
      return out;
    }
    value_at = content.find_first_not_of(" \t\r\n\"");
  }
  Answer a;
  a.verdict = *verdict;
  a.support = support_of(*verdict);
  a.explanation = text::clip_utf8(text::single_spaced(explanation), kExplanationBytes - 3);
  if (value_at != std::string::npos) {
    if (const Json* position = token_at(choice, value_at)) {
      if (const auto s = support_from_logprobs(*position, false)) {
        a.support = *s;
        a.from_logprobs = true;
      }
    }
  }
  out.answer = std::move(a);
  return out;
}

Parsed parse_minicheck(const Json& choice, const std::string& content) {
  Parsed out;
  const std::string first = text::lower_ascii(text::single_spaced(content.substr(0, 16)));
  std::optional<core::Verdict> verdict;
  if (first.starts_with("yes")) verdict = core::Verdict::kSupported;
  if (first.starts_with("no")) verdict = core::Verdict::kUnsupported;
  if (!verdict) {
    out.error = "the answer is neither Yes nor No";
    return out;
  }
  Answer a;
  a.verdict = *verdict;
  a.support = *verdict == core::Verdict::kSupported ? 1.0 : 0.0;
  const std::size_t at = content.find_first_not_of(" \t\r\n");
  if (const Json* position = token_at(choice, at == std::string::npos ? 0 : at)) {
    if (const auto s = support_from_logprobs(*position, true)) {
      a.support = *s;
      a.from_logprobs = true;
    }
  }
  out.answer = std::move(a);
  return out;
}

}  // namespace

std::string claim_words(std::string_view blanked) {
  std::string out;
  for (const char c : text::single_spaced(blanked)) {
    if ((c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?') && !out.empty() &&
        out.back() == ' ') {
      out.pop_back();
    }
    out += c;
  }
  return out;
}

int dialects(core::JudgeStyle style) { return style == core::JudgeStyle::kMinicheck ? 2 : 4; }

Dialect dialect_of(core::JudgeStyle style, int form) {
  if (style == core::JudgeStyle::kMinicheck)
    return form <= 0 ? Dialect::kSchema : Dialect::kNoLogprobs;
  return static_cast<Dialect>(std::clamp(form, 0, 3));
}

std::string request_body(const Question& q, const std::string& model, core::JudgeStyle style,
                         Dialect dialect) {
  Json body;
  body["model"] = model;
  body["messages"] = Json::array();
  if (style == core::JudgeStyle::kMinicheck) {
    body["messages"].push_back({{"role", "user"},
                                {"content", "Document: " + passages_text(q.passages) +
                                                "\nClaim: " + text::single_spaced(q.claim)}});
    body["max_tokens"] = 4;
  } else {
    std::string user = "Claim: " + text::single_spaced(q.claim) + "\n";
    if (!q.context.empty()) {
      user += "Context (the article's words before the claim, for what it refers to): " +
              text::single_spaced(q.context) + "\n";
    }
    user += "\nPassages:\n" + passages_text(q.passages);
    body["messages"].push_back({{"role", "system"}, {"content", kInstructions}});
    body["messages"].push_back({{"role", "user"}, {"content", user}});
    body["max_tokens"] = 300;
    if (dialect == Dialect::kSchema) body["response_format"] = verdict_schema();
    if (dialect == Dialect::kJsonObject || dialect == Dialect::kNoLogprobs) {
      body["response_format"] = {{"type", "json_object"}};
    }
  }
  body["temperature"] = 0;
  body["stream"] = false;
  if (dialect == Dialect::kSchema || dialect == Dialect::kJsonObject) {
    body["logprobs"] = true;
    body["top_logprobs"] = 5;
  }
  return body.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Parsed parse_response(std::string_view body, core::JudgeStyle style) {
  Parsed out;
  const Json j = Json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    out.error = "the answer is not JSON";
    return out;
  }
  if (!j.contains("choices") || !j["choices"].is_array() || j["choices"].empty() ||
      !j["choices"][0].is_object()) {
    out.error = "the answer has no choices";
    return out;
  }
  const Json& choice = j["choices"][0];
  if (!choice.contains("message") || !choice["message"].is_object() ||
      !choice["message"].contains("content") || !choice["message"]["content"].is_string()) {
    out.error = "the answer has no message content";
    return out;
  }
  const std::string& content = choice["message"]["content"].get_ref<const std::string&>();
  return style == core::JudgeStyle::kMinicheck ? parse_minicheck(choice, content)
                                               : parse_verdict(choice, content);
}

std::string first_json_object(std::string_view text) {
  for (std::size_t start = text.find('{'); start != std::string_view::npos;
       start = text.find('{', start + 1)) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (std::size_t i = start; i < text.size(); ++i) {
      const char c = text[i];
      if (in_string) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          in_string = false;
        }
        continue;
      }
      if (c == '"') in_string = true;
      if (c == '{') ++depth;
      if (c == '}' && --depth == 0) {
        const std::string_view candidate = text.substr(start, i - start + 1);
        if (Json::accept(candidate)) return std::string(candidate);
        break;
      }
    }
  }
  return {};
}

std::string error_message(std::string_view body) {
  const Json j = Json::parse(body, nullptr, false);
  std::string message;
  if (j.is_object() && j.contains("error")) {
    const Json& e = j["error"];
    if (e.is_string()) message = e.get<std::string>();
    if (e.is_object() && e.contains("message") && e["message"].is_string()) {
      message = e["message"].get<std::string>();
    }
  }
  return text::clip_utf8(text::single_spaced(message), 160);
}

}  // namespace citecheck::judge
