// Built with nlohmann::ordered_json so keys keep the contract's order; invalid UTF-8 (which cannot
// reach here from documents, but can from a page title) is replaced rather than thrown on.
#include "report/json.h"

#include <cmath>

#include "core/version.h"
#include "report/names.h"
#include "report/regions.h"
#include "report/summary.h"

namespace citecheck::report {
namespace {

// Scores to 3 decimals: more digits are noise to a program and churn in a diff.
double rounded(double score) { return std::round(score * 1000.0) / 1000.0; }

// Where an item stands in the file as written: its start, its end (just past its last character),
// and the bytes between as "offset" and "length", which a CMS highlights by. A finding whose span
// is not known ends where it starts.
void put_span(Json& j, const Region& r) {
  const core::Position end = r.end.value_or(r.start);
  j["line"] = r.start.line;
  j["column"] = r.start.column;
  j["end_line"] = end.line;
  j["end_column"] = end.column;
  j["offset"] = r.start.offset;
  j["length"] = end.offset > r.start.offset ? end.offset - r.start.offset : 0;
}

Json source_json(const core::SourceOutcome& s) {
  Json j;
  j["state"] = state_name(s.state);
  j["reason"] = s.reason;
  if (s.http_status != 0) j["http_status"] = s.http_status;
  if (!s.final_url.empty()) j["final_url"] = s.final_url;
  if (!s.title.empty()) j["title"] = s.title;
  if (!s.published.empty()) j["published"] = s.published;
  if (s.origin != core::SourceOrigin::kNone) j["from"] = origin_name(s.origin);
  if (!s.detail.empty()) j["detail"] = s.detail;
  if (!s.redirects.empty()) j["redirects"] = s.redirects;
  if (!s.moved_to.empty()) j["moved_to"] = s.moved_to;
  if (s.archive) {
    const core::ArchiveCopy& a = *s.archive;
    Json aj;
    if (!a.url.empty()) aj["url"] = a.url;
    if (!a.timestamp.empty()) aj["timestamp"] = a.timestamp;
    aj["state"] = state_name(a.state);
    aj["reason"] = a.reason;
    if (!a.detail.empty()) aj["detail"] = a.detail;
    aj["as_of"] = a.as_of;
    aj["as_of_from"] = a.as_of_from;
    if (a.state == core::SourceState::kOk) {
      aj["claims"] = a.claims;
      aj["backs"] = a.backs;
    }
    j["archive"] = std::move(aj);
  }
  return j;
}

// `judged`: a model judge was configured, and every claim says which engine gave its verdict.
Json claim_json(const core::Claim& c, bool judged) {
  Json j;
  j["id"] = c.id;
  put_span(j, claim_region(c));
  j["text"] = c.text;
  j["citations"] = c.citations;
  j["facts"] = Json::array();
  for (const core::Fact& f : c.facts) {
    Json fj;
    fj["kind"] = fact_kind_name(f.kind);
    fj["text"] = f.text;
    if (f.value) fj["value"] = *f.value;
    if (f.high) fj["high"] = *f.high;
    if (!f.unit.empty()) fj["unit"] = f.unit;
    fj["found"] = f.found;
    if (!f.closest.empty()) fj["closest"] = f.closest;
    j["facts"].push_back(std::move(fj));
  }
  j["verdict"] = verdict_name(c.verdict);
  j["support_score"] = rounded(c.support_score);
  if (judged) j["judge"] = c.model_judged ? "model" : "lexical";
  j["evidence"] = Json::array();
  for (const core::Evidence& e : c.evidence) {
    Json ej{{"reference", e.reference_id}};
    if (!e.url.empty()) ej["url"] = e.url;
    ej["text"] = e.text;
    ej["score"] = rounded(e.score);
    j["evidence"].push_back(std::move(ej));
  }
  if (!c.explanation.empty()) j["explanation"] = c.explanation;
  return j;
}

Json finding_json(const core::DocumentReport& d, const core::Finding& f) {
  Json j;
  j["rule"] = f.rule;
  j["severity"] = severity_name(f.severity);
  put_span(j, finding_region(d, f));
  j["message"] = f.message;
  if (!f.claim_id.empty()) j["claim"] = f.claim_id;
  if (!f.reference_id.empty()) j["reference"] = f.reference_id;
  if (!f.text.empty()) j["text"] = f.text;
  return j;
}

}  // namespace

Json document_json(const core::DocumentReport& d, bool judged) {
  Json j;
  j["path"] = d.path;
  j["format"] = format_name(d.format);
  if (!d.date.empty()) {
    j["date"] = d.date;
    j["date_from"] = d.date_from;
  }
  j["references"] = Json::array();
  for (const core::ReferenceReport& r : d.references) {
    Json rj;
    rj["id"] = r.reference.id;
    rj["line"] = r.reference.position.line;
    rj["column"] = r.reference.position.column;
    rj["url"] = r.reference.url;
    if (!r.reference.title.empty()) rj["title"] = r.reference.title;
    rj["cited_by"] = r.cited_by;
    rj["source"] = source_json(r.source);
    j["references"].push_back(std::move(rj));
  }
  j["claims"] = Json::array();
  for (const core::Claim& c : d.claims) j["claims"].push_back(claim_json(c, judged));
  j["findings"] = Json::array();
  for (const core::Finding& f : d.findings) j["findings"].push_back(finding_json(d, f));
  if (!d.notices.empty()) j["notices"] = d.notices;
  return j;
}

Json tool_json(const std::string& judge_model) {
  Json tool = {{"name", "citecheck"}, {"version", kVersion}};
  if (!judge_model.empty()) tool["judge"] = {{"model", judge_model}};
  return tool;
}

Json summary_json(const Summary& s, bool judged) {
  Json verdicts = Json::object();
  for (const auto& [name, count] : s.verdicts) verdicts[name] = count;
  Json j = {{"documents", s.documents},
            {"claims", s.claims},
            {"verdicts", verdicts},
            {"findings", {{"error", s.errors}, {"warning", s.warnings}, {"info", s.infos}}}};
  if (judged) j["judged"] = {{"model", s.model_judged}, {"lexical", s.claims - s.model_judged}};
  return j;
}

std::string render_json(const std::string& judge_model, std::vector<Json> documents,
                        const Summary& summary, bool incomplete) {
  Json root;
  root["schema_version"] = kSchemaVersion;
  root["tool"] = tool_json(judge_model);
  root["documents"] = Json::array();
  for (Json& d : documents) root["documents"].push_back(std::move(d));
  root["summary"] = summary_json(summary, !judge_model.empty());
  if (incomplete) root["incomplete"] = true;
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_json(const core::Report& report) {
  const bool judged = !report.judge_model.empty();
  std::vector<Json> documents;
  for (const core::DocumentReport& d : report.documents)
    documents.push_back(document_json(d, judged));
  return render_json(report.judge_model, std::move(documents), summarize(report),
                     report.incomplete);
}

std::string jsonl_document_line(Json document, const std::string& judge_model) {
  Json line;
  line["type"] = "document";
  line["schema_version"] = kSchemaVersion;
  line["tool"] = tool_json(judge_model);
  line["document"] = std::move(document);
  return line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string jsonl_summary_line(const Summary& summary, const std::string& judge_model,
                               bool incomplete) {
  Json line;
  line["type"] = "summary";
  line["schema_version"] = kSchemaVersion;
  line["tool"] = tool_json(judge_model);
  line["summary"] = summary_json(summary, !judge_model.empty());
  if (incomplete) line["incomplete"] = true;
  return line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_jsonl(const core::Report& report) {
  const bool judged = !report.judge_model.empty();
  std::string out;
  for (const core::DocumentReport& d : report.documents) {
    out += jsonl_document_line(document_json(d, judged), report.judge_model);
  }
  return out + jsonl_summary_line(summarize(report), report.judge_model, report.incomplete);
}

}  // namespace citecheck::report
