// SPDX-License-Identifier: MIT
// ricochet teams INPUT: the ricochets of every leadership team, or one team's card.
#include <algorithm>
#include <cmath>

#include "algorithms/amplification/teams.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/team_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

// "72h", "90m", "3d", "3600s", or a number of hours.
std::chrono::seconds parse_duration(const std::string& text) {
    const auto fail = [&]() -> std::chrono::seconds {
        throw UsageError("--window: expected a positive duration such as 72h, 90m or 3d, got " + quote_token(text));
    };
    if (text.empty()) return fail();
    double unit = 3600;
    std::string number = text;
    switch (text.back()) {
        case 's': unit = 1; number.pop_back(); break;
        case 'm': unit = 60; number.pop_back(); break;
        case 'h': unit = 3600; number.pop_back(); break;
        case 'd': unit = 86400; number.pop_back(); break;
        default: break;
    }
    if (number.empty() || number.find_first_not_of("0123456789.") != std::string::npos) return fail();
    double value = 0;
    try {
        std::size_t used = 0;
        value = std::stod(number, &used);
        if (used != number.size()) return fail();
    } catch (const std::exception&) {
        return fail();
    }
    const double seconds = std::round(value * unit);
    // Up to 100 years: anything longer is every echo anyway.
    if (!(seconds >= 1) || seconds > 100.0 * 366 * 86400) return fail();
    return std::chrono::seconds{static_cast<std::int64_t>(seconds)};
}

}  // namespace

int run_teams(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string window_text = "72h";
    std::string team_id;
    std::string top_text;
    std::string chains_text = "5";
    std::string format;
    std::string output;
    po::options_description options("Options");
    options.add_options()
        ("window", po::value(&window_text)->value_name("DURATION")->default_value(window_text),
         "longest delay of a ricochet (a member echoing a teammate's post): 72h, 90m, 3d, ...")
        ("team", po::value(&team_id)->value_name("ID"), "print the card of the team of organisation ID")
        ("chains", po::value(&chains_text)->value_name("K")->default_value(chains_text), "echo chains shown on a card")
        ("top", po::value(&top_text)->value_name("N"), "only the first N teams (by engagement)")
        ("format", po::value(&format)->value_name("FORMAT"),
         "csv, json or table (default: csv; table for a --team card)")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (teams leave the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("teams", "ricochet teams INPUT [options]", arguments, options, input)) return 0;
    if (input.empty()) throw UsageError("teams: no INPUT given");
    if (format.empty()) format = team_id.empty() ? "csv" : "table";
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    if (!team_id.empty() && format == "csv") throw UsageError("--team: a card is json or table, got --format \"csv\"");
    io::TeamReport report;
    report.options.echo_window = parse_duration(window_text);
    if (!top_text.empty()) report.top = static_cast<std::size_t>(parse_count("--top", top_text));
    const std::uint64_t chains = parse_count("--chains", chains_text);
    if (chains > 1000) throw UsageError("--chains: expected an integer from 0 to 1000, got " + quote_token(chains_text));
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    const InfluenceGraph influence = build_influence_graph(dataset, in.influence);
    report.input = in.path;
    report.influence = in.influence;
    report.options.window = in.influence.window;
    report.teams = algorithms::team_metrics(dataset, influence.graph, report.options, static_cast<std::size_t>(chains));
    io::sort_teams(report.teams, dataset);
    if (!team_id.empty()) {
        const auto it = std::find_if(report.teams.begin(), report.teams.end(), [&](const algorithms::TeamMetrics& t) {
            return dataset.actors[t.organisation].id == team_id;
        });
        if (it == report.teams.end()) {
            throw Error("--team: no team has the organisation " + quote_token(team_id) +
                        " (a team is an organisation with at least one executive)");
        }
        emit(format == "json" ? io::team_card_json(*it, report, dataset) : io::team_card(*it, report, dataset), output);
        return 0;
    }
    emit(format == "json"  ? io::teams_json(report, dataset)
         : format == "csv" ? io::teams_csv(report, dataset)
                           : io::teams_table(report, dataset),
         output);
    return 0;
}

}  // namespace ricochet::cli
