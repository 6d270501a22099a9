// SPDX-License-Identifier: MIT
#include "algorithms/centrality/hits.hpp"

#include <cmath>

namespace ricochet::algorithms {
namespace {

// next[v] = sum over the neighbours u of v in `adjacency` of w x[u]; returns the sum of next.
double multiply(const Adjacency& adjacency, bool weighted, const std::vector<double>& x,
                std::vector<double>& next) {
    const VertexId n = adjacency.vertex_count();
#pragma omp parallel for schedule(static) if (n + adjacency.arc_count() >= parallel_pass_work)
    for (VertexId v = 0; v < n; ++v) {
        double sum = 0;
        for (ArcId a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; ++a) {
            sum += (weighted ? adjacency.weights[a] : 1.0) * x[adjacency.targets[a]];
        }
        next[v] = sum;
    }
    return deterministic_sum(n, [&](std::size_t v) { return next[v]; });
}

}  // namespace

HitsResult hits(const Graph& graph, const HitsOptions& options) {
    check_limits("hits", options.limits);
    const VertexId n = graph.vertex_count();
    HitsResult result;
    result.authority.assign(n, 0.0);
    result.hub.assign(n, 0.0);
    if (graph.arc_count() == 0) {
        result.converged = true;
        return result;
    }
    const Adjacency in = merged_in_arcs(graph);
    const Adjacency out = merged_out_arcs(graph);
    std::vector<double> hub(n, 1.0 / n);
    std::vector<double> authority(n, 0.0);
    std::vector<double> next(n, 0.0);
    for (unsigned iteration = 1; iteration <= options.limits.max_iterations; ++iteration) {
        // Every sum is positive: an arc's source has a positive hub score from the first step on.
        const double a_total = multiply(in, options.weighted, hub, next);
        for (double& value : next) value /= a_total;
        double change = deterministic_sum(n, [&](std::size_t v) { return std::abs(next[v] - authority[v]); });
        authority.swap(next);
        const double h_total = multiply(out, options.weighted, authority, next);
        for (double& value : next) value /= h_total;
        change += deterministic_sum(n, [&](std::size_t v) { return std::abs(next[v] - hub[v]); });
        hub.swap(next);
        result.iterations = iteration;
        result.residual = change;
        if (change < options.limits.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.authority = std::move(authority);
    result.hub = std::move(hub);
    return result;
}

}  // namespace ricochet::algorithms
