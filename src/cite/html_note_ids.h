// The ids of notes whose markers do not show their number in the list: a MediaWiki notes group
// ("[n 1]") or lettered notes ("[a]") beside the numbered references, or book notes numbered on
// from an earlier chapter. Used by cite/html_notes.cc.
#pragma once

#include "cite/html_notes.h"
#include "html/dom.h"

namespace citecheck::cite {

// Renames the references of each list (or siblings' run of notes) whose markers show something
// other than the numbers: a cited note takes its markers' label, an uncited one the label its
// number would have ("n 4", "d").
void name_grouped_notes(const html::HtmlDom& dom, HtmlNotes& notes);

}  // namespace citecheck::cite
