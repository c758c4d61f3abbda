// Markers are read by hand rather than by regex so ranges ("[1-3]", "[1–3]") and lists ("[1, 2]")
// expand with their exact byte spans. A marker that another reader already turned into a citation
// (a Markdown link "[1]" with a definition) is in no danger of being read twice: the caller lists
// those spans in MarkerOptions::skip.
#include "cite/markers.h"

#include <algorithm>

#include "text/url.h"

namespace citecheck::cite {
namespace {

constexpr std::size_t kMaxRangeSpan = 100;
constexpr std::size_t kMaxMarkerBytes = 64;

bool skipped(const MarkerOptions& options, std::size_t begin, std::size_t end) {
  const auto& skip = options.skip;
  auto it = std::upper_bound(skip.begin(), skip.end(),
                             std::make_pair(begin, static_cast<std::size_t>(-1)));
  if (it != skip.begin() && std::prev(it)->second > begin) return true;
  return it != skip.end() && it->first < end;
}

bool is_label(std::string_view s) {
  return !s.empty() && s.size() <= kMaxMarkerBytes &&
         std::none_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '['; });
}

}  // namespace

std::string PageReferences::cite(core::CitationIndex& index, const std::string& url,
                                 std::size_t origin) {
  for (; indexed_ < index.references.size(); ++indexed_) {
    const core::Reference& r = index.references[indexed_];
    if (!r.url.empty()) ids_.try_emplace(text::page_key(r.url), r.id);
  }
  const auto [it, added] = ids_.try_emplace(text::page_key(url), url);
  if (added) {
    index.references.push_back({url, url, "", origin, {}, {}});
    indexed_ = index.references.size();
  }
  return it->second;
}

void add_notice(core::CitationIndex& index, std::string notice) {
  if (std::find(index.notices.begin(), index.notices.end(), notice) == index.notices.end()) {
    index.notices.push_back(std::move(notice));
  }
}

std::optional<std::vector<std::string>> marker_ids(std::string_view inner) {
  std::vector<std::string> ids;
  std::size_t i = 0;
  auto skip_space = [&] {
    while (i < inner.size() && inner[i] == ' ') ++i;
  };
  auto number = [&]() -> std::optional<unsigned long> {
    skip_space();
    std::size_t j = i;
    while (j < inner.size() && inner[j] >= '0' && inner[j] <= '9') ++j;
    if (j == i || j - i > 6) return std::nullopt;
    const unsigned long v = std::stoul(std::string(inner.substr(i, j - i)));
    i = j;
    skip_space();
    return v;
  };
  while (true) {
    const auto first = number();
    if (!first) return std::nullopt;
    unsigned long last = *first;
    const bool hyphen = i < inner.size() && inner[i] == '-';
    const bool dash = inner.substr(i, 3) == "\u2013" || inner.substr(i, 3) == "\u2014";
    if (hyphen || dash) {
      i += hyphen ? 1 : 3;
      const auto second = number();
      if (!second) return std::nullopt;
      last = *second;
    }
    if (last >= *first && last - *first <= kMaxRangeSpan) {
      for (unsigned long v = *first; v <= last; ++v) ids.push_back(std::to_string(v));
    } else {
      ids.push_back(std::to_string(*first));
      ids.push_back(std::to_string(last));
    }
    if (i == inner.size()) return ids;
    if (inner[i] != ',' && inner[i] != ';') return std::nullopt;
    ++i;
  }
}

void find_markers(std::string_view prose, const MarkerOptions& options,
                  core::CitationIndex& index) {
  for (std::size_t i = prose.find('['); i != std::string_view::npos; i = prose.find('[', i + 1)) {
    const std::size_t close = prose.find(']', i + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inner = prose.substr(i + 1, close - i - 1);
    if (inner.size() > kMaxMarkerBytes || inner.find('\n') != std::string_view::npos) continue;
    if (skipped(options, i, close + 1)) continue;
    if (auto ids = marker_ids(inner)) {
      for (std::string& id : *ids) {
        index.citations.push_back({std::move(id), i, close - i + 1, {}, true});
      }
    } else if (!inner.empty() && inner[0] == '@') {
      add_notice(index, kPandocNotice);
    } else if (!inner.empty() && inner[0] == '^' && options.footnotes &&
               is_label(inner.substr(1)) &&
               (close + 1 >= prose.size() || prose[close + 1] != ':')) {
      index.citations.push_back({std::string(inner.substr(1)), i, close - i + 1, {}, true});
    } else if (!inner.empty() && inner[0] == '^' && !options.footnotes) {
      add_notice(index,
                 "footnote citations like [^1] are not read in plain text, and were not "
                 "checked: if this is Markdown, use --stdin-filename NAME.md or --input-format "
                 "markdown (or, for a file, name it NAME.md)");
    }
  }
}

}  // namespace citecheck::cite
