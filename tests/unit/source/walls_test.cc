#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "source/extract.h"
#include "source/walls.h"

namespace citecheck::source {
namespace {

// About `words` words of ordinary article prose, in paragraphs.
std::string article_paragraphs(int words) {
  const std::string sentence =
      "<p>The transit authority said the electric fleet ran on time on most days of the year.</p>";
  std::string out;
  for (int i = 0; i < words; i += 16) out += sentence;
  return out;
}

std::optional<Wall> wall_of(const std::string& html) { return detect_wall(read_html(html)); }

}  // namespace

TEST_CASE("a thin page asking the reader to log in is a login wall") {
  const auto wall = wall_of(
      "<html><head><title>Members area</title></head><body>"
      "<p>You must log in to continue.</p><form><input name=user><button>Log in</button></form>"
      "</body></html>");
  REQUIRE(wall.has_value());
  CHECK(wall->state == core::SourceState::kUnverifiable);
  CHECK(wall->reason == "login-wall");
  CHECK(wall->detail == "the page asks the reader to log in before showing anything");

  const auto sign_in = wall_of("<title>Account</title><p>Please SIGN IN to read this report.</p>");
  REQUIRE(sign_in.has_value());
  CHECK(sign_in->reason == "login-wall");
}

TEST_CASE("a login prompt in the furniture of a thin page still counts") {
  // Only the header asks; the main text is a teaser of a few words.
  const auto wall = wall_of(
      "<body><header>Log in or sign up to see more</header><p>Rider survey 2025.</p></body>");
  REQUIRE(wall.has_value());
  CHECK(wall->reason == "login-wall");
}

TEST_CASE("a bot challenge is a bot wall") {
  const auto by_title = wall_of(
      "<html><head><title>Just a moment...</title></head><body>"
      "<p>Checking if the site connection is secure.</p></body></html>");
  REQUIRE(by_title.has_value());
  CHECK(by_title->state == core::SourceState::kUnverifiable);
  CHECK(by_title->reason == "bot-wall");
  CHECK(by_title->detail == "the site answered with a bot challenge instead of the page");

  const auto by_text = wall_of("<title>news.example.com</title><p>Verify you are human.</p>");
  REQUIRE(by_text.has_value());
  CHECK(by_text->reason == "bot-wall");

  // Even a long page titled as a challenge is one.
  const auto long_page = wall_of("<title>Attention Required! | Cloudflare</title><body>" +
                                 article_paragraphs(400) + "</body>");
  REQUIRE(long_page.has_value());
  CHECK(long_page->reason == "bot-wall");
}

TEST_CASE("a page that says it was not found is a broken soft 404") {
  const auto by_title = wall_of(
      "<html><head><title>Page not found | Harbour Courier</title></head><body>"
      "<p>Try the search box.</p></body></html>");
  REQUIRE(by_title.has_value());
  CHECK(by_title->state == core::SourceState::kBroken);
  CHECK(by_title->reason == "soft-404");
  CHECK(by_title->detail == "the page says it could not be found");

  const auto by_code = wall_of("<title>Error 404</title><p>Nothing here.</p>");
  REQUIRE(by_code.has_value());
  CHECK(by_code->reason == "soft-404");

  const auto by_text = wall_of(
      "<title>Harbour Courier</title><p>Sorry, the story you asked for could not be found.</p>");
  REQUIRE(by_text.has_value());
  CHECK(by_text->reason == "soft-404");

  // Sites pad them with links to their other stories: links are not an article.
  std::string links;
  for (int i = 0; i < 40; ++i) {
    links += "<li><a href=\"/story/" + std::to_string(i) +
             "\">Electric fleet ran on time on most days of the year, the authority says</a></li>";
  }
  const auto padded =
      wall_of("<title>404 Not Found</title><body><h1>Not found</h1><ul>" + links + "</ul></body>");
  REQUIRE(padded.has_value());
  CHECK(padded->reason == "soft-404");
}

TEST_CASE("a paywall notice on a thin page is a paywall") {
  const auto wall = wall_of(
      "<title>Budget vote</title><article><h1>Budget vote</h1><p>The council met on Monday.</p>"
      "<div class=\"notice\">Subscribe to continue reading.</div></article>");
  REQUIRE(wall.has_value());
  CHECK(wall->state == core::SourceState::kUnverifiable);
  CHECK(wall->reason == "paywall");
  CHECK(wall->detail == "the page shows a paywall instead of the article");

  const auto subscriber = wall_of("<p>This article is for subscribers. Already a subscriber?</p>");
  REQUIRE(subscriber.has_value());
  CHECK(subscriber->reason == "paywall");
}

TEST_CASE("a long article that mentions logging in or paying is not a wall") {
  const std::string body =
      article_paragraphs(300) +
      "<p>Riders must log in to continue using the old app, and please sign in "
      "to read your balance; subscribers only pay once.</p>";
  const auto wall =
      wall_of("<html><head><title>Ticketing app changes</title></head><body>" + body +
              "<footer>Please log in | Subscribe to read more</footer></body></html>");
  CHECK_FALSE(wall.has_value());

  // An article about bot walls may quote one.
  CHECK_FALSE(wall_of("<title>How sites block scrapers</title>" + article_paragraphs(300) +
                      "<p>Visitors see \"Checking your browser\" first.</p>")
                  .has_value());
}

TEST_CASE("a long article whose title merely contains 404 is not a soft 404") {
  const auto wall = wall_of("<title>Route 404 goes electric | Northbridge Transit</title><body>" +
                            article_paragraphs(300) + "</body>");
  CHECK_FALSE(wall.has_value());
}

TEST_CASE("a thin page with ordinary text is not a wall") {
  CHECK_FALSE(wall_of("<title>Notice</title><p>The substation opens in March.</p>").has_value());
  Page plain = read_page("Grid notice\nThe upgrade adds capacity for forty buses.\n", "text/plain");
  CHECK_FALSE(detect_wall(plain).has_value());
}

TEST_CASE("an empty page is unverifiable") {
  for (const std::string html :
       {"", "<html><body></body></html>",
        "<html><body><script>render()</script><nav>Menu</nav></body></html>"}) {
    CAPTURE(html);
    const auto wall = wall_of(html);
    REQUIRE(wall.has_value());
    CHECK(wall->state == core::SourceState::kUnverifiable);
    CHECK(wall->reason == "empty-page");
    CHECK(wall->detail == "the page has no readable text");
  }
  const auto blank_text = detect_wall(read_page("\n\n  \n", "text/plain"));
  REQUIRE(blank_text.has_value());
  CHECK(blank_text->reason == "empty-page");
}

}  // namespace citecheck::source
