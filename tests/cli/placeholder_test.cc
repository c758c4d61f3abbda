#include <doctest/doctest.h>

#include "process.h"

using citecheck::testing::citecheck_binary;
using citecheck::testing::run_process;

TEST_CASE("--version prints the name and version and exits 0") {
  const auto r = run_process({citecheck_binary(), "--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("citecheck ", 0) == 0);
}
