// Workflow commands (`::error file=...,line=...,col=...,title=RULE::message`) that GitHub Actions
// turns into annotations on the pull request's diff. GitHub keeps only the first 10 annotations
// of each level per step, so the findings past that are printed as plain log lines after one
// notice that says how many there are, and nothing a user needs is silently dropped.
#include "report/github.h"

#include <fmt/format.h>

#include "report/names.h"
#include "report/regions.h"
#include "report/summary.h"

namespace citecheck::report {
namespace {

const char* command(core::Severity s) {
  switch (s) {
    case core::Severity::kError:
      return "error";
    case core::Severity::kWarning:
      return "warning";
    case core::Severity::kInfo:
      return "notice";
  }
  return "error";
}

// The escapes GitHub's runner undoes: in a message, and (with ':' and ',') in a property.
std::string escape(const std::string& s, bool property) {
  std::string out;
  for (const char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

std::string annotation(const core::DocumentReport& d, const core::Finding& f) {
  const Region r = finding_region(d, f);
  std::string props = fmt::format("file={},line={}", escape(d.path, true), r.start.line);
  if (r.end && r.end->line != r.start.line) props += fmt::format(",endLine={}", r.end->line);
  props += fmt::format(",col={}", r.start.column);
  if (r.end && r.end->line == r.start.line) props += fmt::format(",endColumn={}", r.end->column);
  props += fmt::format(",title={}", escape(f.rule, true));
  return fmt::format("::{} {}::{}\n", command(f.severity), props, escape(f.message, false));
}

std::string plain(const core::DocumentReport& d, const core::Finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}]\n", d.path, f.position.line, f.position.column,
                     severity_name(f.severity), f.message, f.rule);
}

}  // namespace

std::string render_github(const core::Report& report) {
  const Summary s = summarize(report);
  const bool overflow = s.errors > kGithubAnnotationsPerLevel ||
                        s.warnings > kGithubAnnotationsPerLevel ||
                        s.infos > kGithubAnnotationsPerLevel;
  // The notice about the rest is itself a notice: keep room for it.
  const int notice_room = overflow ? kGithubAnnotationsPerLevel - 1 : kGithubAnnotationsPerLevel;
  int shown[3] = {0, 0, 0};
  std::string out, rest;
  int more = 0;
  for (const core::DocumentReport& d : report.documents) {
    for (const core::Finding& f : d.findings) {
      int& count = shown[static_cast<int>(f.severity)];
      const int room =
          f.severity == core::Severity::kInfo ? notice_room : kGithubAnnotationsPerLevel;
      if (count < room) {
        ++count;
        out += annotation(d, f);
      } else {
        ++more;
        rest += plain(d, f);
      }
    }
  }
  if (more > 0) {
    out += fmt::format(
        "::notice title=citecheck::{} more finding{} not shown as annotations (GitHub shows {} per "
        "level and step); they follow in the log\n",
        more, more == 1 ? " is" : "s are", kGithubAnnotationsPerLevel);
    out += rest;
  }
  for (const core::DocumentReport& d : report.documents) {
    for (const std::string& notice : d.notices)
      out += fmt::format("{}: note: {}\n", d.path, notice);
  }
  out += fmt::format("citecheck: {} document{}, {} claim{}; {} error{}, {} warning{}, {} info\n",
                     s.documents, s.documents == 1 ? "" : "s", s.claims, s.claims == 1 ? "" : "s",
                     s.errors, s.errors == 1 ? "" : "s", s.warnings, s.warnings == 1 ? "" : "s",
                     s.infos);
  return out;
}

}  // namespace citecheck::report
