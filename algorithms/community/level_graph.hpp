// SPDX-License-Identifier: MIT
#pragma once
// Internal to algorithms/community: the graph Louvain and Leiden work on at each level, and their
// shared steps (moving nodes, refining, aggregating).
//
// One objective for every quality function: moving node v into community C gains
//   w(v, C) - coefficient (out_v In_C + in_v Out_C),
// w(v, C) the weight of v's edges into C, (out, in) a node's two weights and (Out, In) their
// sums over C. Modularity: out = in = strength / 2, coefficient = gamma / m (the classic
// k_v K_C / 2m); directed (Leicht-Newman) modularity: out-strength, in-strength, gamma / m;
// CPM: out = in = node size, coefficient = gamma / 2 (gamma n_v N_C).
#include <cstdint>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"
#include "algorithms/community/partition.hpp"
#include "algorithms/synthetic/random.hpp"

namespace ricochet::algorithms::detail {

struct LevelGraph {
    Adjacency edges;                 ///< undirected, no self-loop, weights summed (rows unsorted above level 0)
    std::vector<double> self;        ///< weight inside each node (aggregated edges)
    std::vector<double> out_weight;  ///< the node weights of the objective
    std::vector<double> in_weight;
    [[nodiscard]] VertexId size() const { return edges.vertex_count(); }
};

/// Greedy local moving with a queue (Leiden's fast local move): every node in random order,
/// then the neighbours of the nodes that moved, until nothing moves. Returns whether any moved.
bool move_nodes(const LevelGraph& g, Membership& community, double coefficient, Random& random);

/// Leiden's refinement: inside each community, start from singletons and merge well-connected
/// nodes into well-connected sub-communities, choosing among the non-negative gains at random
/// with probability proportional to exp(gain / theta).
[[nodiscard]] Membership refine(const LevelGraph& g, const Membership& community, double coefficient,
                                Random& random, double theta = 0.01);

/// The graph of the parts of `parts` (compact ids): node weights and edge weights summed, edges
/// inside a part becoming its self weight.
[[nodiscard]] LevelGraph aggregate(const LevelGraph& g, const Membership& parts);

/// Makes community ids compact ([0, count)), keeping their order of first appearance.
std::uint32_t compact(Membership& membership);

}  // namespace ricochet::algorithms::detail
