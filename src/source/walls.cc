// Wall detection reads the page itself, not only a status code, because sites serve login and
// challenge pages with 200. A phrase alone is not enough where articles may quote it ("log in"):
// the page must also carry little article text of its own.
#include "source/walls.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/tokens.h"
#include "text/unicode.h"

namespace citecheck::source {
namespace {

constexpr std::size_t kThinPageWords = 150;

bool contains_any(const std::string& haystack, const auto& needles) {
  return std::any_of(std::begin(needles), std::end(needles),
                     [&](std::string_view n) { return haystack.find(n) != std::string::npos; });
}

}  // namespace

std::optional<Wall> detect_wall(const Page& page) {
  if (!page.unreadable_reason.empty()) {
    return Wall{core::SourceState::kUnverifiable, page.unreadable_reason, page.unreadable_detail};
  }
  static constexpr std::array<std::string_view, 6> kBot = {
      "just a moment...",
      "checking your browser",
      "verify you are human",
      "enable javascript and cookies to continue",
      "attention required! | cloudflare",
      "are you a robot"};
  static constexpr std::array<std::string_view, 9> kLogin = {
      "log in to continue", "sign in to continue", "you must log in",
      "log in or sign up",  "login to continue",   "please log in",
      "please sign in",     "sign in to read",     "log in to see"};
  static constexpr std::array<std::string_view, 6> kPaywall = {
      "subscribe to continue reading",  "subscribe to read",    "this article is for subscribers",
      "to continue reading, subscribe", "already a subscriber", "subscribers only"};
  static constexpr std::array<std::string_view, 7> kConsent = {
      "we value your privacy",      "before you continue",
      "accept all cookies",         "manage consent",
      "your privacy choices",       "consent to the use of cookies",
      "agree to our use of cookies"};
  static constexpr std::array<std::string_view, 5> kNotFound = {
      "page not found", "404 not found", "could not be found", "can't be found", "cannot be found"};

  const std::string title = text::fold(page.main.title);
  const std::string visible = text::fold(page.visible);
  const std::size_t words = text::words(page.main.text).size();
  const bool thin = words < kThinPageWords;

  if (contains_any(title, kBot) || (thin && contains_any(visible, kBot))) {
    return Wall{core::SourceState::kUnverifiable, "bot-wall",
                "the site answered with a bot challenge instead of the page"};
  }
  // A title can say "not found" outright; a bare "404" ("Route 404 goes electric") or a phrase
  // such as "could not be found" only counts on a page with little article text.
  static constexpr std::array<std::string_view, 4> kNotFoundTitle = {
      "page not found", "404 not found", "error 404", "404 error"};
  const bool title_not_found =
      contains_any(title, kNotFoundTitle) ||
      (thin && (title.find("404") != std::string::npos || contains_any(title, kNotFound)));
  if (title_not_found || (thin && contains_any(visible, kNotFound))) {
    return Wall{core::SourceState::kBroken, "soft-404", "the page says it could not be found"};
  }
  if (thin && contains_any(visible, kLogin)) {
    return Wall{core::SourceState::kUnverifiable, "login-wall",
                "the page asks the reader to log in before showing anything"};
  }
  if (thin && contains_any(visible, kPaywall)) {
    return Wall{core::SourceState::kUnverifiable, "paywall",
                "the page shows a paywall instead of the article"};
  }
  if (thin && contains_any(visible, kConsent)) {
    return Wall{core::SourceState::kUnverifiable, "consent-wall",
                "the page shows only a cookie or consent notice"};
  }
  if (words == 0) {
    return Wall{core::SourceState::kUnverifiable, "empty-page", "the page has no readable text"};
  }
  return std::nullopt;
}

}  // namespace citecheck::source
