// Extraction throughput: every page in a folder (.html or .html.gz) is read as citecheck reads a
// source (charset, gumbo, metadata, main content) and, as the floor, parsed by gumbo alone and
// freed. Each is timed over all pages, ROUNDS times; medians in MB/s of HTML are printed.
// Usage: extract_bench DIR [ROUNDS]    (bench/extract.sh builds and runs it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "source/extract.h"
#include "source/gzip.h"
#include "html/dom.h"

namespace {

std::vector<std::string> load_pages(const std::filesystem::path& dir) {
  std::vector<std::string> pages;
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
    pages.push_back(std::move(bytes));
  }
  return pages;
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

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extract_bench DIR [ROUNDS]\n");
    return 2;
  }
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
