// The cards of the HTML report (report/, after the verdicts): one per claim, with its cited
// sources, their states, and the evidence passage with the claim's numbers and words marked; for a
// contradiction or misquote the article's words and the source's side by side, what differs marked.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "report/html_parts.h"
#include "report/names.h"
#include "report/xml.h"

namespace citecheck::report::html {
namespace {

// Words too common to show as a match.
const std::set<std::string> kCommon = {
    "about", "after", "also", "been",  "from",  "have", "into",  "more",
    "most",  "over",  "said", "says",  "than",  "that", "their", "them",
    "there", "these", "they", "this",  "those", "were", "what",  "when",
    "which", "while", "with", "would", "will",  "year", "years", "according"};

struct Word {
  std::string_view text;
  bool is_word = false;  // letters or digits, rather than spaces and punctuation
};

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) != 0 || u >= 0x80;
}

// `s` cut into words and what lies between them; "3.5%", "1,200" and "U.S." stay one word.
std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const bool w = word_byte(s[i]);
    while (i < s.size()) {
      const bool joins = w && (s[i] == '.' || s[i] == ',' || s[i] == '%') && i + 1 < s.size() &&
                         word_byte(s[i + 1]);
      if (word_byte(s[i]) != w && !joins && !(w && s[i] == '%')) break;
      ++i;
    }
    out.push_back({s.substr(start, i - start), w});
  }
  return out;
}

// What two words are compared by: a number's digits, or the word in lower case.
std::string word_key(std::string_view w) {
  std::string key;
  const bool numeric = std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(c); });
  for (const char c : w) {
    if (numeric && (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '.')) key += c;
    if (!numeric) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

bool telling(std::string_view w) {
  const std::string key = word_key(w);
  const bool numeric = std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(c); });
  return numeric ? !key.empty() : key.size() >= 4 && kCommon.count(key) == 0;
}

std::set<std::string> keys_of(std::string_view s) {
  std::set<std::string> keys;
  for (const Word& w : split_words(s)) {
    if (w.is_word && telling(w.text)) keys.insert(word_key(w.text));
  }
  return keys;
}

bool numeric(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return std::isdigit(c); });
}

// `s` with its telling words marked: `shared` ones with <mark>, others (when `other_tag`) with it.
std::string marked(std::string_view s, const std::set<std::string>& shared, const char* other_tag,
                   bool only_numbers_differ) {
  std::string out;
  const std::vector<Word> words = split_words(s);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    // A citation marker's number ("[2]") is no figure of the claim.
    const bool marker = i > 0 && i + 1 < words.size() && words[i - 1].text.ends_with('[') &&
                        words[i + 1].text.starts_with(']');
    if (!w.is_word || !telling(w.text) || marker) {
      out += escape(w.text);
    } else if (shared.count(word_key(w.text)) > 0) {
      out += fmt::format("<mark class=\"{}\">{}</mark>", numeric(w.text) ? "num" : "term",
                         escape(w.text));
    } else if (other_tag != nullptr && (!only_numbers_differ || numeric(w.text))) {
      out += fmt::format("<{0}>{1}</{0}>", other_tag, escape(w.text));
    } else {
      out += escape(w.text);
    }
  }
  return out;
}

const core::ReferenceReport* find_reference(const core::DocumentReport& doc,
                                            const std::string& id) {
  for (const core::ReferenceReport& r : doc.references) {
    if (r.reference.id == id) return &r;
  }
  return nullptr;
}

std::string source_line(const core::DocumentReport& doc, const std::string& id,
                        const std::string& prefix) {
  const core::ReferenceReport* r = find_reference(doc, id);
  if (r == nullptr) {
    return fmt::format("<li class=\"src\"><b>[{}]</b> not in the reference list</li>", escape(id));
  }
  const std::string title = r->source.title.empty() ? r->reference.title : r->source.title;
  std::string out = fmt::format("<li class=\"src\"><a class=\"ref\" href=\"#{}ref-{}\">[{}]</a> ",
                                prefix, id_part(id), escape(id));
  if (!title.empty()) out += fmt::format("<span class=\"title\">{}</span> ", escape(title));
  if (!r->reference.url.empty()) {
    out += fmt::format("<a class=\"url\" href=\"{0}\" rel=\"noreferrer\">{0}</a> ",
                       escape(r->reference.url));
  }
  out += fmt::format("<span class=\"state s-{0}\">{0}</span></li>", state_name(r->source.state));
  return out;
}

bool misquoted(const core::Claim& claim) {
  return std::any_of(claim.facts.begin(), claim.facts.end(), [](const core::Fact& f) {
    return f.kind == core::FactKind::kQuote && !f.found;
  });
}

// The article's words beside the source's, the words the other side lacks marked.
std::string side_by_side(const core::Claim& claim, const core::Evidence& e) {
  const std::set<std::string> claim_keys = keys_of(claim.text);
  const std::set<std::string> source_keys = keys_of(e.text);
  return fmt::format(
      "<div class=\"diff\"><div><h4>The article says</h4><p>{}</p></div>"
      "<div><h4>Source [{}] says</h4><p>{}</p></div></div>",
      marked(claim.text, source_keys, "del", false), escape(e.reference_id),
      marked(e.text, claim_keys, "ins", !misquoted(claim)));
}

}  // namespace

const char* verdict_icon(std::string_view verdict) {
  if (verdict == "supported") return "\u2713";
  if (verdict == "partial") return "\u25D0";
  if (verdict == "unsupported") return "\u2717";
  if (verdict == "contradicted") return "\u2260";
  if (verdict == "uncited") return "\u00B6";
  return "?";
}

std::string escape(std::string_view s) { return xml_escape(s); }

std::string id_part(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const bool plain = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.';
    out += plain ? c : '_';
  }
  return out;
}

std::string marked_evidence(const core::Claim& claim, std::string_view evidence) {
  return marked(evidence, keys_of(claim.text), nullptr, false);
}

std::string claim_card(const core::DocumentReport& doc, const core::Claim& claim,
                       const std::string& id) {
  const std::string prefix = id.substr(0, id.find('-') + 1);
  const char* verdict = verdict_name(claim.verdict);
  const bool problem = claim.verdict != core::Verdict::kSupported || !claim.idle_citations.empty();
  std::string out = fmt::format(
      "<aside class=\"card v-{0}{1}\" id=\"{2}\" aria-label=\"claim {3}\">"
      "<header><span class=\"badge v-{0}\"><span class=\"icon\" aria-hidden=\"true\">{4}</span> "
      "{0}</span> <span class=\"where\">{3} \u00B7 line {5}:{6}</span> "
      "<span class=\"score\">support {7:.2f}</span></header><div class=\"body\">",
      verdict, problem ? " open" : "", id, escape(claim.id), verdict_icon(verdict),
      claim.position.line, claim.position.column, claim.support_score);
  if (!claim.explanation.empty()) {
    out += fmt::format("<p class=\"why\">{}</p>", escape(claim.explanation));
  }
  for (const std::string& ref : claim.idle_citations) {
    out += fmt::format(
        "<p class=\"why\">[{}] shares nothing with this claim; its other citations back it.</p>",
        escape(ref));
  }
  out += "<ul class=\"sources\">";
  for (const std::string& ref : claim.citations) out += source_line(doc, ref, prefix);
  out += "</ul>";
  const bool differs = claim.verdict == core::Verdict::kContradicted || misquoted(claim);
  for (std::size_t i = 0; i < claim.evidence.size() && i < 2; ++i) {
    const core::Evidence& e = claim.evidence[i];
    if (differs && i == 0) {
      out += side_by_side(claim, e);
    } else {
      out += fmt::format("<blockquote class=\"evidence\"><cite>[{}]</cite> {}</blockquote>",
                         escape(e.reference_id), marked_evidence(claim, e.text));
    }
  }
  return out + "</div></aside>";
}

std::string uncited_card(const core::Finding& finding, const std::string& id) {
  return fmt::format(
      "<aside class=\"card v-uncited open\" id=\"{0}\" aria-label=\"uncited sentence\">"
      "<header><span class=\"badge v-uncited\"><span class=\"icon\" aria-hidden=\"true\">{1}"
      "</span> uncited</span> <span class=\"where\">line {2}:{3}</span></header>"
      "<div class=\"body\"><p class=\"why\">{4}</p></div></aside>",
      id, verdict_icon("uncited"), finding.position.line, finding.position.column,
      escape(finding.message));
}

}  // namespace citecheck::report::html
