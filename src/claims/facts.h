// The facts a claim states, which the matcher must find in a source: quantities (text/quantities),
// quotations, and named entities.
#pragma once

#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

// Facts in `sentence`, whose citation markers the caller has blanked out with spaces.
std::vector<core::Fact> find_facts(std::string_view sentence);

// Quotations of at least `min_words` words, straight or curly, without their quote marks.
std::vector<std::string_view> find_quotations(std::string_view sentence, std::size_t min_words);

// Every span between matching quote marks, without the marks.
std::vector<std::string_view> quoted_spans(std::string_view sentence);

// Runs of capitalised words that name something ("Brad Smith", "DeepSeek", "China").
std::vector<std::string> find_entities(std::string_view sentence);

}  // namespace citecheck::claims
