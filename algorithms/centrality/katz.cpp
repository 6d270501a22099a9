// SPDX-License-Identifier: MIT
#include "algorithms/centrality/katz.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "algorithms/centrality/strength.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {

double default_katz_alpha(const Graph& graph, bool weighted) {
    // The spectral radius of A is at most its largest column sum and its largest row sum.
    const Adjacency in = merged_in_arcs(graph);
    const Adjacency out = merged_out_arcs(graph);
    auto largest = [&](const Adjacency& adjacency) {
        double best = 0;
        for (VertexId v = 0; v < adjacency.vertex_count(); ++v) {
            double sum = 0;
            for (ArcId a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; ++a) {
                sum += weighted ? adjacency.weights[a] : 1.0;
            }
            best = std::max(best, sum);
        }
        return best;
    };
    const double bound = std::min(largest(in), largest(out));
    return 0.1 * bound < 1 ? 0.1 : 0.9 / bound;
}

KatzResult katz_centrality(const Graph& graph, const KatzOptions& options) {
    check_limits("katz", options.limits);
    const double alpha = options.alpha ? *options.alpha : default_katz_alpha(graph, options.weighted);
    if (!(alpha > 0) || !std::isfinite(alpha)) {
        throw InvalidArgument("katz: alpha must be positive, got " + std::to_string(alpha));
    }
    if (!(options.beta > 0) || !std::isfinite(options.beta)) {
        throw InvalidArgument("katz: beta must be positive, got " + std::to_string(options.beta));
    }
    const VertexId n = graph.vertex_count();
    KatzResult result;
    result.alpha = alpha;
    if (n == 0) {
        result.converged = true;
        return result;
    }
    const Adjacency in = merged_in_arcs(graph);
    std::vector<double> x(n, 0.0);
    std::vector<double> next(n, 0.0);
    // The change is measured relative to beta, as NetworkX measures it with beta = 1.
    power_iterate(options.limits, result, [&] {
        gather(in, options.weighted, x, next);
        for (VertexId v = 0; v < n; ++v) next[v] = alpha * next[v] + options.beta;
        const double change = l1_distance(next, x) / options.beta;
        x.swap(next);
        return change;
    });
    if (!result.converged) {
        result.values.assign(n, std::numeric_limits<double>::quiet_NaN());
        return result;
    }
    const double norm = std::sqrt(deterministic_sum(n, [&](std::size_t v) { return x[v] * x[v]; }));
    for (double& value : x) value = std::isfinite(norm) && norm > 0 ? value / norm : 0.0;
    result.values = std::move(x);
    return result;
}

}  // namespace ricochet::algorithms
