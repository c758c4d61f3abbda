// Manifest parsing. Errors name "DIR/manifest.tsv:LINE" so an editor can fix a snapshot by hand.
#include "fetch/sources_dir.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "fetch/url.h"

namespace citecheck::fetch {
namespace fs = std::filesystem;

std::string content_type_for(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".txt" || ext == ".text" || ext == ".md") return "text/plain";
  return "application/octet-stream";
}

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t begin = 0;
  while (true) {
    const std::size_t tab = line.find('\t', begin);
    fields.push_back(
        line.substr(begin, tab == std::string::npos ? std::string::npos : tab - begin));
    if (tab == std::string::npos) return fields;
    begin = tab + 1;
  }
}

Result<bool> read_manifest(const std::string& dir, std::map<std::string, SourceFile>& by_url) {
  const fs::path manifest = fs::path(dir) / "manifest.tsv";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{fmt::format("sources directory '{}' does not exist", dir)};
  }
  std::ifstream in(manifest);
  if (!in) return Error{fmt::format("cannot read '{}': no such file", manifest.string())};
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // A line of only spaces or tabs is blank too: hand-edited manifests collect them.
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", manifest.string(), number);
    const std::vector<std::string> fields = split_tabs(line);
    if (fields.size() < 2 || fields.size() > 3 || fields[0].empty() || fields[1].empty()) {
      return Error{fmt::format("{}: expected URL<TAB>FILE[<TAB>CONTENT-TYPE]", where)};
    }
    // FILE stays inside DIR: an absolute path or ".." would serve some other file as the source.
    const fs::path relative(fields[1]);
    const bool escapes = std::find(relative.begin(), relative.end(), "..") != relative.end();
    if (relative.has_root_path() || escapes) {
      return Error{
          fmt::format("{}: file '{}' must be a relative path inside '{}'", where, fields[1], dir)};
    }
    const fs::path file = fs::path(dir) / relative;
    if (!fs::is_regular_file(file, ec)) {
      return Error{fmt::format("{}: file '{}' does not exist in '{}'", where, fields[1], dir)};
    }
    SourceFile source{fields[0], file.string(),
                      fields.size() == 3 ? fields[2] : content_type_for(fields[1]), where};
    by_url.try_emplace(normalize_url(fields[0]), std::move(source));
  }
  return true;
}

}  // namespace

Result<SourcesDirectories> SourcesDirectories::open(const std::vector<std::string>& dirs) {
  SourcesDirectories result;
  for (const std::string& dir : dirs) {
    auto ok = read_manifest(dir, result.by_url_);
    if (!ok) return Error{ok.error()};
  }
  return result;
}

const SourceFile* SourcesDirectories::find(const std::string& url) const {
  const auto it = by_url_.find(normalize_url(url));
  return it == by_url_.end() ? nullptr : &it->second;
}

}  // namespace citecheck::fetch
