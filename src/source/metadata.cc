// Metadata for the source stage's report fields (source.title, source.published). Tags are read
// in order of trust: a scholarly page's citation_* tags, then Open Graph and article:*, then
// JSON-LD, then plain <title> and the first <time>.
#include "source/metadata.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <string_view>

#include "source/html_text.h"
#include "text/ascii.h"

namespace citecheck::source {

using html::HtmlDom;
using html::HtmlNode;
namespace {

using Json = nlohmann::json;

std::string lower(std::string_view s) { return text::lower_ascii(s); }

void set_once(std::string& field, std::string_view value) {
  if (field.empty() && !value.empty()) field = std::string(value);
}

// Meta tags keyed by name, property or itemprop (lower-cased), in document order.
void read_meta_tag(const HtmlNode& n, PageMeta& meta, PageMeta& fallback) {
  std::string key = lower(n.attribute("name"));
  if (key.empty()) key = lower(n.attribute("property"));
  if (key.empty()) key = lower(n.attribute("itemprop"));
  const std::string_view value = n.attribute("content");
  if (key.empty() || value.empty()) return;
  if (key == "citation_title") set_once(meta.title, value);
  if (key == "og:title" || key == "twitter:title") set_once(fallback.title, value);
  if (key == "description" || key == "og:description") set_once(meta.description, value);
  if (key == "citation_author" || key == "author" || key == "article:author" ||
      key == "dc.creator") {
    meta.authors.emplace_back(value);
  }
  if (key == "citation_publication_date" || key == "citation_date" ||
      key == "article:published_time" || key == "datepublished" || key == "dc.date.issued" ||
      key == "dc.date" || key == "date" || key == "pubdate" || key == "publish-date") {
    set_once(meta.published, normalise_date(value));
  }
  if (key == "og:url") set_once(fallback.canonical_url, value);
  if (key == "citation_journal_title") set_once(meta.journal, value);
  if (key == "citation_doi") set_once(meta.doi, value);
}

std::string json_string(const Json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object() && j.contains("name")) return json_string(j["name"]);
  if (j.is_array() && !j.empty()) return json_string(j.front());
  return "";
}

// One JSON-LD object, and the objects in its @graph.
void read_json_ld(const Json& j, PageMeta& meta, int depth = 0) {
  if (depth > 4) return;
  if (j.is_array()) {
    for (const Json& item : j) read_json_ld(item, meta, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) read_json_ld(j["@graph"], meta, depth + 1);
  if (j.contains("headline")) set_once(meta.title, json_string(j["headline"]));
  if (j.contains("datePublished"))
    set_once(meta.published, normalise_date(json_string(j["datePublished"])));
  if (j.contains("author") && meta.authors.empty()) {
    const std::string author = json_string(j["author"]);
    if (!author.empty()) meta.authors.push_back(author);
  }
  if (j.contains("articleBody")) set_once(meta.json_ld_body, json_string(j["articleBody"]));
}

void read_script(const HtmlDom& dom, const HtmlNode& n, PageMeta& json_ld) {
  if (lower(n.attribute("type")) != "application/ld+json") return;
  std::string text;
  for (const std::size_t c : n.children) {
    if (dom.nodes[c].is_text) text += dom.nodes[c].text;
  }
  // Malformed JSON-LD is common; it is ignored, never fatal (parse without exceptions).
  const Json j = Json::parse(text, nullptr, false);
  if (!j.is_discarded()) read_json_ld(j, json_ld);
}

}  // namespace

std::string normalise_date(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())))
    value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())))
    value.remove_suffix(1);
  auto digits = [&](std::size_t at, std::size_t n) {
    if (value.size() < at + n) return false;
    for (std::size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    }
    return true;
  };
  const bool separated =
      value.size() >= 10 && (value[4] == '-' || value[4] == '/') && value[7] == value[4];
  if (digits(0, 4) && separated && digits(5, 2) && digits(8, 2)) {
    std::string date(value.substr(0, 10));
    date[4] = date[7] = '-';
    return date;
  }
  return std::string(value.substr(0, 64));
}

PageMeta read_metadata(const HtmlDom& dom) {
  PageMeta meta;      // the most trusted sources
  PageMeta fallback;  // og:title, og:url
  PageMeta json_ld;
  std::string title_tag;
  std::string time_tag;
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const HtmlNode& n = dom.nodes[i];
    if (n.is_text) continue;
    if (n.tag == "meta") {
      read_meta_tag(n, meta, fallback);
    } else if (n.tag == "script") {
      read_script(dom, n, json_ld);
    } else if (n.tag == "h1" && meta.headline.empty() && !is_hidden(n)) {
      meta.headline = inline_text(dom, i);
    } else if (n.tag == "title" && title_tag.empty()) {
      title_tag = inline_text(dom, i);
    } else if (n.tag == "link" && lower(n.attribute("rel")) == "canonical") {
      set_once(meta.canonical_url, n.attribute("href"));
    } else if (n.tag == "time" && time_tag.empty()) {
      time_tag = normalise_date(n.attribute("datetime"));
    } else if (n.has_attribute("itemprop") && lower(n.attribute("itemprop")) == "datepublished") {
      set_once(meta.published, normalise_date(n.attribute("datetime")));
    }
  }
  set_once(meta.title, fallback.title);
  set_once(meta.title, json_ld.title);
  set_once(meta.title, title_tag);
  set_once(meta.published, json_ld.published);
  set_once(meta.published, time_tag);
  set_once(meta.canonical_url, fallback.canonical_url);
  if (meta.authors.empty()) meta.authors = json_ld.authors;
  meta.json_ld_body = std::move(json_ld.json_ld_body);
  return meta;
}

}  // namespace citecheck::source
