#include "serve/request.h"

#include <doctest/doctest.h>

namespace citecheck::serve {

TEST_CASE("a JSON check request carries the draft and its options") {
  const auto read = read_check_request(
      R"({"text": "A draft [1].", "format": "markdown", "path": "posts/x.md", "deadline": 30,
          "fail_on": "warning"})",
      "application/json; charset=utf-8", "");
  const auto* r = std::get_if<CheckRequest>(&read);
  REQUIRE(r != nullptr);
  CHECK(r->text == "A draft [1].");
  CHECK(r->format == core::Format::kMarkdown);
  CHECK(r->path == "posts/x.md");
  CHECK(r->deadline == 30);
  CHECK(r->fail_on == core::FailOn::kWarning);
  CHECK(r->output == cli::OutputFormat::kJson);
}

TEST_CASE("a draft sent as itself takes its format from the Content-Type") {
  const auto read = read_check_request("<p>Hi</p>", "Text/HTML", "markdown");
  const auto* r = std::get_if<CheckRequest>(&read);
  REQUIRE(r != nullptr);
  CHECK(r->format == core::Format::kHtml);
  CHECK(r->output == cli::OutputFormat::kMarkdown);
}

TEST_CASE("a bad check request says what is wrong with it") {
  const auto message = [](const std::string& body, const std::string& type,
                          const std::string& format = "") {
    const auto read = read_check_request(body, type, format);
    const auto* bad = std::get_if<BadRequest>(&read);
    return bad == nullptr ? std::string("accepted") : bad->message;
  };
  CHECK(message("[1]", "application/json").find("not a JSON object") != std::string::npos);
  CHECK(message(R"({"text": "x", "format": "pdf"})", "application/json").find("\"format\"") !=
        std::string::npos);
  CHECK(message(R"({"text": "x", "deadline": -1})", "application/json").find("\"deadline\"") !=
        std::string::npos);
  CHECK(message(R"({"text": "x", "fail_on": 2})", "application/json").find("\"fail_on\"") !=
        std::string::npos);
  CHECK(message(R"({"text": ""})", "application/json") == "the draft is empty");
  CHECK(message("x", "text/plain", "docx").find("'docx'") != std::string::npos);
  const auto read = read_check_request("x", "application/pdf", "");
  REQUIRE(std::holds_alternative<BadRequest>(read));
  CHECK(std::get<BadRequest>(read).unsupported_type);
}

TEST_CASE("a secret matches only itself") {
  CHECK(same_secret("s3cret", "s3cret"));
  CHECK_FALSE(same_secret("s3cres", "s3cret"));
  CHECK_FALSE(same_secret("s3cre", "s3cret"));
  CHECK_FALSE(same_secret("s3crett", "s3cret"));
  CHECK_FALSE(same_secret("", "s3cret"));
}

}  // namespace citecheck::serve
