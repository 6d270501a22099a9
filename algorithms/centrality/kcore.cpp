// SPDX-License-Identifier: MIT
#include "algorithms/centrality/kcore.hpp"

#include <algorithm>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {
namespace {

// Batagelj and Zaversnik (2003): vertices in buckets by current degree; removing the vertex of
// least degree lowers the degree of the vertices that counted it (its `affected` neighbours).
std::vector<std::uint32_t> peel(const Adjacency& counted, const Adjacency& affected) {
    const VertexId n = counted.vertex_count();
    std::vector<std::uint32_t> degree(n);
    std::uint32_t max_degree = 0;
    for (VertexId v = 0; v < n; ++v) {
        degree[v] = static_cast<std::uint32_t>(counted.degree(v));
        max_degree = std::max(max_degree, degree[v]);
    }
    std::vector<VertexId> bin_start(std::size_t{max_degree} + 2, 0);
    for (VertexId v = 0; v < n; ++v) ++bin_start[degree[v] + 1];
    for (std::size_t d = 1; d < bin_start.size(); ++d) bin_start[d] += bin_start[d - 1];
    std::vector<VertexId> order(n);
    std::vector<VertexId> position(n);
    {
        std::vector<VertexId> next(bin_start.begin(), bin_start.end() - 1);
        for (VertexId v = 0; v < n; ++v) {
            position[v] = next[degree[v]]++;
            order[position[v]] = v;
        }
    }
    for (VertexId i = 0; i < n; ++i) {
        const VertexId v = order[i];
        for (const VertexId u : affected.neighbours(v)) {
            if (degree[u] <= degree[v]) continue;
            // Move u to the front of its bin, then shrink the bin by one.
            const std::uint32_t du = degree[u];
            const VertexId front = bin_start[du];
            const VertexId w = order[front];
            if (w != u) {
                std::swap(order[front], order[position[u]]);
                position[w] = position[u];
                position[u] = front;
            }
            ++bin_start[du];
            --degree[u];
        }
    }
    return degree;
}

}  // namespace

std::vector<std::uint32_t> core_numbers(const Graph& graph, CoreMode mode) {
    switch (mode) {
        case CoreMode::undirected: {
            const Adjacency both = undirected_projection(graph);
            return peel(both, both);
        }
        case CoreMode::in:  // removing v lowers the in-degree of those v amplifies
        case CoreMode::out: {
            const Adjacency out = merged_out_arcs(graph);
            const Adjacency in = transpose(out);
            return mode == CoreMode::in ? peel(in, out) : peel(out, in);
        }
    }
    return {};
}

}  // namespace ricochet::algorithms
