// Reading inputs. Failures here are run failures (exit 2): an editor who names a file that cannot
// be read, or that is not text, must hear about it rather than get an empty, passing report.
#include "document/load.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <system_error>

#include <fmt/format.h>

#include "text/ascii.h"
#include "text/line_index.h"
#include "text/utf8.h"

namespace citecheck::document {
namespace fs = std::filesystem;

namespace {

constexpr const char* kArticleExtensions[] = {".md", ".markdown", ".html", ".htm", ".txt"};

bool is_article(const fs::path& p) {
  const std::string ext = text::lower_ascii(p.extension().string());
  return std::any_of(std::begin(kArticleExtensions), std::end(kArticleExtensions),
                     [&](const char* e) { return ext == e; });
}

bool skipped_directory(const fs::path& p) {
  const std::string name = p.filename().string();
  return (name.size() > 1 && name[0] == '.') || name == "node_modules" || name == "vendor" ||
         name == "third_party";
}

// "64-byte" for a small limit, "64 MiB" for a whole number of MiB: never a misleading "0 MiB".
std::string limit_text(std::size_t bytes) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return fmt::format("{} MiB", bytes / kMiB);
  return fmt::format("{}-byte", bytes);
}

Result<std::string> read_capped(std::istream& in, const std::string& shown, std::size_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (in) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) {
      return Error{fmt::format("'{}' is larger than the {} limit for a document", shown,
                               limit_text(max_bytes))};
    }
  }
  if (in.bad()) return Error{fmt::format("cannot read '{}': read error", shown)};
  return bytes;
}

Result<std::string> read_file(const fs::path& path, std::size_t max_bytes) {
  const std::string shown = path.string();
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Error{fmt::format("'{}' is a directory", shown)};
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error{fmt::format("cannot read '{}': {}", shown, os_error_text(errno))};
  }
  return read_capped(in, shown, max_bytes);
}

Result<std::vector<fs::path>> articles_under(const fs::path& dir) {
  std::vector<fs::path> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    return Error{fmt::format("cannot read directory '{}': {}", dir.string(), os_error_text(ec))};
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_directory(ec) && skipped_directory(it->path())) {
      it.disable_recursion_pending();
    } else if (it->is_regular_file(ec) && is_article(it->path())) {
      found.push_back(it->path());
    }
  }
  if (ec) {
    return Error{fmt::format("cannot read directory '{}': {}", dir.string(), os_error_text(ec))};
  }
  std::sort(found.begin(), found.end());
  if (found.empty()) {
    return Error{
        fmt::format("no documents (.md .markdown .html .htm .txt) under '{}'", dir.string())};
  }
  return found;
}

// Markdown that plain text does not write: a footnote definition ("[^1]: ..."), a link reference
// definition ("[ref]: https://..."), an ATX heading ("# Title"), a fenced code block, or an inline
// link ("[text](https://...)"), each at the start of a line except the link. A plain-text
// reference list ("[1] https://...") has no colon after its bracket and stays plain text.
bool looks_like_markdown(std::string_view text) {
  if (text.find("](http://") != std::string_view::npos ||
      text.find("](https://") != std::string_view::npos) {
    return true;
  }
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    if (line.starts_with("```") || line.starts_with("~~~")) return true;
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ")) return true;
    if (line.starts_with("[")) {
      const std::size_t close = line.find("]:");
      if (close != std::string_view::npos && close > 1) return true;
    }
    begin = end + 1;
  }
  return false;
}

}  // namespace

std::optional<core::Format> parse_format(const std::string& name) {
  if (name == "text" || name == "txt") return core::Format::kText;
  if (name == "markdown" || name == "md") return core::Format::kMarkdown;
  if (name == "html") return core::Format::kHtml;
  return std::nullopt;
}

core::Format detect_format(const std::string& path, const std::string& text) {
  const std::string ext = text::lower_ascii(fs::path(path).extension().string());
  if (ext == ".md" || ext == ".markdown") return core::Format::kMarkdown;
  if (ext == ".html" || ext == ".htm") return core::Format::kHtml;
  if (ext == ".txt") return core::Format::kText;
  // No telling extension (stdin, README): look at how the text starts.
  std::size_t i = 0;
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) {
    ++i;
  }
  const std::string head = text::lower_ascii(text.substr(i, 15));
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0) {
    return core::Format::kHtml;
  }
  return looks_like_markdown(text) ? core::Format::kMarkdown : core::Format::kText;
}

Result<core::Document> make_document(std::string path, std::string bytes,
                                     const LoadOptions& options) {
  if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) bytes.erase(0, 3);
  // Its NUL bytes would otherwise call a UTF-16 draft (Windows Notepad's "Unicode") binary.
  if (bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0) {
    return Error{fmt::format("'{}' is UTF-16 text; save it as UTF-8", path)};
  }
  if (const auto nul = bytes.find('\0'); nul != std::string::npos) {
    const core::Position at = text::LineIndex(bytes).position(nul);
    return Error{fmt::format("'{}' looks like a binary file (a NUL byte at line {}, column {})",
                             path, at.line, at.column)};
  }
  if (const auto bad = text::first_invalid_utf8(bytes)) {
    const core::Position at = text::LineIndex(bytes).position(*bad);
    return Error{
        fmt::format("'{}' is not valid UTF-8 (line {}, column {})", path, at.line, at.column)};
  }
  core::Document doc;
  doc.format = options.format ? *options.format : detect_format(path, bytes);
  doc.path = std::move(path);
  doc.text = std::move(bytes);
  return doc;
}

Result<std::vector<Input>> list_inputs(const std::vector<std::string>& paths,
                                       const LoadOptions& options) {
  std::vector<Input> inputs;
  for (const std::string& arg : paths) {
    if (arg == "-") {
      inputs.push_back(
          {options.stdin_filename.empty() ? "<stdin>" : options.stdin_filename, true, false});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      auto found = articles_under(arg);
      if (!found) return Error{found.error()};
      std::vector<fs::path>& files = *found;
      if (options.select) {
        const std::size_t articles = files.size();
        std::erase_if(files, [&](const fs::path& f) { return !options.select(f.string()); });
        // A CI job whose include/exclude patterns match nothing must not pass checking nothing.
        if (files.empty()) {
          return Error{fmt::format(
              "no documents under '{}': the config's include and exclude patterns leave none of "
              "its {} article{}",
              arg, articles, articles == 1 ? "" : "s")};
        }
      }
      for (const fs::path& file : files) inputs.push_back({file.string(), false, true});
    } else if (!fs::exists(arg, ec)) {
      return Error{fmt::format("cannot read '{}': no such file or directory", arg)};
    } else {
      inputs.push_back({arg, false, false});
    }
  }
  return inputs;
}

Result<core::Document> read_input(const Input& input, const LoadOptions& options,
                                  std::istream& in) {
  auto bytes = input.from_stdin ? read_capped(in, input.path, options.max_bytes)
                                : read_file(input.path, options.max_bytes);
  auto doc = bytes ? make_document(input.path, std::move(*bytes), options)
                   : Result<core::Document>(Error{bytes.error()});
  if (doc || !input.walked) return doc;
  // One unreadable file found under a directory does not stop the others being checked.
  core::Document skipped;
  skipped.path = input.path;
  skipped.skipped = doc.error();
  return skipped;
}

Result<std::vector<core::Document>> load_inputs(const std::vector<std::string>& paths,
                                                const LoadOptions& options, std::istream& in) {
  auto inputs = list_inputs(paths, options);
  if (!inputs) return Error{inputs.error()};
  std::vector<core::Document> docs;
  for (const Input& input : *inputs) {
    auto doc = read_input(input, options, in);
    if (!doc) return Error{doc.error()};
    docs.push_back(std::move(*doc));
  }
  return docs;
}

}  // namespace citecheck::document
