// SPDX-License-Identifier: MIT
#include "graph/graph.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>

#include "graph/error.hpp"

namespace ricochet {

GraphBuilder::GraphBuilder(std::size_t vertex_count) {
    // The largest id must leave room for Boost's null_vertex(), which is VertexId(-1).
    if (vertex_count >= std::numeric_limits<VertexId>::max()) {
        throw InvalidArgument("graph builder: too many vertices for 32-bit ids, got " +
                              std::to_string(vertex_count));
    }
    m_vertex_count = static_cast<VertexId>(vertex_count);
}

void GraphBuilder::add_arc(VertexId source, VertexId target, Layer layer, double weight) {
    if (source >= m_vertex_count || target >= m_vertex_count) {
        throw InvalidArgument("graph builder: vertex id out of range [0, " +
                              std::to_string(m_vertex_count) + "), got " +
                              std::to_string(std::max(source, target)));
    }
    if (source == target) {
        throw InvalidArgument("graph builder: a self-loop is not an influence arc, got vertex " +
                              std::to_string(source));
    }
    if (!std::isfinite(weight) || weight <= 0) {
        throw InvalidArgument("graph builder: arc weight must be positive and finite, got " +
                              std::to_string(weight));
    }
    m_arcs.push_back({source, target, layer, weight});
}

Graph GraphBuilder::build() && {
    const std::size_t n = m_vertex_count;
    // Counting sort by source (stable, so equal keys keep the order they were added in).
    std::vector<std::size_t> row_start(n + 1, 0);
    for (const PendingArc& arc : m_arcs) ++row_start[arc.source + 1];
    for (std::size_t v = 0; v < n; ++v) row_start[v + 1] += row_start[v];
    std::vector<PendingArc> sorted(m_arcs.size());
    {
        std::vector<std::size_t> next(row_start.begin(), row_start.end() - 1);
        for (const PendingArc& arc : m_arcs) sorted[next[arc.source]++] = arc;
    }
    m_arcs.clear();
    m_arcs.shrink_to_fit();

    // Sort each row by (target, layer) and merge equal keys in place.
    const auto key_less = [](const PendingArc& a, const PendingArc& b) {
        return std::pair(a.target, a.layer) < std::pair(b.target, b.layer);
    };
    std::size_t kept = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const auto first = sorted.begin() + static_cast<std::ptrdiff_t>(row_start[v]);
        // (Sums are checked below: each term is finite and positive, the total need not be.)
        const auto last = sorted.begin() + static_cast<std::ptrdiff_t>(row_start[v + 1]);
        std::stable_sort(first, last, key_less);
        for (auto it = first; it != last; ++it) {
            if (kept > 0 && it != first && sorted[kept - 1].source == it->source &&
                sorted[kept - 1].target == it->target && sorted[kept - 1].layer == it->layer) {
                sorted[kept - 1].weight += it->weight;
            } else {
                sorted[kept++] = *it;
            }
        }
    }
    sorted.resize(kept);
    if (kept >= std::numeric_limits<ArcId>::max()) {
        throw InvalidArgument("graph builder: too many arcs for 32-bit arc ids, got " + std::to_string(kept));
    }
    for (const PendingArc& arc : sorted) {
        if (!std::isfinite(arc.weight)) {
            throw InvalidArgument("graph builder: the weights of an arc add up to infinity, between vertices " +
                                  std::to_string(arc.source) + " and " + std::to_string(arc.target));
        }
    }

    std::vector<std::pair<VertexId, VertexId>> ends;
    std::vector<ArcProperties> properties;
    ends.reserve(kept);
    properties.reserve(kept);
    for (const PendingArc& arc : sorted) {
        ends.emplace_back(arc.source, arc.target);
        properties.push_back({arc.weight, arc.layer});
    }
    sorted = {};
    return Graph(CsrGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                          properties.begin(), m_vertex_count));
}

}  // namespace ricochet
