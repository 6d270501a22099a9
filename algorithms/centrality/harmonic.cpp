// SPDX-License-Identifier: MIT
#include "algorithms/centrality/harmonic.hpp"

#include "algorithms/centrality/shortest_paths.hpp"

namespace ricochet::algorithms {

std::vector<double> harmonic_centrality(const Graph& graph, const HarmonicOptions& options) {
    const VertexId n = graph.vertex_count();
    std::vector<double> values(n, 0.0);
    const Adjacency in = merged_in_arcs(graph);
#pragma omp parallel
    {
        detail::ShortestPaths paths(in, options.lengths);
#pragma omp for schedule(dynamic, 64)
        for (VertexId v = 0; v < n; ++v) {
            paths.run(v);
            double sum = 0;
            const auto& order = paths.order();
            for (std::size_t k = 1; k < order.size(); ++k) sum += 1 / paths.distance(order[k]);
            values[v] = sum;
        }
    }
    if (options.normalized) {
        for (double& value : values) value = n < 2 ? 0 : value / (n - 1);
    }
    return values;
}

}  // namespace ricochet::algorithms
