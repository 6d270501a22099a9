// SPDX-License-Identifier: MIT
#include "algorithms/centrality/hits.hpp"

#include <cmath>

namespace ricochet::algorithms {

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
    const Adjacency out = merged_out_arcs(graph);
    const Adjacency in = transpose(out);
    std::vector<double> hub(n, 1.0 / n);
    std::vector<double> authority(n, 0.0);
    std::vector<double> next(n, 0.0);
    // Every sum below is positive: an arc's source has a positive hub score from the first step.
    auto normalize = [](std::vector<double>& values) {
        const double total = deterministic_sum(values.size(), [&](std::size_t v) { return values[v]; });
        for (double& value : values) value /= total;
    };
    power_iterate(options.limits, result, [&] {
        gather(in, options.weighted, hub, next);
        normalize(next);
        double change = l1_distance(next, authority);
        authority.swap(next);
        gather(out, options.weighted, authority, next);
        normalize(next);
        change += l1_distance(next, hub);
        hub.swap(next);
        return change;
    });
    result.authority = std::move(authority);
    result.hub = std::move(hub);
    return result;
}

}  // namespace ricochet::algorithms
