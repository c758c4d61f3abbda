// Sources directories (--sources DIR): offline snapshots of cited pages. DIR/manifest.tsv lists
// one source per line:
//
//   URL<TAB>FILE[<TAB>CONTENT-TYPE[<TAB>KEY=VALUE]...]
//
// A listed URL is served from its FILE, never fetched. The optional KEY=VALUE fields, which
// `citecheck snapshot` writes, record what the network said when the snapshot was taken, so a
// replay reports the source as the online check did:
//   status=N         the HTTP status (100-999)
//   final-url=URL    where the page was answered from after redirects (default for a source
//                    read from FILE: the URL as cited)
//   redirect=URL     one hop of the redirect chain; repeated, in order
//   moved-to=URL     where a permanent redirect (301, 308) points
//   state=S          broken or unverifiable for a source that was not read (default: ok)
//   reason=R         why, as the JSON report's "reason" ("not-found", "bot-wall"); needs state=
//   detail=TEXT      the human sentence on why
// FILE is "-" for a source that has no file, which only a state other than ok allows; such a
// source is reported with its recorded state and never read. Values hold no tab or line break.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/types.h"

namespace citecheck::fetch {

struct SourceFile {
  std::string url;
  std::string path;          // the file, joined with its directory; empty when FILE is "-"
  std::string content_type;  // given, or from the file's extension
  std::string manifest;      // where it was listed, "DIR/manifest.tsv:LINE", for messages
  // What the line records about the source: state ok and reason "ok" unless state= says
  // otherwise. An empty final_url means the URL as cited, for a source read from its file.
  core::SourceOutcome outcome;
};

class SourcesDirectories {
 public:
  // Reads every manifest; a missing manifest, a malformed line (a URL that is not http(s), an
  // unknown or malformed KEY=VALUE field), a URL listed twice in one manifest, or a listed file
  // that does not exist is a run failure naming the manifest and line. Earlier directories win.
  static Result<SourcesDirectories> open(const std::vector<std::string>& dirs);

  const SourceFile* find(const std::string& url) const;
  bool empty() const { return by_url_.empty(); }

 private:
  std::map<std::string, SourceFile> by_url_;  // by normalised URL
};

std::string content_type_for(const std::string& path);

// The KEY=VALUE fields that record `outcome` on a manifest line, each after a tab, for
// `citecheck snapshot` to write and SourcesDirectories to read back. Tabs and line breaks in
// values become spaces.
std::string manifest_fields(const core::SourceOutcome& outcome);

}  // namespace citecheck::fetch
