// Which uncited sentences need a citation: statistics, quotations, attributions, superlatives and
// trend words ("rose", "doubled", "record") count for it; opinion, plans and questions against it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/types.h"

namespace citecheck::claims {

// Why `sentence` needs a citation ("a percentage", "a quotation", "a trend", ...), or "" if it
// does not. `sentence` has its citation markers blanked out; `facts` are its facts. With
// `quotes_mention`, its quotation marks mention words (claims/sentence_form.h) and quote no one:
// they weigh in its score as quotation marks do, but do not make it a quotation.
std::string check_worthiness(std::string_view sentence, const std::vector<core::Fact>& facts,
                             bool quotes_mention = false);

}  // namespace citecheck::claims
