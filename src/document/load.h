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

// A document to read: a file named or found under a directory, or standard input ("-").
struct Input {
  std::string path;  // as the report names it: stdin's is the --stdin-filename or "<stdin>"
  bool from_stdin = false;
  bool walked = false;  // found under a directory: unreadable, it is reported as skipped
};

// Every document `paths` names, in order, without reading any: directories contribute their
// articles sorted by path. A missing path or a directory with no articles is a run failure.
Result<std::vector<Input>> list_inputs(const std::vector<std::string>& paths,
                                       const LoadOptions& options);

// One listed document read: a file found under a directory that cannot be read is a Document
// with `skipped` set; any other failure is a run failure.
Result<core::Document> read_input(const Input& input, const LoadOptions& options, std::istream& in);

// Every document named by `paths`, in order; directories contribute their articles sorted by path.
Result<std::vector<core::Document>> load_inputs(const std::vector<std::string>& paths,
                                                const LoadOptions& options, std::istream& in);

// A document from bytes already read: format detection and the UTF-8 and binary checks.
Result<core::Document> make_document(std::string path, std::string bytes,
                                     const LoadOptions& options);

core::Format detect_format(const std::string& path, const std::string& text);

std::optional<core::Format> parse_format(const std::string& name);

}  // namespace citecheck::document
