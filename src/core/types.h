// Value types that cross pipeline stages. They carry data only: every behaviour lives in a stage.
// Reference offsets are byte offsets into Document::text; citation, claim and uncited-sentence
// offsets are byte offsets into the article's prose (CitationIndex::prose), which for plain text is
// Document::text itself. Line and column (1-based, columns in code points) always point into the
// original file: text::ProseIndex maps a prose offset back to it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace citecheck::core {

enum class Format { kText, kMarkdown, kHtml };

struct Position {
  int line = 0;
  int column = 0;
  int byte_column = 0;     // the same column counted in UTF-8 bytes (reviewdog's); 0 when not known
  std::size_t offset = 0;  // bytes before it in the file as written (the JSON report's "offset")
};

// One input article, UTF-8, as read from disk or stdin.
struct Document {
  std::string path;  // as the user gave it ("-" becomes the --stdin-filename or "<stdin>")
  Format format = Format::kText;
  std::string text;
  // Why a file found under a directory was not read (not UTF-8, binary, too large); empty when it
  // was. Such a document is reported with this as a notice and nothing else.
  std::string skipped;
};

// A bracketed marker's single reference id: "[1-3]" yields three Citations with the same span.
// A marker ("[1]", "[^note]") is blanked out of its claim before matching; a citation that is not
// a marker (an inline link's words, a <q cite>'s quotation) stays in the claim, and every sentence
// its span overlaps cites it.
struct Citation {
  std::string reference_id;
  std::size_t offset = 0;  // of the '[' that opens the marker
  std::size_t length = 0;  // of the whole marker, brackets included
  Position position;
  bool marker = true;
  std::optional<Position> end = std::nullopt;  // just past the marker in the file, as written
};

struct Reference {
  std::string id;
  std::string url;    // empty when the entry has nothing to fetch
  std::string title;  // any text of the entry besides its number and URL
  std::size_t offset = 0;
  Position position;
  std::optional<Position> end;  // just past the entry's line text, trailing spaces left out
};

// Where a stretch of prose came from: prose bytes from `prose` up to the next piece are document
// bytes from `origin` on when `verbatim`; otherwise they stand for the markup at `origin` (an
// entity, a footnote marker, a collapsed run of spaces).
struct ProsePiece {
  std::size_t prose = 0;
  std::size_t origin = 0;
  bool verbatim = true;
};

// What a block of prose is for, where its markup says: most blocks tell; a caption (<figcaption>,
// <caption>, a thumbnail's caption) labels a picture or a table; a description in a list of terms
// (<dd> after <dt>) says what a term means.
enum class BlockKind : std::uint8_t { kText, kCaption, kDefinition };

// A stretch of prose no sentence crosses: a paragraph, heading, list item or table cell.
struct ProseBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool heading = false;
  BlockKind kind = BlockKind::kText;
};

// Inline markup that opens right before the prose at `prose` (the "[" of a link, the "*" of
// emphasis, a backtick): a sentence that starts there starts at `origin`, as the user wrote it.
struct ProseOpening {
  std::size_t prose = 0;
  std::size_t origin = 0;
};

// The article as a reader sees it: markup removed, blocks separated by blank lines.
struct Prose {
  std::string text;
  std::vector<ProsePiece> pieces;  // sorted by `prose`, the first at 0
  std::vector<ProseBlock> blocks;  // empty for plain text: claims/ finds blocks from line breaks
  std::vector<ProseOpening> openings;  // sorted by `prose`; Markdown only
};

// Lines (1-based, inclusive, in Document::text) where findings of `rules` (every rule when empty)
// are not reported. A region switched off for every rule is not checked at all.
struct Suppression {
  int first_line = 0;
  int last_line = 0;
  std::vector<std::string> rules;
};

// What cite/ finds in one document.
struct CitationIndex {
  std::vector<Citation> citations;
  std::vector<Reference> references;
  std::size_t body_end = 0;  // in prose: where the reference list (or the end of the text) begins
  std::optional<Position> list_heading;
  std::vector<std::string> notices;  // syntax seen but not supported yet, once per kind
  Prose prose;
  std::vector<Suppression> suppressions;
  // In prose: inline code (a Markdown code span; <code>, <kbd>, <samp>, <var>), whose text is a
  // sample, not a statement: "`echo 50%`" states no percentage. Sorted and disjoint.
  std::vector<std::pair<std::size_t, std::size_t>> code;
};

enum class FactKind { kPercent, kNumber, kMoney, kYear, kDate, kRatio, kQuote, kEntity, kOrdinal };

// A year or a date: when, not how much. A missing one is scored apart from figures by the support
// model; like a figure, it keeps a claim from "supported", and another one in a sentence about
// the same thing contradicts it.
constexpr bool is_calendar(FactKind k) { return k == FactKind::kYear || k == FactKind::kDate; }

struct Fact {
  FactKind kind = FactKind::kNumber;
  std::string text;             // as written in the claim
  std::optional<double> value;  // percent 31 -> 31; ratio "one in three" -> 0.3333; money in units
  std::string unit;             // currency code for money, "%" for percent, "" otherwise
  double tolerance = 0.0;       // relative, from hedges such as "about" or "nearly"
  double precision = 0.0;       // half a unit of the last digit written
  std::optional<double> high;   // a range's upper end ("10-20%"), in the unit of `value`
  bool hedged = false;          // "about", "up to", "between"
  bool spelled = false;         // a number or ordinal in words ("six", "third")
  bool found = false;           // set by the matcher
  std::string closest;          // a quotation not found: the source sentence nearest to it
};

enum class Verdict { kSupported, kPartial, kUnsupported, kContradicted, kUnverifiable };

// The JSON contract's name of a verdict, which reports and the model judge's cache both write.
constexpr const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::kSupported:
      return "supported";
    case Verdict::kPartial:
      return "partial";
    case Verdict::kUnsupported:
      return "unsupported";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kUnverifiable:
      return "unverifiable";
  }
  return "unverifiable";
}

struct Evidence {
  Evidence() = default;
  Evidence(std::string reference, std::string passage, double passage_score, std::string from = {})
      : reference_id(std::move(reference)),
        text(std::move(passage)),
        score(passage_score),
        url(std::move(from)) {}

  std::string reference_id;
  std::string text;
  double score = 0.0;
  std::string url;  // the page the passage is quoted from: the reference's, or its archived copy's
};

struct Claim {
  std::string id;  // "c1", "c2", ... in document order
  std::size_t offset = 0;
  std::size_t length = 0;
  Position position;
  std::optional<Position> end;         // just past its last character in the file, as written
  std::string text;                    // the sentence as written, citation markers included
  std::vector<std::string> citations;  // reference ids in order of first appearance
  std::vector<Fact> facts;
  Verdict verdict = Verdict::kUnverifiable;
  double support_score = 0.0;
  std::vector<Evidence> evidence;
  std::string explanation;  // what was missing, for every verdict short of supported
  // Of a claim with several citations that its sources back: those whose source, read alone,
  // shares nothing with it (a citation number typed wrong, or a marker left from another draft).
  std::vector<std::string> idle_citations;
  // Set by the lexical judge: a figure or date of the claim that a source gives otherwise (not a
  // negation), which keeps its veto over a model's verdict.
  bool fact_contradicted = false;
  bool model_judged = false;  // the verdict is a model's (judge/), under the facts' veto
  // The heading the claim stands under, and the sentence before, in the same paragraph, when the
  // claim opens by pointing back to it ("It rose 10%"): they help find the passage ("Trams" picks
  // the tram paragraph of a page about buses and trams); the claim is judged on its own words.
  std::string context;
};

// What the matcher learnt about one claim from its cited sources; verdict/ turns it into a verdict.
struct Contradiction {
  std::size_t fact = 0;  // index into Claim::facts; unused for a negation
  std::string reference_id;
  std::string source_says;   // the source's figure as written, or its negating sentence
  bool negation = false;     // the source says the claim's words with the opposite polarity
  std::string claim_words;   // for a negation: the claim's words that the source turns round
  std::string source_words;  // ... and the source's words for them ("not approved", "rising")
};

struct Assessment {
  double local_coverage = 0;  // IDF-weighted share of the claim's terms in the best passage
  double terms_share = 0;     // ... unweighted: each of its terms counts the same
  double words_coverage = 0;  // as local_coverage, by the claim's own words alone (no synonyms)
  double pairs_global = 0;    // share of the claim's neighbouring term pairs near each other in
                              // some sentence of the cited sources
  std::size_t source_sentences = 0;  // in the source the best passage comes from
  double local_missing = 0;  // the claim's terms absent from the three best passages (weighted)
  std::vector<bool> found;   // per Claim::facts
  std::vector<std::string> closest;  // per Claim::facts: for a quotation not found, the source
                                     // sentence sharing most of its words ("" if none shares two)
  std::vector<Contradiction> contradictions;
  std::vector<std::string> missing_terms;  // claim words (as written) absent from the sources
  // The claim's negated word, or word of a pair of opposites ("fell"), that no sentence saying
  // the claim says its way ("not selected", "fell"); empty when there is none.
  std::string unbacked_sign;
  std::vector<Evidence> evidence;  // best first
  // The passages ranked as evidence is picked, best first, any number per source (at most
  // kRankedPassages): what a model judge is shown.
  std::vector<Evidence> ranked;
};

// A language model's judgement of one claim (judge/), which verdict/ combines with the facts.
struct ModelVerdict {
  Verdict verdict = Verdict::kUnsupported;
  double support = 0;  // the model's expected support in [0, 1]
  std::string explanation;
};

// A sentence with a statistic, quotation or attribution and no citation.
struct UncitedSentence {
  std::size_t offset = 0;
  Position position;
  Position end;  // just past its last character, trailing spaces left out
  std::string text;
  std::string why;  // "a percentage", "a quotation", ...
  // The line of a later sentence of the same paragraph that carries a citation, which by the
  // common convention (Wikipedia's among others) may cover this one; 0 when there is none.
  int covered_by_line = 0;
  // A statement of fact in a document that speaks in the first person plural (a team's post, a
  // postmortem, an organisation's handbook): likely the writer's own account of its own work.
  bool first_party = false;
  // A statement in a specification (a document that sets requirements in capitals, "MUST",
  // "SHOULD", as RFC 2119 has standards do): likely one of the rules it lays down.
  bool specification = false;
  BlockKind block = BlockKind::kText;  // a term's description is told apart

  // A quotation or an attribution names a source, whatever kind of text it stands in: a
  // specification's or a term's description's own statements are theirs, these are not.
  bool names_a_source() const { return why == "a quotation" || why == "an attribution"; }
};

enum class SourceState { kOk, kBroken, kUnverifiable, kNotChecked };

// The JSON contract's name of a state, which reports and snapshot manifests both write.
constexpr const char* state_name(SourceState state) {
  switch (state) {
    case SourceState::kOk:
      return "ok";
    case SourceState::kBroken:
      return "broken";
    case SourceState::kUnverifiable:
      return "unverifiable";
    case SourceState::kNotChecked:
      return "not-checked";
  }
  return "not-checked";
}
enum class SourceOrigin { kNone, kNetwork, kCache, kSources };

// What the web archive gave for a cited URL (--archive): the snapshot nearest the date the
// citation is checked against, and whether it was read; `backs` says, of the claims citing the
// reference, how many the archived copy backs, out of `claims`.
struct ArchiveCopy {
  std::string url;        // the snapshot as a reader opens it; empty when there is none
  std::string timestamp;  // ISO 8601, the snapshot's
  SourceState state = SourceState::kNotChecked;
  std::string reason;      // "ok", "not-archived", "archive-error", "offline", or the page's own
  std::string detail;      // one human sentence on why, for messages
  std::string as_of;       // the date asked for, "2025-07-10"
  std::string as_of_from;  // where that date came from: "front-matter", "as-of", "retrieved", ...
  int claims = 0;
  int backs = 0;
  int rescued = 0;  // claims the copy backs and the live page did not
};

// The outcome of getting one URL: a value, whatever happened.
struct SourceOutcome {
  SourceState state = SourceState::kNotChecked;
  std::string reason;  // "ok", "not-found", "login-wall", "offline", ... (DESIGN.md)
  int http_status = 0;
  std::string final_url;
  std::string title;
  std::string published;  // the page's publication date, "2019-11-18" where it gives one
  SourceOrigin origin = SourceOrigin::kNone;
  std::string detail;                  // one human sentence on why, for messages
  std::vector<std::string> redirects;  // every hop's Location, in order
  std::string moved_to;                // where a permanent redirect (301, 308) points
  std::optional<ArchiveCopy> archive;  // only when the archive was asked (--archive)
};

// Whether the cited page is gone rather than unreadable: broken (404, 410, soft 404, DNS, TLS),
// or a server that refused the connection. A web archive may still have it.
inline bool is_dead(const SourceOutcome& s) {
  return s.state == SourceState::kBroken || s.reason == "refused";
}

// A source's readable text: what the matcher sees.
struct SourceText {
  std::string title;
  std::string text;  // paragraphs separated by blank lines
};

enum class Severity { kInfo, kWarning, kError };

// The JSON contract's name of a severity, which reports and `citecheck config` both write.
constexpr const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "error";
}

// --fail-on: the lowest severity that makes the exit status 1 (a command-line and config setting).
enum class FailOn { kError, kWarning, kInfo, kNever };

// A change to the article's file that would resolve a finding: the text from `start` to `end`
// (exclusive) replaced by `replacement`.
struct Fix {
  Position start;
  Position end;
  std::string replacement;
  std::string description;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::kWarning;
  std::size_t offset = 0;
  Position position;
  // Just past the last character, for a finding that spans a reference entry or an uncited
  // sentence; report/ works out the span of a claim's or a marker's finding from the claim.
  std::optional<Position> end;
  std::size_t length = 0;  // in prose from offset: an uncited sentence's (0 for other findings)
  std::string message;
  std::string claim_id;
  std::string reference_id;
  std::string text;  // the sentence an uncited-claim finding is about, as written
  // An uncited sentence its paragraph's citation may cover, or a first-party document's own
  // account: reported at most as info, whatever the rule's severity, unless the config's
  // cite-every-sentence asks for every sentence.
  bool covered = false;
  std::optional<Fix> fix;  // a text change that resolves the finding (SARIF's fixes)
};

struct ReferenceReport {
  Reference reference;
  std::vector<std::string> cited_by;  // claim ids
  SourceOutcome source;
};

struct DocumentReport {
  std::string path;
  Format format = Format::kText;
  std::vector<ReferenceReport> references;
  std::vector<Claim> claims;
  std::vector<Finding> findings;  // sorted by position, then rule
  std::vector<std::string> notices;
  std::string prose;         // the article as a reader sees it: claim offsets point into it
  std::size_t body_end = 0;  // in prose: where the reference list (or the end) begins
  // With --archive: the date the article's citations are checked against, and its origin.
  std::string date;
  std::string date_from;
};

struct Report {
  std::vector<DocumentReport> documents;
  bool incomplete = false;  // --deadline cut the run short: some sources were not checked
  std::string judge_model;  // the model judge's model when one was configured, else empty
};

}  // namespace citecheck::core
