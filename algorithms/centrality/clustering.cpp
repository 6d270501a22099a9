// SPDX-License-Identifier: MIT
#include "algorithms/centrality/clustering.hpp"

#include <cstdint>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

std::vector<double> local_clustering(const Graph& graph) {
    const Adjacency both = undirected_projection(graph);
    const VertexId n = both.vertex_count();
    auto before = [&](VertexId a, VertexId b) {
        return both.degree(a) < both.degree(b) || (both.degree(a) == both.degree(b) && a < b);
    };
    // forward[v]: the neighbours after v in (degree, id) order; each has at most sqrt(2m) of them.
    Adjacency forward;
    forward.offsets.assign(std::size_t{n} + 1, 0);
    for (VertexId v = 0; v < n; ++v) {
        for (const VertexId u : both.neighbours(v)) {
            if (before(v, u)) forward.targets.push_back(u);
        }
        forward.offsets[v + 1] = static_cast<ArcId>(forward.targets.size());
    }
    std::vector<std::uint64_t> triangles(n, 0);
    std::vector<VertexId> mark(n, n);  // mark[w] == v: w is a forward neighbour of v
    for (VertexId v = 0; v < n; ++v) {
        for (const VertexId u : forward.neighbours(v)) mark[u] = v;
        for (const VertexId u : forward.neighbours(v)) {
            for (const VertexId w : forward.neighbours(u)) {
                if (mark[w] == v) {
                    ++triangles[v];
                    ++triangles[u];
                    ++triangles[w];
                }
            }
        }
    }
    std::vector<double> values(n, 0.0);
    for (VertexId v = 0; v < n; ++v) {
        const double d = static_cast<double>(both.degree(v));
        if (d >= 2) values[v] = 2.0 * static_cast<double>(triangles[v]) / (d * (d - 1));
    }
    return values;
}

}  // namespace ricochet::algorithms
