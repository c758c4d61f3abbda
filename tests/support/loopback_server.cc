// The loopback server behind the network tests. Every request is logged before routing, so tests
// can count requests per path and check spacing, headers and the Host each one named.
#include "loopback_server.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

namespace citecheck::testing {

LoopbackServer::LoopbackServer() {
  // Slow-host tests keep dozens of requests open at once: more threads than the default eight.
  server_.new_task_queue = [] { return new httplib::ThreadPool(64); };
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
    const std::lock_guard<std::mutex> lock(mutex_);
    requests_.push_back(
        {req.path, req.get_header_value("Host"), std::chrono::steady_clock::now(), req.headers});
    return httplib::Server::HandlerResponse::Unhandled;
  });
  port_ = server_.bind_to_any_port("127.0.0.1");
}

void LoopbackServer::start() {
  // The socket already listens (bind_to_any_port), so early connections wait in its backlog.
  thread_ = std::thread([this] {
    server_.listen_after_bind();
    listen_returned_ = true;
  });
  // cpp-httplib's stop() does nothing until the accept loop runs, so a server stopped before its
  // thread got that far would serve on and its join() would never return: wait for the loop.
  while (!server_.is_running() && !listen_returned_) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

LoopbackServer::~LoopbackServer() {
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

std::vector<std::string> LoopbackServer::connect_to(const std::string& host) const {
  const std::string target = "127.0.0.1:" + std::to_string(port_);
  return {host + ":80:" + target, host + ":443:" + target};
}

std::vector<std::string> LoopbackServer::connect_to_flags(const std::string& host) const {
  std::vector<std::string> flags;
  for (const std::string& rule : connect_to(host)) {
    flags.push_back("--connect-to");
    flags.push_back(rule);
  }
  return flags;
}

std::vector<ReceivedRequest> LoopbackServer::requests() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return requests_;
}

int LoopbackServer::count(const std::string& path) const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<int>(std::count_if(requests_.begin(), requests_.end(),
                                        [&](const ReceivedRequest& r) { return r.path == path; }));
}

int LoopbackServer::peak_busy() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  return peak_busy_;
}

LoopbackServer::Busy::Busy(LoopbackServer& server) : server_(server) {
  const std::lock_guard<std::mutex> lock(server_.mutex_);
  server_.peak_busy_ = std::max(server_.peak_busy_, ++server_.busy_);
}

LoopbackServer::Busy::~Busy() {
  const std::lock_guard<std::mutex> lock(server_.mutex_);
  --server_.busy_;
}

ClosedPort::ClosedPort() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (fd_ < 0 || bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    throw std::runtime_error("ClosedPort: cannot bind a loopback port");
  }
  port_ = ntohs(addr.sin_port);
}

ClosedPort::~ClosedPort() {
  if (fd_ >= 0) close(fd_);
}

}  // namespace citecheck::testing
