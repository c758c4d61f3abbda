// What a POST /v1/check asks for (`citecheck serve`): the draft and how to check it, read from a
// JSON body or from the draft itself sent as text/markdown, text/html or text/plain. Plain data,
// no HTTP library: the server (serve/server.cc) hands over the body, its type and the query.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "cli/options.h"
#include "core/result.h"
#include "core/types.h"

namespace citecheck::serve {

struct CheckRequest {
  std::string text;                    // the draft
  std::optional<core::Format> format;  // unset: from the path's extension, else the content
  std::string path;                    // the name the report gives the draft
  std::optional<double> deadline;      // seconds, as asked
  std::optional<core::FailOn> fail_on;
  cli::OutputFormat output = cli::OutputFormat::kJson;  // ?format=json|sarif|html|markdown
};

// The request, or the reason it is a bad one (a 400 or a 415: `unsupported_type` says which).
struct BadRequest {
  std::string message;
  bool unsupported_type = false;
};

// `content_type` as sent (parameters such as charset are ignored); `query_format` is the query's
// format, empty when none.
std::variant<CheckRequest, BadRequest> read_check_request(const std::string& body,
                                                          const std::string& content_type,
                                                          const std::string& query_format);

// The MIME type of a report in `format`.
std::string report_content_type(cli::OutputFormat format);

// Whether `given` equals `expected`, in a time that depends on their lengths only.
bool same_secret(const std::string& given, const std::string& expected);

}  // namespace citecheck::serve
