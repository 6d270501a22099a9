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

}  // namespace ricochet::algorithms
