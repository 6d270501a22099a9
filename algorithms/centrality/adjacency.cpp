// SPDX-License-Identifier: MIT
#include "algorithms/centrality/adjacency.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
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
        result.offsets[v + 1] = static_cast<ArcId>(result.targets.size());
    }
    result.targets.shrink_to_fit();
    result.weights.shrink_to_fit();
    return result;
}

}  // namespace

Adjacency merged_out_arcs(const Graph& graph) {
    return merge_runs(graph, [&](VertexId v, auto&& f) { graph.for_each_out_arc(v, f); });
}

Adjacency transpose(const Adjacency& adjacency) {
    // Counting sort by target; sources come in increasing order, so each row stays sorted.
    const VertexId n = adjacency.vertex_count();
    Adjacency result;
    result.offsets.assign(std::size_t{n} + 1, 0);
    for (const VertexId u : adjacency.targets) ++result.offsets[u + 1];
    for (VertexId v = 0; v < n; ++v) result.offsets[v + 1] += result.offsets[v];
    result.targets.resize(adjacency.targets.size());
    if (!adjacency.weights.empty()) result.weights.resize(adjacency.weights.size());
    std::vector<ArcId> next(result.offsets.begin(), result.offsets.end() - 1);
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; ++a) {
            const ArcId b = next[adjacency.targets[a]]++;
            result.targets[b] = v;
            if (!adjacency.weights.empty()) result.weights[b] = adjacency.weights[a];
        }
    }
    return result;
}

Adjacency merged_in_arcs(const Graph& graph) {
    // Transposing the merged out-arcs reads the arcs in storage order: twice as fast as
    // following the backward index into the forward properties.
    return transpose(merged_out_arcs(graph));
}

Adjacency undirected_projection(const Graph& graph) {
    const Adjacency out = merged_out_arcs(graph);
    const Adjacency in = transpose(out);
    Adjacency result;
    const VertexId n = graph.vertex_count();
    result.offsets.assign(std::size_t{n} + 1, 0);
    const std::size_t most = std::size_t{out.arc_count()} + in.arc_count();
    if (most >= std::numeric_limits<ArcId>::max()) {
        throw InvalidArgument("undirected projection: too many arcs for 32-bit arc ids, got " + std::to_string(most));
    }
    result.targets.reserve(most);
    result.weights.reserve(most);
    for (VertexId v = 0; v < n; ++v) {
        // Merge the two sorted rows, summing the weights of a neighbour found in both.
        ArcId a = out.offsets[v];
        ArcId b = in.offsets[v];
        while (a < out.offsets[v + 1] || b < in.offsets[v + 1]) {
            const bool take_out = b == in.offsets[v + 1] || (a < out.offsets[v + 1] && out.targets[a] <= in.targets[b]);
            const bool take_in = a == out.offsets[v + 1] || (b < in.offsets[v + 1] && in.targets[b] <= out.targets[a]);
            result.targets.push_back(take_out ? out.targets[a] : in.targets[b]);
            result.weights.push_back((take_out ? out.weights[a] : 0.0) + (take_in ? in.weights[b] : 0.0));
            a += take_out;
            b += take_in;
        }
        result.offsets[v + 1] = static_cast<ArcId>(result.targets.size());
    }
    result.targets.shrink_to_fit();
    result.weights.shrink_to_fit();
    return result;
}

void check_limits(const char* measure, const IterationLimits& limits) {
    if (!(limits.tolerance > 0) || !std::isfinite(limits.tolerance)) {
        throw InvalidArgument(std::string(measure) + ": the tolerance must be positive, got " +
                              std::to_string(limits.tolerance));
    }
}

void gather(const Adjacency& adjacency, bool weighted, const std::vector<double>& x, std::vector<double>& next) {
    const VertexId n = adjacency.vertex_count();
#pragma omp parallel for schedule(static) if (std::size_t{n} + adjacency.arc_count() >= parallel_pass_work)
    for (VertexId v = 0; v < n; ++v) {
        double sum = 0;
        if (weighted) {
            for (ArcId a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; ++a) {
                sum += adjacency.weights[a] * x[adjacency.targets[a]];
            }
        } else {
            for (ArcId a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; ++a) sum += x[adjacency.targets[a]];
        }
        next[v] = sum;
    }
}

double l1_distance(const std::vector<double>& a, const std::vector<double>& b) {
    return deterministic_sum(a.size(), [&](std::size_t i) { return std::abs(a[i] - b[i]); });
}

}  // namespace ricochet::algorithms
