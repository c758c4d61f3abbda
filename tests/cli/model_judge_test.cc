// The model judge through the real binary, against a loopback server speaking the OpenAI
// chat-completions protocol as Ollama, llama-server and vLLM do: what is sent, how answers are
// read, the facts' veto, the cache, and every way a server can fail. No test needs a real model.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "loopback_server.h"
#include "process.h"
#include "scratch_dir.h"

namespace citecheck::testing {
namespace {

using Json = nlohmann::json;

// Three claims on one page: the first gives the wrong year, the others say what the page says.
void write_case(const ScratchDir& dir) {
  dir.write("article.txt",
            "Library news\n\n"
            "The Eastfield library reopened in 1995 after a two-year renovation [1].\n\n"
            "Visits to the library rose by 12% in the first year after it reopened [1].\n\n"
            "The new reading room on the first floor seats forty people [1].\n\n"
            "References\n[1] https://library.example/history\n");
  dir.write("sources/history.txt",
            "Eastfield library history\n"
            "The Eastfield library reopened in 1994 after a two-year renovation of the old hall.\n"
            "Visits to the library rose by 12% in the first year after it reopened.\n"
            "The new reading room on the first floor seats forty people at long oak tables.\n"
            "The library is open every day except Sunday.\n");
  dir.write("sources/manifest.tsv", "https://library.example/history\thistory.txt\ttext/plain\n");
}

// A model server on loopback: `answer` writes each response; every request body is kept.
class ModelServer {
 public:
  using Answer = std::function<void(const Json& body, httplib::Response& res)>;

  explicit ModelServer(Answer answer, int delay_ms = 0) : answer_(std::move(answer)) {
    server_.http().Post("/v1/chat/completions",
                        [this, delay_ms](const httplib::Request& req, httplib::Response& res) {
                          LoopbackServer::Busy busy(server_);
                          if (delay_ms > 0) {
                            std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
                          }
                          const Json body = Json::parse(req.body, nullptr, false);
                          {
                            std::lock_guard<std::mutex> lock(mutex_);
                            bodies_.push_back(body);
                            auth_.push_back(req.get_header_value("Authorization"));
                          }
                          answer_(body, res);
                        });
    server_.start();
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(server_.port()) + "/v1"; }
  std::vector<Json> bodies() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return bodies_;
  }
  std::vector<std::string> auth() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return auth_;
  }
  int peak() const { return server_.peak_busy(); }

 private:
  Answer answer_;
  mutable std::mutex mutex_;
  std::vector<Json> bodies_;
  std::vector<std::string> auth_;
  // Last, so it is destroyed first: it waits for handlers still running (a request the client
  // gave up on) before the members they write to go.
  LoopbackServer server_;
};

// A chat-completions answer whose message is `content`, with `logprobs` when given.
std::string completion(const std::string& content, const Json& logprobs = nullptr) {
  Json choice = {{"index", 0},
                 {"finish_reason", "stop"},
                 {"message", {{"role", "assistant"}, {"content", content}}}};
  if (!logprobs.is_null()) choice["logprobs"] = logprobs;
  return Json{{"id", "x"}, {"object", "chat.completion"}, {"choices", {choice}}}.dump();
}

void answer_verdict(httplib::Response& res, const std::string& verdict) {
  res.set_content(
      completion(Json{{"verdict", verdict}, {"explanation", "the passage says so"}}.dump()),
      "application/json");
}

// The claim a request asks about.
std::string claim_of(const Json& body) {
  const std::string user = body["messages"].back()["content"].get<std::string>();
  const auto at = user.find("Claim: ");
  if (at == std::string::npos) return "";
  const auto end = user.find('\n', at);
  return user.substr(at + 7, end == std::string::npos ? std::string::npos : end - at - 7);
}

ProcessResult check(const ScratchDir& dir, std::vector<std::string> extra,
                    ProcessOptions options = {}) {
  options.cwd = dir.path();
  std::vector<std::string> args = {"article.txt", "--sources", "sources",
                                   "--offline",   "--format",  "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_citecheck(args, options);
}

std::vector<std::string> judge_flags(const ModelServer& server) {
  return {"--judge-url", server.url(), "--judge-model", "test-model", "--no-cache"};
}

Json claims_of(const ProcessResult& r) { return Json::parse(r.out)["documents"][0]["claims"]; }

// Verdicts and scores of a report's claims, to compare runs.
std::vector<std::string> verdicts(const ProcessResult& r) {
  std::vector<std::string> out;
  for (const Json& c : claims_of(r)) {
    out.push_back(c["verdict"].get<std::string>() + " " + c["support_score"].dump());
  }
  return out;
}

Json notices_of(const ProcessResult& r) {
  const Json doc = Json::parse(r.out)["documents"][0];
  return doc.contains("notices") ? doc["notices"] : Json::array();
}

}  // namespace

TEST_CASE("the model judge sends one request per claim, in the protocol's shape") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); });
  const ProcessResult r = check(dir, judge_flags(server));
  const std::vector<Json> bodies = server.bodies();
  REQUIRE(bodies.size() == 3);
  for (const Json& body : bodies) {
    CHECK(body["model"] == "test-model");
    CHECK(body["temperature"] == 0);
    CHECK(body["stream"] == false);
    CHECK(body["logprobs"] == true);
    CHECK(body["response_format"]["type"] == "json_schema");
    REQUIRE(body["messages"].size() == 2);
    CHECK(body["messages"][0]["role"] == "system");
    CHECK(body["messages"][1]["role"] == "user");
    const std::string user = body["messages"][1]["content"];
    // Markers removed, the passage labelled with its reference, nothing of the reference list.
    CHECK(user.find("[1].") == std::string::npos);
    CHECK(user.find("\n[1] ") != std::string::npos);
    CHECK(user.find("library.example") == std::string::npos);
  }
  std::vector<std::string> asked;
  for (const Json& body : bodies) asked.push_back(claim_of(body));
  std::sort(asked.begin(), asked.end());
  CHECK(asked[2] == "Visits to the library rose by 12% in the first year after it reopened.");
  const Json report = Json::parse(r.out);
  CHECK(report["tool"]["judge"]["model"] == "test-model");
  // The judge's keys are in the published schema.
  dir.write("report.json", r.out);
  const ProcessResult valid =
      run_process({"/usr/bin/python3", source_dir() + "/tests/schema/validate.py",
                   source_dir() + "/docs/report.schema.json", dir.path("report.json")});
  CHECK(valid.exit_code == 0);
  const bool validated = valid.out.find("1 reports, 0 schema errors") != std::string::npos ||
                         valid.out.find("SKIP:") != std::string::npos;
  CHECK(validated);
  CHECK(report["summary"]["judged"]["model"] == 3);
  for (const Json& c : claims_of(r)) CHECK(c["judge"] == "model");
}

TEST_CASE("a model saying supported to everything does not lift a wrong year") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); });
  const ProcessResult r = check(dir, judge_flags(server));
  CHECK(r.exit_code == 1);
  const Json claims = claims_of(r);
  CHECK(claims[0]["verdict"] != "supported");
  CHECK(claims[0]["support_score"].get<double>() < 0.38);
  const std::string why = claims[0]["explanation"];
  CHECK(why.find("the model judged it supported, but") != std::string::npos);
  CHECK(why.find("1995") != std::string::npos);
  CHECK(claims[1]["verdict"] == "supported");
  CHECK(claims[2]["verdict"] == "supported");
}

TEST_CASE("the model decides meaning: its verdict and explanation replace the lexical ones") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json& body, httplib::Response& res) {
    answer_verdict(
        res, claim_of(body).find("forty") != std::string::npos ? "contradicted" : "supported");
  });
  const ProcessResult r = check(dir, judge_flags(server));
  const Json claims = claims_of(r);
  CHECK(claims[2]["verdict"] == "contradicted");
  CHECK(claims[2]["explanation"] == "model: the passage says so");
  CHECK(claims[2]["judge"] == "model");
}

TEST_CASE("log probabilities of the verdict token grade the support score") {
  ScratchDir dir;
  write_case(dir);
  auto with_logprob = [](double p) {
    return [p](const Json&, httplib::Response& res) {
      const std::string content = R"({"verdict": "supported", "explanation": "ok"})";
      const Json logprobs = {
          {"content",
           {{{"token", R"({"verdict": ")"}, {"logprob", 0.0}, {"top_logprobs", Json::array()}},
            {{"token", "supported"},
             {"logprob", std::log(p)},
             {"top_logprobs",
              {{{"token", "supported"}, {"logprob", std::log(p)}},
               {{"token", "unsupported"}, {"logprob", std::log(1 - p)}}}}},
            {{"token", R"(", "explanation": "ok"})"}, {"logprob", 0.0}}}}};
      res.set_content(completion(content, logprobs), "application/json");
    };
  };
  ModelServer sure(with_logprob(0.99));
  ModelServer unsure(with_logprob(0.6));
  const Json a = claims_of(check(dir, judge_flags(sure)));
  const Json b = claims_of(check(dir, judge_flags(unsure)));
  CHECK(a[1]["verdict"] == "supported");
  CHECK(b[1]["verdict"] == "supported");
  CHECK(a[1]["support_score"].get<double>() > b[1]["support_score"].get<double>());
}

TEST_CASE("style minicheck sends Document and Claim and reads Yes or No") {
  ScratchDir dir;
  write_case(dir);
  dir.write(".citecheck.toml", "[judge]\nstyle = \"minicheck\"\n");
  ModelServer server([](const Json& body, httplib::Response& res) {
    const std::string user = body["messages"][0]["content"];
    res.set_content(completion(user.find("forty") != std::string::npos &&
                                       user.rfind("Claim: The new reading") != std::string::npos
                                   ? "No"
                                   : "Yes"),
                    "application/json");
  });
  const ProcessResult r = check(dir, judge_flags(server));
  const std::vector<Json> bodies = server.bodies();
  REQUIRE(bodies.size() == 3);
  for (const Json& body : bodies) {
    REQUIRE(body["messages"].size() == 1);
    const std::string user = body["messages"][0]["content"];
    CHECK(user.rfind("Document: ", 0) == 0);
    CHECK(user.find("\nClaim: ") != std::string::npos);
    CHECK_FALSE(body.contains("response_format"));
  }
  const Json claims = claims_of(r);
  CHECK(claims[1]["verdict"] == "supported");
  CHECK(claims[2]["verdict"] == "unsupported");
}

TEST_CASE("a re-run with the same cache sends no request") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); });
  const std::vector<std::string> flags = {"--judge-url", server.url(),  "--judge-model",
                                          "m",           "--cache-dir", dir.path("cache")};
  const ProcessResult first = check(dir, flags);
  CHECK(server.bodies().size() == 3);
  const ProcessResult second = check(dir, flags);
  CHECK(server.bodies().size() == 3);
  CHECK(verdicts(first) == verdicts(second));
  const ProcessResult stats = run_citecheck({"cache", "stats", "--cache-dir", dir.path("cache")});
  CHECK(stats.out.find("model verdicts: 3") != std::string::npos);
  // Another model is another question.
  const ProcessResult other = check(
      dir, {"--judge-url", server.url(), "--judge-model", "m2", "--cache-dir", dir.path("cache")});
  CHECK(server.bodies().size() == 6);
}

TEST_CASE(
    "a failing, a babbling and an absent server each leave the lexical verdicts and one notice") {
  ScratchDir dir;
  write_case(dir);
  const ProcessResult lexical = check(dir, {"--no-cache"});
  ModelServer failing([](const Json&, httplib::Response& res) {
    res.status = 500;
    res.set_content(R"({"error": {"message": "model crashed"}})", "application/json");
  });
  ModelServer babbling([](const Json&, httplib::Response& res) {
    res.set_content(completion("Well, it depends on how you read it."), "application/json");
  });
  const ClosedPort closed;
  const std::string absent = "http://127.0.0.1:" + std::to_string(closed.port()) + "/v1";
  struct Case {
    std::string url;
    std::string says;
  };
  for (const Case& c :
       {Case{failing.url(), "HTTP 500: model crashed (3)"}, Case{babbling.url(), "not a verdict"},
        Case{absent, "connection refused (3)"}}) {
    CAPTURE(c.url);
    const ProcessResult r = check(dir, {"--judge-url", c.url, "--judge-model", "m", "--no-cache"});
    CHECK(r.exit_code == lexical.exit_code);
    CHECK(verdicts(r) == verdicts(lexical));
    const Json notices = notices_of(r);
    REQUIRE(notices.size() == 1);
    const std::string notice = notices[0];
    CAPTURE(notice);
    CHECK(notice.find("no verdict for 3 of 3 claims") != std::string::npos);
    CHECK(notice.find(c.says) != std::string::npos);
    for (const Json& claim : claims_of(r)) CHECK(claim["judge"] == "lexical");
  }
  // A 500 is retried three times before the claim is given up.
  CHECK(failing.bodies().size() == 12);
}

TEST_CASE("an unknown model, an off-schema verdict and a slow server are failures too") {
  ScratchDir dir;
  write_case(dir);
  const ProcessResult lexical = check(dir, {"--no-cache"});
  ModelServer unknown([](const Json&, httplib::Response& res) {
    res.status = 404;
    res.set_content(R"({"error": {"message": "model 'nope' not found, try pulling it first"}})",
                    "application/json");
  });
  ModelServer off_schema([](const Json&, httplib::Response& res) { answer_verdict(res, "maybe"); });
  ModelServer slow([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); },
                   3000);
  struct Case {
    const ModelServer* server;
    std::string toml;
    std::string says;
  };
  for (const Case& c :
       {Case{&unknown, "", "HTTP 404: model 'nope' not found, try pulling it first (3)"},
        Case{&off_schema, "", "the verdict 'maybe' is none of"},
        Case{&slow, "[judge]\ntimeout = 0.3\n", "timed out (3)"}}) {
    CAPTURE(c.says);
    dir.write(".citecheck.toml", c.toml);
    const ProcessResult r = check(dir, judge_flags(*c.server));
    CHECK(r.exit_code == lexical.exit_code);
    CHECK(verdicts(r) == verdicts(lexical));
    const Json notices = notices_of(r);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].get<std::string>().find(c.says) != std::string::npos);
  }
  CHECK(unknown.bodies().size() == 3);  // a 404 is not retried
}

TEST_CASE("a 429 is waited out as Retry-After asks, then the answer is used") {
  ScratchDir dir;
  write_case(dir);
  dir.write(".citecheck.toml", "[judge]\nconcurrency = 1\n");
  std::mutex mutex;
  std::vector<std::chrono::steady_clock::time_point> at;
  ModelServer server([&](const Json&, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(mutex);
    at.push_back(std::chrono::steady_clock::now());
    if (at.size() == 1) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      res.set_content(R"({"error": "slow down"})", "application/json");
      return;
    }
    answer_verdict(res, "supported");
  });
  const ProcessResult r = check(dir, judge_flags(server));
  REQUIRE(at.size() == 4);
  CHECK(at[1] - at[0] >= std::chrono::milliseconds(950));
  CHECK(notices_of(r).empty());
  for (const Json& claim : claims_of(r)) CHECK(claim["judge"] == "model");
}

TEST_CASE("a refused key stops the asking, and the key appears nowhere") {
  ScratchDir dir;
  write_case(dir);
  dir.write(".citecheck.toml", "[judge]\napi-key-env = \"TEST_JUDGE_KEY\"\nconcurrency = 1\n");
  ModelServer server([](const Json&, httplib::Response& res) {
    res.status = 401;
    res.set_content(R"({"error": {"message": "Incorrect API key provided: sk-test-4242"}})",
                    "application/json");
  });
  ProcessOptions options;
  options.env = {{"TEST_JUDGE_KEY", "sk-test-4242"}};
  const ProcessResult r = check(dir, judge_flags(server), options);
  REQUIRE(server.auth().size() == 1);
  CHECK(server.auth()[0] == "Bearer sk-test-4242");
  CHECK(r.out.find("sk-test-4242") == std::string::npos);
  CHECK(r.err.find("sk-test-4242") == std::string::npos);
  const std::string notice = notices_of(r)[0];
  CHECK(notice.find("HTTP 401") != std::string::npos);
  CHECK(notice.find("refused an earlier request") != std::string::npos);
  // `citecheck config` says whether the key is set, never what it is.
  const ProcessResult config = run_citecheck({"config"}, [&] {
    ProcessOptions o = options;
    o.cwd = dir.path();
    return o;
  }());
  CHECK(config.out.find("api-key-env = \"TEST_JUDGE_KEY\"") != std::string::npos);
  CHECK(config.out.find("is set") != std::string::npos);
  CHECK(config.out.find("sk-test-4242") == std::string::npos);
  // A key variable named but not set is a configuration error.
  const ProcessResult unset = check(dir, judge_flags(server));
  CHECK(unset.exit_code == 2);
  CHECK(unset.err.find("TEST_JUDGE_KEY") != std::string::npos);
}

TEST_CASE("a server that does not take json_schema is asked for a JSON object instead") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json& body, httplib::Response& res) {
    if (body.contains("response_format") && body["response_format"]["type"] == "json_schema") {
      res.status = 400;
      res.set_content(R"({"error": "response_format json_schema is not supported"})",
                      "application/json");
      return;
    }
    // A plain-text answer around the object, as small models write.
    res.set_content(completion("Here you go:\n```json\n{\"verdict\": \"supported\", "
                               "\"explanation\": \"stated\"}\n```"),
                    "application/json");
  });
  const ProcessResult r = check(dir, judge_flags(server));
  const std::vector<Json> bodies = server.bodies();
  CHECK(bodies.size() >= 4);
  CHECK(bodies.size() <= 6);  // at most one refused form per request in flight
  CHECK(bodies.back()["response_format"]["type"] == "json_object");
  CHECK(notices_of(r).empty());
  CHECK(claims_of(r)[1]["judge"] == "model");
}

TEST_CASE("the judge keeps to its concurrency, and the deadline cuts it short") {
  ScratchDir dir;
  std::string article = "Harbour news\n\n";
  std::string page = "Harbour report\n";
  for (int i = 1; i <= 6; ++i) {
    article += "Ferry " + std::to_string(i) + " carried " + std::to_string(1000 * i) +
               " passengers in March [1].\n\n";
    page += "Ferry " + std::to_string(i) + " carried " + std::to_string(1000 * i) +
            " passengers in March.\n";
  }
  dir.write("article.txt", article + "References\n[1] https://port.example/report\n");
  dir.write("sources/report.txt", page);
  dir.write("sources/manifest.tsv", "https://port.example/report\treport.txt\ttext/plain\n");
  dir.write(".citecheck.toml", "[judge]\nconcurrency = 2\n");
  ModelServer slow([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); },
                   300);
  const ProcessResult r = check(dir, judge_flags(slow));
  CHECK(slow.bodies().size() == 6);
  CHECK(slow.peak() == 2);
  CHECK(notices_of(r).empty());

  ModelServer stalled([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); },
                      5000);
  ProcessOptions options;
  options.timeout_seconds = 30;
  std::vector<std::string> flags = judge_flags(stalled);
  flags.insert(flags.end(), {"--deadline", "1"});
  const ProcessResult cut = check(dir, flags, options);
  CHECK_FALSE(cut.timed_out);
  const std::string notice = notices_of(cut)[0];
  CHECK(notice.find("--deadline passed") != std::string::npos);
  for (const Json& claim : claims_of(cut)) CHECK(claim["judge"] == "lexical");
}

TEST_CASE("without a judge, or with --no-judge, no request is made and reports keep their shape") {
  ScratchDir dir;
  write_case(dir);
  ModelServer server([](const Json&, httplib::Response& res) { answer_verdict(res, "supported"); });
  dir.write(".citecheck.toml", "[judge]\nurl = \"" + server.url() + "\"\nmodel = \"m\"\n");
  const ProcessResult off = check(dir, {"--no-judge", "--no-cache"});
  CHECK(server.bodies().empty());
  const Json report = Json::parse(off.out);
  CHECK_FALSE(report["tool"].contains("judge"));
  CHECK_FALSE(report["documents"][0]["claims"][0].contains("judge"));
}

TEST_CASE("judge settings that cannot work are refused before anything runs") {
  ScratchDir dir;
  write_case(dir);
  struct Case {
    std::string toml;
    std::vector<std::string> flags;
    std::string says;
  };
  for (const Case& c :
       {Case{"[judge]\nstyle = \"essay\"\n", {}, "judge style is 'essay'"},
        Case{"[judge]\nconcurrency = 0\n", {}, "from 1 to 256"},
        Case{"[judge]\nmodle = \"x\"\n", {}, "unknown judge setting 'modle'"},
        Case{"[judge]\napi-key-env = \"sk-abc def\"\n", {}, "not the name of an environment"},
        Case{"", {"--judge-url", "http://127.0.0.1:9/v1"}, "no model"},
        Case{"", {"--judge-url", "localhost:11434"}, "is not an http(s) URL"}}) {
    CAPTURE(c.toml);
    dir.write(".citecheck.toml", c.toml);
    const ProcessResult r = check(dir, c.flags);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(c.says) != std::string::npos);
  }
}

}  // namespace citecheck::testing
