// SPDX-License-Identifier: MIT
// ricochet rank INPUT: the study's engagement baseline and the network-aware influence score.
#include <algorithm>

#include "algorithms/amplification/teams.hpp"
#include "algorithms/centrality/measures.hpp"
#include "algorithms/scoring/scores.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "cli/rankings.hpp"
#include "io/rank_report.hpp"
#include "io/score_config.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;


int run_rank(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string level;  // actor unless --preset
    std::string by = "influence";
    std::string sector, kind, top_text, compare, preset, config, format = "csv", output;
    po::options_description options("Options");
    options.add_options()
        ("level", po::value(&level)->value_name("LEVEL"), "actor (default) or team")
        ("by", po::value(&by)->value_name("WHAT")->default_value(by),
         "influence (the network-aware score), engagement (the study's baseline), or a component: "
         "pagerank, amplifiers, reach, outside (actors); pagerank, reach, outside, yield (teams); actors also "
         "by a centrality column: in_strength, out_strength, authority, hub, betweenness, harmonic, eigenvector, "
         "katz, core, in_core, out_core, clustering")
        ("sector", po::value(&sector)->value_name("S"), "only actors or teams of this sector (percentiles among them)")
        ("kind", po::value(&kind)->value_name("K"), "actors: only this kind (percentiles among them)")
        ("top", po::value(&top_text)->value_name("N"), "only the first N rows")
        ("compare", po::value(&compare)->value_name("engagement"),
         "add each row's rank under the engagement baseline and its movement (+12: 12 places higher here)")
        ("preset", po::value(&preset)->value_name("study"),
         "the study's five team tables: top 10 leadership teams, top 100 labs & biotech, top 50 medical "
         "equipment, top 20 e-health, top 20 health & beauty (with --compare engagement)")
        ("config", po::value(&config)->value_name("FILE"),
         "JSON weights: {\"actor_weights\": {...}, \"team_weights\": {...}, \"engagement_weights\": "
         "{\"reactions\", \"comments\", \"shares\"}}")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (scores leave the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("rank", "ricochet rank INPUT [options]", arguments, options, input)) return 0;
    if (input.empty()) throw UsageError("rank: no INPUT given");
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    if (!level.empty() && level != "actor" && level != "team") {
        throw UsageError("--level: expected actor or team, got " + quote_token(level));
    }
    if (!compare.empty() && compare != "engagement") {
        throw UsageError("--compare: expected engagement, got " + quote_token(compare));
    }
    if (!preset.empty()) {
        if (preset != "study") throw UsageError("--preset: expected study, got " + quote_token(preset));
        if (level == "actor") throw UsageError("--preset: the study ranks teams, got --level \"actor\"");
        if (!sector.empty()) throw UsageError("--preset: each table has its own sector, got --sector " + quote_token(sector));
        level = "team";
    }
    if (level.empty()) level = "actor";
    if (!kind.empty() && level == "team") {
        throw UsageError(preset.empty() ? "--kind: applies to actors, got --level \"team\""
                                        : "--kind: applies to actors, and --preset ranks teams");
    }
    if (!kind.empty() && !parse_enum<ActorKind>(kind)) {
        throw UsageError("--kind: expected " + choices<ActorKind>() + ", got " + quote_token(kind));
    }
    std::optional<std::size_t> by_component;
    if (by != "influence") {
        const auto component = level == "actor" ? component_index<algorithms::ActorComponent>(by)
                                                : component_index<algorithms::TeamComponent>(by);
        if (!component && !(level == "actor" && measure_of_column(by))) {
            throw UsageError("--by: expected influence or " +
                             (level == "actor" ? choices<algorithms::ActorComponent>() +
                                                     " (or a centrality column: in_strength, out_strength, authority, "
                                                     "hub, betweenness, harmonic, eigenvector, katz, core, in_core, "
                                                     "out_core, clustering)"
                                               : choices<algorithms::TeamComponent>()) +
                             ", got " + quote_token(by));
        }
        by_component = component;
    }
    std::optional<std::size_t> top;
    if (!top_text.empty()) top = static_cast<std::size_t>(parse_count("--top", top_text));
    const InputOptions in = make_input_options(input, input_texts);

    // Files: the config first (small), then the data.
    const algorithms::ScoreWeights weights = config.empty() ? algorithms::ScoreWeights{} : io::read_score_config(config);
    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    const InfluenceGraph influence = build_influence_graph(dataset, in.influence);
    const Graph& graph = influence.graph;
    const TimeWindow& window = in.influence.window;

    io::RankReport report;
    report.input = in.path;
    report.influence = in.influence;
    report.level = level;
    report.by = by;
    report.engagement_weights = weights.engagement;
    report.compare = !compare.empty() || !preset.empty();
    const Components& level_weights = level == "actor" ? weights.actor : weights.team;
    double total = 0;
    for (const double w : level_weights) total += w;
    for (std::size_t c = 0; c < component_count; ++c) report.weights[c] = level_weights[c] / total;
    std::vector<Candidate> candidates;
    if (level == "actor") {
        for (const auto name : EnumNames<algorithms::ActorComponent>::names) report.components.emplace_back(name);
        candidates = actor_candidates(dataset, graph, window, weights.engagement);
    } else {
        for (const auto name : EnumNames<algorithms::TeamComponent>::names) report.components.emplace_back(name);
        algorithms::TeamOptions team_options;
        team_options.window = window;
        candidates = team_candidates(dataset, graph, window, weights.engagement,
                                     algorithms::team_metrics(dataset, graph, team_options, 0));
    }
    // --by a centrality column: that measure with `ricochet centrality`'s defaults.
    std::vector<double> by_values;
    if (by != "influence" && !by_component) {
        algorithms::CentralityOptions centrality;
        centrality.measures = {*measure_of_column(by)};
        centrality.layers = in.influence.layers;
        algorithms::CentralityTable computed = algorithms::compute_centrality(graph, centrality);
        print_measure_warnings(computed.diagnostics, "; its values are left undefined");
        for (algorithms::CentralityColumn& column : computed.columns) {
            if (column.name == by) by_values = std::move(column.values);
        }
        for (double& v : by_values) v = algorithms::significant(v);
    }
    const std::vector<double>* by_measure = by_values.empty() ? nullptr : &by_values;
    const auto optional_text = [](const std::string& text) {
        return text.empty() ? std::nullopt : std::optional<std::string>(text);
    };
    if (!preset.empty()) {
        report.preset = preset;
        for (const PresetTable& t : study_tables) {
            const std::optional<std::string> table_sector = t.sector ? std::optional<std::string>(t.sector) : std::nullopt;
            io::RankTable table = rank_table_of(candidates, std::nullopt, table_sector, level_weights, by_component,
                                                by_measure, true, top ? std::min(*top, t.top) : t.top);
            table.title = t.title;
            report.tables.push_back(std::move(table));
        }
    } else {
        report.tables.push_back(rank_table_of(candidates, optional_text(kind), optional_text(sector), level_weights,
                                              by_component, by_measure, report.compare, top));
    }
    emit(format == "json"  ? io::rank_json(report)
         : format == "csv" ? io::rank_csv(report)
                           : io::rank_table(report),
         output);
    return 0;
}

}  // namespace ricochet::cli
