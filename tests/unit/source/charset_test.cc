#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "source/charset.h"
#include "source/extract.h"

namespace citecheck::source {
namespace {

std::string fixture_page(const std::string& name) {
  std::ifstream in(std::string(CITECHECK_SOURCE_DIR) + "/fixtures/pages/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("a windows-1252 page keeps its curly quotes, euro signs and accents") {
  const Page page = read_page(fixture_page("windows-1252.html"), "text/html");
  CHECK(page.charset == "windows-1252");
  CHECK(has(page.main.text,
            "at a cost of \xE2\x82\xAC"
            "12,500 per shelter"));
  CHECK(has(page.main.text, "\xE2\x80\x9CPeople want to know"));
  CHECK(has(page.main.text, "Jos\xC3\xA9 Mart\xC3\xADnez"));
  CHECK(page.main.title ==
        "Bus shelters get \xE2\x80\x9Csmart\xE2\x80\x9D screens \xE2\x80\x93 "
        "Riverside Courier");
}

TEST_CASE("an ISO-8859-1 page reads as windows-1252, as browsers read it") {
  const Page page = read_page(fixture_page("iso-8859-1.html"), "text/html");
  CHECK(page.charset == "windows-1252");
  CHECK(has(page.main.text, "Z\xC3\xBCrich\xE2\x80\x99s tram network carried 205 million"));
  CHECK(has(page.main.text,
            "Stra\xC3\x9F"
            "enbahn"));
}

TEST_CASE("Shift_JIS and GBK pages decode to the same characters a reader sees") {
  const Page japanese = read_page(fixture_page("shift_jis.html"), "text/html");
  CHECK(japanese.charset == "shift_jis");
  CHECK(has(japanese.main.text,
            "\xE9\x9B\xBB\xE6\xB0\x97\xE3\x83\x90\xE3\x82\xB9"
            "120"));  // 電気バス120
  const Page chinese = read_page(fixture_page("gbk.html"), "text/html");
  CHECK(chinese.charset == "gb18030");
  CHECK(has(chinese.main.text,
            "\xE5\x85\xA8\xE5\xB8\x82"
            "16359"));  // 全市16359
}

TEST_CASE("the Content-Type header outranks the page's meta tag, and a BOM outranks both") {
  const std::string html = "<meta charset=\"utf-8\"><p>caf\xE9 cr\xE8me</p>";
  CHECK(read_page(html, "text/html; charset=ISO-8859-1").main.text == "caf\xC3\xA9 cr\xC3\xA8me\n");
  const std::string bom = "\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>";
  const Page page = read_page(bom, "text/html; charset=windows-1252");
  CHECK(page.main.text == "caf\xC3\xA9\n");
  CHECK(page.charset == "utf-8");
}

TEST_CASE("meta_charset reads <meta charset>, http-equiv and XML declarations") {
  CHECK(meta_charset("<html><head><meta charset='Shift_JIS'>") == "shift_jis");
  CHECK(meta_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\">") ==
        "gb18030");
  CHECK(meta_charset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>") == "windows-1252");
  CHECK(meta_charset("<p>charset=koi8-r is only text here</p>").empty());
}

TEST_CASE("undeclared bytes that are not UTF-8 are detected") {
  // A long enough run of Shift_JIS text with no charset named anywhere.
  std::string sjis;
  for (int i = 0; i < 20; ++i) {
    sjis +=
        "\x93\x8C\x8B\x9E\x93\x73\x8C\xF0\x92\xCA\x8B\xC7\x82\xCD\x81\x41"
        "\x93\x64\x8B\x43\x83\x6F\x83\x58\x82\xF0\x93\xB1\x93\xFC\x82\xB7\x82\xE9\x81\x42";
  }
  const Decoded decoded = to_utf8(sjis, "", false);
  CHECK(decoded.how == "detected");
  CHECK(decoded.charset == "shift_jis");
  CHECK(has(decoded.text, "\xE6\x9D\xB1\xE4\xBA\xAC"));  // 東京
}

TEST_CASE("an unknown charset label falls back without losing valid UTF-8") {
  const Decoded decoded = to_utf8("<p>caf\xC3\xA9</p>", "text/html; charset=x-no-such-thing", true);
  CHECK(decoded.text == "<p>caf\xC3\xA9</p>");
}

}  // namespace citecheck::source
