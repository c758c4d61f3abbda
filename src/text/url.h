// URL spellings of one page: the fetch stage fetches each normalised URL once, and the cite and
// verdict stages count two links or entries as one reference when they name the same page.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::text {

// Scheme and host lower-cased, a default port (:80 for http, :443 for https) and the fragment
// dropped, an empty path written "/". User info, path and query are kept as they are.
std::string normalize_url(std::string_view url);

// normalize_url without the slash that ends a path: "https://a.example/guide/#install" and
// "HTTPS://A.example:443/guide" are one page, "https://a.example/guide?page=2" another.
std::string page_key(std::string_view url);

}  // namespace citecheck::text
