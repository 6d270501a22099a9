// SPDX-License-Identifier: MIT
#include "algorithms/community/leiden.hpp"

#include <cmath>
#include <numeric>
#include <string>

#include "algorithms/community/level_graph.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

using detail::LevelGraph;

struct Objective {
    LevelGraph graph;
    double coefficient = 0;
};

// The level-0 graph and the coefficient of the gain for `options` (see level_graph.hpp).
Objective objective(const Graph& graph, const CommunityOptions& options) {
    if (!(options.resolution > 0) || !std::isfinite(options.resolution)) {
        throw InvalidArgument("communities: the resolution must be positive, got " + std::to_string(options.resolution));
    }
    Objective o;
    o.graph.edges = undirected_projection(graph);
    const VertexId n = o.graph.size();
    o.graph.self.assign(n, 0.0);
    o.graph.out_weight.assign(n, 0.0);
    o.graph.in_weight.assign(n, 0.0);
    double total = 0;
    switch (options.quality) {
        case QualityFunction::modularity:
            for (VertexId v = 0; v < n; ++v) {
                double strength = 0;
                for (ArcId a = o.graph.edges.offsets[v]; a < o.graph.edges.offsets[v + 1]; ++a) strength += o.graph.edges.weights[a];
                o.graph.out_weight[v] = o.graph.in_weight[v] = strength / 2;
                total += strength / 2;
            }
            o.coefficient = total > 0 ? options.resolution / total : 0;
            break;
        case QualityFunction::directed_modularity: {
            const Adjacency out = merged_out_arcs(graph);
            for (VertexId v = 0; v < n; ++v) {
                for (ArcId a = out.offsets[v]; a < out.offsets[v + 1]; ++a) {
                    o.graph.out_weight[v] += out.weights[a];
                    o.graph.in_weight[out.targets[a]] += out.weights[a];
                    total += out.weights[a];
                }
            }
            o.coefficient = total > 0 ? options.resolution / total : 0;
            break;
        }
        case QualityFunction::cpm:
            o.graph.out_weight.assign(n, 1.0);
            o.graph.in_weight.assign(n, 1.0);
            o.coefficient = options.resolution / 2;
            break;
    }
    return o;
}

Membership singletons(VertexId n) {
    Membership m(n);
    std::iota(m.begin(), m.end(), std::uint32_t{0});
    return m;
}

// One pass of Louvain or Leiden from `start` (a membership of the level-0 nodes).
Membership optimise(const Objective& o, Membership start, bool refine, Random& random) {
    const LevelGraph* level = &o.graph;  // level 0 is not copied
    LevelGraph aggregated;
    Membership community = std::move(start);
    detail::compact(community);
    Membership node_of = singletons(o.graph.size());  // level-0 node -> node of the current level
    while (true) {
        detail::move_nodes(*level, community, o.coefficient, random);
        const std::uint32_t communities = detail::compact(community);
        if (communities == level->size()) break;  // every community is one node
        Membership parts = refine ? detail::refine(*level, community, o.coefficient, random) : community;
        if (community_count(parts) == level->size()) parts = community;  // refinement merged nothing
        // Each part lies inside one community: that community is the part's starting community.
        Membership next(community_count(parts), 0);
        for (VertexId v = 0; v < level->size(); ++v) next[parts[v]] = community[v];
        aggregated = detail::aggregate(*level, parts);
        level = &aggregated;
        for (std::uint32_t& node : node_of) node = parts[node];
        community = std::move(next);
    }
    Membership result(node_of.size());
    for (std::size_t v = 0; v < node_of.size(); ++v) result[v] = community[node_of[v]];
    detail::compact(result);
    return result;
}

}  // namespace

double community_quality(const Graph& graph, const Membership& membership, const CommunityOptions& options) {
    switch (options.quality) {
        case QualityFunction::modularity:
            return modularity(undirected_projection(graph), membership, options.resolution);
        case QualityFunction::directed_modularity:
            return directed_modularity(merged_out_arcs(graph), membership, options.resolution);
        case QualityFunction::cpm:
            return cpm_quality(undirected_projection(graph), membership, options.resolution);
    }
    return 0;
}

// The quality of `m` from the objective's level-0 graph (no projection rebuilt): the objective
// itself, sum over c of [inside_c - coefficient Out_c In_c], ranks partitions as the quality does.
double objective_value(const Objective& o, const Membership& m) {
    const std::uint32_t count = community_count(m);
    std::vector<double> inside(count, 0.0);
    std::vector<double> out(count, 0.0);
    std::vector<double> in(count, 0.0);
    const Adjacency& edges = o.graph.edges;
    for (VertexId v = 0; v < o.graph.size(); ++v) {
        out[m[v]] += o.graph.out_weight[v];
        in[m[v]] += o.graph.in_weight[v];
        for (ArcId a = edges.offsets[v]; a < edges.offsets[v + 1]; ++a) {
            if (m[edges.targets[a]] == m[v]) inside[m[v]] += edges.weights[a] / 2;
        }
    }
    double value = 0;
    for (std::uint32_t c = 0; c < count; ++c) value += inside[c] - o.coefficient * out[c] * in[c];
    return value;
}

Membership leiden(const Graph& graph, const CommunityOptions& options) {
    const Objective o = objective(graph, options);
    Random random(options.seed);
    Membership best = optimise(o, singletons(o.graph.size()), true, random);
    split_disconnected(o.graph.edges, best);
    double best_quality = objective_value(o, best);
    for (unsigned round = 1; round < options.max_rounds; ++round) {
        Membership next = optimise(o, best, true, random);
        split_disconnected(o.graph.edges, next);
        const double quality = objective_value(o, next);
        if (!(quality > best_quality)) break;
        best = std::move(next);
        best_quality = quality;
    }
    return best;
}

Membership louvain(const Graph& graph, const CommunityOptions& options) {
    const Objective o = objective(graph, options);
    Random random(options.seed);
    return optimise(o, singletons(o.graph.size()), false, random);
}

}  // namespace ricochet::algorithms
