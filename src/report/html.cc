// The annotated HTML report (--format html; report/, the pipeline's last stage). One page: a
// summary bar with the count per verdict, a legend, a table of contents when there are several
// documents, then per document its article with claims highlighted and cards beside them, and its
// reference list with a state badge per entry. It reads only the Report and fetches nothing.
#include "report/html.h"

#include <set>
#include <string>

#include <fmt/format.h>

#include "report/html_parts.h"
#include "report/names.h"
#include "report/summary.h"

namespace citecheck::report {
namespace {

using html::escape;
using html::verdict_icon;

constexpr const char* kKinds[] = {"supported",    "partial",      "unsupported",
                                  "contradicted", "unverifiable", "uncited"};

int uncited_count(const core::DocumentReport& d) {
  int n = 0;
  for (const core::Finding& f : d.findings) n += f.rule == "uncited-claim" ? 1 : 0;
  return n;
}

std::string summary_bar(const core::Report& report) {
  const Summary s = summarize(report);
  int uncited = 0;
  for (const core::DocumentReport& d : report.documents) uncited += uncited_count(d);
  std::string out = fmt::format(
      "<div class=\"summary\" role=\"status\"><span class=\"total\">{} claim{} in {} "
      "document{}</span>",
      s.claims, s.claims == 1 ? "" : "s", s.documents, s.documents == 1 ? "" : "s");
  for (const auto& [name, count] : s.verdicts) {
    out += fmt::format(
        "<span class=\"count v-{0}\" data-verdict=\"{0}\"><span class=\"icon\" "
        "aria-hidden=\"true\">{1}</span> <b>{2}</b> {0}</span>",
        name, verdict_icon(name), count);
  }
  out += fmt::format(
      "<span class=\"count v-uncited\" data-verdict=\"uncited\"><span class=\"icon\" "
      "aria-hidden=\"true\">{}</span> <b>{}</b> uncited</span>",
      verdict_icon("uncited"), uncited);
  out += fmt::format("<span class=\"findings\">{} error{}, {} warning{}, {} info</span>", s.errors,
                     s.errors == 1 ? "" : "s", s.warnings, s.warnings == 1 ? "" : "s", s.infos);
  return out + "</div>\n";
}

std::string legend() {
  std::string out = "<ul class=\"legend\" aria-label=\"legend\">";
  for (const char* kind : kKinds) {
    out += fmt::format(
        "<li><mark class=\"claim v-{0}\"><span class=\"icon\" aria-hidden=\"true\">{1}</span>"
        "{0}</mark></li>",
        kind, verdict_icon(kind));
  }
  return out +
         "</ul><p class=\"keys\">Keys: <kbd>j</kbd> next problem, <kbd>k</kbd> previous; a "
         "citation marker opens its card.</p>\n";
}

std::string contents(const core::Report& report) {
  if (report.documents.size() < 2) return "";
  std::string out = "<nav class=\"toc\" aria-label=\"documents\"><h2>Documents</h2><ol>";
  for (std::size_t i = 0; i < report.documents.size(); ++i) {
    const core::DocumentReport& d = report.documents[i];
    int problems = uncited_count(d);
    for (const core::Claim& c : d.claims) problems += c.verdict != core::Verdict::kSupported;
    out += fmt::format(
        "<li><a href=\"#d{}\">{}</a> <span class=\"n\">{} claim{}, {} to look at</span></li>",
        i + 1, escape(d.path), d.claims.size(), d.claims.size() == 1 ? "" : "s", problems);
    out += "\n";
  }
  return out + "</ol></nav>\n";
}

std::string badge(const char* cls, const std::string& text) {
  return fmt::format("<span class=\"badge r-{}\">{}</span>", cls, text);
}

// What the archive said of a reference (archived-source, changed-source): the finding's own
// message, its closing URL given as a link to open or to put in the entry's place.
std::string archive_note(const core::Finding& f, const core::ArchiveCopy& copy) {
  std::string message = f.message;
  std::string link;
  if (!copy.url.empty() && message.ends_with(copy.url)) {
    message.resize(message.size() - copy.url.size());
    link = fmt::format("<a href=\"{0}\" rel=\"noreferrer\">{0}</a>", escape(copy.url));
  }
  return fmt::format(" <span class=\"archive\">{}{}</span>", escape(message), link);
}

std::string reference_item(const core::ReferenceReport& r,
                           const std::vector<core::Finding>& findings, const std::string& prefix,
                           const std::string& id) {
  const core::SourceOutcome& s = r.source;
  std::string badges = badge(state_name(s.state), state_name(s.state));
  if (r.cited_by.empty()) badges += badge("unused", "unused");
  if (!s.moved_to.empty()) {
    badges += badge("moved", fmt::format("moved to <a href=\"{0}\" rel=\"noreferrer\">{0}</a>",
                                         escape(s.moved_to)));
  }
  std::string out = fmt::format("<li id=\"{}\"><span class=\"rid\">[{}]</span> {} ", id,
                                escape(r.reference.id), badges);
  const std::string title = s.title.empty() ? r.reference.title : s.title;
  if (!title.empty()) out += fmt::format("<span class=\"title\">{}</span> ", escape(title));
  if (!r.reference.url.empty()) {
    out += fmt::format("<a class=\"url\" href=\"{0}\" rel=\"noreferrer\">{0}</a>",
                       escape(r.reference.url));
  }
  if (s.state != core::SourceState::kOk && !s.reason.empty()) {
    out += fmt::format(" <span class=\"reason\">{}{}</span>", escape(s.reason),
                       s.detail.empty() ? "" : ": " + escape(s.detail));
  }
  if (s.archive) {
    for (const core::Finding& f : findings) {
      if (f.reference_id == r.reference.id &&
          (f.rule == "archived-source" || f.rule == "changed-source")) {
        out += archive_note(f, *s.archive);
      }
    }
  }
  if (!r.cited_by.empty()) {
    out += " <span class=\"cited\">cited by";
    for (const std::string& c : r.cited_by) {
      out += fmt::format(" <a href=\"#{}{}\">{}</a>", prefix, escape(c), escape(c));
    }
    out += "</span>";
  }
  return out + "</li>\n";
}

std::string document_section(const core::DocumentReport& d, std::size_t index) {
  const std::string prefix = fmt::format("d{}-", index + 1);
  std::string out = fmt::format(
      "<section class=\"doc\" id=\"d{}\"><h2>{} <span class=\"format\">{}</span></h2>\n", index + 1,
      escape(d.path), format_name(d.format));
  for (const std::string& n : d.notices) {
    out += fmt::format("<p class=\"notice\">{}</p>", escape(n));
  }
  out += html::article_html(d, prefix);
  out += "<h3>References</h3>\n";
  if (d.references.empty()) out += "<p class=\"none\">The article has no reference list.</p>";
  out += "<ol class=\"refs\">";
  // A duplicated entry's id gets a suffix: cards link to the first, as a reader would look up.
  std::set<std::string> seen;
  for (const core::ReferenceReport& r : d.references) {
    const std::string base = prefix + "ref-" + html::id_part(r.reference.id);
    std::string id = base;
    for (int n = 2; !seen.insert(id).second; ++n) id = fmt::format("{}-{}", base, n);
    out += reference_item(r, d.findings, prefix, id);
  }
  return out + "</ol></section>\n";
}

}  // namespace

std::string render_html(const core::Report& report) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>citecheck report</title><style>{}</style></head>\n<body>"
      "<header class=\"top\"><h1>citecheck report</h1>\n",
      html::style_sheet());
  out += summary_bar(report) + legend();
  if (report.incomplete) {
    out +=
        "<p class=\"notice\">The report is incomplete: the deadline passed before every "
        "source was checked.</p>";
  }
  out += "</header>\n<main>\n" + contents(report);
  for (std::size_t i = 0; i < report.documents.size(); ++i) {
    out += document_section(report.documents[i], i);
  }
  out += fmt::format("</main>\n<script>{}</script></body></html>\n", html::script());
  return out;
}

}  // namespace citecheck::report
