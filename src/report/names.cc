// Switches without defaults, so a new enumerator is a compiler warning until it is named here.
#include "report/names.h"

namespace citecheck::report {

const char* format_name(core::Format f) {
  switch (f) {
    case core::Format::kText:
      return "text";
    case core::Format::kMarkdown:
      return "markdown";
    case core::Format::kHtml:
      return "html";
  }
  return "text";
}

const char* fact_kind_name(core::FactKind k) {
  switch (k) {
    case core::FactKind::kPercent:
      return "percent";
    case core::FactKind::kNumber:
      return "number";
    case core::FactKind::kMoney:
      return "money";
    case core::FactKind::kYear:
      return "year";
    case core::FactKind::kDate:
      return "date";
    case core::FactKind::kRatio:
      return "ratio";
    case core::FactKind::kQuote:
      return "quote";
    case core::FactKind::kEntity:
      return "entity";
    case core::FactKind::kOrdinal:
      return "ordinal";
  }
  return "number";
}

const char* origin_name(core::SourceOrigin o) {
  switch (o) {
    case core::SourceOrigin::kNone:
      return "none";
    case core::SourceOrigin::kNetwork:
      return "network";
    case core::SourceOrigin::kCache:
      return "cache";
    case core::SourceOrigin::kSources:
      return "sources";
  }
  return "none";
}

}  // namespace citecheck::report
