// The article in the HTML report (report/, after the verdicts): the prose up to the reference list,
// paragraph by paragraph, each claim and uncited sentence highlighted in place with its verdict's
// icon, its citation markers linking to its card, and the cards beside the paragraph.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "report/html_parts.h"
#include "report/names.h"

namespace citecheck::report::html {
namespace {

// A highlighted stretch of prose: a claim, or an uncited sentence (a finding).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  const core::Claim* claim = nullptr;
  const core::Finding* uncited = nullptr;
};

std::vector<Span> spans_of(const core::DocumentReport& doc, std::size_t limit) {
  std::vector<Span> spans;
  for (const core::Claim& c : doc.claims) {
    if (c.offset < limit) spans.push_back({c.offset, std::min(c.offset + c.length, limit), &c});
  }
  for (const core::Finding& f : doc.findings) {
    if (f.rule == "uncited-claim" && f.offset < limit) {
      spans.push_back({f.offset, std::min(f.offset + f.length, limit), nullptr, &f});
    }
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  // Claims never overlap; should one ever, the later one is clipped rather than nested.
  for (std::size_t i = 1; i < spans.size(); ++i) {
    spans[i].begin = std::max(spans[i].begin, spans[i - 1].end);
    spans[i].end = std::max(spans[i].end, spans[i].begin);
  }
  return spans;
}

// Prose text as HTML: a single line break inside a paragraph stays one.
std::string prose_html(std::string_view s) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t nl = s.find('\n'); nl != std::string_view::npos; nl = s.find('\n', from)) {
    out += escape(s.substr(from, nl - from)) + "<br>";
    from = nl + 1;
  }
  return out + escape(s.substr(from));
}

// A claim's text with each bracketed marker a link to the claim's card.
std::string with_marker_links(std::string_view s, const std::string& card) {
  std::string out;
  std::size_t from = 0;
  bool linked = false;
  for (std::size_t open = s.find('['); open != std::string_view::npos; open = s.find('[', from)) {
    const std::size_t close = s.find(']', open);
    if (close == std::string_view::npos || close - open > 24 ||
        s.substr(open, close - open).find(' ') != std::string_view::npos) {
      out += prose_html(s.substr(from, open + 1 - from));
      from = open + 1;
      continue;
    }
    out += prose_html(s.substr(from, open - from));
    out += fmt::format("<a class=\"cite\" href=\"#{}\">{}</a>", card,
                       escape(s.substr(open, close + 1 - open)));
    linked = true;
    from = close + 1;
  }
  out += prose_html(s.substr(from));
  // A citation that is no marker (a link's words): the claim still needs a way to its card.
  if (!linked) out += fmt::format("<a class=\"cite\" href=\"#{}\">\u2197</a>", card);
  return out;
}

std::string span_html(const core::DocumentReport& doc, const Span& span, const std::string& prefix,
                      std::string& cards) {
  const std::string_view text(doc.prose.data() + span.begin, span.end - span.begin);
  const std::string id =
      span.claim != nullptr ? prefix + span.claim->id : fmt::format("{}u{}", prefix, span.begin);
  const std::string card = id + "-card";
  const char* verdict = span.claim != nullptr ? verdict_name(span.claim->verdict) : "uncited";
  const bool problem = span.claim == nullptr || span.claim->verdict != core::Verdict::kSupported;
  cards += "\n";  // a line per card and per row keeps golden diffs readable
  cards += span.claim != nullptr ? claim_card(doc, *span.claim, card)
                                 : uncited_card(*span.uncited, card);
  return fmt::format(
      "<mark class=\"claim v-{0}\" id=\"{1}\" tabindex=\"0\" data-card=\"{2}\"{3} "
      "title=\"{0}\"><span class=\"icon\" aria-hidden=\"true\">{4}</span>{5}</mark>",
      verdict, id, card, problem ? " data-problem=\"\"" : "", verdict_icon(verdict),
      with_marker_links(text, card));
}

// Where the paragraph from `at` ends: at a blank line, or, in plain text written a paragraph to a
// line, at a line break followed by a line that does not go on in lower case (a hard-wrapped
// sentence does) and that no highlighted span crosses.
std::size_t paragraph_end(const std::string& prose, std::size_t at, std::size_t limit,
                          const std::vector<Span>& spans, bool plain_text) {
  for (std::size_t nl = prose.find('\n', at); nl != std::string::npos && nl < limit;
       nl = prose.find('\n', nl + 1)) {
    if (nl + 1 >= limit || prose[nl + 1] == '\n') return nl;
    if (!plain_text) continue;
    const auto next = static_cast<unsigned char>(prose[nl + 1]);
    if (next >= 'a' && next <= 'z') continue;
    const bool crossed = std::any_of(spans.begin(), spans.end(),
                                     [&](const Span& s) { return s.begin <= nl && nl < s.end; });
    if (!crossed) return nl;
  }
  return limit;
}

}  // namespace

std::string article_html(const core::DocumentReport& doc, const std::string& prefix) {
  const std::size_t limit =
      std::min(doc.body_end == 0 ? doc.prose.size() : doc.body_end, doc.prose.size());
  const std::vector<Span> spans = spans_of(doc, limit);
  std::string out = "<div class=\"article\">\n";
  std::size_t next = 0;  // the first span not yet written
  std::size_t at = 0;
  while (at < limit) {
    while (at < limit && doc.prose[at] == '\n') ++at;
    if (at >= limit) break;
    std::size_t end = paragraph_end(doc.prose, at, limit, spans, doc.format == core::Format::kText);
    std::string para, cards;
    std::size_t pos = at;
    for (; next < spans.size() && spans[next].begin < end; ++next) {
      Span span = spans[next];
      span.begin = std::max(span.begin, pos);
      span.end = std::min(span.end, end);
      if (span.begin >= span.end) continue;
      para += prose_html(std::string_view(doc.prose).substr(pos, span.begin - pos));
      para += span_html(doc, span, prefix, cards);
      pos = span.end;
    }
    para += prose_html(std::string_view(doc.prose).substr(pos, end - pos));
    out += fmt::format(
        "<div class=\"row\"><p class=\"para\">{}</p><div class=\"cards\">{}</div></div>\n", para,
        cards);
    at = end;
  }
  return out + "</div>\n";
}

}  // namespace citecheck::report::html
