// SPDX-License-Identifier: MIT
#include "algorithms/structure/components.hpp"

#include <algorithm>
#include <cstdint>
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

VertexId StrongComponentsResult::largest() const {
    VertexId best = 0;
    for (VertexId c = 0; c < count(); ++c) best = std::max(best, size(c));
    return best;
}

StrongComponentsResult strong_components(const Graph& graph) {
    const VertexId n = graph.vertex_count();
    const auto& rowstart = graph.csr().m_forward.m_rowstart;
    const auto& column = graph.csr().m_forward.m_column;
    const auto& in_rowstart = graph.csr().m_backward.m_rowstart;
    StrongComponentsResult result;
    result.order.reserve(n);
    result.component.assign(n, 0);
    auto close_component = [&] { result.start.push_back(static_cast<VertexId>(result.order.size())); };
    auto alone = [&](VertexId v) {
        result.component[v] = result.count();
        result.order.push_back(v);
        close_component();
    };
    // Trimming: a vertex without out-arcs or without in-arcs is a component of its own. Sinks go
    // first and sources last, which keeps the order; Tarjan runs on the rest only (in retweet
    // graphs, a small part of the vertices: most only amplify or are only amplified).
    std::vector<std::uint8_t> trimmed(n, 0);
    for (VertexId v = 0; v < n; ++v) {
        const bool sink = rowstart[v + 1] == rowstart[v];
        const bool source = in_rowstart[v + 1] == in_rowstart[v];
        trimmed[v] = sink || source;
        if (sink) alone(v);
    }
    constexpr VertexId unvisited = ~VertexId{0};
    std::vector<VertexId> index(n, unvisited);
    std::vector<VertexId> low(n, 0);
    std::vector<std::uint8_t> on_stack(n, 0);
    std::vector<VertexId> stack;
    std::vector<std::pair<VertexId, ArcId>> calls;  // (vertex, next arc to look at)
    VertexId counter = 0;
    auto visit = [&](VertexId v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = 1;
        calls.emplace_back(v, rowstart[v]);
    };
    for (VertexId root = 0; root < n; ++root) {
        if (trimmed[root] || index[root] != unvisited) continue;
        visit(root);
        while (!calls.empty()) {
            auto& [v, arc] = calls.back();
            if (arc < rowstart[v + 1]) {
                const VertexId w = column[arc++];
                if (trimmed[w]) continue;
                if (index[w] == unvisited) {
                    visit(w);  // invalidates v and arc
                } else if (on_stack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const VertexId done = v;
            calls.pop_back();
            if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            if (low[done] == index[done]) {
                VertexId w = 0;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = 0;
                    result.order.push_back(w);
                    result.component[w] = result.count();
                } while (w != done);
                close_component();
            }
        }
    }
    for (VertexId v = 0; v < n; ++v) {
        if (trimmed[v] && rowstart[v + 1] != rowstart[v]) alone(v);  // sources that are not sinks
    }
    return result;
}

}  // namespace ricochet::algorithms
