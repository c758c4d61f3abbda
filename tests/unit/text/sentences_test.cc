#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace citecheck::text {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(text)) {
    REQUIRE(s.begin < s.end);
    REQUIRE(s.end <= text.size());
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("split_sentences keeps \"U.S.\" and \"Dr.\" inside their sentences") {
  CHECK(sentences("The U.S. grew 3.5% in 2025. Dr. Smith said so.") ==
        Strings{"The U.S. grew 3.5% in 2025.", "Dr. Smith said so."});
}

TEST_CASE("split_sentences does not end a sentence after Latin abbreviations or \"No.\"") {
  CHECK(sentences("Some tools, e.g. linters, help. Others do not.") ==
        Strings{"Some tools, e.g. linters, help.", "Others do not."});
  CHECK(sentences("It ranked No. 1 in the survey. Then it fell.") ==
        Strings{"It ranked No. 1 in the survey.", "Then it fell."});
  CHECK(sentences("Results vary, i.e. widely. Fine.") ==
        Strings{"Results vary, i.e. widely.", "Fine."});
  CHECK(sentences("Prices rose (see Fig. 2) last year. Wages did not.") ==
        Strings{"Prices rose (see Fig. 2) last year.", "Wages did not."});
}

TEST_CASE("split_sentences keeps initials with the name that follows") {
  CHECK(sentences("The books by J. K. Rowling sold well. She wrote more.") ==
        Strings{"The books by J. K. Rowling sold well.", "She wrote more."});
}

TEST_CASE("split_sentences ends a sentence after an acronym before a capitalised sentence") {
  // "U.S." followed by a new sentence's capital is a real end; before a lower-case word it is not.
  CHECK(sentences("Jobs moved to the U.S. They stayed.") ==
        Strings{"Jobs moved to the U.S.", "They stayed."});
  CHECK(sentences("The U.S. economy grew.") == Strings{"The U.S. economy grew."});
}

TEST_CASE("split_sentences keeps a quotation's closing mark with its sentence") {
  CHECK(sentences("He said \"Go.\" Then left.") == Strings{"He said \"Go.\"", "Then left."});
  CHECK(sentences("She asked (quietly.) Nobody answered.") ==
        Strings{"She asked (quietly.)", "Nobody answered."});
  CHECK(sentences("He wrote \xE2\x80\x9CWe won.\xE2\x80\x9D Fans cheered.") ==
        Strings{"He wrote \xE2\x80\x9CWe won.\xE2\x80\x9D", "Fans cheered."});
}

TEST_CASE("split_sentences keeps a quoted question with the attribution that follows it") {
  CHECK(sentences("\"Is this it?\" she asked. Yes.") ==
        Strings{"\"Is this it?\" she asked.", "Yes."});
  CHECK(sentences("\xE2\x80\x9CWe won!\xE2\x80\x9D he said [1]. Fans cheered.") ==
        Strings{"\xE2\x80\x9CWe won!\xE2\x80\x9D he said [1].", "Fans cheered."});
  CHECK(sentences("He asked \"Why?\" Nobody knew.") ==
        Strings{"He asked \"Why?\"", "Nobody knew."});
}

TEST_CASE("split_sentences joins abbreviations that precede a lower-case word or a digit") {
  CHECK(sentences("He arrived at 5 p.m. yesterday. Good.") ==
        Strings{"He arrived at 5 p.m. yesterday.", "Good."});
  CHECK(sentences("It launched in Jan. 2025 worldwide. Sales rose.") ==
        Strings{"It launched in Jan. 2025 worldwide.", "Sales rose."});
  CHECK(sentences("He works at Acme Inc. and likes it.") ==
        Strings{"He works at Acme Inc. and likes it."});
}

TEST_CASE("split_sentences separates a sentence ending in \"[4].\" from the next one") {
  CHECK(sentences("Sales grew 31% [4]. Costs fell too [5].") ==
        Strings{"Sales grew 31% [4].", "Costs fell too [5]."});
}

TEST_CASE("split_sentences splits on question and exclamation marks") {
  CHECK(sentences("Is it true? Yes! It is.") == Strings{"Is it true?", "Yes!", "It is."});
}

TEST_CASE("split_sentences returns nothing for empty or blank input") {
  CHECK(split_sentences("").empty());
  CHECK(split_sentences("   ").empty());
  CHECK(split_sentences(" \t\n\r\n ").empty());
}

TEST_CASE("split_sentences trims whitespace and reports byte offsets in the original text") {
  const std::string text = "  Caf\xC3\xA9 prices rose.\n  Tea fell.  ";
  const std::vector<Span> spans = split_sentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 2);
  CHECK(spans[0].end == text.find("rose.") + 5);
  CHECK(spans[1].begin == text.find("Tea"));
  CHECK(spans[1].end == text.find("fell.") + 5);
}

TEST_CASE("split_sentences reads a newline as a space, not a boundary") {
  CHECK(sentences("The market\ngrew fast. It\r\nslowed.") ==
        Strings{"The market\ngrew fast.", "It\r\nslowed."});
}

TEST_CASE("split_sentences returns text with no final punctuation as one sentence") {
  CHECK(sentences("A heading without a stop") == Strings{"A heading without a stop"});
}

}  // namespace citecheck::text

namespace citecheck::text {

TEST_CASE("split_sentences keeps exclamations inside quoted speech with their sentence") {
  CHECK(sentences("\"Police! Search warrant!\", one officer shouted [3]. The door gave way.") ==
        Strings{"\"Police! Search warrant!\", one officer shouted [3].", "The door gave way."});
  CHECK(sentences("\u201CStop! Now!\u201D the guard called. Nobody moved.") ==
        Strings{"\u201CStop! Now!\u201D the guard called.", "Nobody moved."});
  // A quotation that ends the sentence, or an exclamation outside quotes, still ends it.
  CHECK(sentences("He said \"Run!\" Then he ran. We stayed.") ==
        Strings{"He said \"Run!\"", "Then he ran.", "We stayed."});
  CHECK(sentences("Fire! The alarm rang, \"loudly\", all night.") ==
        Strings{"Fire!", "The alarm rang, \"loudly\", all night."});
}

}  // namespace citecheck::text
