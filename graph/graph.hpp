// SPDX-License-Identifier: MIT
#pragma once
// The influence graph: immutable, compressed sparse row, directed, weighted, multi-layer.
//
// Direction convention (the one place it is stated for the code; the README states it for users):
//   arc u -> v means "u amplified or addressed v" (u reposted, quoted, replied to, commented on,
//   reacted to or mentioned v; for the member layer, u belongs to organisation v).
// This is the endorsement direction of retweet datasets: PageRank and HITS authority on it
// measure influence; content travels against the arcs (from v to the u who amplify it).
//
// Vertex ids are dense, [0, vertex_count()); vertex i is Dataset::actors[i], whose id and name
// are the labels. There is at most one arc per (source, target, layer): parallel interactions
// are merged and their weights summed. No self-loops. Out-arcs of a vertex are ordered by
// (target, layer) and in-arcs by (source, layer), which algorithms may rely on.
#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <vector>

#include "graph/layer.hpp"

namespace ricochet {

using VertexId = std::uint32_t;
/// Arc positions in the CSR arrays. 32 bits: up to 4,294,967,294 arcs after merging, and 8 bytes
/// per arc less than 64-bit positions (the graph costs 28 bytes per arc + 8 per vertex).
using ArcId = std::uint32_t;

struct ArcProperties {
    double weight = 0.0;  ///< positive and finite
    Layer layer = Layer::repost;
};

using CsrGraph = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property,
                                                    ArcProperties, boost::no_property, VertexId,
                                                    ArcId>;

class GraphBuilder;

/// An immutable influence graph. Build one with GraphBuilder.
class Graph {
public:
    /// The null graph (no vertex).
    Graph() = default;

    [[nodiscard]] VertexId vertex_count() const { return boost::num_vertices(m_csr); }
    [[nodiscard]] ArcId arc_count() const { return boost::num_edges(m_csr); }
    /// The Boost.Graph view, for BGL traversals and property access (g[arc].weight).
    [[nodiscard]] const CsrGraph& csr() const noexcept { return m_csr; }

    /// Calls f(target, properties) for every out-arc of `v`, in (target, layer) order.
    template <class F>
    void for_each_out_arc(VertexId v, F&& f) const {
        const auto& forward = m_csr.m_forward;
        for (ArcId a = forward.m_rowstart[v]; a < forward.m_rowstart[v + 1]; ++a) {
            f(forward.m_column[a], forward.m_edge_properties[a]);
        }
    }
    /// Calls f(source, properties) for every in-arc of `v`, in (source, layer) order.
    template <class F>
    void for_each_in_arc(VertexId v, F&& f) const {
        const auto& backward = m_csr.m_backward;
        for (ArcId a = backward.m_rowstart[v]; a < backward.m_rowstart[v + 1]; ++a) {
            f(backward.m_column[a],
              m_csr.m_forward.m_edge_properties[backward.m_edge_properties[a]]);
        }
    }
    /// True when some arc (of any layer) goes from `source` to `target`. O(log out-degree).
    [[nodiscard]] bool has_arc(VertexId source, VertexId target) const {
        const auto& forward = m_csr.m_forward;
        const auto first = forward.m_column.begin() + forward.m_rowstart[source];
        const auto last = forward.m_column.begin() + forward.m_rowstart[source + 1];
        return std::binary_search(first, last, target);
    }
    [[nodiscard]] ArcId out_degree(VertexId v) const {
        return m_csr.m_forward.m_rowstart[v + 1] - m_csr.m_forward.m_rowstart[v];
    }
    [[nodiscard]] ArcId in_degree(VertexId v) const {
        return m_csr.m_backward.m_rowstart[v + 1] - m_csr.m_backward.m_rowstart[v];
    }

private:
    friend class GraphBuilder;
    explicit Graph(CsrGraph csr) : m_csr(std::move(csr)) {}
    CsrGraph m_csr;
};

/// The only way to make a Graph. It validates every arc as it is added and merges parallel
/// arcs of one layer when it builds.
class GraphBuilder {
public:
    /// @throws InvalidArgument if `vertex_count` does not fit a 32-bit vertex id.
    explicit GraphBuilder(std::size_t vertex_count);

    /// Adds `weight` to the arc source -> target of `layer`.
    /// @throws InvalidArgument for an id out of range, a self-loop, or a weight that is not
    /// positive and finite.
    void add_arc(VertexId source, VertexId target, Layer layer, double weight);

    void reserve(std::size_t arcs) { m_arcs.reserve(arcs); }

    /// Builds the graph in O(n + m log d): counting sort by source, then each row sorted by
    /// (target, layer); weights of equal keys summed in the order they were added.
    [[nodiscard]] Graph build() &&;

private:
    struct PendingArc {
        VertexId source;
        VertexId target;
        Layer layer;
        double weight;
    };
    VertexId m_vertex_count;
    std::vector<PendingArc> m_arcs;
};

}  // namespace ricochet
