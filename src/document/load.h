// The first stage: turn the paths on the command line into Documents. Files are read whole
// (capped), directories walked for article extensions, "-" read from stdin; the format is detected,
// and bytes that are not UTF-8 text are refused with a message naming the file and position.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/types.h"

namespace citecheck::document {

inline constexpr std::size_t kMaxDocumentBytes = std::size_t{64} << 20;

struct LoadOptions {
  std::optional<core::Format> format;  // --input-format; nothing means detect
  std::string stdin_filename;          // --stdin-filename
  std::size_t max_bytes = kMaxDocumentBytes;
  // Which files found under a directory are read (the config's include and exclude globs); a
  // file named on the command line is always read.
  std::function<bool(const std::string& path)> select;
};

// Every document named by `paths`, in order; directories contribute their articles sorted by path.
Result<std::vector<core::Document>> load_inputs(const std::vector<std::string>& paths,
                                                const LoadOptions& options, std::istream& in);

// A document from bytes already read: format detection and the UTF-8 and binary checks.
Result<core::Document> make_document(std::string path, std::string bytes,
                                     const LoadOptions& options);

core::Format detect_format(const std::string& path, const std::string& text);

std::optional<core::Format> parse_format(const std::string& name);

}  // namespace citecheck::document
