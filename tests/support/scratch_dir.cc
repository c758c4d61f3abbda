// Names combine the process id, a random number and a counter, so parallel CTest runs of the same
// test program never share a directory.
#include "scratch_dir.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>

namespace citecheck::testing {
namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
  static std::atomic<int> counter{0};
  const fs::path p = fs::temp_directory_path() /
                     ("citecheck-test-" + std::to_string(::getpid()) + "-" +
                      std::to_string(std::random_device{}()) + "-" + std::to_string(counter++));
  fs::remove_all(p);
  fs::create_directories(p);
  path_ = p.string();
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string ScratchDir::write(const std::string& relative, const std::string& bytes) const {
  const fs::path file = fs::path(path_) / relative;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
  return file.string();
}

}  // namespace citecheck::testing
