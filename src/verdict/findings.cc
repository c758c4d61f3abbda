// Every finding has a position a user can jump to: a citation marker, a reference entry, or the
// start of a claim; findings on a reference entry or an uncited sentence carry their end too.
// Messages name references by their id in brackets, as the article does.
#include "verdict/findings.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

#include <fmt/format.h>

#include "text/ascii.h"
#include "text/url.h"
#include "text/utf8.h"
#include "verdict/judge.h"

namespace citecheck::verdict {
namespace {

core::Finding make(const char* rule, std::size_t offset, core::Position position,
                   std::string message, std::optional<core::Position> end = std::nullopt) {
  core::Finding f;
  f.rule = rule;
  for (const RuleInfo& r : rules()) {
    if (std::string_view(r.id) == rule) f.severity = r.severity;
  }
  f.offset = offset;
  f.position = position;
  f.end = end;
  f.message = std::move(message);
  return f;
}

}  // namespace

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> kRules = {
      {"missing-reference", core::Severity::kError,
       "a citation names a reference the list does not have"},
      {"unused-reference", core::Severity::kWarning, "a listed reference is never cited"},
      {"duplicate-reference", core::Severity::kWarning,
       "two entries share an id, or one URL is listed twice"},
      {"reference-without-url", core::Severity::kWarning, "an entry has nothing to fetch"},
      {"broken-source", core::Severity::kError, "the source is gone, unreachable, or a soft 404"},
      {"unverifiable-source", core::Severity::kWarning,
       "the source could not be read (wall, rate limit, unsupported content)"},
      {"moved-source", core::Severity::kInfo, "the source moved permanently"},
      {"unsupported-claim", core::Severity::kError,
       "the source was read, and nothing in it backs the claim"},
      {"partially-supported-claim", core::Severity::kWarning,
       "some of the claim's facts are in the source, not all"},
      {"contradicted-claim", core::Severity::kError,
       "the source gives another figure for the same thing, or says the claim negated"},
      {"misquote", core::Severity::kError, "a quotation attributed to the source is not in it"},
      {"uncited-claim", core::Severity::kWarning,
       "a statistic, quotation or attribution with no citation"},
      {"idle-citation", core::Severity::kWarning,
       "one of a claim's citations shares nothing with it, while the others back it"},
      {"unchecked-source", core::Severity::kInfo,
       "a cited source was not looked at (offline and not saved, the deadline, excluded, not "
       "http(s))"},
      {"archived-source", core::Severity::kWarning,
       "the source is dead; the web archive has a copy from the article's date (--archive)"},
      {"changed-source", core::Severity::kWarning,
       "the live page no longer backs the claim; the archived copy from the article's date does"},
  };
  return kRules;
}

std::vector<core::Finding> reference_findings(const core::CitationIndex& index) {
  std::vector<core::Finding> out;
  std::set<std::string> listed;
  std::set<std::string> cited;
  for (const core::Citation& c : index.citations) cited.insert(c.reference_id);
  std::map<std::string, const core::Reference*> by_url;
  for (const core::Reference& ref : index.references) {
    core::Finding f;
    if (!listed.insert(ref.id).second) {
      f = make("duplicate-reference", ref.offset, ref.position,
               fmt::format("reference [{}] is listed more than once", ref.id), ref.end);
      f.reference_id = ref.id;
      out.push_back(f);
    } else if (!cited.count(ref.id)) {
      f = make("unused-reference", ref.offset, ref.position,
               fmt::format("reference [{}] is listed but never cited", ref.id), ref.end);
      f.reference_id = ref.id;
      out.push_back(f);
    }
    if (ref.url.empty()) {
      f = make("reference-without-url", ref.offset, ref.position,
               fmt::format("reference [{}] has no URL to check", ref.id), ref.end);
      f.reference_id = ref.id;
      out.push_back(f);
      continue;
    }
    const auto [it, first] = by_url.try_emplace(text::page_key(ref.url), &ref);
    if (!first && it->second->id != ref.id) {
      f = make("duplicate-reference", ref.offset, ref.position,
               fmt::format("reference [{}] repeats the URL of [{}]", ref.id, it->second->id),
               ref.end);
      f.reference_id = ref.id;
      out.push_back(f);
    }
  }
  std::set<std::pair<std::size_t, std::string>> reported;  // one finding per marker and id
  for (const core::Citation& c : index.citations) {
    if (listed.count(c.reference_id) || !reported.insert({c.offset, c.reference_id}).second)
      continue;
    core::Finding f = make(
        "missing-reference", c.offset, c.position,
        index.references.empty()
            ? fmt::format("citation [{}] has no reference list to point to", c.reference_id)
            : fmt::format("citation [{}] names a reference the list does not have", c.reference_id),
        c.end);
    f.reference_id = c.reference_id;
    out.push_back(f);
  }
  return out;
}

std::vector<core::Finding> source_findings(const std::vector<core::ReferenceReport>& references) {
  std::vector<core::Finding> out;
  std::set<std::string> seen;
  for (const core::ReferenceReport& r : references) {
    const core::SourceOutcome& s = r.source;
    const core::Reference& ref = r.reference;
    if (!seen.insert(ref.id).second) continue;
    if (!s.moved_to.empty()) {
      core::Finding moved =
          make("moved-source", ref.offset, ref.position,
               fmt::format("source [{}] moved permanently to {}", ref.id, s.moved_to), ref.end);
      moved.reference_id = ref.id;
      out.push_back(std::move(moved));
    }
    // A cited source nobody looked at passes nothing unseen: CI can raise this rule to fail.
    if (s.state == core::SourceState::kNotChecked && !ref.url.empty() && !r.cited_by.empty()) {
      core::Finding f = make("unchecked-source", ref.offset, ref.position,
                             fmt::format("source [{}] was not checked ({}){}", ref.id, s.reason,
                                         s.detail.empty() ? "" : ": " + s.detail),
                             ref.end);
      f.reference_id = ref.id;
      out.push_back(std::move(f));
      continue;
    }
    const char* rule = nullptr;
    if (s.state == core::SourceState::kBroken) rule = "broken-source";
    if (s.state == core::SourceState::kUnverifiable) rule = "unverifiable-source";
    if (rule == nullptr) continue;
    const char* what = s.state == core::SourceState::kBroken ? "is broken" : "could not be read";
    std::string message = fmt::format("source [{}] {} ({}): {}", ref.id, what, s.reason, s.detail);
    if (core::is_dead(s) && s.archive && s.archive->url.empty()) {
      message += "; " + s.archive->detail;  // never archived, or the archive gave no answer
    }
    core::Finding f = make(rule, ref.offset, ref.position, std::move(message), ref.end);
    f.reference_id = ref.id;
    out.push_back(std::move(f));
  }
  return out;
}

namespace {

// "backs the claim", "backs 1 of 2 claims citing it", "does not back the claim", ...
std::string what_the_copy_backs(const core::ArchiveCopy& a) {
  if (a.claims == 0) return "exists (no claim cites it)";
  if (a.backs == 0) return a.claims == 1 ? "does not back the claim" : "backs none of the claims";
  if (a.backs == a.claims) return a.claims == 1 ? "backs the claim" : "backs the claims";
  return fmt::format("backs {} of {} claims citing it", a.backs, a.claims);
}

}  // namespace

std::vector<core::Finding> archive_findings(const std::vector<core::ReferenceReport>& references) {
  std::vector<core::Finding> out;
  std::set<std::string> seen;
  for (const core::ReferenceReport& r : references) {
    const core::SourceOutcome& s = r.source;
    const core::Reference& ref = r.reference;
    if (!s.archive || s.archive->url.empty() || !seen.insert(ref.id).second) continue;
    const core::ArchiveCopy& a = *s.archive;
    const std::string day = a.timestamp.substr(0, 10);
    core::Finding f;
    if (core::is_dead(s)) {
      if (a.state != core::SourceState::kOk) {
        f = make("archived-source", ref.offset, ref.position,
                 fmt::format("source [{}] is broken ({}); the archived copy of {} could not be "
                             "read either ({}): {}",
                             ref.id, s.reason, day, a.reason, a.url),
                 ref.end);
      } else {
        f = make("archived-source", ref.offset, ref.position,
                 fmt::format("source [{}] is broken ({}); an archived copy of {} {}: replace "
                             "the URL with {}",
                             ref.id, s.reason, day, what_the_copy_backs(a), a.url),
                 ref.end);
      }
    } else if (s.state == core::SourceState::kOk && a.state == core::SourceState::kOk &&
               a.rescued > 0) {
      f = make("changed-source", ref.offset, ref.position,
               fmt::format("source [{}] changed after it was cited: the archived copy of {} {}, "
                           "today's page does not: {}",
                           ref.id, day, what_the_copy_backs(a), a.url),
               ref.end);
    } else {
      continue;
    }
    f.reference_id = ref.id;
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<core::Finding> claim_findings(const std::vector<core::Claim>& claims) {
  std::vector<core::Finding> out;
  for (const core::Claim& claim : claims) {
    auto add = [&](const char* rule, std::string message) {
      core::Finding f = make(rule, claim.offset, claim.position, std::move(message));
      f.claim_id = claim.id;
      out.push_back(std::move(f));
    };
    bool misquoted = false;
    for (const core::Fact& fact : claim.facts) {
      if (fact.kind == core::FactKind::kQuote && !fact.found &&
          claim.verdict != core::Verdict::kUnverifiable) {
        // The claim's words whole, and the source's nearest sentence beside them.
        std::string message =
            fmt::format("quotation \u201C{}\u201D is not in the cited source", fact.text);
        if (!fact.closest.empty()) {
          message += fmt::format("; it says \u201C{}\u201D",
                                 text::clip_utf8(fact.closest, kQuotedSentence));
        }
        add("misquote", std::move(message));
        misquoted = true;
      }
    }
    switch (claim.verdict) {
      case core::Verdict::kUnsupported:
        if (!misquoted)
          add("unsupported-claim", "claim not backed by its source: " + claim.explanation);
        break;
      case core::Verdict::kPartial:
        add("partially-supported-claim", "claim only partly backed: " + claim.explanation);
        break;
      case core::Verdict::kContradicted:
        add("contradicted-claim", "source contradicts the claim: " + claim.explanation);
        break;
      default:
        break;
    }
  }
  return out;
}

std::vector<core::Finding> idle_citation_findings(const std::vector<core::Claim>& claims,
                                                  const core::CitationIndex& index) {
  std::vector<core::Finding> out;
  for (const core::Claim& claim : claims) {
    for (const std::string& id : claim.idle_citations) {
      std::size_t offset = claim.offset;
      core::Position position = claim.position;
      std::optional<core::Position> end;  // the claim's, found by report/, when no marker is
      for (const core::Citation& c : index.citations) {
        if (c.reference_id == id && c.marker && c.offset >= claim.offset &&
            c.offset < claim.offset + claim.length) {
          offset = c.offset;
          position = c.position;
          end = c.end;
          break;
        }
      }
      core::Finding f = make("idle-citation", offset, position,
                             fmt::format("citation [{}] shares nothing with this claim, which its "
                                         "other citations back",
                                         id),
                             end);
      f.claim_id = claim.id;
      f.reference_id = id;
      out.push_back(std::move(f));
    }
  }
  return out;
}

std::vector<core::Finding> uncited_findings(const std::vector<core::UncitedSentence>& uncited,
                                            bool every_sentence) {
  std::vector<core::Finding> out;
  for (const core::UncitedSentence& s : uncited) {
    const bool covered = s.covered_by_line > 0 && !every_sentence;
    const bool own_account = s.first_party && !every_sentence;
    const bool own_rule = s.specification && !every_sentence;
    // A term's description says what the term means.
    const bool definition =
        s.block == core::BlockKind::kDefinition && !s.names_a_source() && !every_sentence;
    std::string message = fmt::format("sentence states {} but cites nothing", s.why);
    if (covered) {
      message += fmt::format("; the citation ending its paragraph (line {}) may cover it",
                             s.covered_by_line);
    } else if (own_account) {
      message += "; the document speaks as \"we\", so this may be its own account";
    } else if (own_rule) {
      message +=
          "; the document sets requirements (\"MUST\", \"SHOULD\"), so this may be one of "
          "its own rules";
    } else if (definition) {
      message += "; it describes a term in a list of definitions";
    }
    out.push_back(make("uncited-claim", s.offset, s.position, message, s.end));
    if (covered || own_account || own_rule || definition) {
      out.back().covered = true;
      out.back().severity = core::Severity::kInfo;
    }
    out.back().length = s.text.size();
    out.back().text = text::single_spaced(s.text);
  }
  return out;
}

void sort_findings(std::vector<core::Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const core::Finding& a, const core::Finding& b) {
                     return std::tie(a.position.line, a.position.column, a.rule) <
                            std::tie(b.position.line, b.position.column, b.rule);
                   });
}

}  // namespace citecheck::verdict
