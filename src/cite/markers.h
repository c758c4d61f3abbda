// Bracketed citation markers in prose, shared by every article format: numeric ("[1]", "[1, 2]",
// "[1-3]"), Markdown footnotes left undefined ("[^note]"), and the syntaxes not supported yet
// ("[@key]"), which are reported once per document rather than passed over in silence.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/types.h"

namespace citecheck::cite {

struct MarkerOptions {
  bool footnotes = false;  // "[^note]" cites reference "note" (Markdown) instead of a notice
  // Prose ranges [first, second) where markers are not read (code), sorted.
  std::vector<std::pair<std::size_t, std::size_t>> skip;
};

// Adds the markers in `prose` to `index.citations` (in order) and notices for unsupported syntax.
void find_markers(std::string_view prose, const MarkerOptions& options, core::CitationIndex& index);

// "1", "1, 2", "1-3", "1–3", "2,4-6" -> ids; nothing if `inner` is not a numeric marker.
std::optional<std::vector<std::string>> marker_ids(std::string_view inner);

// Adds `notice` to `index.notices` unless it is there already.
void add_notice(core::CitationIndex& index, std::string notice);

// The reference a link cites: a listed reference that names the same page (a footnote or
// definition; text::page_key: "/guide/", "/guide#install" and "/guide" are one), or else the URL
// itself, added to the list at `origin`. Found without a scan of the whole list, so 10,000 links
// cost 10,000 lookups.
class PageReferences {
 public:
  std::string cite(core::CitationIndex& index, const std::string& url, std::size_t origin);

 private:
  std::unordered_map<std::string, std::string> ids_;  // page key -> reference id, the first wins
  std::size_t indexed_ = 0;                           // index.references before it are in ids_
};

inline constexpr const char* kPandocNotice =
    "pandoc citations like [@key] are not supported yet; they were not checked";

}  // namespace citecheck::cite
