// The names every report format uses for the core enums (the JSON contract's strings).
#pragma once

#include "core/types.h"

namespace citecheck::report {

const char* format_name(core::Format f);
using core::verdict_name;  // core/types.h: the model judge's cache writes the same names
const char* fact_kind_name(core::FactKind k);
using core::state_name;  // core/types.h: snapshot manifests write the same names
const char* origin_name(core::SourceOrigin o);
using core::severity_name;  // core/types.h: `citecheck config` writes the same names

}  // namespace citecheck::report
