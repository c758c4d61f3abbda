// The one place where stages meet. Its run functions read as the pipeline itself.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "cli/options.h"
#include "core/result.h"
#include "core/settings.h"
#include "core/types.h"
#include "fetch/in_flight.h"
#include "report/text.h"

namespace citecheck {

// The report in `format`, the one switch over the output formats (the CLI's and `citecheck
// serve`'s); `style` is the text format's.
std::string render_report(const core::Report& report, cli::OutputFormat format,
                          const report::TextStyle& style = {});

// `citecheck check`: the whole report, or a run failure (unreadable input, bad sources directory).
// `in_flight`, shared by the concurrent checks of `citecheck serve`, makes a URL another check is
// fetching be waited for rather than fetched again.
Result<core::Report> run_check(const cli::CheckOptions& options, std::istream& in,
                               std::shared_ptr<fetch::InFlight> in_flight = nullptr);

// `citecheck --format jsonl`: the documents read, judged and handed to `on_document` in batches,
// in input order, each as soon as its batch is judged; memory holds one batch's documents and
// sources, whatever the number of documents. `on_document` returns false to stop (a closed pipe).
using OnDocument = std::function<bool(core::DocumentReport& document)>;
struct StreamEnd {
  bool incomplete = false;  // --deadline cut some sources off
  std::string judge_model;  // the model judge's model when one was configured, else empty
  bool stopped = false;     // on_document asked to stop
};
Result<StreamEnd> run_check_streamed(const cli::CheckOptions& options, std::istream& in,
                                     const OnDocument& on_document);

// The settings of a run: the config file that applies (config/), checked against the rules
// (verdict/), under the command line's own settings.
Result<core::Settings> load_settings(const cli::ConfigChoice& choice);

// `citecheck config`: those settings as TOML, with where each came from.
std::string describe_settings(const core::Settings& settings);

// `citecheck extract`: the title line and main text of one source, fetched with the settings'
// network and cache options where the command line gives none.
Result<std::string> run_extract(const cli::ExtractOptions& options, const core::Settings& settings);

// `citecheck snapshot`: how many sources were saved (of them, how many as not read: broken or
// unverifiable, without a page), and "URL: reason" for each that was not saved.
struct SnapshotSummary {
  std::size_t saved = 0;
  std::size_t unread = 0;
  std::vector<std::string> missing;
};
Result<SnapshotSummary> run_snapshot(const cli::SnapshotOptions& options,
                                     const core::Settings& settings, std::istream& in);

// `citecheck cache stats|clear|prune`: what to print.
Result<std::string> run_cache(const cli::CacheOptions& options, const core::Settings& settings);

}  // namespace citecheck
