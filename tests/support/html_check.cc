// A small tokenizer over the report's own HTML (which always quotes attributes and closes every
// element); it is no general HTML parser, only strict enough to catch what a browser would repair.
#include "html_check.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace citecheck::testing {
namespace {

const std::set<std::string> kVoid = {"area",  "base", "br",   "col",    "embed", "hr", "img",
                                     "input", "link", "meta", "source", "track", "wbr"};
// Elements that end an open <p> when they start.
const std::set<std::string> kClosesP = {
    "address", "article", "aside", "blockquote", "details", "div", "dl",      "fieldset", "figure",
    "footer",  "form",    "h1",    "h2",         "h3",      "h4",  "h5",      "h6",       "header",
    "hr",      "main",    "nav",   "ol",         "p",       "pre", "section", "table",    "ul"};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

struct Attribute {
  std::string name;
  std::string value;
};

// Parses the attributes of a start tag between `at` and its '>' (which it returns the index of).
std::size_t attributes(const std::string& page, std::size_t at, std::vector<Attribute>& out,
                       std::vector<std::string>& problems) {
  while (at < page.size()) {
    while (at < page.size() && std::isspace(static_cast<unsigned char>(page[at]))) ++at;
    if (at >= page.size() || page[at] == '>') return at;
    if (page[at] == '/') {
      ++at;
      continue;
    }
    Attribute a;
    while (at < page.size() && page[at] != '=' && page[at] != '>' &&
           !std::isspace(static_cast<unsigned char>(page[at])))
      a.name += page[at++];
    if (at < page.size() && page[at] == '=') {
      ++at;
      if (at >= page.size() || page[at] != '"') {
        problems.push_back("unquoted value of attribute '" + a.name + "'");
        return page.find('>', at);
      }
      const std::size_t close = page.find('"', at + 1);
      if (close == std::string::npos) return close;
      a.value = page.substr(at + 1, close - at - 1);
      at = close + 1;
    }
    if (a.value.find('<') != std::string::npos) problems.push_back("'<' in attribute " + a.name);
    a.name = lower(a.name);
    out.push_back(a);
  }
  return std::string::npos;
}

void check_external(const std::string& tag, const std::vector<Attribute>& attrs,
                    std::vector<std::string>& problems) {
  for (const Attribute& a : attrs) {
    if (a.name == "src" || a.name == "srcset" || a.name == "poster" || a.name == "data" ||
        a.name == "action" || (a.name == "href" && tag != "a")) {
      problems.push_back("<" + tag + " " + a.name + "> would fetch '" + a.value + "'");
    }
    if (a.name == "style" && a.value.find("url(") != std::string::npos) {
      problems.push_back("inline style with url()");
    }
  }
  if (tag == "link" || tag == "iframe" || tag == "object" || tag == "embed" || tag == "img") {
    problems.push_back("<" + tag + "> element");
  }
}

}  // namespace

HtmlCheck check_html(const std::string& page) {
  HtmlCheck out;
  std::vector<std::string> open;
  std::vector<std::string> links;
  std::set<std::string> seen;
  std::size_t at = 0;
  if (page.rfind("<!DOCTYPE html>", 0) != 0) out.problems.push_back("no <!DOCTYPE html> first");
  while ((at = page.find('<', at)) != std::string::npos) {
    if (page.compare(at, 4, "<!--") == 0 || page.compare(at, 2, "<!") == 0) {
      at = page.find('>', at);
      continue;
    }
    const bool closing = page.compare(at, 2, "</") == 0;
    std::size_t name_end = at + (closing ? 2 : 1);
    while (name_end < page.size() && std::isalnum(static_cast<unsigned char>(page[name_end])))
      ++name_end;
    const std::string tag =
        lower(page.substr(at + (closing ? 2 : 1), name_end - at - (closing ? 2 : 1)));
    if (tag.empty()) {
      out.problems.push_back("a bare '<' in text");
      ++at;
      continue;
    }
    std::vector<Attribute> attrs;
    const std::size_t end = attributes(page, name_end, attrs, out.problems);
    if (end == std::string::npos) {
      out.problems.push_back("<" + tag + "> never ends");
      break;
    }
    at = end + 1;
    if (closing) {
      if (open.empty() || open.back() != tag) {
        out.problems.push_back("</" + tag + "> closes <" + (open.empty() ? "" : open.back()) + ">");
      } else {
        open.pop_back();
      }
      continue;
    }
    ++out.elements;
    if (kClosesP.count(tag) > 0 && std::find(open.begin(), open.end(), "p") != open.end()) {
      out.problems.push_back("<" + tag + "> inside <p>");
    }
    check_external(tag, attrs, out.problems);
    for (const Attribute& a : attrs) {
      if (a.name == "id") {
        out.ids.push_back(a.value);
        if (!seen.insert(a.value).second) out.problems.push_back("duplicate id '" + a.value + "'");
      }
      if (a.name == "href" && a.value.rfind('#', 0) == 0) links.push_back(a.value.substr(1));
      if (a.name == "data-card") links.push_back(a.value);
    }
    if (kVoid.count(tag) > 0) continue;
    if (tag == "script" || tag == "style") {
      const std::size_t close = page.find("</" + tag + ">", at);
      const std::string body = page.substr(at, close - at);
      if (body.find("url(") != std::string::npos || body.find("@import") != std::string::npos ||
          body.find("fetch(") != std::string::npos ||
          body.find("XMLHttpRequest") != std::string::npos)
        out.problems.push_back("<" + tag + "> refers to something elsewhere");
      if (close == std::string::npos) break;
      at = close + tag.size() + 3;
      continue;
    }
    open.push_back(tag);
  }
  for (const std::string& tag : open) out.problems.push_back("<" + tag + "> is never closed");
  for (const std::string& link : links) {
    if (seen.count(link) == 0) out.problems.push_back("link to missing id '" + link + "'");
  }
  return out;
}

std::string describe(const HtmlCheck& check) {
  std::string s;
  for (const std::string& p : check.problems) s += p + "\n";
  return s;
}

}  // namespace citecheck::testing
