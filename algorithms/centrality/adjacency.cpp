// SPDX-License-Identifier: MIT
#include "algorithms/centrality/adjacency.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

// Arcs of one vertex come sorted by (neighbour, layer): merging layers is merging runs.
template <class ForEach>
Adjacency merge_runs(const Graph& graph, ForEach&& for_each) {
    Adjacency result;
    const VertexId n = graph.vertex_count();
    result.offsets.assign(std::size_t{n} + 1, 0);
    result.targets.reserve(graph.arc_count());
    result.weights.reserve(graph.arc_count());
    for (VertexId v = 0; v < n; ++v) {
        for_each(v, [&](VertexId u, const ArcProperties& arc) {
            if (result.targets.size() > result.offsets[v] && result.targets.back() == u) {
                result.weights.back() += arc.weight;
            } else {
                result.targets.push_back(u);
                result.weights.push_back(arc.weight);
            }
        });
        result.offsets[v + 1] = result.targets.size();
    }
    result.targets.shrink_to_fit();
    result.weights.shrink_to_fit();
    return result;
}

}  // namespace

Adjacency merged_out_arcs(const Graph& graph) {
    return merge_runs(graph, [&](VertexId v, auto&& f) { graph.for_each_out_arc(v, f); });
}

Adjacency merged_in_arcs(const Graph& graph) {
    return merge_runs(graph, [&](VertexId v, auto&& f) { graph.for_each_in_arc(v, f); });
}

Adjacency undirected_projection(const Graph& graph) {
    const Adjacency out = merged_out_arcs(graph);
    const Adjacency in = merged_in_arcs(graph);
    Adjacency result;
    const VertexId n = graph.vertex_count();
    result.offsets.assign(std::size_t{n} + 1, 0);
    result.targets.reserve(out.arc_count() + in.arc_count());
    for (VertexId v = 0; v < n; ++v) {
        const auto a = out.neighbours(v);
        const auto b = in.neighbours(v);
        std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(result.targets));
        result.offsets[v + 1] = result.targets.size();
    }
    result.targets.shrink_to_fit();
    return result;
}

void check_limits(const char* measure, const IterationLimits& limits) {
    if (!(limits.tolerance > 0) || !std::isfinite(limits.tolerance)) {
        throw InvalidArgument(std::string(measure) + ": the tolerance must be positive, got " +
                              std::to_string(limits.tolerance));
    }
}

std::size_t accumulation_chunks(std::size_t vertex_count, std::size_t work_items) {
    // At most 64 MiB of accumulators, at most 16 chunks, never more chunks than work items.
    const std::size_t by_memory = std::max<std::size_t>(1, (std::size_t{64} << 20) / (8 * std::max<std::size_t>(1, vertex_count)));
    return std::max<std::size_t>(1, std::min({by_memory, std::size_t{16}, work_items}));
}

}  // namespace ricochet::algorithms
