#include <doctest/doctest.h>

#include <string>

#include "html/dom.h"
#include "source/extract.h"
#include "source/walls.h"
#include "text/utf8.h"

namespace citecheck::source {

using html::HtmlDom;
using html::HtmlNode;
using html::parse_html;
namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// A paragraph long enough (over 200 characters) for an <article> or <main> to count as the article.
const std::string kLongParagraph =
    "<p>Northbridge's electric buses carried 4.2 million riders in their first year, the transit "
    "authority said on Monday, a rise of 31% on the diesel routes they replaced, while fuel and "
    "maintenance costs fell by nearly a third across the whole fleet.</p>";

}  // namespace

TEST_CASE("read_html keeps headings, paragraphs and list items as separate lines") {
  const Page page = read_html(
      "<html><head><title>Buses</title></head><body>"
      "<h1>Electric  buses</h1>\n<p>First   paragraph with <b>bold</b> and <a href=x>a "
      "link</a>.</p>"
      "<ul><li>Item one</li><li>Item two</li></ul>"
      "<p>Line one<br>line two</p>"
      "<table><tr><td>Cell A</td><td>Cell B</td></tr></table>"
      "</body></html>");
  CHECK(page.main.title == "Buses");
  CHECK(page.main.text ==
        "Electric buses\n"
        "First paragraph with bold and a link.\n"
        "Item one\n"
        "Item two\n"
        "Line one\n"
        "line two\n"
        "Cell A\n"
        "Cell B\n");
}

TEST_CASE("read_html leaves out scripts, styles and page furniture") {
  const Page page = read_html(
      "<!doctype html><html><head><title>T</title><style>p{color:red}</style></head><body>"
      "<header>Site masthead</header>"
      "<nav>Home | World | Sport</nav>"
      "<script>var tracking = 'script text';</script>"
      "<noscript>Enable JavaScript please</noscript>"
      "<p>The council approved the budget.</p>"
      "<aside>Aside text</aside>"
      "<form><label>Email signup form</label><input value=x></form>"
      "<div class=\"sidebar\">Sidebar text</div>"
      "<div id=\"cookie-banner\">We use cookies</div>"
      "<div class=\"article-tools share-bar\">Share on social</div>"
      "<section class=\"related-stories\">Related story headline</section>"
      "<div role=\"navigation\">Role navigation</div>"
      "<p hidden>Hidden attribute text</p>"
      "<p style=\"display: none\">Display none text</p>"
      "<div aria-hidden=\"true\">Aria hidden text</div>"
      "<p>It passed by six votes.</p>"
      "<footer>Copyright footer</footer>"
      "</body></html>");
  CHECK(page.main.text == "The council approved the budget.\nIt passed by six votes.\n");
  CHECK(page.main.title == "T");

  // The visible text keeps furniture for wall checks, but never what a reader cannot see.
  for (const std::string seen : {"Site masthead", "Home | World | Sport", "Sidebar text",
                                 "We use cookies", "Copyright footer", "It passed by six votes."}) {
    CAPTURE(seen);
    CHECK(has(page.visible, seen));
  }
  for (const std::string unseen : {"script text", "color:red", "Hidden attribute text",
                                   "Display none text", "Aria hidden text", "Enable JavaScript"}) {
    CAPTURE(unseen);
    CHECK_FALSE(has(page.visible, unseen));
  }
}

TEST_CASE("read_html does not drop the page whole for a class on body, main or article") {
  const Page page = read_html(
      "<html><body class=\"has-ads sidebar-left\"><main class=\"ad-slot-wrapper\">"
      "<p>The real story is here.</p></main></body></html>");
  CHECK(page.main.text == "The real story is here.\n");
}

TEST_CASE("read_html keeps an article whose page-wide wrapper has a furniture-sounding name") {
  const Page page = read_html(
      "<html><body><div id=\"page\" class=\"layout has-sidebar\"><h1>Fleet report</h1>" +
      kLongParagraph + "<div class=\"sidebar\">Most read</div><nav>Home</nav></div></body></html>");
  CHECK(has(page.main.text, "Fleet report\nNorthbridge's electric buses carried 4.2 million"));
  CHECK_FALSE(has(page.main.text, "Home"));
  // Furniture names still count when they leave the article standing.
  const Page with_sidebar = read_html("<html><body>" + kLongParagraph +
                                      "<div class=\"sidebar\">Most read</div></body></html>");
  CHECK_FALSE(has(with_sidebar.main.text, "Most read"));
}

TEST_CASE("read_html prefers the article when it holds enough text") {
  const Page page =
      read_html("<html><body><div>Outside teaser text</div><article><h1>Headline</h1>" +
                kLongParagraph + "</article><div>More outside</div></body></html>");
  CHECK(has(page.main.text, "Headline\nNorthbridge's electric buses carried 4.2 million riders"));
  CHECK_FALSE(has(page.main.text, "Outside teaser text"));
  CHECK_FALSE(has(page.main.text, "More outside"));
  CHECK(has(page.visible, "Outside teaser text"));
}

TEST_CASE("read_html picks the largest article") {
  const Page page =
      read_html("<html><body><article><p>Short teaser article.</p></article><article>" +
                kLongParagraph + "</article></body></html>");
  CHECK_FALSE(has(page.main.text, "Short teaser article."));
  CHECK(has(page.main.text, "4.2 million riders"));
}

TEST_CASE("read_html prefers itemprop=articleBody over article, and main over body") {
  const Page by_itemprop =
      read_html("<html><body><article><h1>Headline in article</h1><div itemprop=\"articleBody\">" +
                kLongParagraph + "</div><p>Byline outside the body</p></article></body></html>");
  CHECK_FALSE(has(by_itemprop.main.text, "Headline in article"));
  CHECK_FALSE(has(by_itemprop.main.text, "Byline outside the body"));
  CHECK(has(by_itemprop.main.text, "4.2 million riders"));

  const Page by_main = read_html("<html><body><div>Promo strip</div><main>" + kLongParagraph +
                                 "</main><div>Outside main</div></body></html>");
  CHECK_FALSE(has(by_main.main.text, "Promo strip"));
  CHECK_FALSE(has(by_main.main.text, "Outside main"));
  CHECK(has(by_main.main.text, "4.2 million riders"));

  const Page by_role = read_html("<html><body><div>Promo strip</div><div role=\"main\">" +
                                 kLongParagraph + "</div></body></html>");
  CHECK_FALSE(has(by_role.main.text, "Promo strip"));
}

TEST_CASE("read_html falls back to body when the article is too short") {
  const Page page = read_html(
      "<html><body><article><p>A short teaser.</p></article>"
      "<div><p>The figures were published on Monday.</p></div></body></html>");
  CHECK(page.main.text == "A short teaser.\nThe figures were published on Monday.\n");
}

TEST_CASE("read_html takes the title from <title> and decodes entities") {
  const Page page = read_html(
      "<html><head><title>\n  Fares &amp; Routes \n  2025 </title></head><body>"
      "<p>Caf&eacute; &lt;tag&gt; &#8220;quoted&#8221; &quot;q&quot; 5&nbsp;km</p></body></html>");
  CHECK(page.main.title == "Fares & Routes 2025");
  // No-break spaces are whitespace like any other.
  CHECK(page.main.text == "Caf\xC3\xA9 <tag> \xE2\x80\x9Cquoted\xE2\x80\x9D \"q\" 5 km\n");

  CHECK(read_html("<p>No title here</p>").main.title.empty());
  CHECK(read_html("<title></title><title>Second</title><p>x</p>").main.title == "Second");
}

TEST_CASE("read_html survives bytes that are not UTF-8") {
  const Page page = read_html("<title>T\xFF</title><p>caf\xE9 \xC3 end</p>");
  CHECK_FALSE(text::first_invalid_utf8(page.main.text).has_value());
  CHECK_FALSE(text::first_invalid_utf8(page.main.title).has_value());
  CHECK_FALSE(text::first_invalid_utf8(page.visible).has_value());
  CHECK(page.main.text == "caf\xEF\xBF\xBD \xEF\xBF\xBD end\n");
  CHECK(page.main.title == "T\xEF\xBF\xBD");
}

TEST_CASE("read_html handles empty and tag-soup input") {
  const Page empty = read_html("");
  CHECK(empty.main.text.empty());
  CHECK(empty.main.title.empty());
  CHECK(empty.visible.empty());

  const Page soup = read_html("<p>one<div>two</p></span><li>three");
  CHECK(soup.main.text == "one\ntwo\nthree\n");
}

TEST_CASE("read_html parses a 100,000-deep page without recursion") {
  constexpr int kDepth = 100000;
  std::string html = "<html><body>";
  html.reserve(static_cast<std::size_t>(kDepth) * 11 + 100);
  for (int i = 0; i < kDepth; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < kDepth; ++i) html += "</div>";
  html += "</body></html>";
  const Page page = read_html(html);
  CHECK(page.main.text == "deep text\n");
  CHECK(page.visible == "deep text\n");
}

TEST_CASE("parse_html copies elements, attributes and text in document order") {
  const HtmlDom dom =
      parse_html("<p class=\"lead\" ID=x>Hello <em>there</em></p><custom-tag>c</custom-tag>");
  REQUIRE_FALSE(dom.nodes.empty());
  CHECK(dom.nodes[0].tag == "html");
  const HtmlNode* p = nullptr;
  const HtmlNode* custom = nullptr;
  for (const HtmlNode& n : dom.nodes) {
    if (n.tag == "p") p = &n;
    if (n.tag == "custom-tag") custom = &n;
  }
  REQUIRE(p != nullptr);
  CHECK(p->attribute("class") == "lead");
  CHECK(p->attribute("id") == "x");
  CHECK(p->attribute("missing").empty());
  REQUIRE(p->children.size() == 2);
  CHECK(dom.nodes[p->children[0]].is_text);
  CHECK(dom.nodes[p->children[0]].text == "Hello ");
  CHECK(dom.nodes[p->children[1]].tag == "em");
  REQUIRE(custom != nullptr);
}

TEST_CASE("read_page joins hard-wrapped plain text and keeps short lines apart") {
  const Page page = read_page(
      "Skip to content\n"
      "Grid notice\n"
      "\n"
      "The substation upgrade at Harbour Road will finish in March and\n"
      "will add capacity for forty more buses.\n"
      "\n"
      "Contact: grid office\n",
      "text/plain; charset=utf-8");
  CHECK(page.main.text ==
        "Skip to content\n"
        "Grid notice\n"
        "\n"
        "The substation upgrade at Harbour Road will finish in March and will add capacity for "
        "forty more buses.\n"
        "\n"
        "Contact: grid office\n");
  CHECK(page.main.title.empty());
  CHECK(page.visible == page.main.text);
}

TEST_CASE("unwrap_text keeps sentence ends, CRLF and the last line") {
  // A long line that ends a sentence is not joined to the next.
  CHECK(unwrap_text("This line is long enough to look wrapped but it ends here.\nNext line\n") ==
        "This line is long enough to look wrapped but it ends here.\nNext line\n");
  CHECK(unwrap_text("This line is long enough to look wrapped and it goes on\r\nto here.\r\n") ==
        "This line is long enough to look wrapped and it goes on to here.\n");
  // A wrapped-looking last line, and a paragraph break after one.
  CHECK(unwrap_text("This line is long enough to look wrapped and it goes on") ==
        "This line is long enough to look wrapped and it goes on\n");
  CHECK(unwrap_text("This line is long enough to look wrapped and it goes on\n\nNew") ==
        "This line is long enough to look wrapped and it goes on\n\nNew\n");
  CHECK(unwrap_text("").empty());
}

TEST_CASE("read_page reads HTML content types as HTML and repairs plain text") {
  const Page html = read_page("<title>T</title><p>Para</p>", "text/html; charset=utf-8");
  CHECK(html.main.title == "T");
  CHECK(html.main.text == "Para\n");
  CHECK(read_page("<p>x</p>", "application/xhtml+xml").main.text == "x\n");
  // Media types are case-insensitive.
  const Page upper = read_page("<title>T</title><p>Para</p>", "Text/HTML");
  CHECK(upper.main.title == "T");
  CHECK(upper.main.text == "Para\n");

  // Bytes that are not UTF-8 and name no charset are detected, here as windows-1252.
  const Page plain = read_page("<p>x</p> caf\xE9", "text/plain");
  CHECK(plain.main.text == "<p>x</p> caf\xC3\xA9\n");
}

}  // namespace citecheck::source

namespace citecheck::source {

TEST_CASE("images and other binary sources are unverifiable, never read as text") {
  const Page image = read_page(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png");
  CHECK(image.unreadable_reason == "unsupported-type");
  CHECK(image.unreadable_detail == "the source is not text, HTML or PDF (image/png)");
  CHECK(image.main.text.empty());
  const Page untyped = read_page(std::string("PK\x03\x04\0\0\x08\0", 8), "");
  CHECK(untyped.unreadable_reason == "unsupported-type");
  CHECK(untyped.unreadable_detail == "the source is not text, HTML or PDF (binary data)");
  // Bytes with NULs called HTML (by a server, or by a file name) are not named HTML here.
  const Page mislabelled = read_page(std::string("\x89PNG\r\n\x1a\n\0\0\0rest", 15), "text/html");
  CHECK(mislabelled.unreadable_detail == "the source is not text, HTML or PDF (binary data)");
  const auto wall = detect_wall(untyped);
  REQUIRE(wall.has_value());
  CHECK(wall->reason == "unsupported-type");
  // UTF-16 text holds NULs too, and is text.
  const Page utf16 = read_page(std::string("\xFF\xFEh\0i\0", 6), "text/plain");
  CHECK(utf16.unreadable_reason.empty());
  CHECK(utf16.main.text == "hi\n");
}

}  // namespace citecheck::source
