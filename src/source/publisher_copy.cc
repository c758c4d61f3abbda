// Filtering extracted text by the publisher's JSON-LD articleBody, for the source stage
// (extract.cc calls it after content.cc chose the article). Words are compared as lower-case runs
// of letters and digits, in overlapping triples, so markup, entities and punctuation that differ
// between the copy and the page do not matter.
#include "source/publisher_copy.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace citecheck::source {
namespace {

constexpr std::size_t kShingle = 3;
constexpr double kLineKept = 0.5;  // share of a line's triples the copy must hold

bool word_byte(unsigned char b) {
  return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

// FNV-1a hashes of the words of `text`, lower-cased.
std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> out;
  std::uint64_t h = 0;
  bool in_word = false;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (word_byte(b)) {
      if (!in_word) h = 14695981039346656037ull;
      in_word = true;
      h = (h ^ ((b >= 'A' && b <= 'Z') ? b + 32u : b)) * 1099511628211ull;
    } else if (in_word) {
      out.push_back(h);
      in_word = false;
    }
  }
  if (in_word) out.push_back(h);
  return out;
}

std::uint64_t triple(const std::vector<std::uint64_t>& w, std::size_t i) {
  return (w[i] * 31 + w[i + 1]) * 31 + w[i + 2];
}

// Sorted hashes: built once, searched per line, cheaper than hash sets at these sizes.
struct Copy {
  std::vector<std::uint64_t> words;
  std::vector<std::uint64_t> triples;
};

bool has(const std::vector<std::uint64_t>& sorted, std::uint64_t h) {
  return std::binary_search(sorted.begin(), sorted.end(), h);
}

// How many of a line's triples the copy holds, of how many; a short line as one unit.
std::pair<std::size_t, std::size_t> held(const Copy& copy, const std::vector<std::uint64_t>& w) {
  if (w.empty()) return {0, 0};
  if (w.size() < kShingle) {
    for (const std::uint64_t h : w) {
      if (!has(copy.words, h)) return {0, 1};
    }
    return {1, 1};
  }
  std::size_t hits = 0;
  for (std::size_t i = 0; i + kShingle <= w.size(); ++i) hits += has(copy.triples, triple(w, i));
  return {hits, w.size() - kShingle + 1};
}

}  // namespace

std::string keep_publisher_lines(std::string_view text, std::string_view copy_text, double cover) {
  const std::vector<std::uint64_t> copy_words = word_hashes(copy_text);
  if (copy_words.size() < kShingle) return std::string(text);
  Copy copy;
  copy.words = copy_words;
  std::sort(copy.words.begin(), copy.words.end());
  copy.triples.reserve(copy_words.size());
  for (std::size_t i = 0; i + kShingle <= copy_words.size(); ++i)
    copy.triples.push_back(triple(copy_words, i));
  std::sort(copy.triples.begin(), copy.triples.end());

  std::vector<std::string_view> lines;
  std::vector<bool> keep;
  std::size_t hits = 0;
  std::size_t total = 0;
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const auto [line_hits, line_total] = held(copy, word_hashes(line));
    hits += line_hits;
    total += line_total;
    lines.push_back(line);
    keep.push_back(line_total == 0 ||
                   static_cast<double>(line_hits) >= kLineKept * static_cast<double>(line_total));
    begin = end + 1;
  }
  if (total == 0 || static_cast<double>(hits) < cover * static_cast<double>(total))
    return std::string(text);
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i] || lines[i].empty()) continue;
    out += lines[i];
    out += '\n';
  }
  return out;
}

}  // namespace citecheck::source
