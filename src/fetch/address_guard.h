// The private-address guard: which resolved addresses citecheck refuses to connect to unless
// --allow-private is given. A draft checked by a CMS hook is untrusted, so its URLs (and every
// redirect they lead to) must never reach loopback, private, link-local or other internal ranges.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace citecheck::fetch {

// `ip` is an address in network byte order: 4 bytes (IPv4) or 16 bytes (IPv6). True for loopback,
// private (RFC 1918, unique local), shared (100.64/10), link-local, multicast, unspecified,
// broadcast and reserved ranges, and IPv6 forms that embed such an IPv4 address.
bool is_blocked_address(std::span<const std::uint8_t> ip);

// "127.0.0.1" or "::1", for messages.
std::string address_text(std::span<const std::uint8_t> ip);

}  // namespace citecheck::fetch
