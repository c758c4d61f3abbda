// Sources directories (--sources DIR): offline snapshots of cited pages. DIR/manifest.tsv lists
// "URL<TAB>FILE[<TAB>CONTENT-TYPE]" per line; a listed URL is served from its file, never fetched.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"

namespace citecheck::fetch {

struct SourceFile {
  std::string url;
  std::string path;          // the file, joined with its directory
  std::string content_type;  // given, or from the file's extension
  std::string manifest;      // where it was listed, "DIR/manifest.tsv:LINE", for messages
};

class SourcesDirectories {
 public:
  // Reads every manifest; a missing manifest, a malformed line or a listed file that does not
  // exist is a run failure naming the manifest and line. Earlier directories win.
  static Result<SourcesDirectories> open(const std::vector<std::string>& dirs);

  const SourceFile* find(const std::string& url) const;
  bool empty() const { return by_url_.empty(); }

 private:
  std::map<std::string, SourceFile> by_url_;  // by normalised URL
};

std::string content_type_for(const std::string& path);

}  // namespace citecheck::fetch
