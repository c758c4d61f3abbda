// Sign-in forms for the wall check of the source stage (extract.cc sets Page::sign_in_form, and
// walls.cc reads it). Only markup is read: input types, autocomplete tokens and the words of the
// form's action, id and class, which sites write in English whatever their pages' language.
#include "source/sign_in.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "source/boilerplate.h"
#include "source/html_text.h"
#include "text/ascii.h"

namespace citecheck::source {

using html::HtmlDom;
using html::HtmlNode;
namespace {

bool has_word(std::string_view haystack, std::string_view word) {
  return text::lower_ascii(haystack).find(word) != std::string::npos;
}

// A form whose address or name says it signs the reader in: "/login", "signin", "sso/auth".
bool names_sign_in(const HtmlNode& form) {
  static constexpr std::array<std::string_view, 6> kWords = {"login",   "log-in", "signin",
                                                             "sign-in", "logon",  "auth"};
  for (const std::string_view attr : {"action", "id", "class", "name"}) {
    const std::string_view value = form.attribute(attr);
    if (std::any_of(kWords.begin(), kWords.end(),
                    [&](std::string_view w) { return has_word(value, w); }))
      return true;
  }
  return false;
}

bool password_input(const HtmlNode& n) {
  return text::lower_ascii(n.attribute("type")) == "password" ||
         has_word(n.attribute("autocomplete"), "current-password");
}

bool identity_input(const HtmlNode& n) {
  const std::string type = text::lower_ascii(n.attribute("type"));
  return type == "email" || has_word(n.attribute("autocomplete"), "username") ||
         has_word(n.attribute("autocomplete"), "email");
}

// Page chrome a site puts a login box in beside its content: header, navigation, menus, dialogs,
// sidebars and pop-ups by name.
bool chrome(const HtmlNode& n) {
  return n.tag == "header" || names_furniture(n) || n.tag == "nav" || n.tag == "footer" ||
         n.tag == "aside" || n.tag == "dialog" || n.tag == "menu" ||
         n.attribute("role") == "dialog" || n.attribute("role") == "navigation" ||
         n.attribute("role") == "banner";
}

}  // namespace

bool has_sign_in_form(const HtmlDom& dom) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  // Nodes come parent first, so one forward pass carries each node's context down.
  std::vector<bool> out_of_sight(dom.nodes.size(), false);
  std::vector<std::size_t> form_of(dom.nodes.size(), kNone);
  for (std::size_t i = 0; i < dom.nodes.size(); ++i) {
    const HtmlNode& n = dom.nodes[i];
    if (n.is_text) continue;
    const bool hidden = out_of_sight[i] || is_hidden(n) || chrome(n) ||
                        (n.tag != "input" && is_invisible_tag(n.tag)) || is_screen_reader_only(n);
    if (n.tag == "form") form_of[i] = i;
    for (const std::size_t c : n.children) {
      out_of_sight[c] = hidden;
      form_of[c] = form_of[i];
    }
    if (hidden || n.tag != "input") continue;
    if (password_input(n)) return true;
    if (identity_input(n) && form_of[i] != kNone && names_sign_in(dom.nodes[form_of[i]]))
      return true;
  }
  return false;
}

}  // namespace citecheck::source
