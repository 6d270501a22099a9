// SPDX-License-Identifier: MIT
// ricochet centrality INPUT: who is central, and in which sense.
#include <algorithm>
#include <iostream>
#include <unordered_map>

#include "algorithms/centrality/measures.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "graph/text.hpp"
#include "io/centrality_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;
using algorithms::Measure;

namespace {

std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> items;
    while (true) {
        const auto comma = text.find(',');
        items.push_back(trim_blanks(text.substr(0, comma)));
        if (comma == std::string_view::npos) return items;
        text.remove_prefix(comma + 1);
    }
}

std::vector<Measure> parse_measures(const std::string& text) {
    std::vector<Measure> measures;
    for (const std::string_view item : split_list(text)) {
        if (item == "all") {
            for (const Measure m : algorithms::all_measures()) {
                if (std::find(measures.begin(), measures.end(), m) == measures.end()) measures.push_back(m);
            }
            continue;
        }
        const auto measure = parse_enum<Measure>(item);
        if (!measure) {
            throw UsageError("--measures: unknown measure (expected all or " + choices<Measure>() + "), got " +
                             quote_token(item));
        }
        if (std::find(measures.begin(), measures.end(), *measure) == measures.end()) measures.push_back(*measure);
    }
    return measures;
}

}  // namespace

int run_centrality(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string measures_text = "all";
    std::string format = "csv";
    std::string output;
    std::string lengths = "hops";
    std::string seeds_text;
    std::string damping_text = "0.85";
    std::string tolerance_text = "1e-10";
    std::string max_iterations_text = "10000";
    std::string alpha_text;
    std::string epsilon_text;
    std::string delta_text = "0.1";
    std::string samples_text;
    std::string seed_text = "1";
    std::string top_text;
    bool unweighted = false;
    bool normalized = false;
    po::options_description options("Options");
    options.add_options()
        ("measures", po::value(&measures_text)->value_name("LIST")->default_value(measures_text),
         ("comma-separated: all, or " + choices<Measure>()).c_str())
        ("damping", po::value(&damping_text)->value_name("D")->default_value(damping_text),
         "PageRank damping, in [0, 1)")
        ("seeds", po::value(&seeds_text)->value_name("IDS"),
         "personalised PageRank: teleport only to these actors (comma-separated ids)")
        ("unweighted", po::bool_switch(&unweighted), "PageRank, HITS, eigenvector and Katz ignore arc weights")
        ("lengths", po::value(&lengths)->value_name("RULE")->default_value(lengths),
         "path lengths of betweenness and harmonic: hops, or inverse-weight (1 / weight)")
        ("normalized", po::bool_switch(&normalized), "betweenness / ((n-1)(n-2)), harmonic / (n-1)")
        ("samples", po::value(&samples_text)->value_name("K"), "sampled betweenness from K random shortest paths")
        ("epsilon", po::value(&epsilon_text)->value_name("E"),
         "sampled betweenness with error at most E on b(v) / (n(n-1)) (Riondato-Kornaropoulos)")
        ("delta", po::value(&delta_text)->value_name("P")->default_value(delta_text),
         "probability that the sampled error bound fails")
        ("seed", po::value(&seed_text)->value_name("N")->default_value(seed_text), "seed of sampled betweenness")
        ("alpha", po::value(&alpha_text)->value_name("A"),
         "Katz attenuation per hop (default 0.1, lowered when the graph's weights need it)")
        ("tolerance", po::value(&tolerance_text)->value_name("T")->default_value(tolerance_text),
         "power iterations stop when the L1 change is below T")
        ("max-iterations", po::value(&max_iterations_text)->value_name("N")->default_value(max_iterations_text),
         "power iteration limit")
        ("top", po::value(&top_text)->value_name("N"), "print the first N rows only")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (centrality leaves the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("centrality", "ricochet centrality INPUT [options]", arguments, options, input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("centrality: no INPUT given");
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    algorithms::CentralityOptions o;
    o.measures = parse_measures(measures_text);
    o.weighted = !unweighted;
    o.normalized = normalized;
    if (lengths == "hops") {
        o.lengths = algorithms::PathLength::hops;
    } else if (lengths == "inverse-weight") {
        o.lengths = algorithms::PathLength::inverse_weight;
    } else {
        throw UsageError("--lengths: expected hops or inverse-weight, got " + quote_token(lengths));
    }
    o.damping = parse_real("--damping", damping_text);
    if (!(o.damping >= 0 && o.damping < 1)) {
        throw UsageError("--damping: expected a number from 0 to below 1, got " + quote_token(damping_text));
    }
    o.limits.tolerance = parse_real("--tolerance", tolerance_text);
    if (!(o.limits.tolerance > 0)) {
        throw UsageError("--tolerance: expected a positive number, got " + quote_token(tolerance_text));
    }
    const std::uint64_t max_iterations = parse_count("--max-iterations", max_iterations_text);
    if (max_iterations == 0 || max_iterations > 100'000'000) {
        throw UsageError("--max-iterations: expected an integer from 1 to 10^8, got " + quote_token(max_iterations_text));
    }
    o.limits.max_iterations = static_cast<unsigned>(max_iterations);
    if (!alpha_text.empty()) {
        o.katz_alpha = parse_real("--alpha", alpha_text);
        if (!(*o.katz_alpha > 0)) throw UsageError("--alpha: expected a positive number, got " + quote_token(alpha_text));
    }
    if (!samples_text.empty() && !epsilon_text.empty()) {
        throw UsageError("--samples, --epsilon: give one of them, got both");
    }
    const double delta = parse_real("--delta", delta_text);
    if (!(delta > 0 && delta < 1)) throw UsageError("--delta: expected a number between 0 and 1, got " + quote_token(delta_text));
    if (!epsilon_text.empty()) {
        const double epsilon = parse_real("--epsilon", epsilon_text);
        if (!(epsilon > 0 && epsilon < 1)) {
            throw UsageError("--epsilon: expected a number between 0 and 1, got " + quote_token(epsilon_text));
        }
        o.sampling = algorithms::CentralityOptions::Sampling{.epsilon = epsilon, .delta = delta};
    } else if (!samples_text.empty()) {
        const std::uint64_t samples = parse_count("--samples", samples_text);
        if (samples == 0 || samples > 1'000'000'000) {
            throw UsageError("--samples: expected an integer from 1 to 10^9, got " + quote_token(samples_text));
        }
        o.sampling = algorithms::CentralityOptions::Sampling{.delta = delta, .samples = samples};
    }
    o.seed = parse_count("--seed", seed_text);
    auto require = [&](bool given, const char* option, Measure measure) {
        if (given && std::find(o.measures.begin(), o.measures.end(), measure) == o.measures.end()) {
            throw UsageError(std::string(option) + ": applies to " + std::string(to_string(measure)) +
                             ", which --measures leaves out, got " + quote_token(measures_text));
        }
    };
    require(!seeds_text.empty(), "--seeds", Measure::pagerank);
    require(!alpha_text.empty(), "--alpha", Measure::katz);
    require(o.sampling.has_value(), samples_text.empty() ? "--epsilon" : "--samples", Measure::betweenness);
    std::optional<std::size_t> top;
    if (!top_text.empty()) top = parse_count("--top", top_text);
    const InputOptions in = make_input_options(input, input_texts);
    o.layers = in.influence.layers;

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const InfluenceGraph influence = build_influence_graph(read.dataset, in.influence);
    if (!seeds_text.empty()) {
        std::unordered_map<std::string_view, VertexId> index;
        for (VertexId v = 0; v < read.dataset.actors.size(); ++v) index.emplace(read.dataset.actors[v].id, v);
        for (const std::string_view id : split_list(seeds_text)) {
            const auto found = index.find(id);
            if (found == index.end()) throw InvalidArgument("--seeds: no actor has this id, got " + quote_token(id));
            o.seeds.push_back(found->second);
        }
    }
    const algorithms::CentralityTable table = algorithms::compute_centrality(influence.graph, o);
    print_measure_warnings(table.diagnostics, "; its values are left undefined: give a smaller --alpha");
    const io::CentralityContext context{
        .input = in.path,
        .influence = in.influence,
        .options = o,
        .top = top,
        .vertices = influence.graph.vertex_count(),
        .arcs = influence.graph.arc_count(),
    };
    emit(format == "json"  ? io::centrality_json(table, read.dataset, context)
         : format == "csv" ? io::centrality_csv(table, read.dataset, context)
                           : io::centrality_table(table, read.dataset, context),
         output);
    return 0;
}

}  // namespace ricochet::cli
