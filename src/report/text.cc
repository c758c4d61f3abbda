// Claims and findings of a document are printed in position order. A claim with findings is shown
// once, under its first finding; a claim without any (supported, unverifiable) gets a line of its
// own so that every claim's verdict is visible. A short sources list then says what each cited page
// is (its title and publication date, where the page gives them). Colour is decided by the caller,
// never here.
#include "report/text.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include <fmt/color.h>
#include <fmt/format.h>

#include "report/names.h"
#include "report/summary.h"
#include "text/utf8.h"

namespace citecheck::report {
namespace {

constexpr std::size_t kEvidenceChars = 320;
constexpr std::size_t kTitleCodePoints = 80;

std::string paint(const TextStyle& style, fmt::text_style ts, const std::string& s) {
  return style.color ? fmt::format(ts, "{}", s) : s;
}

fmt::text_style severity_style(core::Severity s) {
  switch (s) {
    case core::Severity::kError:
      return fmt::fg(fmt::terminal_color::bright_red) | fmt::emphasis::bold;
    case core::Severity::kWarning:
      return fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold;
    case core::Severity::kInfo:
      return fmt::fg(fmt::terminal_color::cyan) | fmt::emphasis::bold;
  }
  return {};
}

bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Page metadata on one line: control characters (a line break, an escape sequence a hostile page
// could send to the terminal) become spaces, and text longer than `max_code_points` is cut to that
// many code points, the last an ellipsis.
std::string one_line(const std::string& s, std::size_t max_code_points) {
  std::string out;
  std::size_t code_points = 0, cut = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    const auto next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (!continuation_byte(s[i]) && ++code_points == max_code_points) cut = out.size();
    if (byte < 0x20 || byte == 0x7F) {
      out += ' ';
    } else if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080..U+009F
      out += ' ';
      ++i;
    } else {
      out += s[i];
    }
  }
  if (code_points > max_code_points) {
    out.resize(cut);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\u2026";
  }
  return out;
}

// Text from the article or a page, on one line and free of terminal escapes, whole.
std::string printable(const std::string& s) {
  return one_line(s, std::numeric_limits<std::size_t>::max());
}

void claim_block(std::string& out, const core::Claim& c, const TextStyle& style) {
  out += fmt::format("    claim: {}\n", printable(c.text));
  out += fmt::format("    verdict: {} (support {:.2f})", verdict_name(c.verdict), c.support_score);
  if (!c.explanation.empty()) out += fmt::format(": {}", printable(c.explanation));
  out += '\n';
  for (const core::Evidence& e : c.evidence) {
    out += fmt::format(
        "    evidence [{}]: \u201C{}\u201D\n", e.reference_id,
        paint(style, fmt::emphasis::italic, text::clip_utf8(printable(e.text), kEvidenceChars)));
  }
}

// One line per reference whose page gave a title or a date, so the editor sees what [n] is.
void sources_list(std::string& out, const core::DocumentReport& d) {
  std::string lines;
  for (const core::ReferenceReport& r : d.references) {
    const core::SourceOutcome& s = r.source;
    if (s.title.empty() && s.published.empty()) continue;
    lines += fmt::format("    [{}]", r.reference.id);
    if (!s.title.empty())
      lines += fmt::format(" \u201C{}\u201D", one_line(s.title, kTitleCodePoints));
    if (!s.published.empty()) {
      lines += fmt::format("{} published {}", s.title.empty() ? "" : ",",
                           one_line(s.published, kTitleCodePoints));
    }
    lines += '\n';
  }
  if (!lines.empty()) out += fmt::format("{}: sources:\n{}", d.path, lines);
}

// The references backing a claim: its citations but the idle ones, which have a finding of their
// own.
std::string cited(const core::Claim& c) {
  std::string refs;
  for (const std::string& id : c.citations) {
    if (std::find(c.idle_citations.begin(), c.idle_citations.end(), id) == c.idle_citations.end())
      refs += "[" + id + "]";
  }
  return refs;
}

void document_text(std::string& out, const core::DocumentReport& d, const TextStyle& style) {
  // Entries: (line, column, order, kind, index): findings before a claim's own line at a position.
  struct Entry {
    int line, column, order;
    const core::Finding* finding;
    const core::Claim* claim;
  };
  std::vector<Entry> entries;
  std::map<std::string, const core::Claim*> claims;
  for (const core::Claim& c : d.claims) claims[c.id] = &c;
  // A finding on the claim itself stands for its verdict line and carries its details; one on a
  // marker inside it (idle-citation) prints alone, and the claim keeps its own line.
  const auto on_claim = [&](const core::Finding& f) -> const core::Claim* {
    const auto it = claims.find(f.claim_id);
    if (it == claims.end() || it->second->position.line != f.position.line ||
        it->second->position.column != f.position.column) {
      return nullptr;
    }
    return it->second;
  };
  std::set<std::string> claims_with_findings;
  for (const core::Finding& f : d.findings) {
    entries.push_back({f.position.line, f.position.column, 0, &f, nullptr});
    if (on_claim(f) != nullptr) claims_with_findings.insert(f.claim_id);
  }
  if (!style.quiet) {
    for (const core::Claim& c : d.claims) {
      if (!claims_with_findings.count(c.id)) {
        entries.push_back({c.position.line, c.position.column, 1, nullptr, &c});
      }
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.line, a.column, a.order) < std::tie(b.line, b.column, b.order);
  });
  std::set<std::string> shown;
  for (const Entry& e : entries) {
    const std::string where =
        paint(style, fmt::emphasis::bold, fmt::format("{}:{}:{}:", d.path, e.line, e.column));
    if (e.finding != nullptr) {
      const core::Finding& f = *e.finding;
      out += fmt::format(
          "{} {} {} [{}]\n", where,
          paint(style, severity_style(f.severity), std::string(severity_name(f.severity)) + ":"),
          printable(f.message), f.rule);
      if (!style.quiet && !f.text.empty()) {
        out += fmt::format("    sentence: {}\n", printable(f.text));
      }
      // A finding naming a claim the document lacks prints alone: a reporter never throws.
      const core::Claim* claim = on_claim(f);
      if (!style.quiet && claim != nullptr && shown.insert(f.claim_id).second) {
        claim_block(out, *claim, style);
      }
      continue;
    }
    const core::Claim& c = *e.claim;
    const bool ok = c.verdict == core::Verdict::kSupported;
    // Any other verdict without a finding is one whose finding a suppression comment hid.
    const bool unchecked = c.verdict == core::Verdict::kUnverifiable;
    const std::string label = std::string(verdict_name(c.verdict)) + ":";
    const std::string message =
        ok ? fmt::format("claim backed by {}", cited(c))
        : unchecked
            ? fmt::format("claim not checked: {}", printable(c.explanation))
            : fmt::format("finding suppressed by the article: {}", printable(c.explanation));
    out += fmt::format(
        "{} {} {}\n", where,
        paint(style, fmt::fg(ok ? fmt::terminal_color::green : fmt::terminal_color::magenta),
              label),
        message);
    claim_block(out, c, style);
  }
  if (style.verbose) {
    for (const core::ReferenceReport& r : d.references) {
      out += fmt::format("{}:{}:{}: source [{}] {}: {} ({}{})\n", d.path, r.reference.position.line,
                         r.reference.position.column, r.reference.id, r.reference.url,
                         state_name(r.source.state), r.source.reason,
                         r.source.origin == core::SourceOrigin::kNone
                             ? ""
                             : std::string(", from ") + origin_name(r.source.origin));
    }
  }
  if (!style.quiet) sources_list(out, d);
  for (const std::string& notice : d.notices) out += fmt::format("{}: note: {}\n", d.path, notice);
}

}  // namespace

std::string render_text(const core::Report& report, const TextStyle& style) {
  std::string out;
  for (const core::DocumentReport& d : report.documents) document_text(out, d, style);
  const Summary s = summarize(report);
  std::string verdicts;
  for (const auto& [name, count] : s.verdicts) {
    if (count == 0) continue;
    verdicts += fmt::format("{}{} {}", verdicts.empty() ? "" : ", ", count, name);
  }
  out += fmt::format("{} document{}, {} claim{}{}{}; {} error{}, {} warning{}, {} info\n",
                     s.documents, s.documents == 1 ? "" : "s", s.claims, s.claims == 1 ? "" : "s",
                     verdicts.empty() ? "" : ": ", verdicts, s.errors, s.errors == 1 ? "" : "s",
                     s.warnings, s.warnings == 1 ? "" : "s", s.infos);
  return out;
}

}  // namespace citecheck::report
