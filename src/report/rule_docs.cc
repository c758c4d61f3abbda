// Rule texts live with the reporters rather than in verdict/, because only reports show them;
// the rule ids and default severities themselves are verdict/'s, and a test compares the two.
#include "report/rule_docs.h"

#include <string>

namespace citecheck::report {

const std::vector<RuleDoc>& rule_docs() {
  using core::Severity;
  static const std::vector<RuleDoc> kDocs = {
      {"missing-reference", "MissingReference", Severity::kError,
       "A citation names a reference the list does not have.",
       "A citation marker such as [9] names a reference id that the article's reference list "
       "does not contain, or the article has citation markers but no reference list at all.",
       "Add the missing entry to the reference list, or correct the marker's number."},
      {"unused-reference", "UnusedReference", Severity::kWarning,
       "A listed reference is never cited.",
       "An entry of the reference list is not cited by any marker in the text, so no claim "
       "relies on it.",
       "Cite the reference where the article uses it, or remove it from the list."},
      {"duplicate-reference", "DuplicateReference", Severity::kWarning,
       "Two entries share an id, or one URL is listed twice.",
       "Two reference entries have the same id, or two entries point to the same URL (ignoring "
       "case in the scheme and host, a fragment and a trailing slash).",
       "Merge the duplicate entries and renumber the markers that cite them."},
      {"reference-without-url", "ReferenceWithoutUrl", Severity::kWarning,
       "An entry has nothing to fetch.",
       "A reference entry has no URL, so its source cannot be read and the claims citing it "
       "cannot be checked.",
       "Give the entry the URL of the source, or a saved copy in a sources directory."},
      {"broken-source", "BrokenSource", Severity::kError,
       "The source is gone, unreachable, or a soft 404.",
       "The cited source could not be retrieved: it answered 404 or 410, its host did not "
       "resolve or refused the connection, TLS failed, or the page says it was not found.",
       "Find where the source moved, or cite an archived copy of it."},
      {"unverifiable-source", "UnverifiableSource", Severity::kWarning,
       "The source could not be read.",
       "The cited source answered, but its text could not be read: a login wall, paywall, bot "
       "challenge or rate limit, a server error, a timeout, or content that is unsupported or "
       "too large.",
       "Save a readable copy of the source in a sources directory (--sources), or cite an "
       "open version of it."},
      {"moved-source", "MovedSource", Severity::kInfo, "The source moved permanently.",
       "The cited URL redirects permanently to another address; the report names the new URL.",
       "Update the reference to the new URL."},
      {"unsupported-claim", "UnsupportedClaim", Severity::kError,
       "The source was read, and nothing in it backs the claim.",
       "The cited sources were read, and no passage in them states the claim: its words and "
       "figures are not there.",
       "Check the claim against the source; cite the source that does state it, or reword "
       "the claim to what the source says."},
      {"partially-supported-claim", "PartiallySupportedClaim", Severity::kWarning,
       "Some of the claim's facts are in the source, not all.",
       "The cited sources back part of the claim, but at least one of its figures, years, "
       "dates, quotations or key terms is not in them, or they do not state its negation or "
       "its direction (\"not selected\", \"fell\").",
       "Cite a source for the rest of the claim, or drop what the source does not say."},
      {"contradicted-claim", "ContradictedClaim", Severity::kError,
       "The source gives another figure for the same thing.",
       "A passage of a cited source about the same thing as the claim gives a different "
       "figure, year or date of the same kind, says the claim's words the other way round (a "
       "negation, or the opposite word: \"rising\" for \"fell\"), or gives a split vote for "
       "one the claim calls unanimous.",
       "Correct the figure to the one the source gives, or cite the source of the claim's "
       "figure."},
      {"misquote", "Misquotation", Severity::kError,
       "A quotation attributed to the source is not in it.",
       "The claim quotes words that do not appear in the cited sources; the message gives the "
       "source sentence that shares most of them.",
       "Quote the source word for word, or paraphrase without quotation marks."},
      {"uncited-claim", "UncitedClaim", Severity::kWarning,
       "A statistic, quotation or attribution with no citation.",
       "A sentence states a statistic, quotes someone or attributes a statement (\"according "
       "to ...\") and cites nothing.",
       "Add a citation to the source of the figure or quotation."},
      {"idle-citation", "IdleCitation", Severity::kWarning,
       "One of a claim's citations shares nothing with it, while the others back it.",
       "A claim cites several references and its sources back it, but one of the cited pages, "
       "read alone, has none of the claim's figures, dates, names or quotations and under a "
       "tenth of its words: a citation number typed wrong, or left over from another draft.",
       "Check the citation's number; cite the page that says this, or drop the citation."},
      {"unchecked-source", "UncheckedSource", Severity::kInfo, "A cited source was not looked at.",
       "The run never read this source: it was --offline and the page is in no sources "
       "directory and not in the cache, the --deadline passed before it was fetched, or the "
       "config's exclude-urls names it, or its URL is not http or https (ftp:, mailto:). Its "
       "claims are unverifiable. The rule is info by "
       "default; a CI job that must not pass without checking raises it "
       "(unchecked-source = \"error\" in [rules]).",
       "Save the page in a sources directory (citecheck snapshot), fetch it online, or give "
       "the run more time."},
      {"archived-source", "ArchivedSource", Severity::kWarning,
       "The source is dead; the web archive has a copy from the article's date.",
       "With --archive, a broken source was looked up in the web archive (the Wayback "
       "availability API): the snapshot nearest the article's date was read and its claims "
       "judged against it. The message says whether the copy backs them and gives its URL.",
       "Replace the dead URL with the archived copy's URL (SARIF carries the fix), after "
       "checking that the copy is the page cited."},
      {"changed-source", "ChangedSource", Severity::kWarning,
       "The page changed after it was cited: an archived copy backs the claim, today's page "
       "does not.",
       "With --archive, a source that was read but did not back a claim citing it was looked "
       "up in the web archive, and the snapshot nearest the article's date backs the claim: "
       "the figure or statement was revised or removed after the article cited it. The claim "
       "keeps the archived copy's verdict.",
       "Cite the archived copy, or update the claim to what the page says now."},
  };
  return kDocs;
}

const RuleDoc* find_rule_doc(const std::string& id) {
  for (const RuleDoc& d : rule_docs()) {
    if (id == d.id) return &d;
  }
  return nullptr;
}

}  // namespace citecheck::report
