#include "judge/model_judge.h"

#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>

namespace citecheck::judge {
namespace {

using Json = nlohmann::json;

core::JudgeSettings settings() {
  core::JudgeSettings s;
  s.url = "http://judge.example/v1";
  s.model = "m";
  return s;
}

std::string answer(const std::string& verdict) {
  const std::string content = Json{{"verdict", verdict}, {"explanation", "e"}}.dump();
  return Json{{"choices", {{{"message", {{"content", content}}}}}}}.dump();
}

// A transport that answers every body with `reply` and counts what it was sent.
struct FakeServer {
  std::function<Reply(const std::string& body)> reply;
  int sent = 0;
  Send send() {
    return [this](std::size_t count, const BodyOf& body_of, const OnReply& on_reply) {
      for (std::size_t i = 0; i < count; ++i) {
        ++sent;
        on_reply(i, reply(body_of(i, 0)));
      }
    };
  }
};

}  // namespace

TEST_CASE("passages take turns between references within the token budget") {
  const std::vector<core::Evidence> ranked = {{"1", std::string(400, 'a'), 0.9},
                                              {"1", std::string(400, 'b'), 0.8},
                                              {"2", std::string(400, 'c'), 0.7}};
  const auto all = passages_within(ranked, 1000);
  REQUIRE(all.size() == 3);
  CHECK(all[0].reference_id == "1");
  CHECK(all[1].reference_id == "2");  // the second reference is heard before [1]'s second passage
  const auto two = passages_within(ranked, 200);  // 800 bytes
  REQUIRE(two.size() == 2);
  CHECK(two[0].text.size() + two[1].text.size() <= 800);
  const auto one = passages_within(ranked, 50);  // 200 bytes: the best passage, cut
  REQUIRE(one.size() == 1);
  CHECK(one[0].text.size() == 200);
  CHECK(passages_within({}, 1000).empty());
}

TEST_CASE("the cache key changes with the model, the claim and the passages") {
  Question q{"Claim.", "", {{"1", "Passage.", 0.5}}};
  const std::string key = cache_key(q, settings());
  core::JudgeSettings other = settings();
  other.model = "m2";
  CHECK(cache_key(q, other) != key);
  other = settings();
  other.style = core::JudgeStyle::kMinicheck;
  CHECK(cache_key(q, other) != key);
  Question changed = q;
  changed.passages[0].text = "Passage!";
  CHECK(cache_key(changed, settings()) != key);
  changed = q;
  changed.claim = "Claim?";
  CHECK(cache_key(changed, settings()) != key);
  CHECK(cache_key(q, settings()) == key);
}

TEST_CASE("answers are kept, and a kept answer is not asked again") {
  std::map<std::string, std::string> kept;
  Memory memory{[&](const std::string& k) -> std::optional<std::string> {
                  const auto it = kept.find(k);
                  if (it == kept.end()) return std::nullopt;
                  return it->second;
                },
                [&](const std::string& k, const std::string& v) { kept[k] = v; }};
  FakeServer server{[](const std::string&) { return Reply{true, 200, answer("partial"), ""}; }};
  const std::vector<Question> qs = {{"A.", "", {{"1", "a", 1}}}, {"B.", "", {{"1", "b", 1}}}};
  const Outcome first = ask_all(qs, settings(), server.send(), memory);
  CHECK(server.sent == 2);
  CHECK(first.requested == 2);
  REQUIRE(first.verdicts[1]);
  CHECK(first.verdicts[1]->verdict == core::Verdict::kPartial);
  const Outcome second = ask_all(qs, settings(), server.send(), memory);
  CHECK(server.sent == 2);
  CHECK(second.from_cache == 2);
  REQUIRE(second.verdicts[0]);
  CHECK(second.verdicts[0]->verdict == core::Verdict::kPartial);
  CHECK(second.verdicts[0]->explanation == "e");
  // A damaged kept answer is asked again.
  for (auto& [k, v] : kept) v = "{";
  ask_all(qs, settings(), server.send(), memory);
  CHECK(server.sent == 4);
}

TEST_CASE("every failure is counted by what it was, and nothing is kept") {
  int kept = 0;
  Memory memory{{}, [&](const std::string&, const std::string&) { ++kept; }};
  int n = 0;
  FakeServer server{[&](const std::string&) {
    switch (n++ % 4) {
      case 0:
        return Reply{false, 0, "", "connection refused"};
      case 1:
        return Reply{true, 503, R"({"error": {"message": "overloaded"}})", ""};
      case 2:
        return Reply{true, 200, "not json", ""};
      default:
        return Reply{true, 200, answer("supported"), ""};
    }
  }};
  std::vector<Question> qs(8, Question{"A.", "", {{"1", "a", 1}}});
  const Outcome out = ask_all(qs, settings(), server.send(), memory);
  CHECK(out.failures.at("connection refused") == 2);
  CHECK(out.failures.at("HTTP 503: overloaded") == 2);
  CHECK(out.failures.at("an answer that is not a verdict (the answer is not JSON)") == 2);
  CHECK(kept == 2);
  CHECK_FALSE(out.verdicts[0]);
  CHECK(out.verdicts[3]);
}

}  // namespace citecheck::judge
