// SPDX-License-Identifier: MIT
// ricochet cascades INPUT: the tree of every post's echoes, its size, depth, breadth and
// structural virality; summed per root author or per team.
#include <algorithm>

#include "algorithms/amplification/cascades.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/cascade_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

int run_cascades(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string by_text = "cascade";
    std::string reconstruct_text = "auto";
    std::string min_size_text = "1";
    std::string top_text;
    std::string format = "csv";
    std::string output;
    po::options_description options("Options");
    options.add_options()
        ("by", po::value(&by_text)->value_name("ROWS")->default_value(by_text),
         "cascade, author or team: one row per cascade, or figures over the cascades each author "
         "(or team member) roots")
        ("min-size", po::value(&min_size_text)->value_name("K")->default_value(min_size_text),
         "leave out cascades of fewer than K posts (rows and summaries)")
        ("reconstruct", po::value(&reconstruct_text)->value_name("WHEN")->default_value(reconstruct_text),
         "re-attach each echo to the latest earlier adopter its author has an arc to (Goel et al. "
         "2016): auto (reposts on twitter and x, which point at the original), always or never")
        ("top", po::value(&top_text)->value_name("N"), "print the first N rows only")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading(
        "Input (--since/--until select posts; --layers the arcs the reconstruction follows)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("cascades", "ricochet cascades INPUT [options]", arguments, options, input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("cascades: no INPUT given");
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    io::CascadeReport report;
    const auto by = parse_enum<io::CascadeGrouping>(by_text);
    if (!by) throw UsageError("--by: expected " + choices<io::CascadeGrouping>() + ", got " + quote_token(by_text));
    report.by = *by;
    const auto reconstruct = parse_enum<algorithms::Reconstruction>(reconstruct_text);
    if (!reconstruct) {
        throw UsageError("--reconstruct: expected " + choices<algorithms::Reconstruction>() + ", got " +
                         quote_token(reconstruct_text));
    }
    report.options.reconstruct = *reconstruct;
    report.min_size = parse_count("--min-size", min_size_text);
    if (!top_text.empty()) report.top = parse_count("--top", top_text);
    const InputOptions in = make_input_options(input, input_texts);
    report.input = in.path;
    report.influence = in.influence;
    report.options.window = in.influence.window;

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    // The graph only guides the reconstruction: not built when there is none.
    const Graph graph = report.options.reconstruct == algorithms::Reconstruction::never
                            ? Graph{}
                            : build_influence_graph(dataset, in.influence).graph;
    report.result = algorithms::find_cascades(dataset, graph, report.options);
    auto& cascades = report.result.cascades;
    std::erase_if(cascades, [&](const algorithms::Cascade& c) { return c.size < report.min_size; });
    if (report.by == io::CascadeGrouping::author) report.authors = algorithms::cascades_by_author(dataset, cascades);
    if (report.by == io::CascadeGrouping::team) report.teams = algorithms::cascades_by_team(dataset, cascades);
    emit(format == "json"  ? io::cascades_json(report, dataset)
         : format == "csv" ? io::cascades_csv(report, dataset)
                           : io::cascades_table(report, dataset),
         output);
    return 0;
}

}  // namespace ricochet::cli
