// Built by hand rather than by the pipeline, so reporter tests do not move when matching does.
#include "sample_report.h"

namespace citecheck::testing {

core::Report sample_report() {
  core::DocumentReport d;
  d.path = "drafts/buses.md";
  d.format = core::Format::kMarkdown;

  core::ReferenceReport r1;
  r1.reference.id = "1";
  r1.reference.url = "https://news.example.com/buses";
  r1.reference.position = {10, 1};
  r1.cited_by = {"c1", "c2"};
  r1.source.state = core::SourceState::kOk;
  r1.source.reason = "ok";
  r1.source.http_status = 200;
  r1.source.final_url = "https://news.example.com/buses";
  r1.source.title = "Electric buses";
  r1.source.origin = core::SourceOrigin::kSources;
  core::ReferenceReport r2;
  r2.reference.id = "2";
  r2.reference.url = "https://elsewhere.example/";
  r2.reference.position = {11, 1};
  r2.source.state = core::SourceState::kNotChecked;
  r2.source.reason = "offline";
  d.references = {r1, r2};

  core::Claim c1;
  c1.id = "c1";
  c1.position = {2, 5};
  c1.text = "Ridership rose 31% [1].";
  c1.citations = {"1"};
  core::Fact percent;
  percent.kind = core::FactKind::kPercent;
  percent.text = "31%";
  percent.value = 31;
  percent.unit = "%";
  percent.found = true;
  c1.facts = {percent};
  c1.verdict = core::Verdict::kSupported;
  c1.support_score = 0.87;
  c1.evidence = {{"1", "Ridership rose 31% in 2025.", 0.87}};
  core::Claim c2;
  c2.id = "c2";
  c2.position = {3, 1};
  c2.text = "Costs fell by half [1].";
  c2.citations = {"1"};
  core::Fact entity;
  entity.kind = core::FactKind::kEntity;
  entity.text = "Northbridge";
  c2.facts = {entity};
  c2.verdict = core::Verdict::kUnsupported;
  c2.support_score = 0.1;
  c2.explanation = "the source does not mention costs";
  d.claims = {c1, c2};

  core::Finding unsupported;
  unsupported.rule = "unsupported-claim";
  unsupported.severity = core::Severity::kError;
  unsupported.position = {3, 1};
  unsupported.message = "claim not backed by its source";
  unsupported.claim_id = "c2";
  unsupported.reference_id = "1";
  core::Finding unused;
  unused.rule = "unused-reference";
  unused.severity = core::Severity::kWarning;
  unused.position = {11, 1};
  unused.message = "reference [2] is never cited";
  unused.reference_id = "2";
  d.findings = {unsupported, unused};

  core::Report report;
  report.documents.push_back(d);
  return report;
}

}  // namespace citecheck::testing
