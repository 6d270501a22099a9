// SPDX-License-Identifier: MIT
#include "algorithms/structure/pair_structure.hpp"

#include <algorithm>
#include <vector>

namespace ricochet::algorithms {
namespace {

// Calls f(u, v) once per distinct linked pair; relies on out-arcs being sorted by target.
template <class F>
void for_each_linked_pair(const Graph& graph, LayerSet layers, F&& f) {
    for (VertexId u = 0; u < graph.vertex_count(); ++u) {
        VertexId previous = u;  // never a target: there are no self-loops
        graph.for_each_out_arc(u, [&](VertexId v, const ArcProperties& arc) {
            if (!layers.contains(arc.layer) || v == previous) return;
            previous = v;
            f(u, v);
        });
    }
}

}  // namespace

std::uint64_t linked_pair_count(const Graph& graph, LayerSet layers) {
    std::uint64_t count = 0;
    for_each_linked_pair(graph, layers, [&](VertexId, VertexId) { ++count; });
    return count;
}

std::optional<double> reciprocity(const Graph& graph, LayerSet layers) {
    // Distinct targets of each vertex, sorted, for binary search.
    std::vector<ArcId> start(graph.vertex_count() + std::size_t{1}, 0);
    std::vector<VertexId> targets;
    for_each_linked_pair(graph, layers, [&](VertexId u, VertexId v) {
        targets.push_back(v);
        start[u + std::size_t{1}] = static_cast<ArcId>(targets.size());
    });
    for (std::size_t v = 1; v < start.size(); ++v) start[v] = std::max(start[v], start[v - 1]);
    if (targets.empty()) return std::nullopt;
    std::uint64_t reciprocated = 0;
    for (VertexId u = 0; u < graph.vertex_count(); ++u) {
        for (ArcId a = start[u]; a < start[u + std::size_t{1}]; ++a) {
            const VertexId v = targets[a];
            const auto first = targets.begin() + static_cast<std::ptrdiff_t>(start[v]);
            const auto last = targets.begin() + static_cast<std::ptrdiff_t>(start[v + std::size_t{1}]);
            if (std::binary_search(first, last, u)) ++reciprocated;
        }
    }
    return static_cast<double>(reciprocated) / static_cast<double>(targets.size());
}

std::optional<double> density(const Graph& graph, LayerSet layers) {
    const double n = graph.vertex_count();
    if (n < 2) return std::nullopt;
    return static_cast<double>(linked_pair_count(graph, layers)) / (n * (n - 1));
}

}  // namespace ricochet::algorithms
