// Indexing is done once per source and shared by every claim that cites it.
#include "match/source_index.h"

#include "text/sentences.h"
#include "text/tokens.h"

namespace citecheck::match {

std::string word_string(std::string_view text) {
  std::string out = " ";
  for (const text::Word& w : text::words(text)) {
    out += w.folded;
    out += ' ';
  }
  return out;
}

SourceIndex index_source(const core::SourceText& source) {
  SourceIndex index;
  auto add = [&](std::string_view sentence) {
    SourceSentence s;
    s.text = std::string(sentence);
    s.terms = text::content_terms(sentence);
    s.quantities = text::find_quantities(sentence);
    index.sentences.push_back(std::move(s));
  };
  if (!source.title.empty()) add(source.title);
  const std::string_view body = source.text;
  std::size_t begin = 0;
  while (begin < body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view line = body.substr(begin, end - begin);
    for (const text::Span& span : text::split_sentences(line)) {
      add(line.substr(span.begin, span.end - span.begin));
    }
    begin = end + 1;
  }
  index.words = word_string(source.title + "\n" + source.text);
  return index;
}

}  // namespace citecheck::match
