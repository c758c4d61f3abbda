#include "judge/prompt.h"

#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>

namespace citecheck::judge {
namespace {

using Json = nlohmann::json;

Question question() {
  return {"Visits rose by 12% in 2024.",
          "The library reopened in 2023.",
          {{"1", "Visits rose by 12% in 2024, the first full year.", 0.9},
           {"3", "The library reopened in March 2023.", 0.4}}};
}

std::string completion(const std::string& content, const Json& logprobs = nullptr) {
  Json choice = {{"message", {{"role", "assistant"}, {"content", content}}}};
  if (!logprobs.is_null()) choice["logprobs"] = logprobs;
  return Json{{"choices", {choice}}}.dump();
}

}  // namespace

TEST_CASE("a verdict request asks for a JSON verdict, not streamed, at temperature 0") {
  const Json body =
      Json::parse(request_body(question(), "llama3", core::JudgeStyle::kVerdict, Dialect::kSchema));
  CHECK(body["model"] == "llama3");
  CHECK(body["temperature"] == 0);
  CHECK(body["stream"] == false);
  CHECK(body["logprobs"] == true);
  CHECK(body["response_format"]["type"] == "json_schema");
  CHECK(body["response_format"]["json_schema"]["schema"]["properties"]["verdict"]["enum"].size() ==
        4);
  const std::string user = body["messages"][1]["content"];
  CHECK(user.find("Claim: Visits rose by 12% in 2024.\n") == 0);
  CHECK(user.find("Context (") != std::string::npos);
  CHECK(user.find("\n[1] Visits rose") != std::string::npos);
  CHECK(user.find("\n[3] The library reopened") != std::string::npos);
}

TEST_CASE("each dialect asks less of the server than the one before") {
  const auto body = [](Dialect d) {
    return Json::parse(request_body(question(), "m", core::JudgeStyle::kVerdict, d));
  };
  CHECK(body(Dialect::kJsonObject)["response_format"]["type"] == "json_object");
  CHECK(body(Dialect::kJsonObject)["logprobs"] == true);
  CHECK(body(Dialect::kNoLogprobs)["response_format"]["type"] == "json_object");
  CHECK_FALSE(body(Dialect::kNoLogprobs).contains("logprobs"));
  CHECK_FALSE(body(Dialect::kPlain).contains("response_format"));
  CHECK(dialects(core::JudgeStyle::kVerdict) == 4);
  CHECK(dialects(core::JudgeStyle::kMinicheck) == 2);
  CHECK(dialect_of(core::JudgeStyle::kMinicheck, 1) == Dialect::kNoLogprobs);
}

TEST_CASE("a minicheck request is MiniCheck's Document and Claim") {
  const Json body = Json::parse(request_body(question(), "bespoke-minicheck",
                                             core::JudgeStyle::kMinicheck, Dialect::kSchema));
  REQUIRE(body["messages"].size() == 1);
  const std::string user = body["messages"][0]["content"];
  CHECK(user.rfind("Document: [1] Visits rose", 0) == 0);
  CHECK(user.find("\nClaim: Visits rose by 12% in 2024.") != std::string::npos);
  CHECK(user.find("reopened in 2023.") == std::string::npos);  // the article's context stays out
  CHECK_FALSE(body.contains("response_format"));
}

TEST_CASE("markers blanked out of a claim leave no space before its punctuation") {
  CHECK(claim_words("Visits rose   12%  in 2024    .") == "Visits rose 12% in 2024.");
  CHECK(claim_words(" A , B \n C  ;") == "A, B C;");
}

TEST_CASE("verdict answers are read from JSON, fenced JSON or a bare word") {
  const auto verdict_of = [](const std::string& content) {
    return parse_response(completion(content), core::JudgeStyle::kVerdict);
  };
  auto a = verdict_of(R"({"verdict": "supported", "explanation": "It says 12%."})");
  REQUIRE(a.answer);
  CHECK(a.answer->verdict == core::Verdict::kSupported);
  CHECK(a.answer->support == 1.0);
  CHECK_FALSE(a.answer->from_logprobs);
  CHECK(a.answer->explanation == "It says 12%.");
  a = verdict_of(
      "Sure.\n```json\n{\"verdict\": \"Partially_Supported\", \"explanation\": \"x\"}\n```");
  REQUIRE(a.answer);
  CHECK(a.answer->verdict == core::Verdict::kPartial);
  a = verdict_of("Contradicted.");
  REQUIRE(a.answer);
  CHECK(a.answer->verdict == core::Verdict::kContradicted);
  CHECK(a.answer->support == 0.0);
  CHECK(verdict_of(R"({"verdict": "maybe"})").error.find("'maybe' is none of") !=
        std::string::npos);
  CHECK(verdict_of(R"({"answer": "supported"})").error.find("no \"verdict\"") != std::string::npos);
  CHECK(verdict_of("I think it is broadly right.").error.find("no JSON object") !=
        std::string::npos);
  CHECK(parse_response("<html>502</html>", core::JudgeStyle::kVerdict).error ==
        "the answer is not JSON");
  CHECK(parse_response(R"({"choices": []})", core::JudgeStyle::kVerdict).error ==
        "the answer has no choices");
}

TEST_CASE("a long or multi-line explanation is cut to one line") {
  const std::string long_text(1000, 'x');
  const auto a = parse_response(
      completion(Json{{"verdict", "unsupported"}, {"explanation", "a\nb " + long_text}}.dump()),
      core::JudgeStyle::kVerdict);
  REQUIRE(a.answer);
  CHECK(a.answer->explanation.size() <= kExplanationBytes);
  CHECK(a.answer->explanation.find('\n') == std::string::npos);
}

TEST_CASE("the verdict token's log probabilities grade the support") {
  const std::string content = R"({"verdict": "supported", "explanation": "ok"})";
  const auto with = [&](const Json& top, double chosen) {
    const Json logprobs = {{"content",
                            {{{"token", R"({"verdict": ")"}, {"logprob", 0.0}},
                             {{"token", "supported"}, {"logprob", chosen}, {"top_logprobs", top}},
                             {{"token", R"(", "explanation": "ok"})"}, {"logprob", 0.0}}}}};
    return parse_response(completion(content, logprobs), core::JudgeStyle::kVerdict);
  };
  const auto sure = with(Json::array({{{"token", "supported"}, {"logprob", std::log(0.95)}},
                                      {{"token", "unsupported"}, {"logprob", std::log(0.05)}}}),
                         std::log(0.95));
  const auto torn = with(Json::array({{{"token", "supported"}, {"logprob", std::log(0.55)}},
                                      {{"token", "part"}, {"logprob", std::log(0.45)}}}),
                         std::log(0.55));
  const auto alone = with(Json::array(), std::log(0.7));  // no alternatives given
  REQUIRE(sure.answer);
  REQUIRE(torn.answer);
  REQUIRE(alone.answer);
  CHECK(sure.answer->from_logprobs);
  CHECK(sure.answer->support == doctest::Approx(0.95 + 0.05 * 0.15));
  CHECK(torn.answer->support == doctest::Approx(0.55 + 0.45 * 0.5));
  CHECK(alone.answer->support > 0.7);
  CHECK(alone.answer->support < sure.answer->support);
  CHECK(sure.answer->support > torn.answer->support);
}

TEST_CASE("minicheck answers are Yes or No, graded by the first token's probabilities") {
  const Json logprobs = {{"content",
                          {{{"token", "Yes"},
                            {"logprob", std::log(0.8)},
                            {"top_logprobs",
                             {{{"token", "Yes"}, {"logprob", std::log(0.8)}},
                              {{"token", "No"}, {"logprob", std::log(0.2)}}}}}}}};
  const auto yes = parse_response(completion("Yes", logprobs), core::JudgeStyle::kMinicheck);
  REQUIRE(yes.answer);
  CHECK(yes.answer->verdict == core::Verdict::kSupported);
  CHECK(yes.answer->support == doctest::Approx(0.8));
  const auto no = parse_response(completion(" No"), core::JudgeStyle::kMinicheck);
  REQUIRE(no.answer);
  CHECK(no.answer->verdict == core::Verdict::kUnsupported);
  CHECK(no.answer->support == 0.0);
  CHECK(parse_response(completion("Perhaps"), core::JudgeStyle::kMinicheck).error ==
        "the answer is neither Yes nor No");
}

TEST_CASE("the first JSON object in free text, and a server's error message") {
  CHECK(first_json_object(R"(x {"a": "}{"} y {"b": 1})") == R"({"a": "}{"})");
  CHECK(first_json_object("{not json} {\"ok\": true}") == "{\"ok\": true}");
  CHECK(first_json_object("no braces").empty());
  CHECK(error_message(R"({"error": {"message": "model 'x' not found"}})") == "model 'x' not found");
  CHECK(error_message(R"({"error": "busy"})") == "busy");
  CHECK(error_message("<html>").empty());
}

}  // namespace citecheck::judge
