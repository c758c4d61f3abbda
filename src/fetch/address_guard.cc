// Address ranges for the SSRF guard, checked on the address libcurl is about to connect to (see
// curl_handles.cc), so DNS answers and redirect hops cannot slip past a check made on the URL text.
#include "fetch/address_guard.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace citecheck::fetch {
namespace {

bool blocked_v4(std::uint8_t a, std::uint8_t b, std::uint8_t c) {
  if (a == 0 || a == 10 || a == 127) return true;  // "this network", private, loopback
  if (a == 100 && (b & 0xC0) == 64) return true;   // shared address space (carrier NAT)
  if (a == 169 && b == 254) return true;           // link-local (cloud metadata lives here)
  if (a == 172 && (b & 0xF0) == 16) return true;   // private
  if (a == 192 && b == 168) return true;           // private
  if (a == 192 && b == 0 && c == 0) return true;   // IETF protocol assignments
  if (a == 198 && (b & 0xFE) == 18) return true;   // benchmarking
  return a >= 224;                                 // multicast, reserved, broadcast
}

}  // namespace

bool is_blocked_address(std::span<const std::uint8_t> ip) {
  if (ip.size() == 4) return blocked_v4(ip[0], ip[1], ip[2]);
  if (ip.size() != 16) return true;  // an address family we do not know is never trusted
  const auto prefix_zero = [&](std::size_t n) {
    return std::all_of(ip.begin(), ip.begin() + static_cast<std::ptrdiff_t>(n),
                       [](std::uint8_t x) { return x == 0; });
  };
  if (prefix_zero(15) && (ip[15] == 0 || ip[15] == 1)) return true;  // :: and ::1
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms
  // reach the embedded IPv4 address, so they are judged by it.
  const bool mapped = prefix_zero(10) && ip[10] == 0xFF && ip[11] == 0xFF;
  const bool compatible = prefix_zero(12);
  const bool nat64 =
      ip[0] == 0x00 && ip[1] == 0x64 && ip[2] == 0xFF && ip[3] == 0x9B &&
      std::all_of(ip.begin() + 4, ip.begin() + 12, [](std::uint8_t x) { return x == 0; });
  if (mapped || compatible || nat64) return blocked_v4(ip[12], ip[13], ip[14]);
  if ((ip[0] & 0xFE) == 0xFC) return true;                   // unique local fc00::/7
  if (ip[0] == 0xFE && (ip[1] & 0xC0) == 0x80) return true;  // link-local fe80::/10
  if (ip[0] == 0xFE && (ip[1] & 0xC0) == 0xC0) return true;  // site-local fec0::/10 (deprecated)
  if (ip[0] == 0xFF) return true;                            // multicast
  if (ip[0] == 0x20 && ip[1] == 0x01 && ip[2] == 0x0D && ip[3] == 0xB8) return true;  // docs
  return false;
}

std::string address_text(std::span<const std::uint8_t> ip) {
  std::array<char, INET6_ADDRSTRLEN> buffer{};
  const int family = ip.size() == 4 ? AF_INET : AF_INET6;
  if (ip.size() != 4 && ip.size() != 16) return "an unknown address";
  if (inet_ntop(family, ip.data(), buffer.data(), buffer.size()) == nullptr) return "?";
  return buffer.data();
}

}  // namespace citecheck::fetch
