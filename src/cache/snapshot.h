// Snapshots (cache stage): the sources a run read, saved as a sources directory (DESIGN.md:
// DIR/manifest.tsv and the original bytes) that `--sources DIR --offline` replays.
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "core/result.h"

namespace citecheck::cache {

class SnapshotWriter {
 public:
  // Creates DIR (and its parents); an existing manifest there is replaced on finish().
  static Result<SnapshotWriter> create(const std::string& dir);

  // Saves one source: its bytes as they came, or no file ("-") when `body` is null (a source
  // that could not be read), and `fields`, the manifest's KEY=VALUE fields that record what the
  // network said (fetch::manifest_fields). `order` numbers the files and the manifest's lines,
  // so a snapshot does not depend on which page arrived first. False for a URL no manifest line
  // can hold.
  Result<bool> add(std::size_t order, const std::string& url, const std::string& content_type,
                   const std::string* body, const std::string& fields);
  // Writes manifest.tsv; returns how many sources it lists.
  Result<std::size_t> finish();

 private:
  explicit SnapshotWriter(std::string dir) : dir_(std::move(dir)) {}
  std::string dir_;
  std::map<std::size_t, std::string> lines_;  // by order
};

// The file name a source is saved under: "0007-example.org.html".
std::string snapshot_file_name(std::size_t order, const std::string& url,
                               const std::string& content_type);

}  // namespace citecheck::cache
