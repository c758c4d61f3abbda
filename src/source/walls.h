// Pages that are not the source: login walls, paywalls, bot challenges and "soft 404s" served with
// a 200. No claim is judged against such a page; its reference is reported instead.
#pragma once

#include <optional>
#include <string>

#include "core/types.h"
#include "source/extract.h"

namespace citecheck::source {

struct Wall {
  core::SourceState state = core::SourceState::kUnverifiable;
  std::string reason;  // "login-wall", "paywall", "bot-wall", "soft-404"
  std::string detail;
};

std::optional<Wall> detect_wall(const Page& page);

}  // namespace citecheck::source
