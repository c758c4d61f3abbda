// Extraction throughput: every page in a folder (.html or .html.gz) is read as citecheck reads a
// source (charset, gumbo, metadata, main content) and, as the floor, parsed by gumbo alone and
// freed. Each is timed over all pages, ROUNDS times; medians in MB/s of HTML are printed.
// Usage: extract_bench DIR [ROUNDS]    (bench/extract.sh builds and runs it)
//        extract_bench --per-page DIR [ROUNDS]     one line per page: name, floor s, extract s
//        extract_bench --predict DIR [NAME=VALUE...]  {id: {articleBody}} as JSON on stdout, with
//        the ContentTuning fields given (bench/extract_cv.py fits them that way)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "html/dom.h"
#include "source/extract.h"
#include "source/gzip.h"

namespace {

struct Loaded {
  std::vector<std::string> names;  // file names without .html / .html.gz
  std::vector<std::string> pages;
};

Loaded load_named(const std::filesystem::path& dir) {
  Loaded loaded;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (citecheck::source::is_gzip(bytes)) {
      auto inflated = citecheck::source::gunzip(bytes);
      if (!inflated) continue;
      bytes = std::move(*inflated);
    }
    std::string name = file.filename().string();
    name = name.substr(0, name.find('.'));
    loaded.names.push_back(std::move(name));
    loaded.pages.push_back(std::move(bytes));
  }
  return loaded;
}

std::vector<std::string> load_pages(const std::filesystem::path& dir) {
  return load_named(dir).pages;
}

template <typename F>
double median_seconds(int rounds, F&& run) {
  std::vector<double> times;
  for (int r = 0; r < rounds; ++r) {
    const auto start = std::chrono::steady_clock::now();
    run();
    times.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

// NAME=VALUE settings of ContentTuning; false when one is not a known name.
bool set_tuning(citecheck::source::ContentTuning& t, std::string_view setting) {
  const std::size_t eq = setting.find('=');
  if (eq == std::string_view::npos) return false;
  const std::string_view name = setting.substr(0, eq);
  const double value = std::atof(std::string(setting.substr(eq + 1)).c_str());
  if (name == "drop_captions") {
    t.drop_captions = value != 0;
  } else if (name == "teaser_link_share") {
    t.teaser_link_share = value;
  } else if (name == "teaser_max_chars") {
    t.teaser_max_chars = value;
  } else if (name == "publisher_cover") {
    t.publisher_cover = value;
  } else {
    return false;
  }
  return true;
}

int predict(int argc, char** argv) {
  citecheck::source::ContentTuning tuning;
  for (int i = 3; i < argc; ++i) {
    if (!set_tuning(tuning, argv[i])) {
      std::fprintf(stderr, "extract_bench: unknown setting '%s'\n", argv[i]);
      return 2;
    }
  }
  const Loaded loaded = load_named(argv[2]);
  nlohmann::json out = nlohmann::json::object();
  for (std::size_t i = 0; i < loaded.pages.size(); ++i) {
    out[loaded.names[i]]["articleBody"] =
        citecheck::source::read_page(loaded.pages[i], "text/html", tuning).main.text;
  }
  std::puts(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  return 0;
}

// Per page, the median floor and extract times, so a change that slows one kind of page shows.
int per_page(const std::filesystem::path& dir, int rounds) {
  const Loaded loaded = load_named(dir);
  std::size_t sink = 0;
  for (std::size_t i = 0; i < loaded.pages.size(); ++i) {
    const std::string& p = loaded.pages[i];
    const double floor = median_seconds(rounds, [&] { sink += citecheck::html::parse_only(p); });
    const double extract = median_seconds(
        rounds, [&] { sink += citecheck::source::read_page(p, "text/html").main.text.size(); });
    std::printf("%s %.6f %.6f\n", loaded.names[i].c_str(), floor, extract);
  }
  std::fprintf(stderr, "checksum %zu\n", sink % 10);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: extract_bench DIR [ROUNDS] | --per-page DIR [ROUNDS] | "
                 "--predict DIR [NAME=VALUE...]\n");
    return 2;
  }
  const std::string_view mode = argv[1];
  if (mode == "--predict" && argc > 2) return predict(argc, argv);
  if (mode == "--per-page" && argc > 2)
    return per_page(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 5);
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  const std::vector<std::string> pages = load_pages(argv[1]);
  double megabytes = 0;
  for (const std::string& p : pages) megabytes += static_cast<double>(p.size()) / 1e6;
  std::size_t sink = 0;
  const double floor = median_seconds(rounds, [&] {
    for (const std::string& p : pages) sink += citecheck::html::parse_only(p);
  });
  const double extract = median_seconds(rounds, [&] {
    for (const std::string& p : pages)
      sink += citecheck::source::read_page(p, "text/html").main.text.size();
  });
  std::printf("pages %zu, %.2f MB of HTML, median of %d rounds (checksum %zu)\n", pages.size(),
              megabytes, rounds, sink % 10);
  std::printf("gumbo parse (floor) %.3f s  %.1f MB/s\n", floor, megabytes / floor);
  std::printf("citecheck extract   %.3f s  %.1f MB/s\n", extract, megabytes / extract);
  std::printf("ratio extract/floor %.2f\n", extract / floor);
  return 0;
}
