// The charset adapter (ICU's ucsdet for detection, ucnv for conversion), used by the source stage
// before gumbo sees a page. Only this file includes ICU's converter headers.
#include "source/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>
#include <utility>

#include "text/utf8.h"

namespace citecheck::source {
namespace {

constexpr std::size_t kSniffBytes = 4096;
constexpr std::size_t kDetectBytes = 64 * 1024;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

// The value after "charset=" in `s`, up to a quote, space, semicolon or '>'.
std::string charset_param(std::string_view s) {
  const std::string l = lower(s);
  const std::size_t at = l.find("charset=");
  if (at == std::string::npos) return "";
  std::size_t i = at + 8;
  while (i < l.size() && (l[i] == '"' || l[i] == '\'' || l[i] == ' ')) ++i;
  std::size_t end = i;
  while (end < l.size() && l[end] != '"' && l[end] != '\'' && l[end] != ' ' && l[end] != ';' &&
         l[end] != '>' && l[end] != '/')
    ++end;
  return l.substr(i, end - i);
}

std::string convert(std::string_view bytes, const std::string& charset, bool& ok) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> from(ucnv_open(charset.c_str(), &status));
  std::unique_ptr<UConverter, ConverterCloser> to(ucnv_open("UTF-8", &status));
  ok = U_SUCCESS(status);
  if (!ok) return "";
  std::string out(bytes.size() * 3 + 16, '\0');
  const char* source = bytes.data();
  char* target = out.data();
  // Invalid bytes become U+FFFD (the default substitution callbacks), never an error.
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true,
                 &status);
  ok = U_SUCCESS(status);
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

std::string detect(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  ucsdet_enableInputFilter(detector.get(), true);  // ignore markup
  const auto n = static_cast<int32_t>(std::min(bytes.size(), kDetectBytes));
  ucsdet_setText(detector.get(), bytes.data(), n, &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name != nullptr ? canonical_charset(name) : "";
}

}  // namespace

std::string canonical_charset(std::string_view label) {
  std::string l = lower(label);
  while (!l.empty() && (l.back() == ' ' || l.back() == '"')) l.pop_back();
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kAliases = {{
      {"utf8", "utf-8"},
      {"unicode-1-1-utf-8", "utf-8"},
      {"iso-8859-1", "windows-1252"},
      {"iso8859-1", "windows-1252"},
      {"latin1", "windows-1252"},
      {"l1", "windows-1252"},
      {"us-ascii", "windows-1252"},
      {"ascii", "windows-1252"},
      {"cp1252", "windows-1252"},
      {"gb2312", "gb18030"},
      {"gbk", "gb18030"},
      {"x-gbk", "gb18030"},
      {"sjis", "shift_jis"},
      {"x-sjis", "shift_jis"},
      {"ms_kanji", "shift_jis"},
      {"euc-kr", "windows-949"},
  }};
  for (const auto& [alias, name] : kAliases) {
    if (l == alias) return std::string(name);
  }
  return l;
}

std::string meta_charset(std::string_view html_start) {
  const std::string head = lower(html_start.substr(0, std::min(html_start.size(), kSniffBytes)));
  if (head.rfind("<?xml", 0) == 0) {
    const std::size_t at = head.find("encoding=");
    const std::size_t end = head.find("?>");
    if (at != std::string::npos && at < end) {
      std::string value = head.substr(at + 9, end - at - 9);
      value.erase(std::remove_if(value.begin(), value.end(),
                                 [](char c) { return c == '"' || c == '\'' || c == ' '; }),
                  value.end());
      if (!value.empty()) return canonical_charset(value);
    }
  }
  for (std::size_t at = head.find("<meta"); at != std::string::npos;
       at = head.find("<meta", at + 5)) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(
        at, end == std::string::npos ? std::string::npos : end - at + 1);
    std::string value = charset_param(tag);
    if (!value.empty()) return canonical_charset(value);
  }
  return "";
}

Decoded to_utf8(std::string_view bytes, std::string_view content_type, bool html) {
  // A byte-order mark outranks everything, as in browsers.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    return {text::repair_utf8(bytes.substr(3)), "utf-8", "bom"};
  std::string charset;
  std::string how;
  if (bytes.substr(0, 2) == "\xFF\xFE") {
    charset = "utf-16", how = "bom";  // ICU's UTF-16 reads and drops the mark
  } else if (bytes.substr(0, 2) == "\xFE\xFF") {
    charset = "utf-16", how = "bom";
  } else if (charset = canonical_charset(charset_param(content_type)); !charset.empty()) {
    how = "header";
  } else if (html && !(charset = meta_charset(bytes)).empty()) {
    how = "meta";
  } else if (!text::first_invalid_utf8(bytes)) {
    return {std::string(bytes), "utf-8", "default"};
  } else if (!(charset = detect(bytes)).empty()) {
    how = "detected";
  } else {
    charset = "windows-1252", how = "default";
  }
  // A page that declares UTF-16 in a <meta> while being read as bytes is really ASCII-compatible.
  if (how == "meta" && charset.rfind("utf-16", 0) == 0) charset = "utf-8";
  if (charset == "utf-8") return {text::repair_utf8(bytes), charset, how};
  bool ok = false;
  std::string text = convert(bytes, charset, ok);
  if (ok) return {std::move(text), charset, how};
  // A label ICU does not know: fall back to UTF-8 when it fits, else to detection.
  if (!text::first_invalid_utf8(bytes)) return {std::string(bytes), "utf-8", "default"};
  const std::string guess = detect(bytes);
  text = convert(bytes, guess.empty() ? "windows-1252" : guess, ok);
  return {ok ? std::move(text) : text::repair_utf8(bytes), guess, "detected"};
}

}  // namespace citecheck::source
