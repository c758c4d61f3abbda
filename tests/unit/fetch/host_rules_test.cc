// Which [hosts."NAME"] table a host falls under, and the headers a request to it carries.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fetch/host_rules.h"

namespace citecheck::fetch {
namespace {

core::HostSettings table(const std::string& name, int concurrency) {
  core::HostSettings h;
  h.host = name;
  h.concurrency = concurrency;
  return h;
}

// The concurrency of the table `host` falls under, or 0 for none.
int matched(const std::string& host, const std::vector<core::HostSettings>& hosts) {
  const core::HostSettings* h = settings_for_host(host, hosts);
  return h == nullptr ? 0 : *h->concurrency;
}

}  // namespace

TEST_CASE("host tables: an exact name, or *.domain for its subdomains but not the domain itself") {
  const std::vector<core::HostSettings> hosts = {
      table("*.example.com", 1), table("www.example.com", 2), table("*.news.example.com", 3),
      table("Data.Example.Org", 4)};
  CHECK(matched("a.example.com", hosts) == 1);
  CHECK(matched("a.b.example.com", hosts) == 1);        // any depth
  CHECK(matched("example.com", hosts) == 0);            // the pattern leaves the domain itself out
  CHECK(matched("badexample.com", hosts) == 0);         // a suffix only at a dot
  CHECK(matched("www.example.com", hosts) == 2);        // an exact name wins over a pattern
  CHECK(matched("live.news.example.com", hosts) == 3);  // the longer pattern wins
  CHECK(matched("news.example.com", hosts) == 1);
  CHECK(matched("data.example.org", hosts) == 4);  // case does not matter
  CHECK(matched("example.org", hosts) == 0);
  CHECK(settings_for_host("a.example.com", {}) == nullptr);
}

TEST_CASE("host headers come after --header ones and replace those of the same name") {
  const std::vector<std::string> global = {"X-Team: everyone", "Accept-Language: fr", "X-Run: ci"};
  CHECK(merge_headers(global, {}) == global);
  CHECK(merge_headers(global, {{"x-team", "docs"}, {"Cookie", "consent=yes"}}) ==
        std::vector<std::string>{"Accept-Language: fr", "X-Run: ci", "x-team: docs",
                                 "Cookie: consent=yes"});
}

}  // namespace citecheck::fetch
