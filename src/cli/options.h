// The command line (DESIGN.md's contract), parsed with CLI11 into plain option structs. Parsing
// prints help and version itself; every other outcome is returned to main.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/types.h"

namespace citecheck::cli {

enum class OutputFormat { kText, kJson };
enum class ColorMode { kAuto, kAlways, kNever };
enum class FailOn { kError, kWarning, kInfo, kNever };

struct CheckOptions {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::kText;
  std::vector<std::string> sources;
  bool offline = false;
  FailOn fail_on = FailOn::kError;
  std::optional<core::Format> input_format;
  std::string stdin_filename;
  ColorMode color = ColorMode::kAuto;
  bool quiet = false;
  bool verbose = false;
};

struct ExtractOptions {
  std::string target;  // a file, or a URL listed in a sources directory
  std::vector<std::string> sources;
  bool offline = false;
};

struct ParsedCommand {
  std::variant<std::monostate, CheckOptions, ExtractOptions> command;
  int exit_code =
      0;  // meaningful when `command` is empty: help or version shown (0) or an error (2)
  std::string error;  // the message for exit code 2
};

ParsedCommand parse_command_line(int argc, const char* const* argv);

// Whether a finding of `severity` fails the run under --fail-on.
bool fails(core::Severity severity, FailOn fail_on);

}  // namespace citecheck::cli
