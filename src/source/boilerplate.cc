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

constexpr std::array<std::string_view, 14> kNegativeWords = {
    "comment", "meta",     "footer", "footnote", "foot",   "hidden", "sidebar",
    "sponsor", "shoutbox", "widget", "more",     "author", "teaser", "card"};

// Words of a caption or a picture credit: what the picture shows and who took it.
constexpr std::array<std::string_view, 6> kCaptionWords = {
    "caption", "credit", "credits", "copyright", "photocredit", "imagecredit"};

// Whole class names of the usual "visible to screen readers only" utilities.
constexpr std::array<std::string_view, 9> kScreenReaderClasses = {
    "sr-only",    "screen-reader-text", "screen-reader-only", "visually-hidden",  "visuallyhidden",
    "off-screen", "offscreen",          "element-invisible",  "u-visually-hidden"};

constexpr std::array<std::string_view, 14> kPositiveWords = {
    "article", "body", "content", "entry", "main", "page",        "post",
    "text",    "blog", "story",   "prose", "rte",  "articlebody", "richtext"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Calls f(word) for each lower-case word of value, stopping when f returns true. A run written in
// camel case is offered whole and in its parts, so "SideBar" is "sidebar" and "newsCaption" and
// "imageEmbedCredit" name a caption and a credit as "news-caption" would.
bool any_word(std::string_view value, auto&& f) {
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    if (i < value.size() && std::isalnum(static_cast<unsigned char>(value[i]))) continue;
    if (i > begin) {
      const std::string_view run = value.substr(begin, i - begin);
      std::string word;
      std::string part;
      bool camel = false;
      for (std::size_t k = 0; k < run.size(); ++k) {
        const auto b = static_cast<unsigned char>(run[k]);
        if (std::isupper(b) && k > 0 && std::islower(static_cast<unsigned char>(run[k - 1]))) {
          camel = true;
          if (f(std::string_view(part))) return true;
          part.clear();
        }
        word += static_cast<char>(std::tolower(b));
        part += static_cast<char>(std::tolower(b));
      }
      if (camel && f(std::string_view(part))) return true;
      if (f(std::string_view(word))) return true;
    }
    begin = i + 1;
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

bool is_caption(const HtmlNode& n) {
  if (n.tag == "figcaption") return true;
  auto hit = [](std::string_view w) { return contains(kCaptionWords, w); };
  return any_word(n.attribute("class"), hit) || any_word(n.attribute("id"), hit);
}

bool is_screen_reader_only(const HtmlNode& n) {
  const std::string_view cls = n.attribute("class");
  std::size_t begin = 0;
  while (begin < cls.size()) {
    std::size_t end = cls.find(' ', begin);
    if (end == std::string_view::npos) end = cls.size();
    std::string name(cls.substr(begin, end - begin));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (contains(kScreenReaderClasses, name)) return true;
    begin = end + 1;
  }
  return false;
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
      negative = negative || contains(kNegativeWords, w) || contains(kFurnitureWords, w) ||
                 contains(kCaptionWords, w);
      positive = positive || contains(kPositiveWords, w);
      return false;
    });
    if (negative) weight -= 25;
    if (positive) weight += 25;
  }
  return weight;
}

}  // namespace citecheck::source
