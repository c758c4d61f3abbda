// Wall detection reads the page itself, not only a status code, because sites serve login and
// challenge pages with 200. What decides is the page as a whole: a soft 404 is a page whose title,
// headline or text says it is missing and that offers little else; a login wall is a page whose
// content is a sign-in form (found by its markup, in any language) with little else. A phrase in
// an article ("how to log in to your bank", "the 404 error explained") never makes it a wall, and
// neither does a number in a title ("Report 404").
#include "source/walls.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/tokens.h"
#include "text/unicode.h"

namespace citecheck::source {
namespace {

// Fewer words than this in the article is too little to be a source by itself.
constexpr std::size_t kThinPageWords = 150;

bool contains_any(const std::string& haystack, const auto& needles) {
  return std::any_of(std::begin(needles), std::end(needles),
                     [&](std::string_view n) { return haystack.find(n) != std::string::npos; });
}

bool starts_with_any(const std::string& haystack, const auto& needles) {
  return std::any_of(std::begin(needles), std::end(needles),
                     [&](std::string_view n) { return haystack.rfind(n, 0) == 0; });
}

// What error pages say of themselves: about the page, not about a thing in the news ("hiker not
// found"). A bare "404" is not here: "Report 404" and "Route 404" are titles of articles.
bool says_missing(const std::string& folded) {
  static constexpr std::array<std::string_view, 22> kMissing = {"page not found",
                                                                "404 not found",
                                                                "error 404",
                                                                "404 error",
                                                                "404 page",
                                                                "page does not exist",
                                                                "page doesn't exist",
                                                                "page doesn’t exist",
                                                                "page cannot be found",
                                                                "page could not be found",
                                                                "page can't be found",
                                                                "page you requested",
                                                                "page you are looking for",
                                                                "page you were looking for",
                                                                "page you're looking for",
                                                                "page is no longer available",
                                                                "could not be found",
                                                                "seite nicht gefunden",
                                                                "page introuvable",
                                                                "página no encontrada",
                                                                "pagina non trovata",
                                                                "pagina niet gevonden"};
  return contains_any(folded, kMissing);
}

// Words of prose in the article text, outside the lines that say the page is missing: a line
// that ends a sentence. Headings and lists of links (what error pages are padded with) are not
// prose, so they do not make an error page an article.
std::size_t prose_words_besides_missing(const std::string& text) {
  std::size_t words = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string_view line(text.data() + begin, end - begin);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    const bool sentence =
        !line.empty() && std::string_view(".!?\"").find(line.back()) != std::string_view::npos;
    if (sentence && !says_missing(text::fold(line))) words += text::words(line).size();
    begin = end + 1;
  }
  return words;
}

}  // namespace

std::optional<Wall> detect_wall(const Page& page) {
  if (!page.unreadable_reason.empty()) {
    return Wall{core::SourceState::kUnverifiable, page.unreadable_reason, page.unreadable_detail};
  }
  // Challenge pages open their titles with these; their text may say the rest.
  static constexpr std::array<std::string_view, 3> kBotTitle = {
      "just a moment...", "attention required! | cloudflare", "checking your browser"};
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

  const std::string title = text::fold(page.main.title);
  const std::string visible = text::fold(page.visible);
  const std::size_t words = text::words(page.main.text).size();
  const bool thin = words < kThinPageWords;

  if (starts_with_any(title, kBotTitle) || (thin && contains_any(visible, kBot))) {
    return Wall{core::SourceState::kUnverifiable, "bot-wall",
                "the site answered with a bot challenge instead of the page"};
  }
  const bool missing = says_missing(title) || says_missing(text::fold(page.meta.headline)) ||
                       says_missing(text::fold(page.main.text));
  if (missing && prose_words_besides_missing(page.main.text) < kThinPageWords) {
    return Wall{core::SourceState::kBroken, "soft-404", "the page says it could not be found"};
  }
  if (thin && (page.sign_in_form || contains_any(visible, kLogin))) {
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
