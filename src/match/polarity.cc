// The pairs of opposites are a short list of general English words that state a direction or an
// outcome; each word names the side it takes. A negation covers the first word of meaning after
// its cue ("did not approve", "has never been released"), so "not" far from a claim's words says
// nothing of them. Words are compared by their Snowball stems, and a word's surroundings by the
// stems of the words of meaning within a few words of it.
#include "match/polarity.h"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>
#include <utility>

#include "claims/facts.h"
#include "text/tokens.h"

namespace citecheck::match {
namespace {

// How far around a word its surroundings reach, in words.
constexpr std::size_t kWindow = 4;
// How far after a negation cue the word it negates may stand ("has never been approved").
constexpr std::size_t kNegationReach = 3;
// How far before a word a word saying no denies it ("no natural predators", "without any help").
constexpr std::size_t kDenialReach = 2;

enum Group : int {
  kAmount = 1,  // rose / fell
  kContest,     // won / lost
  kDecision,    // approved / rejected
  kStance,      // supported / opposed
  kTime,        // before / after, earlier / later
  kPlace,       // above / below
  kQuantity,    // more / fewer
  kHeight,      // higher / lower
  kHighest,     // highest / lowest
  kSize,        // larger / smaller
  kLargest,     // largest / smallest
  kMost,        // most / least
  kQuality,     // better / worse
  kBest,        // best / worst
  kExtreme,     // maximum / minimum
  kShare,       // majority / minority
  kAge,         // older / younger
  kOldest,      // oldest / youngest
  kLength,      // longer / shorter
  kLongest,     // longest / shortest
  kState,       // opened / closed
  kMembership,  // joined / left
  kOutcome,     // succeeded / failed
  kPermission,  // allowed / banned
  kInclusion,   // included / excluded
  kOrder,       // first / last
  kSignOf,      // positive / negative
  kStart,       // began / ended
  kLife,        // born / died
  kSex,         // men / women
};

// One side of a pair of opposites, its words separated by spaces.
struct Side {
  Group group;
  int sign;
  std::string_view words;
};

constexpr std::array kSides = {
    Side{kAmount, 1,
         "rise rises rose risen rising increase increases increased increasing grow grows grew "
         "grown growing growth climb climbed climbing gain gained gains jumped soared surged "
         "expanded"},
    Side{kAmount, -1,
         "fall falls fell fallen falling decrease decreases decreased decreasing decline declines "
         "declined declining drop drops dropped shrink shrank shrunk shrinking plunged slumped "
         "reduced lost"},
    Side{kContest, 1, "win wins won winning victory"},
    Side{kContest, -1, "lose loses lost losing defeat"},
    Side{kDecision, 1, "approve approves approved approval accepted accept"},
    Side{kDecision, -1, "reject rejects rejected rejection vetoed refused"},
    Side{kStance, 1, "supported"},
    Side{kStance, -1, "opposed"},
    Side{kTime, 1, "before earlier early earliest prior"},
    Side{kTime, -1, "after later late latest"},
    Side{kPlace, 1, "above"},
    Side{kPlace, -1, "below beneath underneath"},
    Side{kQuantity, 1, "more"},
    Side{kQuantity, -1, "less fewer"},
    Side{kHeight, 1, "higher"},
    Side{kHeight, -1, "lower"},
    Side{kHighest, 1, "highest"},
    Side{kHighest, -1, "lowest"},
    Side{kSize, 1, "larger bigger greater"},
    Side{kSize, -1, "smaller"},
    Side{kLargest, 1, "largest biggest"},
    Side{kLargest, -1, "smallest"},
    Side{kMost, 1, "most"},
    Side{kMost, -1, "least"},
    Side{kQuality, 1, "better"},
    Side{kQuality, -1, "worse"},
    Side{kBest, 1, "best"},
    Side{kBest, -1, "worst"},
    Side{kExtreme, 1, "maximum"},
    Side{kExtreme, -1, "minimum"},
    Side{kShare, 1, "majority"},
    Side{kShare, -1, "minority"},
    Side{kAge, 1, "older"},
    Side{kAge, -1, "younger"},
    Side{kOldest, 1, "oldest"},
    Side{kOldest, -1, "youngest"},
    Side{kLength, 1, "longer"},
    Side{kLength, -1, "shorter"},
    Side{kLongest, 1, "longest"},
    Side{kLongest, -1, "shortest"},
    Side{kState, 1, "opens opened open"},
    Side{kState, -1, "closes closed closure close"},
    Side{kMembership, 1, "join joins joined joining"},
    Side{kMembership, -1, "leave leaves left leaving quit"},
    Side{kOutcome, 1, "succeeded success successful"},
    Side{kOutcome, -1, "failed failure unsuccessful"},
    Side{kPermission, 1, "allowed permitted legal"},
    Side{kPermission, -1, "banned prohibited illegal prohibition ban bans forbidden"},
    Side{kInclusion, 1, "included"},
    Side{kInclusion, -1, "excluded"},
    Side{kOrder, 1, "first"},
    Side{kOrder, -1, "last"},
    Side{kSignOf, 1, "positive"},
    Side{kSignOf, -1, "negative"},
    Side{kStart, 1, "begin begins began begun beginning start starts started starting"},
    Side{kStart, -1, "end ends ended ending stop stops stopped finished"},
    Side{kLife, 1, "born birth"},
    Side{kLife, -1, "died death dies"},
    Side{kSex, 1, "male men man boy boys son sons brother brothers father husband king"},
    Side{kSex, -1,
         "female women woman girl girls daughter daughters sister sisters mother wife queen"},
};

// A word of a text and what it says.
struct Token {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string stem;
  std::vector<Direction> directions;
  bool meaning = false;  // a word of meaning: not a stopword, or one of a pair of opposites
  bool negated = false;
  std::size_t cue = 0;  // where its negation starts, when negated
  bool quoted = false;  // inside quotation marks
  bool no = false;      // a word that says no in some way ("not", "unable", "banned")
  bool hedged = false;  // negated under a modal or a condition ("may not", "if not")
  // Negated, or just after a word saying no: "no natural predators", "non-polluting", "without
  // a permit". What a source may deny a claim's negated word by.
  bool denied = false;
};

// Words that say no in some way, beyond the cues that negate a word: a source sentence with one
// may back a claim's negation, whichever word it negates. Besides the list, a word opening with
// "un" ("unable", "unlikely") or closing with "less" ("useless") says no.
bool says_no(std::string_view w) {
  static constexpr std::array<std::string_view, 58> kWords = {
      "not",         "never",       "no",         "none",      "nobody",       "nothing",
      "neither",     "nor",         "without",    "cannot",    "lack",         "lacks",
      "lacked",      "lacking",     "fail",       "failed",    "fails",        "failure",
      "refused",     "refuses",     "denied",     "denies",    "absent",       "absence",
      "instead",     "rather",      "except",     "avoid",     "avoided",      "prevent",
      "prevents",    "prevented",   "impossible", "inability", "insufficient", "inadequate",
      "incapable",   "ineffective", "shortage",   "missing",   "hardly",       "rarely",
      "barely",      "seldom",      "ban",        "banned",    "banning",      "bans",
      "prohibit",    "prohibited",  "forbid",     "forbidden", "non",          "against",
      "prohibition", "prohibits",   "forbids",    "eliminated"};
  if (std::find(kWords.begin(), kWords.end(), w) != kWords.end()) return true;
  if (w.size() >= 6 && w.starts_with("un") && !w.starts_with("under") && !w.starts_with("uni") &&
      !w.starts_with("until")) {
    return true;
  }
  return w.size() >= 7 && w.ends_with("less") && !w.ends_with("unless");
}
// A clause ends at punctuation other than an apostrophe or a hyphen.
bool breaks_clause(std::string_view gap) {
  return gap.find_first_of(",;:.!?()[]\"") != std::string_view::npos;
}

// "may not realize", "might not", "if not treated": a negation under a modal of possibility, or
// in a condition, states no fact for a source to back or contradict. "Should not" and "would
// not" do: advice and an outcome the source gives or not.
bool hedges_negation(std::string_view text, const std::vector<text::Word>& ws, std::size_t cue) {
  static constexpr std::array<std::string_view, 2> kModals = {"may", "might"};
  for (std::size_t k = cue >= 2 ? cue - 2 : 0; k < cue; ++k) {
    if (std::find(kModals.begin(), kModals.end(), ws[k].folded) != kModals.end()) return true;
  }
  // A condition reaches back to the start of its clause: "if the child is unconscious or not
  // breathing" (a dozen words at most, so a line without punctuation costs no more).
  constexpr std::size_t kConditionReach = 12;
  for (std::size_t k = cue; k-- > 0 && cue - k <= kConditionReach;) {
    const std::string& w = ws[k].folded;
    if (w == "if" || w == "unless" || w == "whether") return true;
    const std::size_t gap = ws[k].offset + ws[k].length;
    if (breaks_clause(text.substr(gap, ws[k + 1].offset - gap))) break;
  }
  // "didn't": the word before the "t" is the verb's own ("couldn't", "wouldn't", "shouldn't").
  if (ws[cue].folded == "t" && cue > 0) {
    const std::string& verb = ws[cue - 1].folded;
    return verb == "mightn";
  }
  return false;
}

// The number of words a negation cue at `i` takes ("no longer", "failed to": 2), or 0.
std::size_t cue_at(std::string_view text, const std::vector<text::Word>& ws, std::size_t i) {
  const std::string& w = ws[i].folded;
  const std::string_view next = i + 1 < ws.size() ? std::string_view(ws[i + 1].folded) : "";
  // "not only", "not all": a negation of a quantifier or a focus word, not of a statement.
  static constexpr std::array<std::string_view, 7> kNotNegating = {
      "only", "just", "merely", "all", "every", "always", "necessarily"};
  const bool not_negating =
      std::find(kNotNegating.begin(), kNotNegating.end(), next) != kNotNegating.end();
  if (w == "not") return not_negating ? 0 : 1;
  if (w == "never" || w == "cannot" || w == "nor") return 1;
  if (w == "no" && next == "longer") return 2;
  if ((w == "failed" || w == "fails" || w == "fail" || w == "refused" || w == "declined") &&
      next == "to") {
    return 2;
  }
  // "didn't", "isn't": an apostrophe splits off a "t" after a word ending in "n".
  if (w == "t" && i > 0 && ws[i - 1].folded.ends_with("n")) {
    const std::size_t gap = ws[i - 1].offset + ws[i - 1].length;
    const std::string_view between = text.substr(gap, ws[i].offset - gap);
    if ((between == "'" || between == "\u2019") && !not_negating) return 1;
  }
  return 0;
}

// Whether the byte at `at` lies inside quotation marks: a quoted title ("If Loving You Is Wrong
// I Don't Want to Be Right") or someone's words, whose negations are not the writer's.
std::vector<bool> quoted_bytes(std::string_view text) {
  std::vector<bool> quoted(text.size(), false);
  for (const std::string_view span : claims::quoted_spans(text)) {
    const auto begin = static_cast<std::size_t>(span.data() - text.data());
    for (std::size_t k = begin; k < begin + span.size(); ++k) quoted[k] = true;
  }
  return quoted;
}

std::vector<Token> read(std::string_view text) {
  const std::vector<text::Word> ws = text::words(text);
  const std::vector<bool> quoted = quoted_bytes(text);
  std::vector<Token> tokens(ws.size());
  for (std::size_t i = 0; i < ws.size(); ++i) {
    Token& t = tokens[i];
    t.offset = ws[i].offset;
    t.length = ws[i].length;
    t.stem = text::stem(ws[i].folded);
    t.directions = directions(ws[i].folded);
    // "close to 50%", "close with the twins": nearness, not closing; "open to": willingness.
    const std::string_view next = i + 1 < ws.size() ? std::string_view(ws[i + 1].folded) : "";
    if ((ws[i].folded == "close" || ws[i].folded == "open") &&
        (next == "to" || next == "with" || next == "by")) {
      t.directions.clear();
    }
    t.meaning = !t.directions.empty() || !text::is_stopword(ws[i].folded);
    t.quoted = quoted[ws[i].offset];
    t.no = says_no(ws[i].folded);
  }
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::size_t cue = cue_at(text, ws, i);
    if (cue != 0) tokens[i].no = true;
    if (cue == 0 || tokens[i].quoted) continue;
    for (std::size_t k = i + cue; k < ws.size() && k < i + cue + kNegationReach; ++k) {
      const std::size_t gap_begin = ws[k - 1].offset + ws[k - 1].length;
      if (breaks_clause(text.substr(gap_begin, ws[k].offset - gap_begin))) break;
      if (!tokens[k].meaning || cue_at(text, ws, k) != 0) continue;
      tokens[k].negated = true;
      tokens[k].cue = i;
      tokens[k].hedged = hedges_negation(text, ws, i);
      break;
    }
    tokens[i].meaning = false;  // a cue word is no word of meaning itself ("failed to win")
    if (cue == 2) tokens[i + 1].meaning = false;
  }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].denied = tokens[i].negated;
    for (std::size_t k = i >= kDenialReach ? i - kDenialReach : 0; k < i; ++k) {
      tokens[i].denied = tokens[i].denied || tokens[k].no;
    }
  }
  return tokens;
}

// The stems of the words of meaning around `i`, the signed words left out: what the word is
// said of, not which way.
std::set<std::string> surroundings(const std::vector<Token>& tokens, std::size_t i) {
  std::set<std::string> out;
  const std::size_t from = i >= kWindow ? i - kWindow : 0;
  for (std::size_t k = from; k < tokens.size() && k <= i + kWindow; ++k) {
    if (k != i && tokens[k].meaning && tokens[k].directions.empty()) out.insert(tokens[k].stem);
  }
  return out;
}

// The sign a correspondence gives each side: the same word compares by negation only; two words
// of a pair compare by side, each flipped by its negation. 0 when the words do not correspond.
std::pair<int, int> signs(const Token& c, const Token& s) {
  const int cn = c.negated ? -1 : 1, sn = s.negated ? -1 : 1;
  if (c.stem == s.stem) return {cn, sn};
  for (const Direction& dc : c.directions) {
    for (const Direction& ds : s.directions) {
      if (dc.group == ds.group) return {dc.sign * cn, ds.sign * sn};
    }
  }
  return {0, 0};
}

// `text` from the start of the word at `first` to the end of the word at `last`.
std::string span(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                 std::size_t last) {
  return std::string(text.substr(tokens[first].offset,
                                 tokens[last].offset + tokens[last].length - tokens[first].offset));
}

std::string signed_words(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  return span(text, tokens, tokens[i].negated ? tokens[i].cue : i, i);
}

}  // namespace

std::vector<Direction> directions(std::string_view folded) {
  static const std::unordered_map<std::string_view, std::vector<Direction>> kByWord = [] {
    std::unordered_map<std::string_view, std::vector<Direction>> by_word;
    for (const Side& side : kSides) {
      for (std::size_t at = 0; at < side.words.size();) {
        const std::size_t end = std::min(side.words.find(' ', at), side.words.size());
        by_word[side.words.substr(at, end - at)].push_back({side.group, side.sign});
        at = end + 1;
      }
    }
    return by_word;
  }();
  const auto it = kByWord.find(folded);
  return it == kByWord.end() ? std::vector<Direction>{} : it->second;
}

namespace {

// A pair the claim uses both ways ("higher altitudes ... lower temperatures") is a contrast it
// draws itself: which side a source's word matches is no test of it.
std::set<int> contrasts(const std::vector<Token>& ct) {
  std::set<int> contrasted;
  for (const Token& a : ct) {
    for (const Token& b : ct) {
      for (const Direction& da : a.directions) {
        for (const Direction& db : b.directions) {
          if (da.group == db.group && da.sign != db.sign) contrasted.insert(da.group);
        }
      }
    }
  }
  return contrasted;
}

}  // namespace

std::optional<Clash> find_clash(std::string_view claim, const std::vector<std::string>& sentences) {
  const std::vector<Token> ct = read(claim);
  std::vector<std::vector<Token>> st;
  for (const std::string& s : sentences) st.push_back(read(s));
  // A source word's surroundings, worked out once however many of the claim's words meet it.
  std::vector<std::vector<std::optional<std::set<std::string>>>> around_source(st.size());
  for (std::size_t n = 0; n < st.size(); ++n) around_source[n].resize(st[n].size());
  auto around_at = [&](std::size_t n, std::size_t j) -> const std::set<std::string>& {
    if (!around_source[n][j]) around_source[n][j] = surroundings(st[n], j);
    return *around_source[n][j];
  };
  const std::set<int> contrasted = contrasts(ct);
  auto contrast = [&](const Token& t) {
    return std::any_of(t.directions.begin(), t.directions.end(),
                       [&](const Direction& d) { return contrasted.count(d.group) > 0; });
  };
  std::optional<Clash> best;
  std::size_t best_overlap = 0;
  for (std::size_t i = 0; i < ct.size(); ++i) {
    if (!ct[i].meaning || ct[i].quoted || ct[i].hedged || contrast(ct[i])) continue;
    const std::set<std::string> around = surroundings(ct, i);
    // A word said of nothing else in the claim cannot be placed in the source.
    const std::size_t needed = std::min<std::size_t>(2, around.size());
    if (needed == 0) continue;
    bool signed_seen = false;
    std::size_t agree = 0, oppose = 0;
    std::optional<Clash> clash;
    for (std::size_t n = 0; n < st.size(); ++n) {
      for (std::size_t j = 0; j < st[n].size(); ++j) {
        const Token& s = st[n][j];
        if (!s.meaning) continue;
        const auto [cs, ss] = signs(ct[i], s);
        if (cs == 0) continue;
        signed_seen = signed_seen || ct[i].negated || s.negated || ct[i].stem != s.stem;
        std::size_t overlap = 0;
        for (const std::string& stem : around_at(n, j)) overlap += around.count(stem);
        if (cs == ss) {
          agree = std::max(agree, overlap);
        } else if (overlap > oppose) {
          oppose = overlap;
          clash = Clash{signed_words(claim, ct, i), signed_words(sentences[n], st[n], j), n};
        }
      }
    }
    if (signed_seen && clash && oppose >= needed && oppose > agree && oppose > best_overlap) {
      best_overlap = oppose;
      best = std::move(clash);
    }
  }
  return best;
}

namespace {

// Whether some sentence denies the claim's negated word `c`: says it negated or just after a word
// saying no, or says the other side of its pair plainly.
bool denied_somewhere(const Token& c, const std::vector<std::vector<Token>>& sentences) {
  for (const std::vector<Token>& tokens : sentences) {
    for (Token s : tokens) {
      if (!s.meaning) continue;
      s.negated = s.denied;
      const auto [cs, ss] = signs(c, s);
      if (cs != 0 && cs == ss) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::string> unbacked_sign(std::string_view claim,
                                         const std::vector<std::string>& sentences) {
  const std::vector<Token> ct = read(claim);
  const std::set<int> contrasted = contrasts(ct);
  // A word the claim says both ways ("not indexed ... indexed sites") is a contrast of its own.
  auto both_ways = [&](const Token& c) {
    return std::any_of(ct.begin(), ct.end(),
                       [&](const Token& o) { return o.stem == c.stem && o.negated != c.negated; });
  };
  auto is_signed = [&](const Token& c) {
    return c.meaning && !c.quoted && !c.hedged && !both_ways(c) &&
           (c.negated || !c.directions.empty()) &&
           std::none_of(c.directions.begin(), c.directions.end(),
                        [&](const Direction& d) { return contrasted.count(d.group) > 0; });
  };
  std::vector<std::vector<Token>> st;
  std::set<std::string> negated_there;  // stems the sentences negate
  for (const std::string& s : sentences) {
    st.push_back(read(s));
    for (const Token& t : st.back()) {
      if (t.negated) negated_there.insert(t.stem);
    }
  }
  // A plain word of the claim that the sentences negate: "was inclusive" against "wasn't
  // inclusive", where they say what surrounds it.
  auto negated_by_them = [&](const Token& c) {
    return c.meaning && !c.quoted && !c.negated && c.directions.empty() && !both_ways(c) &&
           negated_there.count(c.stem) > 0;
  };
  if (std::none_of(ct.begin(), ct.end(),
                   [&](const Token& c) { return is_signed(c) || negated_by_them(c); })) {
    return std::nullopt;
  }
  std::vector<std::vector<std::set<std::string>>> around;  // per sentence, per word
  for (const std::vector<Token>& tokens : st) {
    std::vector<std::set<std::string>>& row = around.emplace_back();
    for (std::size_t j = 0; j < tokens.size(); ++j) {
      row.push_back(surroundings(tokens, j));
    }
  }
  for (std::size_t i = 0; i < ct.size(); ++i) {
    const Token& c = ct[i];
    const bool plain = negated_by_them(c);
    if (!plain && !is_signed(c)) continue;
    const std::set<std::string> mine = surroundings(ct, i);
    const std::size_t needed = std::min<std::size_t>(2, mine.size());
    // Where the sentences say what surrounds the word in the claim, and what they say there.
    // `denied_there`: where they say it the other way, a word saying no stands just before it.
    bool aligned = false, same = false, other = false, no_near = false, denied_there = false;
    for (std::size_t n = 0; n < st.size(); ++n) {
      for (std::size_t j = 0; j < st[n].size(); ++j) {
        std::size_t overlap = 0;
        for (const std::string& stem : around[n][j]) overlap += mine.count(stem);
        if (needed == 0 || overlap < needed) continue;
        aligned = true;
        const std::size_t from = j >= kWindow ? j - kWindow : 0;
        for (std::size_t k = from; k < st[n].size() && k <= j + kWindow; ++k) {
          const Token& s = st[n][k];
          no_near = no_near || s.no;
          if (!s.meaning) continue;
          const auto [cs, ss] = signs(c, s);
          if (cs != 0) (cs == ss ? same : other) = true;
          denied_there = denied_there || (cs != 0 && cs != ss && s.denied);
        }
      }
    }
    // Said the other way where the sentences say what surrounds it, and never the claim's way.
    const bool turned = aligned && other && !same;
    if (plain) {
      if (turned) return signed_words(claim, ct, i);
      continue;
    }
    // A negation is the sources' to state, as a figure is: where they say what surrounds the
    // negated word, they say no there too; where they say that nowhere, they deny the word itself
    // somewhere ("bears do not have natural predators", "non-polluting"). Nor do they say the
    // word plainly where they say what surrounds it, and never deny it ("was hired" for "was not
    // hired"), unless a word saying no stands just before it ("no natural predators").
    if (c.negated) {
      if (aligned ? !no_near : !denied_somewhere(c, st)) return signed_words(claim, ct, i);
      if (turned && (!c.directions.empty() || !denied_there)) return signed_words(claim, ct, i);
      continue;
    }
    // A word of a pair that the sources say only the other way: where they say what surrounds
    // it, or in any of the sentences.
    bool anywhere_same = false, anywhere_other = false;
    for (const std::vector<Token>& tokens : st) {
      for (const Token& s : tokens) {
        if (!s.meaning) continue;
        const auto [cs, ss] = signs(c, s);
        if (cs != 0) (cs == ss ? anywhere_same : anywhere_other) = true;
      }
    }
    if (turned || (anywhere_other && !anywhere_same)) return signed_words(claim, ct, i);
  }
  return std::nullopt;
}

namespace {

std::optional<int> count_word(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "zero",  "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  for (std::size_t n = 0; n < kWords.size(); ++n) {
    if (w == kWords[n]) return static_cast<int>(n);
  }
  if (!w.empty() && w.size() <= 3 &&
      std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return std::stoi(std::string(w));
  }
  return std::nullopt;
}

// How a text says a vote went: "unanimously" (its words), a split tally ("7 to 2", "5-4") in a
// sentence about a vote, or neither.
struct Vote {
  bool unanimous = false;
  std::string split;  // the tally as written
};

Vote read_vote(std::string_view text) {
  const std::vector<text::Word> ws = text::words(text);
  Vote v;
  bool about_vote = false;
  for (const text::Word& w : ws) {
    v.unanimous = v.unanimous || w.folded == "unanimous" || w.folded == "unanimously";
    about_vote = about_vote || w.folded == "vote" || w.folded == "votes" || w.folded == "voted" ||
                 w.folded == "ballot";
  }
  for (std::size_t i = 0; about_vote && i + 1 < ws.size(); ++i) {
    // "7 to 2": "to" is a word of its own; "7-2", "7–2": the dash is not.
    const std::size_t second = ws[i + 1].folded == "to" ? i + 2 : i + 1;
    if (second >= ws.size()) break;
    const auto a = count_word(ws[i].folded), b = count_word(ws[second].folded);
    if (!a || !b || *b == 0 || *a < *b) continue;
    const std::size_t gap = ws[i].offset + ws[i].length;
    const std::string_view between = text.substr(gap, ws[i + 1].offset - gap);
    if (second == i + 2 ||
        (second == i + 1 && (between == "-" || between == "\u2013" || between == " - "))) {
      v.split = std::string(
          text.substr(ws[i].offset, ws[second].offset + ws[second].length - ws[i].offset));
      break;
    }
  }
  return v;
}

}  // namespace

std::optional<Clash> find_vote_clash(std::string_view claim,
                                     const std::vector<std::string>& sentences) {
  const Vote mine = read_vote(claim);
  if (!mine.unanimous && mine.split.empty()) return std::nullopt;
  for (std::size_t n = 0; n < sentences.size(); ++n) {
    const Vote theirs = read_vote(sentences[n]);
    if (mine.unanimous && !theirs.split.empty()) {
      return Clash{"unanimously", "a vote of " + theirs.split, n};
    }
    if (!mine.split.empty() && theirs.unanimous) return Clash{mine.split, "unanimously", n};
  }
  return std::nullopt;
}

}  // namespace citecheck::match
