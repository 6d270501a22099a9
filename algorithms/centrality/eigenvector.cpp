// SPDX-License-Identifier: MIT
#include "algorithms/centrality/eigenvector.hpp"

#include <cmath>
#include <limits>

#include "algorithms/structure/components.hpp"

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
    if (strong_components(graph).largest() < 2) {
        // No directed cycle: A is nilpotent, its only eigenvalue is 0 and no eigenvector is
        // positive. Undefined, whatever a power iteration would drift to.
        result.values.assign(n, std::numeric_limits<double>::quiet_NaN());
        return result;
    }
    const Adjacency in = merged_in_arcs(graph);
    std::vector<double> x(n, 1.0 / n);
    std::vector<double> next(n, 0.0);
    power_iterate(options.limits, result, [&] {
        gather(in, options.weighted, x, next);
        for (VertexId v = 0; v < n; ++v) next[v] += x[v];  // the shift: I + A^T
        const double norm = std::sqrt(deterministic_sum(n, [&](std::size_t v) { return next[v] * next[v]; }));
        for (double& value : next) value /= norm;
        const double change = l1_distance(next, x);
        x.swap(next);
        return change;
    });
    result.values = std::move(x);
    return result;
}

}  // namespace ricochet::algorithms
