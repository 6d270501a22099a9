// SPDX-License-Identifier: MIT
#include "algorithms/centrality/eigenvector.hpp"

#include <cmath>

namespace ricochet::algorithms {

IterativeResult eigenvector_centrality(const Graph& graph, const EigenvectorOptions& options) {
    check_limits("eigenvector", options.limits);
    const VertexId n = graph.vertex_count();
    IterativeResult result;
    result.values.assign(n, 0.0);
    if (graph.arc_count() == 0) {
        result.converged = true;
        return result;
    }
    const Adjacency in = merged_in_arcs(graph);
    std::vector<double> x(n, 1.0 / n);
    std::vector<double> next(n, 0.0);
    for (unsigned iteration = 1; iteration <= options.limits.max_iterations; ++iteration) {
#pragma omp parallel for schedule(static) if (n + in.arc_count() >= parallel_pass_work)
        for (VertexId v = 0; v < n; ++v) {
            double sum = x[v];
            for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) {
                sum += (options.weighted ? in.weights[a] : 1.0) * x[in.targets[a]];
            }
            next[v] = sum;
        }
        const double norm = std::sqrt(deterministic_sum(n, [&](std::size_t v) { return next[v] * next[v]; }));
        for (double& value : next) value /= norm;
        const double change = deterministic_sum(n, [&](std::size_t v) { return std::abs(next[v] - x[v]); });
        x.swap(next);
        result.iterations = iteration;
        result.residual = change;
        if (change < options.limits.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.values = std::move(x);
    return result;
}

}  // namespace ricochet::algorithms
