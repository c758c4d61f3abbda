// Shards' reports in, one report out. A report is JSON (one object with "documents") or JSON
// Lines (document lines, then one summary line); which one is told by its content, not its name.
// Every check that can fail names the file, and the line for JSON Lines, so that a truncated
// upload or a shard of another release is caught before a merged report hides it.
#include "report/merge.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "core/version.h"
#include "report/json_read.h"

namespace citecheck::report {
namespace {

// One report as read: its documents, summary and header.
struct Shard {
  std::string path;
  std::vector<Json> documents;
  Json summary;
  std::string judge_model;
  bool incomplete = false;
};

Result<std::string> read_whole(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Error{fmt::format("cannot read '{}': it is a directory", path)};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{fmt::format("cannot read '{}': {}", path, os_error_text(errno))};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Error{fmt::format("cannot read '{}': read error", path)};
  return bytes;
}

// The header every report and every JSON Lines line carries: schema_version and tool.
Result<bool> check_header(const Json& j, const std::string& where, std::string& judge_model) {
  const auto version = j.find("schema_version");
  if (version == j.end() || !version->is_number_integer()) {
    return Error{fmt::format("{} is not a citecheck report: it has no schema_version", where)};
  }
  if (*version != kSchemaVersion) {
    return Error{fmt::format(
        "{} is a report of schema_version {}; this citecheck ({}) reads schema_version {}", where,
        version->dump(), kVersion, kSchemaVersion)};
  }
  const auto tool = j.find("tool");
  if (tool == j.end() || !tool->is_object() || tool->value("name", "") != "citecheck" ||
      !tool->contains("version") || !(*tool)["version"].is_string()) {
    return Error{fmt::format("{} is not a citecheck report: its tool is not citecheck", where)};
  }
  const std::string written_by = (*tool)["version"].get<std::string>();
  if (written_by != kVersion) {
    return Error{fmt::format(
        "{} was written by citecheck {}, and this is citecheck {}: merge reports of one version "
        "(check the shards again with this one)",
        where, written_by, kVersion)};
  }
  judge_model.clear();
  if (const auto judge = tool->find("judge"); judge != tool->end() && judge->is_object()) {
    judge_model = judge->value("model", "");
  }
  return true;
}

Result<Shard> read_json_report(const std::string& path, Json root) {
  Shard shard{path, {}, {}, {}, false};
  if (auto ok = check_header(root, fmt::format("'{}'", path), shard.judge_model); !ok) {
    return Error{ok.error()};
  }
  if (!root["documents"].is_array() || !root.contains("summary")) {
    return Error{
        fmt::format("'{}' is not a whole citecheck report: no documents or no summary", path)};
  }
  for (Json& d : root["documents"]) shard.documents.push_back(std::move(d));
  shard.summary = std::move(root["summary"]);
  shard.incomplete = root.value("incomplete", false);
  return shard;
}

Result<Shard> read_jsonl_report(const std::string& path, const std::string& bytes) {
  Shard shard{path, {}, {}, {}, false};
  std::size_t line_number = 0;
  bool first = true;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    const bool cut = end == std::string::npos;
    if (cut) end = bytes.size();
    const std::string_view line(bytes.data() + begin, end - begin);
    begin = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = fmt::format("'{}' line {}", path, line_number);
    if (!shard.summary.is_null()) {
      return Error{
          fmt::format("{} follows the summary line: a report has one summary, last", where)};
    }
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      if (cut) {
        return Error{fmt::format(
            "{} is cut off: the report is truncated (the run that wrote it did not finish)",
            where)};
      }
      return Error{fmt::format("{} is not JSON: not a JSON or JSON Lines report", where)};
    }
    std::string model;
    if (auto ok = check_header(j, where, model); !ok) return Error{ok.error()};
    if (!first && model != shard.judge_model) {
      return Error{fmt::format("{} names another judge model than the lines before", where)};
    }
    shard.judge_model = model;
    first = false;
    const std::string type = j.value("type", "");
    if (type == "document" && j.contains("document")) {
      shard.documents.push_back(std::move(j["document"]));
    } else if (type == "summary" && j.contains("summary")) {
      shard.summary = std::move(j["summary"]);
      shard.incomplete = j.value("incomplete", false);
    } else {
      return Error{fmt::format("{} is neither a document line nor a summary line", where)};
    }
  }
  if (shard.summary.is_null()) {
    return Error{fmt::format(
        "'{}' has no summary line: the report is truncated (the run that wrote it did not "
        "finish)",
        path)};
  }
  return shard;
}

Result<Shard> read_report(const std::string& path) {
  auto bytes = read_whole(path);
  if (!bytes) return Error{bytes.error()};
  if (bytes->find_first_not_of(" \t\r\n") == std::string::npos) {
    return Error{fmt::format("'{}' is empty: not a citecheck JSON or JSON Lines report", path)};
  }
  // A JSON report is one object over many lines; JSON Lines is one object per line.
  Json whole = Json::parse(*bytes, nullptr, false);
  if (!whole.is_discarded() && whole.is_object() && whole.contains("documents")) {
    return read_json_report(path, std::move(whole));
  }
  if (!whole.is_discarded() && !whole.is_object()) {
    return Error{fmt::format("'{}' is JSON but not a citecheck report", path)};
  }
  if (whole.is_discarded() && bytes->find_first_not_of(" \t\r\n") < bytes->size() &&
      (*bytes)[bytes->find_first_not_of(" \t\r\n")] == '{' &&
      bytes->find("\n  \"schema_version\"") != std::string::npos) {
    return Error{fmt::format(
        "'{}' is not complete JSON: the report is truncated (the run that wrote it did not "
        "finish)",
        path)};
  }
  return read_jsonl_report(path, *bytes);
}

}  // namespace

Result<Merged> merge_reports(const std::vector<std::string>& paths) {
  Merged merged;
  std::map<std::string, std::string> seen;  // document path -> the report that holds it
  std::vector<std::pair<Json, core::DocumentReport>> documents;
  bool first = true;
  for (const std::string& path : paths) {
    auto shard = read_report(path);
    if (!shard) return Error{shard.error()};
    if (!first && shard->judge_model != merged.report.judge_model) {
      return Error{fmt::format(
          "'{}' was judged by {}, and '{}' by {}: merge reports of runs with one judge", path,
          shard->judge_model.empty() ? "no model" : "model " + shard->judge_model, paths.front(),
          merged.report.judge_model.empty() ? "no model" : "model " + merged.report.judge_model)};
    }
    merged.report.judge_model = shard->judge_model;
    merged.report.incomplete = merged.report.incomplete || shard->incomplete;
    auto summary = read_summary_json(shard->summary);
    if (!summary) return Error{fmt::format("'{}': {}", path, summary.error())};
    if (summary->documents != static_cast<int>(shard->documents.size())) {
      return Error{fmt::format("'{}' says it holds {} documents, and holds {}", path,
                               summary->documents, shard->documents.size())};
    }
    if (first) {
      merged.summary = *summary;
    } else {
      add_summary(merged.summary, *summary);
    }
    first = false;
    for (Json& j : shard->documents) {
      auto doc = read_document_json(j);
      if (!doc) return Error{fmt::format("'{}': {}", path, doc.error())};
      const auto [at, fresh] = seen.try_emplace(doc->path, path);
      if (!fresh) {
        return Error{fmt::format(
            "'{}' and '{}' both hold document '{}': shards of one run hold each document once",
            at->second, path, doc->path)};
      }
      documents.emplace_back(std::move(j), std::move(*doc));
    }
  }
  // Path order, as a run lists a directory's articles (std::filesystem::path's order).
  std::stable_sort(documents.begin(), documents.end(), [](const auto& a, const auto& b) {
    return std::filesystem::path(a.second.path) < std::filesystem::path(b.second.path);
  });
  for (auto& [json, doc] : documents) {
    merged.documents.push_back(std::move(json));
    merged.report.documents.push_back(std::move(doc));
  }
  return merged;
}

}  // namespace citecheck::report
