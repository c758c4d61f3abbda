// Whether a parsed page holds a sign-in form, read from the form's markup (a password input, the
// browser's autocomplete tokens, a form posting to a login address), so it is found whatever
// language the page is written in. walls.cc decides whether the form is all the page offers.
#pragma once

#include "html/dom.h"

namespace citecheck::source {

// A visible sign-in form outside the page's furniture (a login box in the header or a hidden
// modal does not count): a password input, an input the browser autocompletes with the current
// password, or a form named or posting to a login address with an e-mail or user-name input (the
// first step of a two-step sign-in).
bool has_sign_in_form(const html::HtmlDom& dom);

}  // namespace citecheck::source
