// GitHub-flavoured Markdown: a heading with the counts, a table per document of verdicts and
// findings, the findings themselves, and every claim's verdict folded in a <details> block so a
// pull-request comment stays short. Article and page text is escaped: it is never markup here.
#include "report/markdown.h"

#include <fmt/format.h>

#include "report/names.h"
#include "report/summary.h"

namespace citecheck::report {
namespace {

const char* badge(core::Severity s) {
  switch (s) {
    case core::Severity::kError:
      return "\u274C error";
    case core::Severity::kWarning:
      return "\u26A0\uFE0F warning";
    case core::Severity::kInfo:
      return "\u2139\uFE0F info";
  }
  return "error";
}

std::string plural(int n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string counts_table(const core::Report& report) {
  std::string out =
      "| Document | Claims | Supported | Partial | Unsupported | Contradicted | Unverifiable | "
      "Errors | Warnings | Info |\n"
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const core::DocumentReport& d : report.documents) {
    core::Report one;
    one.documents.push_back(d);
    const Summary s = summarize(one);
    out += fmt::format("| {} | {}", markdown_cell(d.path), s.claims);
    for (const auto& [name, count] : s.verdicts) out += fmt::format(" | {}", count);
    out += fmt::format(" | {} | {} | {} |\n", s.errors, s.warnings, s.infos);
  }
  return out;
}

std::string findings_table(const core::Report& report) {
  std::string out = "| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n";
  int rows = 0, more = 0;
  for (const core::DocumentReport& d : report.documents) {
    for (const core::Finding& f : d.findings) {
      if (rows >= kMarkdownRows) {
        ++more;
        continue;
      }
      ++rows;
      out += fmt::format(
          "| {} | {} | {} | {} |\n", badge(f.severity),
          markdown_cell(fmt::format("{}:{}:{}", d.path, f.position.line, f.position.column)),
          markdown_cell(f.rule), markdown_cell(f.message));
    }
  }
  if (more > 0)
    out += fmt::format("\n{} more finding{} not listed here.\n", more, more == 1 ? "" : "s");
  return out;
}

std::string claims_table(const core::Report& report, int claims) {
  std::string out = fmt::format("<details><summary>{}</summary>\n\n", plural(claims, "claim"));
  out += "| Location | Verdict | Support | Claim |\n| --- | --- | ---: | --- |\n";
  int rows = 0;
  for (const core::DocumentReport& d : report.documents) {
    for (const core::Claim& c : d.claims) {
      if (rows++ >= kMarkdownRows) continue;
      out += fmt::format(
          "| {} | {} | {:.2f} | {} |\n",
          markdown_cell(fmt::format("{}:{}:{}", d.path, c.position.line, c.position.column)),
          verdict_name(c.verdict), c.support_score, markdown_cell(c.text));
    }
  }
  if (rows > kMarkdownRows) {
    const int more = rows - kMarkdownRows;
    out += fmt::format("\n{} more claim{} not listed here.\n", more, more == 1 ? "" : "s");
  }
  return out + "\n</details>\n";
}

}  // namespace

std::string markdown_cell(const std::string& s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\\':
      case '|':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string render_markdown(const core::Report& report) {
  const Summary s = summarize(report);
  std::string out = fmt::format("### citecheck: {}, {}, {} info\n\n", plural(s.errors, "error"),
                                plural(s.warnings, "warning"), s.infos);
  std::string verdicts;
  for (const auto& [name, count] : s.verdicts) {
    if (count > 0) verdicts += fmt::format("{}{} {}", verdicts.empty() ? "" : ", ", count, name);
  }
  out += fmt::format("{}, {}{}{}.\n\n", plural(s.documents, "document"), plural(s.claims, "claim"),
                     verdicts.empty() ? "" : ": ", verdicts);
  if (report.documents.empty()) return out;
  out += counts_table(report);
  if (s.errors + s.warnings + s.infos > 0) out += "\n#### Findings\n\n" + findings_table(report);
  for (const core::DocumentReport& d : report.documents) {
    for (const std::string& notice : d.notices) {
      out += fmt::format("\n> **Note** ({}): {}\n", markdown_cell(d.path), markdown_cell(notice));
    }
  }
  if (s.claims > 0) out += "\n" + claims_table(report, s.claims);
  return out;
}

}  // namespace citecheck::report
