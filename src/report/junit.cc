// CI servers (GitLab, Jenkins, Azure) show JUnit files as a list of passed, failed and skipped
// tests. A case fails when an error or warning finding belongs to it (an info finding alone is
// noted in its output); a claim or reference that could not be checked at all is skipped, so a
// run with nothing checked never looks green. One <failure> per case, as the JUnit schema allows;
// its body lists every finding of the case in the text report's form.
#include "report/junit.h"

#include <map>
#include <vector>

#include <fmt/format.h>

#include "report/names.h"
#include "report/xml.h"
#include "text/utf8.h"

namespace citecheck::report {
namespace {

constexpr std::size_t kNameChars = 80;

std::string clip(const std::string& s) { return text::clip_utf8(s, kNameChars); }

struct Case {
  std::string classname;
  std::string name;
  int line = 0;
  std::vector<const core::Finding*> findings;
  std::string skipped;  // why, when the case could not be checked
  std::string details;  // for the failure body or system-out
};

std::string finding_line(const std::string& path, const core::Finding& f) {
  return fmt::format("{}:{}:{}: {}: {} [{}]", path, f.position.line, f.position.column,
                     severity_name(f.severity), f.message, f.rule);
}

std::vector<Case> cases_of(const core::DocumentReport& d) {
  std::vector<Case> cases;
  std::map<std::string, std::size_t> claim_case, ref_case;
  for (const core::Claim& c : d.claims) {
    Case k{
        d.path + ".claims", fmt::format("{} {}", c.id, clip(c.text)), c.position.line, {}, {}, {}};
    k.details =
        fmt::format("verdict: {} (support {:.2f})", verdict_name(c.verdict), c.support_score);
    if (!c.explanation.empty()) k.details += ": " + c.explanation;
    for (const core::Evidence& e : c.evidence) {
      k.details += fmt::format("\nevidence [{}]: {}", e.reference_id, e.text);
    }
    if (c.verdict == core::Verdict::kUnverifiable) k.skipped = "not checked: " + c.explanation;
    claim_case[c.id] = cases.size();
    cases.push_back(std::move(k));
  }
  for (const core::ReferenceReport& r : d.references) {
    Case k{d.path + ".references",
           fmt::format("[{}] {}", r.reference.id,
                       r.reference.url.empty() ? "(no URL)" : r.reference.url),
           r.reference.position.line,
           {},
           {},
           {}};
    k.details = fmt::format("source: {} ({})", state_name(r.source.state), r.source.reason);
    if (!r.source.detail.empty()) k.details += ": " + r.source.detail;
    if (r.source.state == core::SourceState::kNotChecked) k.skipped = k.details;
    ref_case.try_emplace(r.reference.id, cases.size());
    cases.push_back(std::move(k));
  }
  for (const core::Finding& f : d.findings) {
    // A claim's finding goes to the claim; a reference's (no claim) to the reference.
    const auto& owners = f.claim_id.empty() ? ref_case : claim_case;
    const auto owner = owners.find(f.claim_id.empty() ? f.reference_id : f.claim_id);
    if (owner != owners.end()) {
      cases[owner->second].findings.push_back(&f);
      continue;
    }
    Case k{d.path + ".findings",
           fmt::format("{} at {}:{}", f.rule, f.position.line, f.position.column),
           f.position.line,
           {&f},
           {},
           {}};
    cases.push_back(std::move(k));
  }
  return cases;
}

bool fails(const Case& k) {
  for (const core::Finding* f : k.findings) {
    if (f->severity != core::Severity::kInfo) return true;
  }
  return false;
}

std::string case_xml(const std::string& path, const Case& k) {
  std::string out =
      fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\"",
                  xml_escape(k.classname), xml_escape(k.name), xml_escape(path), k.line);
  std::string body;
  for (const core::Finding* f : k.findings) body += finding_line(path, *f) + "\n";
  if (!k.details.empty()) body += k.details + "\n";
  if (fails(k)) {
    const core::Finding* worst = k.findings.front();
    for (const core::Finding* f : k.findings) {
      if (f->severity > worst->severity) worst = f;
    }
    out +=
        fmt::format(">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                    xml_escape(worst->rule), xml_escape(worst->message), xml_escape(body));
  } else if (!k.skipped.empty()) {
    out +=
        fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n", xml_escape(k.skipped));
  } else {
    out += fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n", xml_escape(body));
  }
  return out;
}

}  // namespace

std::string render_junit(const core::Report& report) {
  std::string suites;
  int tests = 0, failures = 0, skipped = 0;
  for (const core::DocumentReport& d : report.documents) {
    const std::vector<Case> cases = cases_of(d);
    int f = 0, s = 0;
    std::string body;
    for (const Case& k : cases) {
      if (fails(k)) {
        ++f;
      } else if (!k.skipped.empty()) {
        ++s;
      }
      body += case_xml(d.path, k);
    }
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n",
        xml_escape(d.path), cases.size(), f, s);
    suites += body;
    std::string notes;
    for (const std::string& notice : d.notices) notes += notice + "\n";
    if (!notes.empty())
      suites += fmt::format("    <system-out>{}</system-out>\n", xml_escape(notes));
    suites += "  </testsuite>\n";
    tests += static_cast<int>(cases.size());
    failures += f;
    skipped += s;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"citecheck\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\">\n"
      "{}</testsuites>\n",
      tests, failures, skipped, suites);
}

}  // namespace citecheck::report
