// What page furniture looks like: tags, roles, and the words sites put in class and id names
// ("sidebar", "cookie-banner", "share-bar"), each with a weight the content scorer adds.
#pragma once

#include <string_view>

#include "html/dom.h"

namespace citecheck::source {

// Tags and roles that hold furniture whatever they contain: <nav>, <aside>, role=navigation ...
bool is_furniture_element(const html::HtmlNode& n);

// Class and id words that name furniture no article contains: cookie, consent, share, related ...
bool names_furniture(const html::HtmlNode& n);

// A picture's caption or credit: <figcaption>, or class and id words "caption", "credit" ...
bool is_caption(const html::HtmlNode& n);

// Text kept for screen readers only ("sr-only", "visually-hidden"): no sighted reader sees it.
bool is_screen_reader_only(const html::HtmlNode& n);

// Class and id words that name the article: article, content, story, post ...
bool names_content(const html::HtmlNode& n);

// Class and id words as a score: positive for "article", "content", "story-body"; negative for
// "comment", "sidebar", "promo"; zero for neither.
int class_weight(const html::HtmlNode& n);

}  // namespace citecheck::source
