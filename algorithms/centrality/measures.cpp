// SPDX-License-Identifier: MIT
#include "algorithms/centrality/measures.hpp"

#include <cmath>

#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/strength.hpp"

namespace ricochet::algorithms {
namespace {

MeasureDiagnostics iteration_diagnostics(std::string measure, const IterationReport& result) {
    MeasureDiagnostics d;
    d.measure = std::move(measure);
    d.iterations = result.iterations;
    d.converged = result.converged;
    d.residual = result.residual;
    return d;
}

bool has_arcs(const Graph& graph, Layer layer) {
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        bool found = false;
        graph.for_each_out_arc(v, [&](VertexId, const ArcProperties& arc) { found = found || arc.layer == layer; });
        if (found) return true;
    }
    return false;
}

std::vector<double> as_doubles(const std::vector<std::uint32_t>& values) {
    return {values.begin(), values.end()};
}

}  // namespace

std::vector<Measure> all_measures() {
    std::vector<Measure> measures;
    for (const Measure m : all_values<Measure>()) measures.push_back(m);
    return measures;
}

CentralityTable compute_centrality(const Graph& graph, const CentralityOptions& options) {
    CentralityTable table;
    auto add = [&](std::string name, std::vector<double> values, bool integral = false) {
        table.columns.push_back({std::move(name), std::move(values), integral});
    };
    for (const Measure measure : options.measures) {
        switch (measure) {
            case Measure::strength:
                add("in_strength", in_strength(graph));
                add("out_strength", out_strength(graph));
                break;
            case Measure::layer_strength:
                for (const Layer layer : all_values<Layer>()) {
                    if (!options.layers.contains(layer) || !has_arcs(graph, layer)) continue;
                    const LayerSet only = LayerSet{}.with(layer);
                    add("in_" + std::string(to_string(layer)), in_strength(graph, only));
                    add("out_" + std::string(to_string(layer)), out_strength(graph, only));
                }
                break;
            case Measure::amplifiers:
                add("amplifiers", distinct_amplifiers(graph), true);
                break;
            case Measure::pagerank: {
                IterativeResult r = pagerank(graph, {.damping = options.damping,
                                                     .weighted = options.weighted,
                                                     .seeds = options.seeds,
                                                     .limits = options.limits});
                table.diagnostics.push_back(iteration_diagnostics("pagerank", r));
                add("pagerank", std::move(r.values));
                break;
            }
            case Measure::hits: {
                HitsResult r = hits(graph, {.weighted = options.weighted, .limits = options.limits});
                table.diagnostics.push_back(iteration_diagnostics("hits", r));
                add("authority", std::move(r.authority));
                add("hub", std::move(r.hub));
                break;
            }
            case Measure::betweenness:
                if (options.sampling) {
                    SampledBetweenness r = sampled_betweenness(
                        graph, {.lengths = options.lengths,
                                .normalized = options.normalized,
                                .epsilon = options.sampling->epsilon,
                                .delta = options.sampling->delta,
                                .samples = options.sampling->samples,
                                .seed = options.seed});
                    MeasureDiagnostics d;
                    d.measure = "betweenness";
                    d.samples = r.samples;
                    d.epsilon = r.epsilon;
                    d.delta = r.delta;
                    d.vertex_diameter_bound = r.vertex_diameter_bound;
                    d.seed = options.seed;
                    table.diagnostics.push_back(d);
                    add("betweenness", std::move(r.values));
                } else {
                    add("betweenness", betweenness(graph, {.lengths = options.lengths, .normalized = options.normalized}));
                }
                break;
            case Measure::harmonic:
                add("harmonic", harmonic_centrality(graph, {.lengths = options.lengths, .normalized = options.normalized}));
                break;
            case Measure::eigenvector: {
                IterativeResult r = eigenvector_centrality(graph, {.weighted = options.weighted, .limits = options.limits});
                MeasureDiagnostics d = iteration_diagnostics("eigenvector", r);
                if (!r.values.empty() && std::isnan(r.values.front())) {
                    d.note = "undefined: the graph has no directed cycle (use katz)";
                }
                table.diagnostics.push_back(d);
                add("eigenvector", std::move(r.values));
                break;
            }
            case Measure::katz: {
                KatzResult r = katz_centrality(
                    graph, {.alpha = options.katz_alpha, .weighted = options.weighted, .limits = options.limits});
                MeasureDiagnostics d = iteration_diagnostics("katz", r);
                d.alpha = r.alpha;
                table.diagnostics.push_back(d);
                add("katz", std::move(r.values));
                break;
            }
            case Measure::core:
                add("core", as_doubles(core_numbers(graph, CoreMode::undirected)), true);
                add("in_core", as_doubles(core_numbers(graph, CoreMode::in)), true);
                add("out_core", as_doubles(core_numbers(graph, CoreMode::out)), true);
                break;
            case Measure::clustering:
                add("clustering", local_clustering(graph));
                break;
        }
    }
    return table;
}

}  // namespace ricochet::algorithms
