// SARIF 2.1.0, as GitHub code scanning and the SARIF validator read it: one run, tool.driver
// with every rule (short and full description, help, default level), one result per finding
// with a start and, where known, an end; columns are Unicode code points, as in every report.
// Deterministic like the JSON report: no timings, no absolute paths that were not given.
#include "report/sarif.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/version.h"
#include "report/regions.h"
#include "report/rule_docs.h"

namespace citecheck::report {
namespace {

using Json = nlohmann::ordered_json;

const char* level(core::Severity s) {
  switch (s) {
    case core::Severity::kError:
      return "error";
    case core::Severity::kWarning:
      return "warning";
    case core::Severity::kInfo:
      return "note";
  }
  return "error";
}

// SARIF asks for messages that end in a full stop.
std::string sentence(std::string s) {
  if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
  return s;
}

Json driver_json() {
  Json rules = Json::array();
  for (const RuleDoc& d : rule_docs()) {
    Json r;
    r["id"] = d.id;
    r["name"] = d.name;
    r["shortDescription"] = {{"text", d.short_description}};
    r["fullDescription"] = {{"text", d.full_description}};
    r["help"] = {{"text", d.help}, {"markdown", d.help}};
    r["helpUri"] = std::string(kProjectUrl) + "#rules";
    r["defaultConfiguration"] = {{"level", level(d.severity)}};
    rules.push_back(std::move(r));
  }
  Json driver;
  driver["name"] = "citecheck";
  driver["version"] = kVersion;
  driver["semanticVersion"] = kVersion;
  driver["informationUri"] = kProjectUrl;
  driver["rules"] = std::move(rules);
  return driver;
}

Json region_json(const Region& r) {
  Json j;
  j["startLine"] = std::max(r.start.line, 1);
  j["startColumn"] = std::max(r.start.column, 1);
  if (r.end) {
    j["endLine"] = r.end->line;
    j["endColumn"] = r.end->column;
  } else {
    j["endLine"] = std::max(r.start.line, 1);  // the rest of the start line
  }
  return j;
}

Json result_json(const core::DocumentReport& d, const core::Finding& f) {
  Json j;
  j["ruleId"] = f.rule;
  for (std::size_t i = 0; i < rule_docs().size(); ++i) {
    if (f.rule == rule_docs()[i].id) j["ruleIndex"] = i;
  }
  j["level"] = level(f.severity);
  j["message"] = {{"text", sentence(f.message)}};
  Json location;
  location["physicalLocation"] = {{"artifactLocation", {{"uri", artifact_uri(d.path)}}},
                                  {"region", region_json(finding_region(d, f))}};
  j["locations"] = Json::array({location});
  if (f.fix) {
    Json deleted;
    deleted["startLine"] = f.fix->start.line;
    deleted["startColumn"] = f.fix->start.column;
    deleted["endLine"] = f.fix->end.line;
    deleted["endColumn"] = f.fix->end.column;
    Json replacement;
    replacement["deletedRegion"] = std::move(deleted);
    replacement["insertedContent"] = {{"text", f.fix->replacement}};
    Json change;
    change["artifactLocation"] = {{"uri", artifact_uri(d.path)}};
    change["replacements"] = Json::array({std::move(replacement)});
    Json fix;
    fix["description"] = {{"text", sentence(f.fix->description)}};
    fix["artifactChanges"] = Json::array({std::move(change)});
    j["fixes"] = Json::array({std::move(fix)});
  }
  Json properties = Json::object();
  if (!f.claim_id.empty()) properties["claim"] = f.claim_id;
  if (!f.reference_id.empty()) properties["reference"] = f.reference_id;
  if (!properties.empty()) j["properties"] = properties;
  return j;
}

}  // namespace

std::string artifact_uri(const std::string& path) {
  std::string out;
  const bool absolute = !path.empty() && path[0] == '/';
  if (absolute) out = "file://";
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += ch;
    } else {
      static const char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string render_sarif(const core::Report& report) {
  Json results = Json::array();
  Json notifications = Json::array();
  for (const core::DocumentReport& d : report.documents) {
    for (const core::Finding& f : d.findings) results.push_back(result_json(d, f));
    for (const std::string& notice : d.notices) {
      Json n;
      n["level"] = "note";
      n["message"] = {{"text", sentence(notice)}};
      n["locations"] = Json::array(
          {{{"physicalLocation", {{"artifactLocation", {{"uri", artifact_uri(d.path)}}}}}}});
      notifications.push_back(std::move(n));
    }
  }
  Json invocation;
  invocation["executionSuccessful"] = true;
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  Json run;
  run["tool"] = {{"driver", driver_json()}};
  run["invocations"] = Json::array({invocation});
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  Json root;
  root["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  root["version"] = "2.1.0";
  root["runs"] = Json::array({run});
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace citecheck::report
