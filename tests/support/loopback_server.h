// An HTTP server on 127.0.0.1, on a port the system picks, run on its own threads inside the test
// process (cpp-httplib). Tests script what each path answers, point real-looking URLs at it with
// --connect-to, and read back what it received: no test ever touches the internet.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace citecheck::testing {

struct ReceivedRequest {
  std::string path;
  std::string host;  // the Host header, as the client sent it
  std::chrono::steady_clock::time_point at;
  httplib::Headers headers;
};

class LoopbackServer {
 public:
  LoopbackServer();
  ~LoopbackServer();
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  // Handlers are added before start(); cpp-httplib does not allow adding them while it serves.
  httplib::Server& http() { return server_; }
  // Returns once the server accepts, so it can be stopped (destroyed) at any time after.
  void start();

  int port() const { return port_; }
  // "HOST:80:127.0.0.1:PORT" and the same for 443: --connect-to for a real-looking host name.
  std::vector<std::string> connect_to(const std::string& host) const;
  // The same as command-line arguments: "--connect-to", rule, "--connect-to", rule.
  std::vector<std::string> connect_to_flags(const std::string& host) const;

  std::vector<ReceivedRequest> requests() const;
  int count(const std::string& path) const;
  // The most requests the handlers were in at one time (handlers count themselves with Busy).
  int peak_busy() const;

  // Held by a handler while it works, so a test can see how many requests overlapped.
  class Busy {
   public:
    explicit Busy(LoopbackServer& server);
    ~Busy();
    Busy(const Busy&) = delete;
    Busy& operator=(const Busy&) = delete;

   private:
    LoopbackServer& server_;
  };

 private:
  httplib::Server server_;
  std::thread thread_;
  std::atomic<bool> listen_returned_{false};
  int port_ = 0;
  mutable std::mutex mutex_;
  std::vector<ReceivedRequest> requests_;
  int busy_ = 0;
  int peak_busy_ = 0;
};

// A port on 127.0.0.1 where nothing listens, for refused connections. The socket stays bound (and
// never listens) while the object lives, so no other test process running beside this one can be
// given the port and answer on it.
class ClosedPort {
 public:
  ClosedPort();
  ~ClosedPort();
  ClosedPort(const ClosedPort&) = delete;
  ClosedPort& operator=(const ClosedPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

}  // namespace citecheck::testing
