// Which day of the web a citation is checked against: the article's own date where it gives one,
// --as-of, the reference's "retrieved"/"accessed" date, else today (DESIGN.md, "Dead and changed
// sources"). Dates are "YYYY-MM-DD".
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/types.h"

namespace citecheck::archive {

struct DatedBy {
  std::string date;  // "2025-07-10"
  std::string from;  // "front-matter", "article:published_time", "json-ld", "time", "as-of", ...
};

// The publication date an article states: Markdown front matter `date` (YAML or TOML); in HTML
// the article:published_time meta tag, then JSON-LD datePublished, then the first
// <time datetime>. Plain text states none.
std::optional<DatedBy> article_date(const core::Document& doc);

// A reference entry's own "Retrieved 12 March 2024" / "accessed 2024-03-12" date, or "".
std::string retrieved_date(std::string_view entry);

// "2025-07-10", "2025/07/10", "20250710", or an ISO 8601 date-time whose date is taken, checked
// to be a day of the calendar; nullopt otherwise.
std::optional<std::string> parse_date(std::string_view text);

// Today's date in UTC.
std::string today();

// The date a document's citations are checked against, and where it came from: --as-of
// (`as_of`, when not empty) over the article's own date, else today.
DatedBy document_date(const core::Document& doc, std::string_view as_of);

// The day a reference's archived copy is asked for: its document's date, unless that is only
// today and the entry says when it was retrieved.
DatedBy reference_date(const DatedBy& document, const core::Reference& ref);

}  // namespace citecheck::archive
