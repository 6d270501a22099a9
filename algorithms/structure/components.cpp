// SPDX-License-Identifier: MIT
#include "algorithms/structure/components.hpp"

#include <algorithm>
#include <numeric>

namespace ricochet::algorithms {

VertexId WeakComponentsResult::largest() const {
    return sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
}

WeakComponentsResult weak_components(const Graph& graph, LayerSet layers) {
    const VertexId n = graph.vertex_count();
    std::vector<VertexId> parent(n);
    std::vector<VertexId> size(n, 1);
    std::iota(parent.begin(), parent.end(), VertexId{0});
    const auto find = [&](VertexId v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    };
    for (VertexId u = 0; u < n; ++u) {
        graph.for_each_out_arc(u, [&](VertexId v, const ArcProperties& arc) {
            if (!layers.contains(arc.layer)) return;
            VertexId a = find(u);
            VertexId b = find(v);
            if (a == b) return;
            if (size[a] < size[b]) std::swap(a, b);
            parent[b] = a;
            size[a] += size[b];
        });
    }
    WeakComponentsResult result;
    result.component.assign(n, 0);
    std::vector<VertexId> label(n, n);  // root -> component number, n = not yet numbered
    for (VertexId v = 0; v < n; ++v) {
        const VertexId root = find(v);
        if (label[root] == n) {
            label[root] = result.count();
            result.sizes.push_back(0);
        }
        result.component[v] = label[root];
        ++result.sizes[label[root]];
    }
    return result;
}

}  // namespace ricochet::algorithms
