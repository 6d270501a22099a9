// SPDX-License-Identifier: MIT
#pragma once
#include <cstdint>
#include <vector>

#include "graph/graph.hpp"
#include "graph/layer.hpp"

namespace ricochet::algorithms {

struct WeakComponentsResult {
    /// component[v]: the component of vertex v, numbered 0, 1, ... in order of their smallest vertex.
    std::vector<VertexId> component;
    /// sizes[c]: number of vertices of component c.
    std::vector<VertexId> sizes;
    [[nodiscard]] VertexId count() const { return static_cast<VertexId>(sizes.size()); }
    /// Size of the largest component; 0 for the null graph.
    [[nodiscard]] VertexId largest() const;
};

/// Weakly connected components over the arcs of `layers` (arc direction ignored). An isolated
/// vertex is a component of its own, so the null graph has 0 components and an edgeless graph n.
/// Union-find with path halving and union by size: O(n + m alpha(n)).
[[nodiscard]] WeakComponentsResult weak_components(const Graph& graph,
                                                   LayerSet layers = LayerSet::all());

struct StrongComponentsResult {
    /// The vertices grouped by strongly connected component, components in the order Tarjan's
    /// algorithm completes them: sinks first, so every arc goes inside a component or from a
    /// later one to an earlier one (reverse the components for a topological order).
    std::vector<VertexId> order;
    /// Component c holds order[start[c] .. start[c + 1]); start has count() + 1 entries.
    std::vector<VertexId> start{0};
    /// component[v]: the component of vertex v.
    std::vector<VertexId> component;
    [[nodiscard]] VertexId count() const { return static_cast<VertexId>(start.size() - 1); }
    [[nodiscard]] VertexId size(VertexId c) const { return start[c + 1] - start[c]; }
    [[nodiscard]] VertexId largest() const;
};

/// Strongly connected components over every arc: vertices without in- or out-arcs set apart
/// first (trimming), then Tarjan (1972), iterative (no recursion depth limit). O(n + m).
[[nodiscard]] StrongComponentsResult strong_components(const Graph& graph);

}  // namespace ricochet::algorithms
