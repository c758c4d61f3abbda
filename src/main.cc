// citecheck's entry point: parse the command line, run the pipeline, print the report in the
// chosen format, and turn the findings into the exit status (0 clean, 1 findings, 2 run failure).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "cli/options.h"
#include "core/result.h"
#include "fetch/interrupt.h"
#include "pipeline.h"
#include "report/json.h"
#include "report/merge.h"
#include "report/summary.h"
#include "serve/server.h"
#include "text/ascii.h"

namespace {

int fail(const std::string& message) {
  fmt::print(stderr, "citecheck: error: {}\n", citecheck::text::one_line(message));
  return 2;
}

// Writes all of `s`; a closed pipe (`citecheck ... | head`) ends the run quietly.
bool write_out(const std::string& s) {
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fflush(stdout) != 0) {
    return errno == EPIPE;
  }
  return true;
}

bool use_color(citecheck::cli::ColorMode mode) {
  if (mode == citecheck::cli::ColorMode::kAlways) return true;
  if (mode == citecheck::cli::ColorMode::kNever) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDOUT_FILENO) != 0;
}

// The report in the chosen format (citecheck::render_report), the text format styled for here.
template <typename Options>
std::string render(const citecheck::core::Report& r, const Options& options) {
  return citecheck::render_report(r, options.format,
                                  {use_color(options.color), options.quiet, options.verbose});
}

int interrupted() {
  std::fflush(stderr);
  citecheck::fetch::report_interrupted();
  return 130;
}

// --format jsonl: each document's line written as soon as its batch is judged, then the summary
// line; the report is never held whole.
int check_streamed(const citecheck::cli::CheckOptions& options) {
  namespace report = citecheck::report;
  report::Summary summary = report::summarize({});
  bool failed = false;
  bool write_failed = false;
  const auto end =
      citecheck::run_check_streamed(options, std::cin, [&](citecheck::core::DocumentReport& doc) {
        const bool judged = options.settings.judge.enabled();
        const std::string model = judged ? options.settings.judge.model : "";
        citecheck::core::Report one;
        one.documents.push_back(std::move(doc));
        report::add_summary(summary, report::summarize(one));
        for (const auto& finding : one.documents.front().findings) {
          failed = failed || citecheck::cli::fails(finding.severity, options.fail_on);
        }
        if (write_out(report::jsonl_document_line(
                report::document_json(one.documents.front(), judged), model))) {
          return true;
        }
        write_failed = true;
        return false;
      });
  if (citecheck::fetch::stop_requested()) return interrupted();
  if (write_failed) return fail("cannot write the report: " + citecheck::os_error_text(errno));
  if (!end) return fail(end.error());
  if (end->stopped) return 0;  // a closed pipe: quietly
  if (!write_out(report::jsonl_summary_line(summary, end->judge_model, end->incomplete))) {
    return fail("cannot write the report: " + citecheck::os_error_text(errno));
  }
  return failed ? 1 : 0;
}

int check(citecheck::cli::CheckOptions options) {
  // The config file that applies, under the command line's settings.
  auto settings = citecheck::load_settings(options.config);
  if (!settings) return fail(settings.error());
  options.settings = std::move(*settings);
  options.fail_on = options.settings.fail_on;
  citecheck::fetch::install_stop_handlers();
  if (options.format == citecheck::cli::OutputFormat::kJsonl) return check_streamed(options);
  auto report = citecheck::run_check(options, std::cin);
  if (citecheck::fetch::stop_requested()) return interrupted();
  if (!report) return fail(report.error());
  std::string out;
  {
    // Rendering a large report takes a while and writes nothing yet: a signal ends it at once.
    const citecheck::fetch::EndAtOnceOnStop at_once;
    out = render(*report, options);
  }
  if (citecheck::fetch::stop_requested()) return interrupted();
  if (!write_out(out)) return fail("cannot write the report: " + citecheck::os_error_text(errno));
  for (const auto& doc : report->documents) {
    for (const auto& finding : doc.findings) {
      if (citecheck::cli::fails(finding.severity, options.fail_on)) return 1;
    }
  }
  return 0;
}

// `citecheck merge`: the shards' reports as one, in the chosen format, to stdout or --output; the
// exit status is the one a single run over their documents gives.
int merge(const citecheck::cli::MergeOptions& options) {
  namespace report = citecheck::report;
  using citecheck::cli::OutputFormat;
  auto settings = citecheck::load_settings(options.config);
  if (!settings) return fail(settings.error());
  auto merged = report::merge_reports(options.reports);
  if (!merged) return fail(merged.error());
  const citecheck::core::Report& r = merged->report;
  std::string out;
  if (options.format == OutputFormat::kJson) {
    out = report::render_json(r.judge_model, std::move(merged->documents), merged->summary,
                              r.incomplete);
  } else if (options.format == OutputFormat::kJsonl) {
    for (report::Json& d : merged->documents) {
      out += report::jsonl_document_line(std::move(d), r.judge_model);
    }
    out += report::jsonl_summary_line(merged->summary, r.judge_model, r.incomplete);
  } else {
    out = render(r, options);
  }
  if (options.output.empty()) {
    if (!write_out(out)) return fail("cannot write the report: " + citecheck::os_error_text(errno));
  } else {
    std::ofstream file(options.output, std::ios::binary | std::ios::trunc);
    file << out;
    file.close();
    if (!file) {
      return fail(
          fmt::format("cannot write '{}': {}", options.output, citecheck::os_error_text(errno)));
    }
  }
  for (const auto& doc : r.documents) {
    for (const auto& finding : doc.findings) {
      if (citecheck::cli::fails(finding.severity, settings->fail_on)) return 1;
    }
  }
  return 0;
}

// `citecheck snapshot`: 0 when every source was saved, 1 when some could not be (listed). Beside
// the sources it writes DIR/report.json, the JSON report of the same documents checked against
// DIR offline, which `citecheck PATH... --sources DIR --offline --no-cache --format json` run
// from the same directory reproduces byte for byte.
int snapshot(const citecheck::cli::SnapshotOptions& options) {
  auto settings = citecheck::load_settings(options.config);
  if (!settings) return fail(settings.error());
  // Standard input, when a path names it ("-"), is read once and given to both passes; otherwise it
  // is never read (a terminal, or a CI runner's pipe left open, would keep the run waiting).
  const bool reads_stdin =
      std::find(options.paths.begin(), options.paths.end(), "-") != options.paths.end();
  std::istringstream input(reads_stdin ? std::string(std::istreambuf_iterator<char>(std::cin), {})
                                       : std::string());
  auto summary = citecheck::run_snapshot(options, *settings, input);
  if (!summary) return fail(summary.error());
  citecheck::cli::CheckOptions replay;
  replay.paths = options.paths;
  replay.sources = {options.out};
  replay.offline = true;
  replay.cache.disabled = true;
  replay.format = citecheck::cli::OutputFormat::kJson;
  replay.settings = *settings;
  input.clear();
  input.seekg(0);
  auto report = citecheck::run_check(replay, input);
  if (!report) return fail(report.error());
  const std::string report_path = options.out + "/report.json";
  std::ofstream frozen(report_path, std::ios::binary | std::ios::trunc);
  frozen << render(*report, replay);
  frozen.close();
  if (!frozen) return fail("cannot write '" + report_path + "'");
  for (const std::string& missing : summary->missing) {
    fmt::print(stderr, "citecheck: not saved: {}\n", missing);
  }
  std::string line = fmt::format("saved {} of {} sources to {}", summary->saved,
                                 summary->saved + summary->missing.size(), options.out);
  if (summary->unread > 0) {
    line +=
        fmt::format(" ({} without a page: broken or unverifiable when fetched)", summary->unread);
  }
  line += "\n";
  if (!write_out(line)) return fail("cannot write the summary");
  return summary->missing.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  const auto parsed = citecheck::cli::parse_command_line(argc, argv);
  if (!parsed.error.empty()) return fail(parsed.error);
  if (const auto* options = std::get_if<citecheck::cli::CheckOptions>(&parsed.command)) {
    return check(*options);
  }
  if (const auto* options = std::get_if<citecheck::cli::ConfigOptions>(&parsed.command)) {
    auto settings = citecheck::load_settings(options->config);
    if (!settings) return fail(settings.error());
    return write_out(citecheck::describe_settings(*settings)) ? 0
                                                              : fail("cannot write the settings");
  }
  if (const auto* options = std::get_if<citecheck::cli::ExtractOptions>(&parsed.command)) {
    auto settings = citecheck::load_settings(options->config);
    if (!settings) return fail(settings.error());
    auto text = citecheck::run_extract(*options, *settings);
    if (!text) return fail(text.error());
    return write_out(*text) ? 0 : fail("cannot write the text");
  }
  if (const auto* options = std::get_if<citecheck::cli::SnapshotOptions>(&parsed.command)) {
    return snapshot(*options);
  }
  if (const auto* options = std::get_if<citecheck::cli::MergeOptions>(&parsed.command)) {
    return merge(*options);
  }
  if (const auto* options = std::get_if<citecheck::cli::ServeOptions>(&parsed.command)) {
    citecheck::cli::ServeOptions serving = *options;
    auto settings = citecheck::load_settings(serving.check.config);
    if (!settings) return fail(settings.error());
    serving.check.settings = std::move(*settings);
    serving.check.fail_on = serving.check.settings.fail_on;
    auto served = citecheck::serve::serve(serving);
    return served ? 0 : fail(served.error());
  }
  if (const auto* options = std::get_if<citecheck::cli::CacheOptions>(&parsed.command)) {
    auto settings = citecheck::load_settings(options->config);
    if (!settings) return fail(settings.error());
    auto text = citecheck::run_cache(*options, *settings);
    if (!text) return fail(text.error());
    return write_out(*text) ? 0 : fail("cannot write the cache's state");
  }
  return parsed.exit_code;
}
