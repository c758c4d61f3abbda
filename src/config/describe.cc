// Printed by `citecheck config` before any check runs, so a user can see which file was found
// and which of its lines set what. Unset optional settings are printed as comments.
#include "config/describe.h"
#include "text/ascii.h"

#include <cstdlib>

#include <fmt/format.h>

namespace citecheck::config {
namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04X}", static_cast<int>(c));
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const std::string& item : items) out += (out.size() > 1 ? ", " : "") + quoted(item);
  return out + "]";
}

const char* fail_on_word(core::FailOn f) {
  switch (f) {
    case core::FailOn::kError:
      return "error";
    case core::FailOn::kWarning:
      return "warning";
    case core::FailOn::kInfo:
      return "info";
    case core::FailOn::kNever:
      return "never";
  }
  return "error";
}

class Printer {
 public:
  explicit Printer(const core::Settings& s) : s_(s) {}

  void line(const std::string& name, const std::string& key, const std::string& value) {
    const auto it = s_.origins.find(name);
    out_ +=
        fmt::format("{} = {}  # {}\n", key, value, it == s_.origins.end() ? "default" : it->second);
  }
  void unset(const std::string& key, const char* meaning) {
    out_ += fmt::format("# {} is not set: {}\n", key, meaning);
  }
  std::string& out() { return out_; }

 private:
  const core::Settings& s_;
  std::string out_;
};

std::string number(double v) { return fmt::format("{}", v); }

// Credentials stay out of CI logs: `citecheck config` shows that they are set, not what they are.
bool secret_header(std::string_view header) {
  const std::string name = text::lower_ascii(header);
  for (const char* word : {"authorization", "cookie", "token", "key", "secret", "password"}) {
    if (name.find(word) != std::string::npos) return true;
  }
  return false;
}

// [judge]: the key only as set or unset, never its value.
void describe_judge(Printer& p, const core::JudgeSettings& j) {
  p.out() += "\n[judge]\n";
  if (j.disabled) p.out() += "# --no-judge: no model judge for this run\n";
  if (!j.url.empty()) {
    p.line("judge.url", "url", quoted(j.url));
  } else {
    p.unset("url", "no model judge; claims are judged by the lexical engine");
  }
  if (!j.model.empty()) {
    p.line("judge.model", "model", quoted(j.model));
  } else {
    p.unset("model", "no model judge");
  }
  if (!j.api_key_env.empty()) {
    const char* key = std::getenv(j.api_key_env.c_str());
    p.line("judge.api-key-env", "api-key-env", quoted(j.api_key_env));
    p.out() += fmt::format("# the key in {} is {}\n", j.api_key_env,
                           key != nullptr && key[0] != '\0' ? "set" : "unset");
  } else {
    p.unset("api-key-env", "no key is sent");
  }
  p.line("judge.style", "style",
         quoted(j.style == core::JudgeStyle::kVerdict ? "verdict" : "minicheck"));
  p.line("judge.concurrency", "concurrency", std::to_string(j.concurrency));
  p.line("judge.timeout", "timeout", number(j.timeout));
  p.line("judge.max-evidence-tokens", "max-evidence-tokens", std::to_string(j.max_evidence_tokens));
  p.line("judge.scope", "scope", quoted(j.scope == core::JudgeScope::kAll ? "all" : "uncertain"));
}

}  // namespace

std::string describe_settings(const core::Settings& s, const std::vector<RuleDefault>& rules) {
  Printer p(s);
  p.out() += fmt::format("# config file: {}\n",
                         s.config_file.empty() ? "none found (defaults)" : s.config_file);
  p.line("fail-on", "fail-on", quoted(fail_on_word(s.fail_on)));
  p.line("include", "include", list(s.include));
  p.line("exclude", "exclude", list(s.exclude));
  p.line("exclude-urls", "exclude-urls", list(s.exclude_urls));
  p.line("cite-every-sentence", "cite-every-sentence", s.cite_every_sentence ? "true" : "false");
  p.line("archive", "archive", s.archive.enabled ? "true" : "false");
  p.line("archive-url", "archive-url", quoted(s.archive.url));
  std::vector<std::string> statuses;
  for (const int code : s.accept_status) statuses.push_back(std::to_string(code));
  p.line("accept-status", "accept-status",
         "[" + fmt::format("{}", fmt::join(statuses, ", ")) + "]");
  if (s.timeout) {
    p.line("timeout", "timeout", number(*s.timeout));
  } else {
    p.unset("timeout", "--timeout, else 20 seconds");
  }
  if (!s.user_agent.empty()) {
    p.line("user-agent", "user-agent", quoted(s.user_agent));
  } else {
    p.unset("user-agent", "--user-agent, else citecheck's own");
  }
  if (s.max_cache_age) {
    p.line("max-cache-age", "max-cache-age", std::to_string(*s.max_cache_age));
  } else {
    p.unset("max-cache-age", "the cache's default");
  }
  p.out() += "\n[rules]\n";
  for (const RuleDefault& r : rules) {
    const auto it = s.rules.find(r.id);
    const char* value = it == s.rules.end() ? core::severity_name(r.severity)
                        : it->second        ? core::severity_name(*it->second)
                                            : "off";
    p.line("rules." + r.id, r.id, quoted(value));
  }
  for (const core::HostSettings& h : s.hosts) {
    const std::string prefix = fmt::format("hosts.\"{}\".", h.host);
    p.out() += fmt::format("\n[hosts.{}]\n", quoted(h.host));
    if (h.concurrency)
      p.line(prefix + "concurrency", "concurrency", std::to_string(*h.concurrency));
    if (h.interval) p.line(prefix + "interval", "interval", number(*h.interval));
    if (!h.headers.empty()) {
      std::string table = "{ ";
      for (const auto& [name, value] : h.headers) {
        table += (table.size() > 2 ? ", " : "") + quoted(name) + " = " +
                 quoted(secret_header(name) ? "(hidden)" : value);
      }
      p.line(prefix + "headers", "headers", table + " }");
    }
  }
  describe_judge(p, s.judge);
  return p.out();
}

}  // namespace citecheck::config
