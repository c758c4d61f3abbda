#include <arpa/inet.h>
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "fetch/address_guard.h"

namespace citecheck::fetch {
namespace {

bool blocked(const std::string& text) {
  std::array<std::uint8_t, 16> bytes{};
  if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1) {
    return is_blocked_address(std::span<const std::uint8_t>(bytes.data(), 4));
  }
  REQUIRE(inet_pton(AF_INET6, text.c_str(), bytes.data()) == 1);
  return is_blocked_address(bytes);
}

}  // namespace

TEST_CASE("the guard refuses internal addresses, IPv4 and IPv6, and lets public ones through") {
  for (const char* internal : {"127.0.0.1",
                               "127.8.9.10",
                               "10.0.0.5",
                               "172.16.0.1",
                               "172.31.255.255",
                               "192.168.1.1",
                               "169.254.169.254",
                               "100.64.0.1",
                               "0.0.0.0",
                               "224.0.0.1",
                               "255.255.255.255",
                               "::1",
                               "::",
                               "fe80::1",
                               "fc00::1",
                               "fd12:3456::1",
                               "ff02::1",
                               "::ffff:127.0.0.1",
                               "::ffff:10.1.2.3",
                               "64:ff9b::a9fe:a9fe",
                               "::127.0.0.1"}) {
    CAPTURE(internal);
    CHECK(blocked(internal));
  }
  for (const char* external : {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1",
                               "2606:4700::1111", "::ffff:93.184.216.34", "192.0.2.200"}) {
    CAPTURE(external);
    CHECK_FALSE(blocked(external));
  }
}

TEST_CASE("addresses are named in messages as people write them") {
  const std::array<std::uint8_t, 4> v4 = {169, 254, 169, 254};
  CHECK(address_text(v4) == "169.254.169.254");
  std::array<std::uint8_t, 16> v6{};
  v6[15] = 1;
  CHECK(address_text(v6) == "::1");
}

}  // namespace citecheck::fetch
