// The map of URLs being fetched by some check of this process (fetch stage, `citecheck serve`).
#include "fetch/in_flight.h"

namespace citecheck::fetch {

InFlight::Claim InFlight::claim(const std::string& key) {
  const std::lock_guard lock(mutex_);
  const auto found = pending_.find(key);
  if (found != pending_.end()) return {false, found->second.answer};
  Pending& p = pending_[key];
  p.answer = p.promise.get_future().share();
  return {true, p.answer};
}

void InFlight::publish(const std::string& key, const Fetched& fetched) {
  const std::lock_guard lock(mutex_);
  const auto found = pending_.find(key);
  if (found == pending_.end()) return;
  found->second.promise.set_value(fetched);
  pending_.erase(found);
}

std::size_t InFlight::pending() const {
  const std::lock_guard lock(mutex_);
  return pending_.size();
}

}  // namespace citecheck::fetch
