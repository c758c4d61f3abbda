// Walls and soft 404s decided by the page as a whole, on pages dressed as real ones are (cookie
// banner, navigation, ads, a sidebar, scripts): a sign-in form or a "not found" notice with little
// else is a wall; an article that merely mentions the words, or numbers itself 404, is not.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "source/extract.h"
#include "source/walls.h"

namespace citecheck::source {
namespace {

// A news site's page around `content`, with the furniture every real page has.
std::string site_page(const std::string& title, const std::string& content,
                      const std::string& lang = "en") {
  return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><title>" +
         title +
         "</title><link rel=\"stylesheet\" href=\"/assets/site.css\">"
         "<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'x'});"
         "</script></head><body>"
         "<div id=\"cookie-notice\" class=\"cookie-banner\"><p>We use cookies to run this site "
         "and measure its audience. <a href=\"/privacy\">Privacy policy</a></p>"
         "<button>Accept</button><button>Settings</button></div>"
         "<header class=\"site-header\"><a class=\"logo\" href=\"/\">Northbridge Courier</a>"
         "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/business\">Business</a></li>"
         "<li><a href=\"/tech\">Technology</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>"
         "</header><div class=\"ad-slot\" id=\"ad-top\"><script>googletag.cmd.push(function(){});"
         "</script><span>Advertisement</span></div>" +
         content +
         "<aside class=\"sidebar\"><h3>Most read</h3><ul>"
         "<li><a href=\"/a\">Council approves the tram depot budget</a></li>"
         "<li><a href=\"/b\">Harbour festival returns in June</a></li>"
         "<li><a href=\"/c\">Five things to know about the rail strike</a></li></ul></aside>"
         "<footer><p>&copy; 2025 Northbridge Courier Ltd. All rights reserved.</p>"
         "<a href=\"/contact\">Contact</a> <a href=\"/terms\">Terms</a></footer>"
         "<script src=\"/assets/app.js\"></script></body></html>";
}

// `n` paragraphs of an article on `topic`, each a few sentences long (about 45 words).
std::string paragraphs(const std::string& topic, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<p>Paragraph " + std::to_string(i + 1) + " on " + topic +
           ": readers who wrote to the desk this week asked what changes, when, and for whom. "
           "The short answer is that most people will notice nothing at all, while a few will "
           "need to act before the end of the month, as the guidance published on Monday says.</p>";
  }
  return out;
}

std::string article(const std::string& headline, const std::string& body) {
  return "<main><article><h1>" + headline +
         "</h1><p class=\"byline\">By Ana Ruiz, technology desk</p>" + body + "</article></main>";
}

std::optional<Wall> wall_of(const std::string& html) { return detect_wall(read_html(html)); }

// The wall (none, one hopes) of a full article on `topic` headlined `title`, whose last paragraph
// `mention` quotes the words a wall would show.
std::optional<Wall> article_wall(const std::string& title, const std::string& topic,
                                 const std::string& mention) {
  return wall_of(site_page(title, article(title, paragraphs(topic, 5) + "<p>" + mention + "</p>")));
}

const std::string kLoginForm =
    "<form method=\"post\" action=\"/account/session\"><label for=\"e\">Email address</label>"
    "<input id=\"e\" type=\"email\" name=\"email\" autocomplete=\"username\">"
    "<label for=\"p\">Password</label>"
    "<input id=\"p\" type=\"password\" name=\"password\" autocomplete=\"current-password\">"
    "<button type=\"submit\">Log in</button></form>";

}  // namespace

TEST_CASE("a page that is a sign-in form is a login wall") {
  const std::string content =
      "<main class=\"account\"><h1>Log in</h1>" + kLoginForm +
      "<p><a href=\"/account/reset\">Forgotten password?</a></p>"
      "<p>New here? <a href=\"/account/new\">Create an account</a></p></main>";
  const auto wall = wall_of(site_page("Log in", content));
  REQUIRE(wall.has_value());
  CHECK(wall->state == core::SourceState::kUnverifiable);
  CHECK(wall->reason == "login-wall");
}

TEST_CASE("a sign-in form is found by its markup whatever the page's language") {
  // German, with a password field and no English word a reader sees.
  const auto german = wall_of(site_page(
      "Anmelden – Nordbrücker Kurier",
      "<main><h1>Anmelden</h1><form method=\"post\" action=\"/konto\">"
      "<label>E-Mail-Adresse</label><input type=\"text\" name=\"benutzer\">"
      "<label>Passwort</label><input type=\"password\" name=\"passwort\">"
      "<button>Weiter</button></form><p><a href=\"/konto/hilfe\">Passwort vergessen?</a></p>"
      "</main>",
      "de"));
  REQUIRE(german.has_value());
  CHECK(german->reason == "login-wall");

  // Spanish, the first step of a two-step sign-in: only an e-mail field, in a form that posts to
  // a login address.
  const auto spanish = wall_of(site_page(
      "Iniciar sesión",
      "<main><h1>Iniciar sesión</h1><form method=\"post\" action=\"/auth/login/identificador\">"
      "<label>Correo electrónico</label><input type=\"email\" name=\"correo\">"
      "<button>Siguiente</button></form></main>",
      "es"));
  REQUIRE(spanish.has_value());
  CHECK(spanish->reason == "login-wall");
}

TEST_CASE("an article about logging in beside a login box in the header is not a wall") {
  const std::string header_login =
      "<header class=\"account-bar\"><form action=\"/login\"><input type=\"email\" "
      "name=\"email\"><input type=\"password\" name=\"pw\"><button>Sign in</button></form>"
      "</header>";
  const auto wall = wall_of(site_page(
      "How to log in to your bank safely",
      header_login +
          article("How to log in to your bank safely",
                  paragraphs("logging in to online banking", 6) +
                      "<p>Never type your password into a page that you reached from a "
                      "link in an email: log in to your bank from its app instead.</p>")));
  CHECK_FALSE(wall.has_value());
}

TEST_CASE("a short article with a login form kept aside or hidden is not a wall") {
  // A brief of two paragraphs: thin, but its only sign-in form sits in a sidebar or a closed
  // pop-up, not in the content.
  const std::string brief = article("Substation opens in March", paragraphs("the substation", 2));
  CHECK_FALSE(wall_of(site_page("Substation opens in March",
                                brief + "<div class=\"sidebar-login\">" + kLoginForm + "</div>"))
                  .has_value());
  CHECK_FALSE(wall_of(site_page("Substation opens in March",
                                brief + "<div class=\"login-modal\" style=\"display: none\">" +
                                    kLoginForm + "</div>"))
                  .has_value());
}

TEST_CASE("a page whose headline or text says it is missing with little else is a soft 404") {
  const std::string search =
      "<form action=\"/search\"><input type=\"search\" name=\"q\"><button>Search</button></form>";
  const std::string popular =
      "<h2>Popular right now</h2><ul><li><a href=\"/x\">Tram line opens in 2027</a></li>"
      "<li><a href=\"/y\">House prices up 6.2% in a year</a></li>"
      "<li><a href=\"/z\">Stadium sells out for the final</a></li></ul>";
  // The title says so, the text too; the page offers a search box and a list of links.
  const auto by_title = wall_of(site_page(
      "Page not found | Northbridge Courier",
      "<main><h1>Sorry, we can't find that page</h1><p>The page you are looking for may have "
      "moved.</p>" +
          search + popular + "</main>"));
  REQUIRE(by_title.has_value());
  CHECK(by_title->state == core::SourceState::kBroken);
  CHECK(by_title->reason == "soft-404");

  // Only the headline says it; the title is the site's name.
  const auto by_headline = wall_of(
      site_page("Northbridge Courier",
                "<main><h1>404 - Page not found</h1><p>Try the search box or the home page.</p>" +
                    search + popular + "</main>"));
  REQUIRE(by_headline.has_value());
  CHECK(by_headline->reason == "soft-404");

  // Another language.
  const auto german = wall_of(site_page(
      "Nordbrücker Kurier",
      "<main><h1>Seite nicht gefunden</h1><p>Bitte nutzen Sie die Suche.</p>" + search + "</main>",
      "de"));
  REQUIRE(german.has_value());
  CHECK(german->reason == "soft-404");
}

TEST_CASE("a report numbered 404 is read whether short or long") {
  for (const int n : {2, 8}) {
    CAPTURE(n);
    const auto wall =
        wall_of(site_page("Report 404 | Northbridge Transit Authority",
                          article("Report 404", paragraphs("the night bus review", n))));
    CHECK_FALSE(wall.has_value());
  }
}

TEST_CASE("an article explaining the 404 error is not a soft 404") {
  CHECK_FALSE(article_wall("The 404 error explained: why links die", "broken links",
                           "When a link breaks, the site answers with a page that says \"Page not "
                           "found\" or \"Error 404\", and some sites even send that page with a "
                           "200 status, which is why checkers call it a soft 404.")
                  .has_value());
}

TEST_CASE("a consent notice is a wall only when it is all the page shows") {
  const auto consent =
      wall_of(site_page("Before you continue",
                        "<div class=\"consent-page\"><h1>We value your privacy</h1>"
                        "<p>We and our partners store and access information on your "
                        "device.</p><button>Accept all cookies</button>"
                        "<button>Manage consent</button></div>"));
  REQUIRE(consent.has_value());
  CHECK(consent->reason == "consent-wall");

  CHECK_FALSE(article_wall("Our cookie policy changed: what it means for you",
                           "the new cookie policy",
                           "From Monday the banner offers two buttons of equal size, \"Accept all "
                           "cookies\" and \"Reject all\", and \"Manage consent\" lists every "
                           "partner. We value your privacy, the notice says, and now it shows it.")
                  .has_value());
}

TEST_CASE("bot and paywall words in an article do not make it a wall") {
  CHECK_FALSE(article_wall("Are you a robot? How sites tell people from bots", "bot checks",
                           "A page titled \"Just a moment...\" that asks you to verify you are "
                           "human is checking your browser before it lets you in.")
                  .has_value());
  CHECK_FALSE(article_wall("Why newspapers ask you to subscribe", "paywalls",
                           "\"Subscribe to continue reading\" now greets readers of most national "
                           "titles.")
                  .has_value());

  // The real ones still are.
  const auto challenge =
      wall_of(site_page("Just a moment...",
                        "<main><h1>Checking your browser before accessing the site.</h1>"
                        "<p>This process is automatic.</p></main>"));
  REQUIRE(challenge.has_value());
  CHECK(challenge->reason == "bot-wall");
  const auto paid = wall_of(
      site_page("Budget vote", article("Budget vote",
                                       "<p>The council met on Monday to vote on the budget.</p>"
                                       "<div class=\"piano-offer\"><p>Subscribe to continue "
                                       "reading.</p></div>")));
  REQUIRE(paid.has_value());
  CHECK(paid->reason == "paywall");
}

}  // namespace citecheck::source
