#include "document/shard.h"

#include <charconv>
#include <filesystem>

namespace citecheck::document {

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard s;
  auto number = [](std::string_view part, std::uint64_t& out) {
    if (part.empty()) return false;
    const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && end == part.data() + part.size();
  };
  if (!number(text.substr(0, slash), s.index) || !number(text.substr(slash + 1), s.count)) {
    return std::nullopt;
  }
  if (s.count < 1 || s.count > 1000000 || s.index >= s.count) return std::nullopt;
  return s;
}

std::string shard_path(const std::string& path, const std::string& cwd) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  if (p.is_absolute() && !cwd.empty()) {
    const std::filesystem::path relative = p.lexically_relative(cwd);
    if (!relative.empty()) p = relative;
  }
  return p.generic_string();
}

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

bool in_shard(std::string_view path, const Shard& shard) {
  return fnv1a64(path) % shard.count == shard.index;
}

}  // namespace citecheck::document
