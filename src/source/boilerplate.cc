// Furniture by name, for the content scorer (content.cc). Class and id values are split into words
// at anything but letters and digits, so "cookie-banner", "share_bar" and "SideBar" all match; a
// word must match whole, so "adventure" is not "ad" and "shared-content" is not "share".
#include "source/boilerplate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace citecheck::source {

using html::HtmlNode;
namespace {

// Words whose element is dropped outright.
constexpr std::array<std::string_view, 52> kFurnitureWords = {
    "sidebar",    "related",    "share",       "sharing",    "sharebar",    "social",
    "socials",    "comment",    "comments",    "disqus",     "cookie",      "cookies",
    "consent",    "gdpr",       "ad",          "ads",        "advert",      "advertisement",
    "adslot",     "dfp",        "promo",       "newsletter", "subscribe",   "subscription",
    "trending",   "popular",    "recommended", "breadcrumb", "breadcrumbs", "menu",
    "navbar",     "navigation", "footer",      "masthead",   "outbrain",    "taboola",
    "paywall",    "signup",     "modal",       "popup",      "banner",      "tags",
    "pagination", "pager",      "widget",      "byline",     "toolbar",     "skip",
    "sponsored",  "nav",        "dateline",    "timestamp"};

constexpr std::array<std::string_view, 16> kNegativeWords = {
    "comment",  "meta",   "footer", "footnote", "foot",    "hidden", "sidebar", "sponsor",
    "shoutbox", "widget", "more",   "author",   "caption", "credit", "teaser",  "card"};

constexpr std::array<std::string_view, 14> kPositiveWords = {
    "article", "body", "content", "entry", "main", "page",        "post",
    "text",    "blog", "story",   "prose", "rte",  "articlebody", "richtext"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Calls f(word) for each lower-case word of value, stopping when f returns true.
bool any_word(std::string_view value, auto&& f) {
  std::string word;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    const char c = i < value.size() ? value[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      if (f(std::string_view(word))) return true;
      word.clear();
    }
  }
  return false;
}

}  // namespace

bool is_furniture_element(const HtmlNode& n) {
  static constexpr std::array<std::string_view, 9> kTags = {
      "nav", "header", "footer", "aside", "form", "textarea", "input", "dialog", "menu"};
  if (std::find(kTags.begin(), kTags.end(), n.tag) != kTags.end()) return true;
  const std::string_view role = n.attribute("role");
  return role == "navigation" || role == "complementary" || role == "contentinfo" ||
         role == "banner" || role == "dialog" || role == "alertdialog" || role == "menu";
}

bool names_furniture(const HtmlNode& n) {
  auto hit = [](std::string_view w) { return contains(kFurnitureWords, w); };
  return any_word(n.attribute("class"), hit) || any_word(n.attribute("id"), hit);
}

bool names_content(const HtmlNode& n) {
  auto hit = [](std::string_view w) { return contains(kPositiveWords, w); };
  return any_word(n.attribute("class"), hit) || any_word(n.attribute("id"), hit);
}

int class_weight(const HtmlNode& n) {
  int weight = 0;
  for (const std::string_view value : {n.attribute("class"), n.attribute("id")}) {
    bool negative = false;
    bool positive = false;
    any_word(value, [&](std::string_view w) {
      negative = negative || contains(kNegativeWords, w) || contains(kFurnitureWords, w);
      positive = positive || contains(kPositiveWords, w);
      return false;
    });
    if (negative) weight -= 25;
    if (positive) weight += 25;
  }
  return weight;
}

}  // namespace citecheck::source
