// Fetches shared between concurrent checks in one process (`citecheck serve`): while one check
// fetches a URL, another that cites it waits for that answer instead of fetching it again. The
// first to claim a URL owns it and publishes its outcome; the claim is dropped then, and a later
// check finds the page in the HTTP cache (the owner stores it before it publishes).
#pragma once

#include <cstddef>
#include <future>
#include <map>
#include <mutex>
#include <string>

#include "fetch/engine.h"

namespace citecheck::fetch {

class InFlight {
 public:
  struct Claim {
    bool owner = false;                  // this caller fetches the URL and must publish it
    std::shared_future<Fetched> answer;  // for the others: the owner's outcome
  };

  // By normalised URL.
  Claim claim(const std::string& key);
  // The owner's outcome, handed to every caller waiting on `key`; the claim ends.
  void publish(const std::string& key, const Fetched& fetched);

  // URLs claimed and not published yet.
  std::size_t pending() const;

 private:
  struct Pending {
    std::promise<Fetched> promise;
    std::shared_future<Fetched> answer;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Pending> pending_;
};

}  // namespace citecheck::fetch
