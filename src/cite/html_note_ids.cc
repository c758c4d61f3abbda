// A list is a group when one of its notes' markers shows a label that is not the note's number.
// Then every labelled note is named by its label, and the others by the pattern the labels follow:
// a prefix before the number ("n 3" for note 3) or a letter in place of it ("c" for note 3). The
// markers are the links into a note from outside every note.
#include "cite/html_note_ids.h"

#include <map>
#include <string>
#include <vector>

namespace citecheck::cite {
namespace {

// 1 -> "a", 26 -> "z", 27 -> "aa", as lower-alpha list items are shown.
std::string letters(unsigned long n) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('a' + (n - 1) % 26));
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// The label the note numbered `n` would show, given that note `k` shows `label`; "" if no
// pattern is seen.
std::string label_like(const std::string& label, unsigned long k, unsigned long n) {
  const std::string number = std::to_string(k);
  if (label.size() > number.size() && label.ends_with(number)) {
    const char before = label[label.size() - number.size() - 1];
    if (before < '0' || before > '9') {
      return label.substr(0, label.size() - number.size()) + std::to_string(n);
    }
  }
  if (label == letters(k)) return letters(n);
  if (label == upper(letters(k))) return upper(letters(n));
  return {};
}

unsigned long number_of(const std::string& id) {
  unsigned long n = 0;
  for (const char c : id) {
    if (c < '0' || c > '9' || n > 1000000) return 0;
    n = n * 10 + static_cast<unsigned long>(c - '0');
  }
  return n;
}

// Per reference: the label of the first marker that links to it, from outside every note.
std::vector<std::string> marker_labels(const html::HtmlDom& dom, const HtmlNotes& notes) {
  std::vector<std::string> labels(notes.references.size());
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const std::string& target = notes.target[i];
    if (!target.starts_with("#") || notes.reference_of[i]) continue;
    const auto found = notes.ids.find(std::string_view(target).substr(1));
    if (found == notes.ids.end() || !notes.reference_of[found->second]) continue;
    const std::size_t r = *notes.reference_of[found->second];
    if (!labels[r].empty() || !looks_like_note_link(dom, notes, i)) continue;
    labels[r] = marker_label(visible_text(dom, i));
  }
  return labels;
}

}  // namespace

void name_grouped_notes(const html::HtmlDom& dom, HtmlNotes& notes) {
  const std::vector<std::string> labels = marker_labels(dom, notes);
  std::map<std::size_t, std::vector<std::size_t>> groups;  // parent of the items -> references
  for (std::size_t r = 0; r < notes.items.size(); ++r) {
    groups[notes.parent[notes.items[r]]].push_back(r);
  }
  for (const auto& [parent, members] : groups) {
    std::size_t sample = notes.references.size();
    for (const std::size_t r : members) {
      if (!labels[r].empty() && labels[r] != notes.references[r].id) sample = r;
    }
    if (sample == notes.references.size()) continue;
    const unsigned long k = number_of(notes.references[sample].id);
    for (const std::size_t r : members) {
      std::string& id = notes.references[r].id;
      if (!labels[r].empty()) {
        id = labels[r];
      } else if (std::string like = label_like(labels[sample], k, number_of(id)); !like.empty()) {
        id = std::move(like);
      }
    }
  }
}

}  // namespace citecheck::cite
