// Sentences come from the article's prose (cite/ strips Markdown and HTML markup and keeps a map
// back to the file) cut into blocks. Markdown and HTML prose arrives with its blocks (paragraphs,
// headings, list items); in plain text a heading line is a block of its own and other lines join
// the next line only when they stop mid-sentence (hard-wrapped paragraphs), so the seed's
// one-paragraph-per-line form segments well. A marker at the start of a sentence ("... grew.
// [4]") belongs to the sentence before it. Positions are mapped back to the original file.
#include "claims/claims.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "claims/check_worthiness.h"
#include "claims/facts.h"
#include "claims/sentence_form.h"
#include "text/ascii.h"
#include "text/prose_index.h"
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
  core::BlockKind kind = core::BlockKind::kText;
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

// Where the run of citation markers that opens [begin, end) stops; `begin` if none opens it.
std::size_t leading_markers_end(std::string_view body, std::size_t begin, std::size_t end,
                                const std::vector<core::Citation>& citations) {
  std::size_t run_end = begin;
  for (std::size_t at = begin; at < end;) {
    const auto here = citations_between(citations, at, at + 1);
    const auto c = std::find_if(here.begin(), here.end(),
                                [](const core::Citation& m) { return m.marker && m.length > 0; });
    if (c == here.end()) break;
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

struct Sentence {
  std::size_t begin, end;
  bool heading;
  std::size_t block;  // which block (paragraph, heading, list item) it stands in
  core::BlockKind kind;
};

// The blocks cite/ found (Markdown, HTML), cut at the end of the body; a one-line block that reads
// like a heading is one, as in plain text. Plain text has none: its blocks come from its lines.
std::vector<Block> body_blocks(std::string_view body, const std::vector<core::ProseBlock>& given) {
  if (given.empty()) return find_blocks(body);
  std::vector<Block> blocks;
  for (const core::ProseBlock& b : given) {
    if (b.begin >= body.size()) break;
    const std::size_t end = std::min(b.end, body.size());
    const std::string_view text = body.substr(b.begin, end - b.begin);
    const bool one_line = text.find('\n') == std::string_view::npos;
    blocks.push_back({b.begin, end, b.heading || (one_line && looks_like_heading(text)), b.kind});
  }
  return blocks;
}

// Sentences of one block, cut with its markers blanked so that "in 2024.[^1] The" ends a sentence
// as "in 2024. The" does; each sentence then stretches over the markers that follow it, and a
// block opening with markers starts at them (find_sentences gives them to the sentence before).
std::vector<text::Span> sentence_spans(std::string_view text, std::size_t base,
                                       const std::vector<core::Citation>& citations) {
  std::vector<text::Span> spans = text::split_sentences(blank_markers(text, base, citations));
  std::vector<text::Span> markers;
  for (const core::Citation& c : citations_between(citations, base, base + text.size())) {
    if (c.marker && c.length > 0 && c.offset + c.length <= base + text.size()) {
      markers.push_back({c.offset - base, c.offset - base + c.length});
    }
  }
  if (markers.empty()) return spans;
  if (spans.empty()) return {{markers.front().begin, markers.back().end}};
  spans.front().begin = std::min(spans.front().begin, markers.front().begin);
  // Markers are in offset order: each sentence looks only at those between its end and the next.
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::size_t next = i + 1 < spans.size() ? spans[i + 1].begin : text.size();
    auto m = std::lower_bound(markers.begin(), markers.end(), spans[i].end,
                              [](const text::Span& x, std::size_t at) { return x.begin < at; });
    for (; m != markers.end() && m->begin < next; ++m) {
      if (m->begin >= spans[i].end) spans[i].end = std::max(spans[i].end, m->end);
    }
  }
  return spans;
}

std::vector<Sentence> find_sentences(std::string_view body,
                                     const std::vector<core::ProseBlock>& given,
                                     const std::vector<core::Citation>& citations) {
  std::vector<Sentence> sentences;
  std::size_t block_number = 0;
  for (const Block& block : body_blocks(body, given)) {
    ++block_number;
    const std::string_view text = body.substr(block.begin, block.end - block.begin);
    bool first_in_block = true;
    for (const text::Span& span : sentence_spans(text, block.begin, citations)) {
      std::size_t b = block.begin + span.begin;
      const std::size_t e = block.begin + span.end;
      const std::string blanked = blank_markers(body.substr(b, e - b), b, citations);
      // A sentence ending on a line end closes its block, so "grew.\n[4] Prices" joins across one.
      const bool follows = !first_in_block || (!sentences.empty() && !sentences.back().heading &&
                                               !paragraph_break(body, sentences.back().end, b));
      if (follows && only_markers(blanked)) {
        sentences.back().end = e;  // "... grew. [4]": the marker closes the sentence before it
        continue;
      }
      // "... grew. [4] Prices rose": ICU opens the next sentence with the marker, which still
      // closes the sentence before.
      if (const std::size_t run_end = leading_markers_end(body, b, e, citations);
          follows && run_end > b) {
        sentences.back().end = run_end;
        b = run_end;
        while (b < e && is_blank(body[b])) ++b;
      }
      sentences.push_back({b, e, block.heading, block_number, block.kind});
      first_in_block = false;
    }
  }
  return sentences;
}

// Reference ids cited in the sentence, in order of appearance: markers inside it, and text
// citations (inline links, quotations) that overlap it.
// `reach`: the longest citation's length, so a link that opens before the sentence and runs into
// it is found without reading every citation before it.
std::vector<std::string> cited_ids(const Sentence& s, const std::vector<core::Citation>& citations,
                                   std::size_t reach) {
  std::vector<std::string> ids;
  for (const core::Citation& c :
       citations_between(citations, s.begin > reach ? s.begin - reach : 0, s.end)) {
    const bool inside = c.marker ? c.offset >= s.begin && c.offset < s.end
                                 : c.offset < s.end && (c.offset + c.length > s.begin ||
                                                        (c.length == 0 && c.offset >= s.begin));
    if (inside && std::find(ids.begin(), ids.end(), c.reference_id) == ids.end()) {
      ids.push_back(c.reference_id);
    }
  }
  return ids;
}

// Whether the sentence opens with a word that points back to the one before ("It rose", "This
// figure", "They said").
bool points_back(std::string_view sentence) {
  static constexpr std::array<std::string_view, 12> kWords = {
      "it", "its", "this", "these", "that", "those", "they", "their", "he", "she", "his", "her"};
  const std::vector<text::Word> ws = text::words(sentence);
  return !ws.empty() && std::find(kWords.begin(), kWords.end(), ws.front().folded) != kWords.end();
}

// Where the sentence's text ends, its trailing spaces and line breaks left out.
std::size_t text_end(std::string_view body, const Sentence& s) {
  std::size_t end = s.end;
  while (end > s.begin + 1 && (body[end - 1] == ' ' || body[end - 1] == '\t' ||
                               body[end - 1] == '\n' || body[end - 1] == '\r')) {
    --end;
  }
  return end;
}

bool unchecked(int line, const std::vector<core::Suppression>& suppressions) {
  return std::any_of(suppressions.begin(), suppressions.end(), [&](const core::Suppression& s) {
    return s.rules.empty() && line >= s.first_line && line <= s.last_line;
  });
}

}  // namespace

// The sentence with every citation marker inside it replaced by spaces (offsets unchanged).
std::span<const core::Citation> citations_between(const std::vector<core::Citation>& citations,
                                                  std::size_t from, std::size_t to) {
  const auto by_offset = [](const core::Citation& c, std::size_t at) { return c.offset < at; };
  const auto first = std::lower_bound(citations.begin(), citations.end(), from, by_offset);
  const auto last = std::lower_bound(first, citations.end(), std::max(from, to), by_offset);
  return {first, last};
}

std::string blank_markers(std::string_view text, std::size_t base,
                          const std::vector<core::Citation>& citations) {
  std::string out(text);
  for (const core::Citation& c : citations_between(citations, base, base + text.size())) {
    if (!c.marker || c.offset < base || c.offset + c.length > base + text.size()) continue;
    std::fill_n(out.begin() + static_cast<long>(c.offset - base), c.length, ' ');
  }
  return out;
}

Claims extract_claims(const core::Document& doc, const core::CitationIndex& index,
                      const std::function<bool()>& stopped) {
  // Prose as cite/ made it; an index built by hand without prose reads the document as it is.
  core::Prose own;
  if (index.prose.pieces.empty()) own.text = doc.text;
  const core::Prose& prose = index.prose.pieces.empty() ? own : index.prose;
  const std::string_view body =
      std::string_view(prose.text).substr(0, std::min(index.body_end, prose.text.size()));
  const text::ProseIndex positions(doc.text, prose);
  Claims out;
  std::size_t reach = 0;
  for (const core::Citation& c : index.citations) reach = std::max(reach, c.length);
  std::vector<std::size_t> claim_blocks, uncited_blocks;  // the block of each, in order
  const Sentence* previous = nullptr;
  const Sentence* heading = nullptr;
  std::size_t sentences = 0, plural = 0, singular = 0;  // prose sentences; "we" ones; "I" ones
  std::size_t prose_sentences = 0, requirements = 0;    // headings aside; those with a "MUST"
  for (const Sentence& s : find_sentences(body, prose.blocks, index.citations)) {
    if (stopped && stopped()) break;
    const Sentence* before = std::exchange(previous, &s);
    if (s.heading) heading = &s;
    core::Claim claim;
    claim.offset = s.begin;
    claim.length = s.end - s.begin;
    claim.position = positions.start_position(s.begin);
    claim.end = positions.end_position(text_end(body, s));
    if (unchecked(claim.position.line, index.suppressions)) continue;
    claim.text = std::string(body.substr(s.begin, claim.length));
    claim.citations = cited_ids(s, index.citations, reach);
    const std::string blanked = blank_markers(claim.text, s.begin, index.citations);
    claim.facts = find_facts(blanked);
    if (!s.heading) {
      ++prose_sentences;
      requirements += sets_a_requirement(blanked);
      if (terminated(blanked)) {
        ++sentences;
        plural += in_first_person_plural(blanked);
        singular += in_first_person_singular(blanked);
      }
    }
    auto text_of = [&](const Sentence& x) {
      return blank_markers(body.substr(x.begin, x.end - x.begin), x.begin, index.citations);
    };
    if (heading != nullptr && heading != &s) claim.context = text_of(*heading);
    if (before != nullptr && !before->heading && !paragraph_break(body, before->end, s.begin) &&
        points_back(blanked)) {
      claim.context += (claim.context.empty() ? "" : "\n") + text_of(*before);
    }
    if (!claim.citations.empty()) {
      claim.id = "c" + std::to_string(out.claims.size() + 1);
      out.claims.push_back(std::move(claim));
      claim_blocks.push_back(s.block);
    } else if (!s.heading) {
      // Inline code is a sample: its figures and words state nothing that needs a citation.
      std::string plain = blanked;
      bool has_code = false;
      for (auto it =
               std::lower_bound(index.code.begin(), index.code.end(), s.begin,
                                [](const auto&span, std::size_t at) { return span.second <= at; });
           it != index.code.end() && it->first < s.end; ++it) {
        const std::size_t from = std::max(it->first, s.begin), to = std::min(it->second, s.end);
        std::fill_n(plain.begin() + static_cast<long>(from - s.begin), to - from, ' ');
        has_code = true;
      }
      const std::string& judged = has_code ? plain : blanked;
      const std::vector<core::Fact> facts = has_code ? find_facts(plain) : claim.facts;
      std::string why = not_a_claim(judged, facts, s.kind == core::BlockKind::kCaption).empty()
                            ? check_worthiness(judged, facts, only_mentions(judged))
                            : "";
      if (!why.empty()) {
        out.uncited.push_back({s.begin, claim.position, positions.end_position(text_end(body, s)),
                               std::move(claim.text), std::move(why)});
        out.uncited.back().block = s.kind;
        uncited_blocks.push_back(s.block);
      }
    }
  }
  // A document that speaks as "we" tells of its own work: its plain statements of fact are likely
  // its own account. Its statistics, quotations and attributions still need their sources.
  if (speaks_as_first_party(plural, singular, sentences)) {
    for (core::UncitedSentence& u : out.uncited) {
      const bool plain_fact =
          u.why == "a checkable fact" || u.why == "a trend or comparison" || u.why == "a date";
      u.first_party = plain_fact && !tells_of_others(u.text);
    }
  }
  // A specification lays down rules and defines its terms; what it states is its own.
  if (is_specification(requirements, prose_sentences)) {
    for (core::UncitedSentence& u : out.uncited) {
      u.specification = !u.names_a_source();
    }
  }
  // An uncited sentence followed in its block by a sentence with a citation: the paragraph's
  // citation may cover it.
  for (std::size_t i = 0, j = 0; i < out.uncited.size(); ++i) {
    while (j < out.claims.size() && out.claims[j].offset < out.uncited[i].offset) ++j;
    if (j < out.claims.size() && claim_blocks[j] == uncited_blocks[i]) {
      out.uncited[i].covered_by_line = out.claims[j].position.line;
    }
  }
  return out;
}

}  // namespace citecheck::claims
