// Writes a sources directory from fetched sources (cache stage, after fetch/): one file per source
// read, with its original bytes, and a manifest.tsv naming each URL's file and content type
// (charset included), so the pages are decoded on replay exactly as they were when fetched, and
// what the network said (status, redirects, or why a source could not be read), so the replay
// reports each source as the check that took the snapshot did.
#include "cache/snapshot.h"

#include <cctype>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

namespace citecheck::cache {
namespace {

namespace fs = std::filesystem;

std::string extension_for(const std::string& content_type) {
  std::string type;
  for (const char c : content_type) {
    if (c == ';') break;
    if (c != ' ') type += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (type == "text/plain") return ".txt";
  if (type == "application/pdf") return ".pdf";
  if (type.empty() || type.find("html") != std::string::npos) return ".html";
  if (type.rfind("text/", 0) == 0) return ".txt";
  return ".bin";
}

// The URL's host, reduced to characters safe in any file name.
std::string host_part(const std::string& url) {
  const std::size_t start = url.find("://");
  std::string host;
  for (std::size_t i = start == std::string::npos ? 0 : start + 3; i < url.size(); ++i) {
    const char c = url[i];
    if (c == '/' || c == '?' || c == '#' || c == ':') break;
    const bool safe = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-';
    host += safe ? c : '_';
    if (host.size() >= 60) break;
  }
  return host.empty() ? "source" : host;
}

}  // namespace

std::string snapshot_file_name(std::size_t order, const std::string& url,
                               const std::string& content_type) {
  return fmt::format("{:04}-{}{}", order, host_part(url), extension_for(content_type));
}

Result<SnapshotWriter> SnapshotWriter::create(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    return Error{fmt::format("cannot create '{}': {}", dir,
                             ec ? os_error_text(ec) : std::string("not a directory"))};
  }
  return SnapshotWriter(dir);
}

Result<bool> SnapshotWriter::add(std::size_t order, const std::string& url,
                                 const std::string& content_type, const std::string* body,
                                 const std::string& fields) {
  // A tab or line break would break the manifest's line; such a URL is not a fetched one anyway.
  if (url.find_first_of("\t\r\n") != std::string::npos ||
      content_type.find_first_of("\t\r\n") != std::string::npos) {
    return false;
  }
  std::string name = "-";
  if (body != nullptr) {
    name = snapshot_file_name(order, url, content_type);
    const fs::path path = fs::path(dir_) / name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(body->data(), static_cast<std::streamsize>(body->size()));
    out.close();
    if (!out) return Error{fmt::format("cannot write '{}'", path.string())};
  }
  lines_[order] = fmt::format("{}\t{}\t{}{}\n", url, name, content_type, fields);
  return true;
}

Result<std::size_t> SnapshotWriter::finish() {
  const fs::path path = fs::path(dir_) / "manifest.tsv";
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << "# citecheck snapshot, replayed by --sources DIR --offline: "
         "URL<TAB>FILE<TAB>CONTENT-TYPE[<TAB>KEY=VALUE]...\n";
  for (const auto& [order, line] : lines_) out << line;
  out.close();
  if (!out) return Error{fmt::format("cannot write '{}'", path.string())};
  return lines_.size();
}

}  // namespace citecheck::cache
