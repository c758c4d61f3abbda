// Reading a POST /v1/check (serve): JSON with the draft in "text" and the options beside it, or the
// draft as the body with its format in the Content-Type. Every mistake is a 400 with one line
// that says what to change, never a check of something the caller did not mean.
#include "serve/request.h"

#include <cmath>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/ascii.h"

namespace citecheck::serve {
namespace {

std::string media_type(std::string_view content_type) {
  return text::lower_ascii(text::trim_space(content_type.substr(0, content_type.find(';'))));
}

// The JSON body's fields into `r`, or what is wrong with them.
std::optional<BadRequest> read_json(const std::string& body, CheckRequest& r) {
  const nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return BadRequest{"the body is not a JSON object: send {\"text\": \"...the draft...\"}"};
  }
  const auto field = [&j](const char* name) { return j.find(name); };
  const auto text_it = field("text");
  if (text_it == j.end() || !text_it->is_string()) {
    return BadRequest{"\"text\" is missing or not a string: it holds the draft"};
  }
  r.text = text_it->get<std::string>();
  if (const auto it = field("format"); it != j.end() && !it->is_null()) {
    const auto format =
        it->is_string() ? cli::input_format_named(it->get<std::string>()) : std::nullopt;
    if (!format) return BadRequest{"\"format\" is not one of markdown, html, text, auto"};
    r.format = *format;
  }
  if (const auto it = field("path"); it != j.end() && !it->is_null()) {
    if (!it->is_string()) return BadRequest{"\"path\" is not a string"};
    r.path = it->get<std::string>();
  }
  if (const auto it = field("deadline"); it != j.end() && !it->is_null()) {
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0) {
      return BadRequest{"\"deadline\" is not a number of seconds, 0 or more"};
    }
    r.deadline = it->get<double>();
  }
  if (const auto it = field("fail_on"); it != j.end() && !it->is_null()) {
    const auto fail_on =
        it->is_string() ? cli::fail_on_named(it->get<std::string>()) : std::nullopt;
    if (!fail_on) return BadRequest{"\"fail_on\" is not one of error, warning, info, never"};
    r.fail_on = *fail_on;
  }
  return std::nullopt;
}

}  // namespace

std::variant<CheckRequest, BadRequest> read_check_request(const std::string& body,
                                                          const std::string& content_type,
                                                          const std::string& query_format) {
  CheckRequest r;
  // The report formats a hook reads whole; the streamed and line formats are the CLI's.
  if (!query_format.empty()) {
    const auto output = cli::output_format_named(query_format);
    if (!output ||
        (*output != cli::OutputFormat::kJson && *output != cli::OutputFormat::kSarif &&
         *output != cli::OutputFormat::kHtml && *output != cli::OutputFormat::kMarkdown)) {
      return BadRequest{fmt::format("format '{}' is not one of json, sarif, html, markdown",
                                    text::one_line(query_format))};
    }
    r.output = *output;
  }
  const std::string type = media_type(content_type);
  if (type == "application/json") {
    if (auto bad = read_json(body, r)) return *bad;
  } else if (type == "text/markdown" || type == "text/html" || type == "text/plain") {
    r.text = body;
    r.format = type == "text/markdown" ? core::Format::kMarkdown
               : type == "text/html"   ? core::Format::kHtml
                                       : core::Format::kText;
  } else {
    return BadRequest{fmt::format("Content-Type '{}' is not application/json, text/markdown, "
                                  "text/html or text/plain",
                                  text::one_line(type)),
                      true};
  }
  if (r.text.empty()) return BadRequest{"the draft is empty"};
  return r;
}

std::string report_content_type(cli::OutputFormat format) {
  switch (format) {
    case cli::OutputFormat::kSarif:
      return "application/sarif+json";
    case cli::OutputFormat::kHtml:
      return "text/html; charset=utf-8";
    case cli::OutputFormat::kMarkdown:
      return "text/markdown; charset=utf-8";
    default:
      return "application/json";
  }
}

bool same_secret(const std::string& given, const std::string& expected) {
  unsigned char differ = given.size() == expected.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i) {
    const char e = expected.empty() ? '\0' : expected[i % expected.size()];
    differ |= static_cast<unsigned char>(given[i] ^ e);
  }
  return differ == 0;
}

}  // namespace citecheck::serve
