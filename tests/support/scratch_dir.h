// A fresh directory under the system's temporary directory for one test, removed with everything
// in it when the test ends. Shared by every test that writes articles, manifests or pages.
#pragma once

#include <string>

namespace citecheck::testing {

class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }
  std::string path(const std::string& relative) const { return path_ + "/" + relative; }

  // Writes `bytes` to `relative` (parent directories made as needed); returns the file's path.
  std::string write(const std::string& relative, const std::string& bytes) const;

 private:
  std::string path_;
};

}  // namespace citecheck::testing
