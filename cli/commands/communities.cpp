// SPDX-License-Identifier: MIT
// ricochet communities INPUT: which groups exist, who leads them, who bridges them.
#include <algorithm>
#include <numeric>

#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/community/detection.hpp"
#include "algorithms/community/summary.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/community_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

int run_communities(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string method_text = "leiden";
    std::string quality_text = "modularity";
    std::string resolution_text = "1";
    std::string seed_text = "1";
    std::string runs_text = "1";
    std::string rounds_text = "2";
    std::string top_text = "5";
    std::string format = "csv";
    std::string output;
    bool directed = false;
    po::options_description options("Options");
    options.add_options()
        ("method", po::value(&method_text)->value_name("METHOD")->default_value(method_text), "leiden, louvain or lpa")
        ("quality", po::value(&quality_text)->value_name("Q")->default_value(quality_text),
         "what Leiden and Louvain optimise: modularity or cpm (constant Potts model)")
        ("resolution", po::value(&resolution_text)->value_name("G")->default_value(resolution_text),
         "resolution gamma: larger gives smaller communities")
        ("directed", po::bool_switch(&directed), "optimise and report Leicht-Newman directed modularity")
        ("seed", po::value(&seed_text)->value_name("N")->default_value(seed_text), "seed of the random choices")
        ("runs", po::value(&runs_text)->value_name("R")->default_value(runs_text),
         "run R seeds (N, N+1, ...): keep the best partition, report the mean pairwise NMI")
        ("rounds", po::value(&rounds_text)->value_name("K")->default_value(rounds_text),
         "Leiden: up to K rounds, each refining the previous partition (stops when one does not improve)")
        ("top", po::value(&top_text)->value_name("K")->default_value(top_text), "leaders and bridges shown per community")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (communities leave the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("communities", "ricochet communities INPUT [options]", arguments, options, input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("communities: no INPUT given");
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    io::CommunityReport report;
    const auto method = parse_enum<algorithms::CommunityMethod>(method_text);
    if (!method) throw UsageError("--method: expected leiden, louvain or lpa, got " + quote_token(method_text));
    report.method = *method;
    if (quality_text == "modularity") {
        report.options.quality = directed ? algorithms::QualityFunction::directed_modularity
                                          : algorithms::QualityFunction::modularity;
    } else if (quality_text == "cpm") {
        if (directed) throw UsageError("--directed: applies to modularity, got --quality \"cpm\"");
        report.options.quality = algorithms::QualityFunction::cpm;
    } else {
        throw UsageError("--quality: expected modularity or cpm, got " + quote_token(quality_text));
    }
    report.options.resolution = parse_real("--resolution", resolution_text);
    if (!(report.options.resolution > 0)) {
        throw UsageError("--resolution: expected a positive number, got " + quote_token(resolution_text));
    }
    report.options.seed = parse_count("--seed", seed_text);
    const std::uint64_t runs = parse_count("--runs", runs_text);
    if (runs == 0 || runs > 1000) throw UsageError("--runs: expected an integer from 1 to 1000, got " + quote_token(runs_text));
    const std::uint64_t top = parse_count("--top", top_text);
    const std::uint64_t rounds = parse_count("--rounds", rounds_text);
    if (rounds == 0 || rounds > 1000) throw UsageError("--rounds: expected an integer from 1 to 1000, got " + quote_token(rounds_text));
    report.options.max_rounds = static_cast<unsigned>(rounds);
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const InfluenceGraph influence = build_influence_graph(read.dataset, in.influence);
    const Graph& graph = influence.graph;
    report.input = in.path;
    report.influence = in.influence;
    report.vertices = graph.vertex_count();
    report.arcs = graph.arc_count();
    report.result = algorithms::stable_communities(graph, report.method, report.options, static_cast<unsigned>(runs));
    // Number communities by size, ties by the smallest member id.
    std::vector<VertexId> by_id(graph.vertex_count());
    std::iota(by_id.begin(), by_id.end(), VertexId{0});
    std::sort(by_id.begin(), by_id.end(),
              [&](VertexId a, VertexId b) { return read.dataset.actors[a].id < read.dataset.actors[b].id; });
    std::vector<std::uint32_t> rank(graph.vertex_count());
    for (std::uint32_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
    algorithms::renumber_by_size(report.result.best, rank);
    algorithms::CommunityOptions modularity_options = report.options;
    if (modularity_options.quality == algorithms::QualityFunction::cpm) {
        // CPM's resolution is on another scale (edge weight per pair): modularity at gamma = 1.
        modularity_options.quality = algorithms::QualityFunction::modularity;
        modularity_options.resolution = 1;
    }
    report.modularity = algorithms::community_quality(graph, report.result.best, modularity_options);
    report.pagerank = algorithms::pagerank(graph).values;
    report.summaries = algorithms::summarise_communities(read.dataset, graph, report.result.best, report.pagerank,
                                                         static_cast<std::size_t>(top));
    emit(format == "json"  ? io::communities_json(report, read.dataset)
         : format == "csv" ? io::communities_csv(report, read.dataset)
                           : io::communities_table(report, read.dataset),
         output);
    return 0;
}

}  // namespace ricochet::cli
