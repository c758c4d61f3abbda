#include <doctest/doctest.h>

#include <string>

#include "source/extract.h"

namespace citecheck::source {
namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<p>Paragraph " + std::to_string(i) +
           " of the report says the depot, which opened in 2024, now charges 120 buses a night, "
           "saving the operator about a third of its fuel bill.</p>";
  }
  return out;
}

}  // namespace

TEST_CASE("without semantic markup the densest block of prose is the article") {
  const Page page = read_html(
      "<html><head><title>Depot</title></head><body>"
      "<div class=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
      "<div class=\"col-a\"><div class=\"story\">" +
      paragraphs(4) +
      "</div></div>"
      "<div class=\"col-b\"><ul><li><a href=\"/x\">Parking fees rise 40% next month in the "
      "city centre car parks</a></li><li><a href=\"/y\">Stadium sells 91,000 tickets</a></li>"
      "</ul></div></body></html>");
  CHECK(has(page.main.text, "Paragraph 0 of the report"));
  CHECK(has(page.main.text, "Paragraph 3 of the report"));
  CHECK_FALSE(has(page.main.text, "Parking fees rise 40%"));
  CHECK_FALSE(has(page.main.text, "Home"));
}

TEST_CASE("lists of links inside the article are left out - lists of prose are kept") {
  const Page page =
      read_html("<article>" + paragraphs(3) +
                "<ul><li>Routes 4 and 9 run every 10 minutes, up from 15.</li>"
                "<li>Night buses return on weekends.</li></ul>"
                "<h3>Read more</h3><ul><li><a href=\"/a\">Tram line opens in 2027</a></li>"
                "<li><a href=\"/b\">House prices up 6.2%</a></li></ul></article>");
  CHECK(has(page.main.text, "Routes 4 and 9 run every 10 minutes, up from 15.\n"));
  CHECK_FALSE(has(page.main.text, "House prices up 6.2%"));
}

TEST_CASE("headings and tables stay but captions and a headline repeating the title go") {
  const Page page = read_html(
      "<head><title>Depot opens - The Ledger</title></head><body><article><h1>Depot opens</h1>" +
      paragraphs(3) +
      "<h2>What it cost</h2><table><tr><th>Item</th><th>Cost</th></tr>"
      "<tr><td>Chargers</td><td>4.1m</td></tr></table>"
      "<figure><img src=d.jpg><figcaption>The depot at night, with 120 chargers.</figcaption>"
      "</figure></article></body>");
  CHECK_FALSE(has(page.main.text, "Depot opens\n"));
  CHECK(has(page.main.text, "What it cost\n"));
  CHECK(has(page.main.text, "Chargers\n4.1m\n"));
  // Captions and picture credits are not the article's text (bench/RESULTS.md).
  CHECK_FALSE(has(page.main.text, "The depot at night"));
}

TEST_CASE("a wrapper named like furniture is kept when it holds the article's prose") {
  const Page page = read_html(
      "<body><div class=\"layout has-sidebar non-ad-column\">" + paragraphs(3) +
      "</div><div class=\"sidebar\"><p>Sidebar: 7 in 10 readers back the plan, a poll of the "
      "site's own readers found.</p></div></body>");
  CHECK(has(page.main.text, "Paragraph 2 of the report"));
  CHECK_FALSE(has(page.main.text, "7 in 10 readers"));
}

TEST_CASE("a cookie banner, share bar and comments inside the article are left out") {
  const Page page = read_html(
      "<article>" + paragraphs(3) +
      "<div class=\"share-tools\"><a href=\"#\">Share on X</a> <a href=\"#\">Email</a></div>"
      "<div id=\"cookie-notice\"><p>We use cookies to measure 100% of visits to this site and "
      "personalise ads.</p></div>"
      "<section class=\"comments\"><p>Reader: the buses were 20 minutes late every day this "
      "week, so I doubt it.</p></section></article>");
  CHECK(has(page.main.text, "Paragraph 0"));
  CHECK_FALSE(has(page.main.text, "Share on X"));
  CHECK_FALSE(has(page.main.text, "We use cookies"));
  CHECK_FALSE(has(page.main.text, "20 minutes late"));
}

TEST_CASE("JSON-LD articleBody stands in when the markup holds little of the article") {
  const Page page = read_html(
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":"
      "\"The depot opened in 2024. It charges 120 buses a night and saves a third of the fuel "
      "bill, the operator said in its annual report, published on Monday in full.\"}</script>"
      "<div id=\"app\"><p>Loading the article, please wait.</p></div>");
  CHECK(has(page.main.text, "It charges 120 buses a night"));
}

}  // namespace citecheck::source

namespace citecheck::source {

TEST_CASE("an article split into deeply wrapped sections is read whole") {
  auto section = [](const std::string& name) {
    std::string p;
    for (int i = 0; i < 3; ++i) {
      p += "<p>" + name + " paragraph " + std::to_string(i) +
           ": the survey, run in March, asked 2,400 riders about fares, frequency and safety, "
           "and most answered every question.</p>";
    }
    return "<div class=\"a\"><div class=\"b\"><div class=\"c\"><div class=\"d\">"
           "<div class=\"post-section\">" +
           p + "</div></div></div></div></div>";
  };
  const Page page = read_html(
      "<body><div id=\"post\">" + section("First") +
      "<figure><figcaption>Riders at the depot.</figcaption></figure>" + section("Second") +
      "<blockquote class=\"pull\">Most answered every question.</blockquote>" + section("Third") +
      "</div><div class=\"teaser\"><p>Elsewhere: the stadium sold 91,000 tickets, a record for "
      "a Tuesday, the club said.</p></div></body>");
  CHECK(has(page.main.text, "First paragraph 0"));
  CHECK(has(page.main.text, "Second paragraph 1"));
  CHECK(has(page.main.text, "Third paragraph 2"));
  CHECK_FALSE(has(page.main.text, "91,000 tickets"));
}

TEST_CASE("promo paragraphs that are mostly a link and text for screen readers are left out") {
  const Page page = read_html(
      "<article>" + paragraphs(3) +
      "<p><strong><a href=\"/app\">CLICK HERE TO GET THE COURIER APP</a></strong></p>"
      "<p>Also read: <a href=\"/x\">Tram line to open in 2027 after a decade of delays</a></p>"
      "<p>The operator, <a href=\"/op\">Northbridge Buses</a>, said 40 more chargers follow.</p>"
      "<span class=\"sr-only\">Image copyright</span>"
      "<div class=\"newsCaption\">Buses charging overnight (Image: Getty)</div></article>");
  CHECK_FALSE(has(page.main.text, "COURIER APP"));
  CHECK_FALSE(has(page.main.text, "Tram line to open"));
  CHECK(has(page.main.text, "said 40 more chargers follow."));
  CHECK_FALSE(has(page.main.text, "Image copyright"));
  CHECK_FALSE(has(page.main.text, "Buses charging overnight"));
}

TEST_CASE("the publisher's JSON-LD articleBody vets the lines extraction kept") {
  const std::string body = paragraphs(4);
  std::string copy;  // the same paragraphs as plain text
  for (int i = 0; i < 4; ++i) {
    copy += "Paragraph " + std::to_string(i) +
            " of the report says the depot, which opened in 2024, now charges 120 buses a "
            "night, saving the operator about a third of its fuel bill. ";
  }
  const std::string prompt =
      "<p>Sign up for our morning briefing and get the day's top stories in your inbox.</p>";
  const Page vetted = read_html(
      "<head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"articleBody\": \"" +
      copy + "\"}</script></head><body><article>" + body + prompt + "</article></body>");
  CHECK(has(vetted.main.text, "Paragraph 3 of the report"));
  CHECK_FALSE(has(vetted.main.text, "morning briefing"));

  // A copy holding only a summary vets nothing.
  const Page summary = read_html(
      "<head><script type=\"application/ld+json\">{\"articleBody\": \"The depot charges 120 "
      "buses a night.\"}</script></head><body><article>" +
      body + prompt + "</article></body>");
  CHECK(has(summary.main.text, "morning briefing"));
}

}  // namespace citecheck::source
