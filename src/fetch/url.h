// URL normalisation, so that every unique source is fetched (or looked up) once however it is
// spelled: scheme and host lower-cased, default port and fragment dropped.
#pragma once

#include <string>
#include <string_view>

namespace citecheck::fetch {

std::string normalize_url(std::string_view url);

// "https", "http", "ftp", ... lower-cased; "" when `url` has no scheme.
std::string url_scheme(std::string_view url);

}  // namespace citecheck::fetch
