// The form of an uncited sentence, read before its words are scored (claims/claims.cc): some forms
// state nothing a reader would want sourced, whatever their words. A lead-in ends in a colon and
// announces what follows; an exclamation cheers; a caption or table cell has no verb and no full
// stop; an instruction opens with a verb in the imperative; an example or a restatement opens by
// saying so; a note about the text names the text ("this post", "the table below"); advice
// addresses the reader ("you should"); and a first-party account tells what the writer did, in the
// first person. None of these holds when the sentence states a statistic: a figure about the world
// needs its source in any form ("We found that 31% of respondents ..."). A first-person sentence
// still counts when it reports a finding ("we found that ...") or an act of public record ("I
// voted against the budget"), which a source outside the writer can back.
#include "claims/sentence_form.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>

#include "claims/cue_words.h"
#include "text/ascii.h"
#include "text/tokens.h"

namespace citecheck::claims {
namespace {

using Words = std::vector<text::Word>;

bool is(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The sentence with trailing spaces, closing quotation marks and brackets removed: what its last
// real character is.
std::string_view without_closers(std::string_view s) {
  for (bool more = true; more && !s.empty();) {
    more = false;
    for (std::string_view closer :
         {" ", "\t", "\n", "\r", "\"", "'", ")", "]", "\u201D", "\u2019"}) {
      if (s.ends_with(closer)) {
        s.remove_suffix(closer.size());
        more = true;
      }
    }
  }
  return s;
}

// A verb that makes a clause: a form of "be", "have" or "do", a modal, or a past tense.
bool is_finite_verb(std::string_view w) {
  if (is(w, {"is", "are", "was", "were", "am", "be", "been", "has", "have", "had", "do", "does",
             "did"})) {
    return true;
  }
  if (is_modal(w) || is_irregular_past(w)) return true;
  return w.size() > 4 && w.ends_with("ed") && !is_not_a_verb(w);
}

// `s` with what stands inside round brackets blanked.
std::string outside_brackets(std::string_view s) {
  std::string out(s);
  int depth = 0;
  for (char& c : out) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      continue;
    }
    if (depth > 0) c = ' ';
  }
  return out;
}

// Whether a third or more of the sentence's space-separated pieces are code or data rather than
// words: they hold "=", "%", braces, angle brackets, a backslash, an underscore or "://", or are
// bare punctuation (a JSON object, a query string, a request line).
bool is_code_or_data(std::string_view s) {
  std::size_t pieces = 0, code = 0;
  for (std::size_t at = 0; at < s.size();) {
    const std::size_t end = std::min(s.find_first_of(" \t\n", at), s.size());
    const std::string_view piece = s.substr(at, end - at);
    at = end + 1;
    if (piece.empty()) continue;
    ++pieces;
    const bool marks = piece.find_first_of("=%{}<>\\_") != std::string_view::npos ||
                       piece.find("://") != std::string_view::npos;
    const bool bare = std::none_of(piece.begin(), piece.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             static_cast<unsigned char>(c) >= 0x80;
    });
    code += marks || bare;
  }
  return pieces >= 3 && code * 3 >= pieces;
}

bool opens_with(const Words& ws, std::initializer_list<std::string_view> first) {
  if (ws.size() < first.size()) return false;
  return std::equal(first.begin(), first.end(), ws.begin(),
                    [](std::string_view a, const text::Word& b) { return a == b.folded; });
}

// Verbs that open instructions. A word that is also a noun ("use", "set") is read as a verb only
// when what follows it is not what follows a subject ("Use of force rose"). Verbs of doing tell the
// reader to act, and an act asserts nothing whatever figure it names ("Set the threshold to 95%");
// verbs of attention ("note", "remember") bring in what the reader is to notice, which a figure
// makes a claim ("Note that 31% of homes have no broadband").
bool is_action_verb(std::string_view w) {
  static constexpr std::array<std::string_view, 31> kWords = {
      "add",       "avoid",   "check",    "choose", "click",  "copy",   "create",  "define",
      "delete",    "don",     "download", "enable", "ensure", "enter",  "follow",  "include",
      "increment", "install", "make",     "open",   "pick",   "remove", "replace", "run",
      "select",    "set",     "take",     "try",    "use",    "divide", "multiply"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool is_attention_verb(std::string_view w) {
  return is(w, {"consider", "explain", "find", "imagine", "keep", "let", "note", "read", "remember",
                "notice"});
}

bool is_imperative_verb(std::string_view w) { return is_action_verb(w) || is_attention_verb(w); }

// What may follow a verb in the imperative, and not a subject: "Use of force rose", "Set is a ...".
bool follows_a_subject(std::string_view w) {
  return is(w, {"of", "is", "are", "was", "were", "has", "have", "had", "s", "and"});
}

// The verb of an instruction, or "" if the sentence is none: a capitalised imperative opening the
// sentence, or one opening its main clause after a leading phrase and a comma ("Using buckets of
// 5% granularity, increment the bucket ..."), followed there by a determiner.
std::string_view instruction_verb(std::string_view sentence, const Words& ws) {
  if (ws.size() < 2) return "";
  const char first = sentence[ws[0].offset];
  if (is_imperative_verb(ws[0].folded) && first >= 'A' && first <= 'Z' &&
      !follows_a_subject(ws[1].folded)) {
    return ws[0].folded;
  }
  for (std::size_t i = 1; i + 1 < ws.size() && i < 12; ++i) {
    const std::string_view before = sentence.substr(0, ws[i].offset);
    const std::size_t last = before.find_last_not_of(" \t");
    if (last == std::string_view::npos || before[last] != ',') continue;
    if (is_action_verb(ws[i].folded) &&
        is(ws[i + 1].folded, {"the", "a", "an", "each", "every", "your", "this", "these"})) {
      return ws[i].folded;
    }
    return "";  // only the first comma's clause is read
  }
  return "";
}

// "this post", "the table below", "the following section": the text speaking of itself, within its
// first words.
bool is_note_about_the_text(const Words& ws) {
  static constexpr std::array<std::string_view, 13> kNouns = {
      "article", "chapter", "chart",   "document", "figure",   "guide",    "list",
      "page",    "post",    "section", "table",    "tutorial", "paragraph"};
  const auto text_noun = [](std::string_view w) {
    return std::find(kNouns.begin(), kNouns.end(), w) != kNouns.end();
  };
  const std::size_t reach = std::min<std::size_t>(ws.size(), 6);
  for (std::size_t i = 0; i + 1 < reach; ++i) {
    const std::size_t n = i + 1 + (ws[i + 1].folded == "blog" && i + 2 < ws.size() ? 1 : 0);
    if (n >= ws.size() || !text_noun(ws[n].folded)) continue;
    if (ws[i].folded == "this") return true;
    const bool pointed = n + 1 < ws.size() && is(ws[n + 1].folded, {"below", "above"});
    if (ws[i].folded == "the" && pointed) return true;
    if (is(ws[i].folded, {"following", "above"}) && i > 0 && ws[i - 1].folded == "the") return true;
  }
  return false;
}

// "you should", "your service", "make sure": the reader told what to do, or how their own things
// work.
bool is_advice(const Words& ws) {
  if (opens_with(ws, {"make", "sure"})) return true;
  return std::any_of(ws.begin(), ws.end(), [](const text::Word& w) {
    return is(w.folded, {"you", "your", "yours", "yourself", "yourselves"});
  });
}

// "The simplest way to tell them apart is to count ...", "One way to ... is to ...": a method
// recommended, whatever figures its steps name.
bool recommends_a_way(const Words& ws) {
  const std::size_t reach = std::min<std::size_t>(ws.size(), 5);
  std::size_t way = ws.size();
  for (std::size_t i = 1; i < reach; ++i) {
    if (ws[i].folded == "way" && i + 1 < ws.size() && ws[i + 1].folded == "to") way = i;
  }
  if (way == ws.size() || !is(ws[0].folded, {"the", "one", "a", "another"})) return false;
  for (std::size_t i = way + 2; i + 1 < ws.size(); ++i) {
    if (ws[i].folded == "is" && ws[i + 1].folded == "to") return true;
  }
  return false;
}

// "Generally speaking, ...", "In general, ...", "As a rule, ...": how things usually work, told
// as an explanation rather than as a fact of record.
bool generalises(const Words& ws) {
  return opens_with(ws, {"generally"}) || opens_with(ws, {"in", "general"}) ||
         opens_with(ws, {"as", "a", "rule"}) || opens_with(ws, {"typically"}) ||
         opens_with(ws, {"usually"});
}

// "thus", "therefore", "hence" in the sentence's main clause (not in brackets, not before a
// participle as in "thus reducing its size", which tells a consequence as part of the fact): a
// conclusion the writer draws from what the text has shown, whose premises are where sources
// belong.
bool concludes(const Words& unbracketed) {
  for (std::size_t i = 0; i < unbracketed.size(); ++i) {
    if (!is(unbracketed[i].folded, {"thus", "therefore", "hence"})) continue;
    const bool participle = i + 1 < unbracketed.size() && unbracketed[i + 1].folded.size() > 4 &&
                            unbracketed[i + 1].folded.ends_with("ing");
    if (!participle) return true;
  }
  return false;
}

// "X is called Y", "is defined as", "refers to", "stands for": a term given its meaning or a thing
// its name, which the text decides rather than reports. Only as the sentence's own statement,
// within its first words: "While G is also called Newton's constant, Newton did not use it" and
// "..., which we now refer to as the web platform" report something else.
bool is_definition(const Words& ws) {
  if (!ws.empty() && is(ws[0].folded, {"while", "although", "though", "because", "since", "if",
                                       "when", "as", "whereas", "unless", "after", "before"})) {
    return false;
  }
  const std::size_t reach = std::min<std::size_t>(ws.size(), 8);
  for (std::size_t i = 0; i + 1 < reach; ++i) {
    const std::string_view a = ws[i].folded, b = ws[i + 1].folded;
    const bool copula = is(a, {"is", "are"});
    const std::string_view c =
        i + 2 < ws.size() ? std::string_view(ws[i + 2].folded) : std::string_view();
    if (copula && (b == "called" || (b == "also" && c == "called"))) return true;
    if (copula && b == "defined" && c == "as") return true;
    if (copula && b == "referred" && c == "to") return true;
    if (a == "refers" && b == "to") return true;
    if (a == "stands" && b == "for") return true;
  }
  return false;
}

// Verbs by which a writer reports a finding about the world rather than a doing of their own.
bool is_finding_verb(std::string_view w) {
  return is(w, {"found", "find", "estimate", "estimated", "measured", "observed", "discovered",
                "learned", "counted", "surveyed", "calculated", "saw", "see", "know"});
}

// Words that say someone said, wrote or is known by what stands in quotation marks.
bool is_saying_word(std::string_view w) {
  return is_attribution_word(w) ||
         is(w,
            {"added",  "argued",   "asked",     "asks",      "asserted",  "claimed",  "claims",
             "called", "declared", "denied",    "described", "explained", "insisted", "motto",
             "mantra", "noted",    "promised",  "quoted",    "remarked",  "replied",  "responded",
             "slogan", "speech",   "statement", "tells",     "told",      "tweeted",  "warned",
             "words",  "wrote",    "writes",    "say",       "recalled",  "answered"});
}

// Whether the sentence brings in a party other than the writer and the reader, or the record: a
// name (a capitalised word after the first), a third person, someone's saying, a date.
// A third person ("he", "they") or someone's saying.
bool tells_of_others(const Words& ws) {
  return std::any_of(ws.begin(), ws.end(), [](const text::Word& x) {
    return is(x.folded, {"he", "she", "they", "him", "her", "them", "his", "their"}) ||
           is_saying_word(x.folded);
  });
}

bool names_another_party(std::string_view sentence, const Words& ws,
                         const std::vector<core::Fact>& facts) {
  if (tells_of_others(ws)) return true;
  for (std::size_t i = 1; i < ws.size(); ++i) {
    const char first = sentence[ws[i].offset];
    if (first >= 'A' && first <= 'Z' && ws[i].folded != "i") return true;
  }
  return std::any_of(facts.begin(), facts.end(), [](const core::Fact& f) {
    return f.kind == core::FactKind::kYear || f.kind == core::FactKind::kDate;
  });
}

// A sentence told in the first person about the writer's own doings: "I", "we", "our" outside an
// aside such as "as we know it". Not when it reports a finding or names an act of public record.
bool is_first_party_account(std::string_view sentence, const Words& ws) {
  bool first_person = false;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string_view w = ws[i].folded;
    if (!is(w, {"i", "we", "me", "us", "my", "our", "myself", "ourselves"})) continue;
    if (i > 0 && ws[i - 1].folded == "as") continue;
    const std::size_t after = ws[i].offset + ws[i].length;
    if (w == "i" && after < sentence.size() && sentence[after] == '/') continue;  // "I/O"
    if ((w == "i" || w == "we") && i + 1 < ws.size() && is_finding_verb(ws[i + 1].folded)) {
      return false;
    }
    first_person = true;
  }
  if (!first_person) return false;
  return std::none_of(ws.begin(), ws.end(), [](const text::Word& x) {
    return is_record_word(x.folded) || is_public_act_word(x.folded);
  });
}

struct Figures {
  bool statistic = false;  // a percentage, proportion, amount of money or figure of ten or more
  bool share = false;      // a percentage, proportion or amount of money
};

Figures figures(std::string_view sentence, const std::vector<core::Fact>& facts) {
  Figures f;
  for (const core::Fact& x : facts) {
    if (is_manner_of_speaking(x, sentence)) continue;
    const bool share = x.kind == core::FactKind::kPercent || x.kind == core::FactKind::kRatio ||
                       x.kind == core::FactKind::kMoney;
    const bool big =
        x.kind == core::FactKind::kNumber && !x.spelled && x.value && std::fabs(*x.value) >= 10;
    f.share = f.share || share;
    f.statistic = f.statistic || share || big;
  }
  return f;
}

}  // namespace

bool is_manner_of_speaking(const core::Fact& fact, std::string_view sentence) {
  if (fact.kind != core::FactKind::kPercent || !fact.value || *fact.value != 100 || fact.high) {
    return false;
  }
  const std::size_t at = sentence.find(fact.text);
  if (at == std::string_view::npos) return false;
  const Words before = text::words(sentence.substr(0, at));
  if (!before.empty()) {
    const std::string_view w = before.back().folded;
    if (is(w, {"by", "up", "down", "than"}) || is_trend_word(w) || is_comparison_word(w)) {
      return false;  // "rose by 100%", "up 100%": a change that large
    }
  }
  const Words after = text::words(sentence.substr(at + fact.text.size()));
  return after.empty() || after.front().folded != "of";
}

bool terminated(std::string_view sentence) {
  const std::string_view s = without_closers(sentence);
  if (s.ends_with("...") || s.ends_with("\u2026")) return false;
  return s.ends_with(".") || s.ends_with("?") || s.ends_with("!");
}

std::string outside_quotations(std::string_view sentence) {
  std::string out(sentence);
  bool inside = false;
  for (std::size_t i = 0; i < out.size();) {
    const std::string_view rest = std::string_view(out).substr(i);
    const bool straight = rest[0] == '"';
    const bool open = rest.starts_with("\u201C"), close = rest.starts_with("\u201D");
    if (straight || open || close) {
      inside = straight ? !inside : open;
      i += straight ? 1 : 3;
      continue;
    }
    if (inside) out[i] = ' ';
    ++i;
  }
  return out;
}

bool in_first_person_plural(std::string_view sentence) {
  const Words ws = text::words(outside_quotations(sentence));
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const bool aside = i > 0 && ws[i - 1].folded == "as";
    // "US" is the country.
    const bool country = sentence.substr(ws[i].offset, ws[i].length) == "US";
    if (!aside && !country && is(ws[i].folded, {"we", "our", "us", "ours", "ourselves"})) {
      return true;
    }
  }
  return false;
}

bool tells_of_others(std::string_view sentence) {
  return tells_of_others(text::words(outside_quotations(sentence)));
}

bool in_first_person_singular(std::string_view sentence) {
  const std::string own = outside_quotations(sentence);
  const Words ws = text::words(own);
  for (const text::Word& w : ws) {
    const std::size_t after = w.offset + w.length;
    if (w.folded == "i" && after < own.size() && own[after] == '/') continue;  // "I/O"
    if (is(w.folded, {"i", "me", "my", "myself", "mine"})) return true;
  }
  return false;
}

bool speaks_as_first_party(std::size_t plural, std::size_t singular, std::size_t sentences) {
  return sentences > 0 && plural * 10 >= sentences && plural >= 2 * singular;
}

bool sets_a_requirement(std::string_view sentence) {
  const Words ws = text::words(sentence);
  std::size_t lower = 0;
  bool keyword = false;
  for (const text::Word& w : ws) {
    const std::string_view as_written = sentence.substr(w.offset, w.length);
    const bool capitals = std::none_of(as_written.begin(), as_written.end(),
                                       [](char c) { return c >= 'a' && c <= 'z'; });
    if (!capitals) {
      ++lower;
      continue;
    }
    keyword = keyword || is(as_written, {"MUST", "SHALL", "SHOULD", "REQUIRED", "RECOMMENDED",
                                         "MAY", "OPTIONAL"});
  }
  return keyword && lower * 2 >= ws.size();
}

bool is_specification(std::size_t requirements, std::size_t sentences) {
  return requirements >= 3 && requirements * 50 >= sentences;
}

bool only_mentions(std::string_view sentence) {
  const std::string outside = outside_quotations(sentence);
  if (outside == sentence) return false;
  const Words ws = text::words(outside);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (!is_saying_word(ws[i].folded)) continue;
    // "is called", "also called": a name given, not words said.
    const bool naming = ws[i].folded == "called" && i > 0 &&
                        is(ws[i - 1].folded, {"is", "are", "was", "were", "be", "been", "also"});
    if (!naming) return false;
  }
  return true;
}

std::string_view not_a_claim(std::string_view sentence, const std::vector<core::Fact>& facts,
                             bool in_caption) {
  // The writer's own words: a quoted "we" is someone else's.
  const std::string own = outside_quotations(sentence);
  const Words ws = text::words(own);
  if (ws.empty()) return "";
  if (without_closers(sentence).ends_with(":")) return "a lead-in";
  if (is_code_or_data(sentence)) return "code or data";
  const Figures f = figures(own, facts);
  // A clause's verb stands outside brackets: "Comments (74 posted)" has none.
  const Words unbracketed = text::words(outside_brackets(own));
  const bool verbless = std::none_of(unbracketed.begin(), unbracketed.end(),
                                     [](const text::Word& w) { return is_finite_verb(w.folded); });
  // A caption's label ("Portrait of ... by ..., 1890.") may end in a full stop.
  if ((!terminated(sentence) || in_caption) && verbless && !f.share) {
    return "a caption or table cell";
  }
  const std::string_view verb = instruction_verb(own, ws);
  if (is_action_verb(verb)) return "an instruction";
  if (recommends_a_way(ws)) return "advice to the reader";
  if (f.statistic) return "";
  if (without_closers(sentence).ends_with("!")) return "an exclamation";
  if (!verb.empty()) return "an instruction";
  if (opens_with(ws, {"for", "example"}) || opens_with(ws, {"for", "instance"}) ||
      opens_with(ws, {"e", "g"})) {
    return "an example";
  }
  if (opens_with(ws, {"this", "means"}) || opens_with(ws, {"that", "means"}) ||
      opens_with(ws, {"this", "meant"}) || opens_with(ws, {"that", "meant"}) ||
      opens_with(ws, {"in", "other", "words"})) {
    return "a restatement";
  }
  if (is_note_about_the_text(ws)) return "a note about the text";
  // Advice and accounts of one's own doings concern the writer and the reader; once another party
  // or a date of record comes in, the sentence is about the world too.
  if (is_definition(ws)) return "a definition";
  if (generalises(ws)) return "a generalisation";
  if (concludes(unbracketed)) return "a conclusion";
  if (names_another_party(own, ws, facts)) return "";
  if (is_advice(ws)) return "advice to the reader";
  if (is_first_party_account(own, ws)) return "a first-party account";
  return "";
}

}  // namespace citecheck::claims
