// SPDX-License-Identifier: MIT
// ricochet stats INPUT: what the data holds and the shape of its influence graph.
#include "algorithms/summary/dataset_stats.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/stats_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

int run_stats(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    std::string format = "table";
    std::string output;
    po::options_description options("Options");
    add_input_options(options, input_texts);
    options.add_options()
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "table or json")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    std::string input;
    if (!parse_command_line("stats", "ricochet stats INPUT [options]", arguments, options, input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("stats: no INPUT given");
    if (format != "table" && format != "json") {
        throw UsageError("--format: expected table or json, got " + quote_token(format));
    }
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    const InfluenceGraph influence = build_influence_graph(read.dataset, in.influence);
    const algorithms::DatasetStats stats = algorithms::dataset_stats(read.dataset, influence, in.influence);
    const io::StatsContext context{in.path, read.format, in.influence, std::move(read.warnings)};
    print_warnings(io::stats_warnings(stats, context));
    emit(format == "json" ? io::stats_json(stats, context) : io::stats_table(stats, context), output);
    return 0;
}

}  // namespace ricochet::cli
