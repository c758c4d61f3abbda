// Sentences come from blocks: a heading line is a block of its own; other lines join the next line
// only when they stop mid-sentence (hard-wrapped paragraphs), so the seed's one-paragraph-per-line
// form and wrapped Markdown both segment well. A marker at the start of a sentence ("... grew.
// [4]") belongs to the sentence before it.
#include "claims/claims.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "claims/check_worthiness.h"
#include "claims/facts.h"
#include "text/ascii.h"
#include "text/line_index.h"
#include "text/sentences.h"
#include "text/tokens.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace citecheck::claims {
namespace {

constexpr std::size_t kMaxHeadingWords = 12;

struct Block {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool heading = false;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view rtrim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool ends_sentence(std::string_view line) {
  line = rtrim(line);
  if (line.empty()) return true;
  const std::string_view enders[] = {".", "!", "?", ":", "\"", "\u201D", ")", "]", "'", "\u2019"};
  return std::any_of(std::begin(enders), std::end(enders),
                     [&](std::string_view e) { return line.ends_with(e); });
}

bool looks_like_heading(std::string_view line) {
  line = rtrim(line);
  if (line.empty() || ends_sentence(line) || line.ends_with(",") || line.ends_with(";")) {
    return false;
  }
  return text::words(line).size() <= kMaxHeadingWords;
}

// Whether the line starting at `begin` opens in lower case, so that the line before it was cut
// mid-sentence by hard wrapping ("... is also a significant\nfactor in hiring") and is no heading.
bool continues_sentence(std::string_view body, std::size_t begin) {
  while (begin < body.size() && (body[begin] == ' ' || body[begin] == '\t')) ++begin;
  if (begin >= body.size()) return false;
  return text::is_lower(text::decode_utf8(body, begin));
}

std::vector<Block> find_blocks(std::string_view body) {
  std::vector<Block> blocks;
  std::size_t begin = 0;
  bool open = false;
  Block current;
  bool previous_blank = true;
  while (begin < body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(begin, end - begin);
    const bool blank = rtrim(line).find_first_not_of(" \t") == std::string_view::npos;
    const bool heading = !blank && (previous_blank || !open) && looks_like_heading(line) &&
                         !continues_sentence(body, end + 1);
    if (blank || heading) {
      if (open) blocks.push_back(current);
      open = false;
      if (heading) blocks.push_back({begin, end, true});
    } else {
      if (!open) current = {begin, end, false};
      current.end = end;
      open = true;
      if (ends_sentence(line)) {
        blocks.push_back(current);
        open = false;
      }
    }
    previous_blank = blank || heading || !open;
    begin = end + 1;
  }
  if (open) blocks.push_back(current);
  return blocks;
}

// The sentence with every citation marker inside it replaced by spaces (offsets unchanged).
std::string blank_markers(std::string_view text, std::size_t base,
                          const std::vector<core::Citation>& citations) {
  std::string out(text);
  for (const core::Citation& c : citations) {
    if (c.offset < base || c.offset + c.length > base + text.size()) continue;
    std::fill_n(out.begin() + static_cast<long>(c.offset - base), c.length, ' ');
  }
  return out;
}

// Where the run of citation markers that opens [begin, end) stops; `begin` if none opens it.
std::size_t leading_markers_end(std::string_view body, std::size_t begin, std::size_t end,
                                const std::vector<core::Citation>& citations) {
  std::size_t run_end = begin;
  for (std::size_t at = begin; at < end;) {
    const auto c = std::find_if(citations.begin(), citations.end(),
                                [&](const core::Citation& m) { return m.offset == at; });
    if (c == citations.end()) break;
    run_end = std::min(end, c->offset + c->length);
    at = run_end;
    while (at < end && is_blank(body[at])) ++at;
  }
  return run_end;
}

// Whether [from, to) holds a blank line: the paragraph ended there.
bool paragraph_break(std::string_view body, std::size_t from, std::size_t to) {
  return std::count(body.begin() + static_cast<long>(from), body.begin() + static_cast<long>(to),
                    '\n') > 1;
}

bool only_markers(std::string_view blanked) { return text::words(blanked).empty(); }

}  // namespace

Claims extract_claims(const core::Document& doc, const core::CitationIndex& index) {
  Claims out;
  const std::string_view body = std::string_view(doc.text).substr(0, index.body_end);
  const text::LineIndex positions(doc.text);
  struct Sentence {
    std::size_t begin, end;
    bool heading;
  };
  std::vector<Sentence> sentences;
  for (const Block& block : find_blocks(body)) {
    const std::string_view text = body.substr(block.begin, block.end - block.begin);
    bool first_in_block = true;
    for (const text::Span& span : text::split_sentences(text)) {
      std::size_t b = block.begin + span.begin;
      const std::size_t e = block.begin + span.end;
      const std::string blanked = blank_markers(body.substr(b, e - b), b, index.citations);
      // A sentence ending on a line end closes its block, so "grew.\n[4] Prices" joins across one.
      const bool follows = !first_in_block || (!sentences.empty() && !sentences.back().heading &&
                                               !paragraph_break(body, sentences.back().end, b));
      if (follows && only_markers(blanked)) {
        sentences.back().end = e;  // "... grew. [4]": the marker closes the sentence before it
        continue;
      }
      // "... grew. [4] Prices rose": ICU opens the next sentence with the marker, which still
      // closes the sentence before.
      if (const std::size_t run_end = leading_markers_end(body, b, e, index.citations);
          follows && run_end > b) {
        sentences.back().end = run_end;
        b = run_end;
        while (b < e && is_blank(body[b])) ++b;
      }
      sentences.push_back({b, e, block.heading});
      first_in_block = false;
    }
  }
  for (const Sentence& s : sentences) {
    core::Claim claim;
    claim.offset = s.begin;
    claim.length = s.end - s.begin;
    claim.text = std::string(body.substr(s.begin, claim.length));
    for (const core::Citation& c : index.citations) {
      if (c.offset >= s.begin && c.offset < s.end &&
          std::find(claim.citations.begin(), claim.citations.end(), c.reference_id) ==
              claim.citations.end()) {
        claim.citations.push_back(c.reference_id);
      }
    }
    const std::string blanked = blank_markers(claim.text, s.begin, index.citations);
    claim.facts = find_facts(blanked);
    claim.position = positions.position(s.begin);
    if (!claim.citations.empty()) {
      claim.id = "c" + std::to_string(out.claims.size() + 1);
      out.claims.push_back(std::move(claim));
    } else if (!s.heading) {
      std::string why = check_worthiness(blanked, claim.facts);
      if (!why.empty()) {
        out.uncited.push_back({s.begin, claim.position, std::move(claim.text), std::move(why)});
      }
    }
  }
  return out;
}

}  // namespace citecheck::claims
