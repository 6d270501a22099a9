// SPDX-License-Identifier: MIT
#include "algorithms/centrality/strength.hpp"

namespace ricochet::algorithms {

std::vector<double> in_strength(const Graph& graph, LayerSet layers) {
    std::vector<double> result(graph.vertex_count(), 0.0);
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        graph.for_each_in_arc(v, [&](VertexId, const ArcProperties& arc) {
            if (layers.contains(arc.layer)) result[v] += arc.weight;
        });
    }
    return result;
}

std::vector<double> out_strength(const Graph& graph, LayerSet layers) {
    std::vector<double> result(graph.vertex_count(), 0.0);
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        graph.for_each_out_arc(v, [&](VertexId, const ArcProperties& arc) {
            if (layers.contains(arc.layer)) result[v] += arc.weight;
        });
    }
    return result;
}

std::vector<double> distinct_amplifiers(const Graph& graph) {
    std::vector<double> result(graph.vertex_count(), 0.0);
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        // In-arcs come sorted by (source, layer): count the runs.
        VertexId previous = v;  // never a source: no self-loops
        graph.for_each_in_arc(v, [&](VertexId u, const ArcProperties&) {
            if (u != previous) ++result[v];
            previous = u;
        });
    }
    return result;
}

}  // namespace ricochet::algorithms
