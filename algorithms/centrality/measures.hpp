// SPDX-License-Identifier: MIT
#pragma once
// Several centrality measures computed together, as named columns (what `ricochet centrality`
// and the reports print), with how each iterative or sampled computation went.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/harmonic.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/katz.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "graph/enum_names.hpp"
#include "graph/layer.hpp"

namespace ricochet {

namespace algorithms {
enum class Measure : std::uint8_t {
    strength,        ///< columns in_strength, out_strength
    layer_strength,  ///< in_<layer>, out_<layer> for every selected layer that has arcs
    amplifiers,
    pagerank,
    hits,  ///< columns authority, hub
    betweenness,
    harmonic,
    eigenvector,
    katz,
    core,  ///< columns core, in_core, out_core
    clustering,
};
}  // namespace algorithms

template <>
struct EnumNames<algorithms::Measure> {
    static constexpr std::array<std::string_view, 11> names{
        "strength", "layer-strength", "amplifiers", "pagerank", "hits",      "betweenness",
        "harmonic", "eigenvector",    "katz",       "core",     "clustering"};
};

namespace algorithms {

struct CentralityOptions {
    std::vector<Measure> measures;  ///< in column order; each at most once
    bool weighted = true;           ///< PageRank, HITS, eigenvector and Katz use arc weights
    PathLength lengths = PathLength::hops;  ///< betweenness and harmonic closeness
    bool normalized = false;                ///< betweenness and harmonic closeness
    double damping = 0.85;
    std::vector<VertexId> seeds;  ///< personalised PageRank when not empty
    std::optional<double> katz_alpha;
    IterationLimits limits{};
    /// Sampled betweenness (Riondato-Kornaropoulos) when set: epsilon, delta, optional count.
    struct Sampling {
        double epsilon = 0.01;
        double delta = 0.1;
        std::optional<std::uint64_t> samples;
    };
    std::optional<Sampling> sampling;
    std::uint64_t seed = 1;
    LayerSet layers = LayerSet::all();  ///< layers of the layer-strength columns (those with arcs)
};

/// How one computation went.
struct MeasureDiagnostics {
    std::string measure;  ///< pagerank, hits, eigenvector, katz or betweenness
    std::optional<unsigned> iterations;
    std::optional<bool> converged;
    std::optional<double> residual;
    std::optional<double> alpha;  ///< Katz
    // Sampled betweenness.
    std::optional<std::uint64_t> samples;
    std::optional<double> epsilon;
    std::optional<double> delta;
    std::optional<std::uint64_t> vertex_diameter_bound;
    std::optional<std::uint64_t> seed;
    std::optional<std::string> note;  ///< why values are undefined, when they are
};

struct CentralityColumn {
    std::string name;
    std::vector<double> values;  ///< one per vertex; NaN where undefined (diverged Katz)
    bool integral = false;       ///< counts (amplifiers, core numbers): print without decimals
};

struct CentralityTable {
    std::vector<CentralityColumn> columns;
    std::vector<MeasureDiagnostics> diagnostics;
};

/// Computes `options.measures` on `graph`. @throws InvalidArgument for options a measure rejects.
[[nodiscard]] CentralityTable compute_centrality(const Graph& graph, const CentralityOptions& options);

/// Every measure, in the order `all` means.
[[nodiscard]] std::vector<Measure> all_measures();

}  // namespace algorithms
}  // namespace ricochet
