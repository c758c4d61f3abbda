// Reading back what report/json.cc writes, key for key. A key of the wrong type is an error that
// names the key; nlohmann's exceptions end here and never leave this file.
#include "report/json_read.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

#include "report/names.h"

namespace citecheck::report {
namespace {

// A contract name back to its enumerator: every enumerator from `first` to `last` is tried.
template <typename E>
E named(const Json& j, const char* key, const char* (*name_of)(E), E first, E last) {
  const std::string given = j.at(key).get<std::string>();
  for (int v = static_cast<int>(first); v <= static_cast<int>(last); ++v) {
    if (given == name_of(static_cast<E>(v))) return static_cast<E>(v);
  }
  throw std::invalid_argument(fmt::format("\"{}\" is not a known {}", given, key));
}

const char* state_of(core::SourceState s) { return core::state_name(s); }
const char* severity_of(core::Severity s) { return core::severity_name(s); }

std::string text_or_empty(const Json& j, const char* key) {
  const auto it = j.find(key);
  return it == j.end() ? std::string() : it->get<std::string>();
}

template <typename T>
T number_or(const Json& j, const char* key, T otherwise) {
  const auto it = j.find(key);
  return it == j.end() ? otherwise : it->get<T>();
}

// "line", "column", "end_line", "end_column", "offset", "length": the start, and the end when
// the span has one (an end where it starts was written for "no end known").
std::pair<core::Position, std::optional<core::Position>> span(const Json& j) {
  core::Position start;
  start.line = j.at("line").get<int>();
  start.column = j.at("column").get<int>();
  start.offset = number_or<std::size_t>(j, "offset", 0);
  core::Position end;
  end.line = number_or(j, "end_line", start.line);
  end.column = number_or(j, "end_column", start.column);
  end.offset = start.offset + number_or<std::size_t>(j, "length", 0);
  if (end.line == start.line && end.column == start.column) return {start, std::nullopt};
  // Byte columns (rdjsonl's) where the bytes tell them: from the start of a line, and to the end
  // of a span on the same line.
  if (start.column == 1) start.byte_column = 1;
  if (start.byte_column > 0 && end.line == start.line) {
    end.byte_column = start.byte_column + static_cast<int>(end.offset - start.offset);
  }
  return {start, end};
}

core::SourceOutcome source_of(const Json& j) {
  core::SourceOutcome s;
  s.state = named(j, "state", state_of, core::SourceState::kOk, core::SourceState::kNotChecked);
  s.reason = j.at("reason").get<std::string>();
  s.http_status = number_or(j, "http_status", 0);
  s.final_url = text_or_empty(j, "final_url");
  s.title = text_or_empty(j, "title");
  s.published = text_or_empty(j, "published");
  if (j.contains("from")) {
    s.origin =
        named(j, "from", origin_name, core::SourceOrigin::kNone, core::SourceOrigin::kSources);
  }
  s.detail = text_or_empty(j, "detail");
  if (j.contains("redirects")) s.redirects = j.at("redirects").get<std::vector<std::string>>();
  s.moved_to = text_or_empty(j, "moved_to");
  if (const auto it = j.find("archive"); it != j.end()) {
    const Json& a = *it;
    core::ArchiveCopy copy;
    copy.url = text_or_empty(a, "url");
    copy.timestamp = text_or_empty(a, "timestamp");
    copy.state =
        named(a, "state", state_of, core::SourceState::kOk, core::SourceState::kNotChecked);
    copy.reason = a.at("reason").get<std::string>();
    copy.detail = text_or_empty(a, "detail");
    copy.as_of = text_or_empty(a, "as_of");
    copy.as_of_from = text_or_empty(a, "as_of_from");
    copy.claims = number_or(a, "claims", 0);
    copy.backs = number_or(a, "backs", 0);
    s.archive = std::move(copy);
  }
  return s;
}

core::Claim claim_of(const Json& j) {
  core::Claim c;
  c.id = j.at("id").get<std::string>();
  std::tie(c.position, c.end) = span(j);
  c.text = j.at("text").get<std::string>();
  c.citations = j.at("citations").get<std::vector<std::string>>();
  for (const Json& fj : j.at("facts")) {
    core::Fact f;
    f.kind = named(fj, "kind", fact_kind_name, core::FactKind::kPercent, core::FactKind::kOrdinal);
    f.text = fj.at("text").get<std::string>();
    if (fj.contains("value")) f.value = fj.at("value").get<double>();
    if (fj.contains("high")) f.high = fj.at("high").get<double>();
    f.unit = text_or_empty(fj, "unit");
    f.found = fj.at("found").get<bool>();
    f.closest = text_or_empty(fj, "closest");
    c.facts.push_back(std::move(f));
  }
  c.verdict =
      named(j, "verdict", verdict_name, core::Verdict::kSupported, core::Verdict::kUnverifiable);
  c.support_score = j.at("support_score").get<double>();
  c.model_judged = text_or_empty(j, "judge") == "model";
  for (const Json& ej : j.at("evidence")) {
    c.evidence.emplace_back(ej.at("reference").get<std::string>(), ej.at("text").get<std::string>(),
                            ej.at("score").get<double>(), text_or_empty(ej, "url"));
  }
  c.explanation = text_or_empty(j, "explanation");
  return c;
}

core::Finding finding_of(const Json& j) {
  core::Finding f;
  f.rule = j.at("rule").get<std::string>();
  f.severity = named(j, "severity", severity_of, core::Severity::kInfo, core::Severity::kError);
  std::tie(f.position, f.end) = span(j);
  // No prose offset is known: one past any claim's, so no claim's marker is looked for here.
  f.offset = static_cast<std::size_t>(-1);
  f.message = j.at("message").get<std::string>();
  f.claim_id = text_or_empty(j, "claim");
  f.reference_id = text_or_empty(j, "reference");
  f.text = text_or_empty(j, "text");
  return f;
}

// The report carries no article text, so the HTML report's article view would show nothing: its
// prose becomes the claims and uncited sentences themselves, a paragraph each in file order.
void prose_from_items(core::DocumentReport& d) {
  struct Item {
    core::Position at;
    std::string* text;
    std::size_t* offset;
    std::size_t* length;
  };
  std::vector<Item> items;
  for (core::Claim& c : d.claims) items.push_back({c.position, &c.text, &c.offset, &c.length});
  for (core::Finding& f : d.findings) {
    if (f.rule == "uncited-claim" && !f.text.empty()) {
      items.push_back({f.position, &f.text, &f.offset, &f.length});
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.at.line, a.at.column) < std::tie(b.at.line, b.at.column);
  });
  for (const Item& item : items) {
    if (!d.prose.empty()) d.prose += "\n\n";
    *item.offset = d.prose.size();
    *item.length = item.text->size();
    d.prose += *item.text;
  }
  d.body_end = d.prose.size();
}

core::DocumentReport document_of(const Json& j) {
  core::DocumentReport d;
  d.path = j.at("path").get<std::string>();
  d.format = named(j, "format", format_name, core::Format::kText, core::Format::kHtml);
  d.date = text_or_empty(j, "date");
  d.date_from = text_or_empty(j, "date_from");
  for (const Json& rj : j.at("references")) {
    core::ReferenceReport r;
    r.reference.id = rj.at("id").get<std::string>();
    r.reference.position.line = rj.at("line").get<int>();
    r.reference.position.column = rj.at("column").get<int>();
    r.reference.url = rj.at("url").get<std::string>();
    r.reference.title = text_or_empty(rj, "title");
    r.cited_by = rj.at("cited_by").get<std::vector<std::string>>();
    r.source = source_of(rj.at("source"));
    d.references.push_back(std::move(r));
  }
  for (const Json& cj : j.at("claims")) d.claims.push_back(claim_of(cj));
  for (const Json& fj : j.at("findings")) d.findings.push_back(finding_of(fj));
  // A claim's idle citations are its idle-citation findings.
  for (const core::Finding& f : d.findings) {
    if (f.rule != "idle-citation") continue;
    for (core::Claim& c : d.claims) {
      if (c.id == f.claim_id) c.idle_citations.push_back(f.reference_id);
    }
  }
  if (j.contains("notices")) d.notices = j.at("notices").get<std::vector<std::string>>();
  prose_from_items(d);
  return d;
}

}  // namespace

Result<core::DocumentReport> read_document_json(const Json& document) {
  try {
    return document_of(document);
  } catch (const std::exception& e) {
    return Error{fmt::format("a document is not as the report contract says: {}", e.what())};
  }
}

Result<Summary> read_summary_json(const Json& j) {
  try {
    Summary s;
    s.documents = j.at("documents").get<int>();
    s.claims = j.at("claims").get<int>();
    for (const core::Verdict v :
         {core::Verdict::kSupported, core::Verdict::kPartial, core::Verdict::kUnsupported,
          core::Verdict::kContradicted, core::Verdict::kUnverifiable}) {
      s.verdicts.emplace_back(verdict_name(v), number_or(j.at("verdicts"), verdict_name(v), 0));
    }
    s.errors = j.at("findings").at("error").get<int>();
    s.warnings = j.at("findings").at("warning").get<int>();
    s.infos = j.at("findings").at("info").get<int>();
    if (j.contains("judged")) s.model_judged = j.at("judged").at("model").get<int>();
    return s;
  } catch (const std::exception& e) {
    return Error{fmt::format("its summary is not as the report contract says: {}", e.what())};
  }
}

}  // namespace citecheck::report
