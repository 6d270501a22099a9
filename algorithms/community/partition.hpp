// SPDX-License-Identifier: MIT
#pragma once
// Partitions of the influence graph's vertices into communities, and how good they are.
//
// Communities are found on the undirected projection of the influence graph: {u, v} weighs
// w(u -> v) + w(v -> u), every layer merged (algorithms/centrality/adjacency.hpp). A partition is
// `membership[v]`, community ids in [0, count).
#include <cstdint>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

using Membership = std::vector<std::uint32_t>;

/// Newman's modularity with resolution gamma on the undirected projection:
/// Q = sum over communities c of [L_c / m - gamma (K_c / 2m)^2], L_c the weight of the edges
/// inside c, K_c the summed strengths of its vertices, m the total edge weight (igraph's
/// `modularity`). NaN for a graph without arcs.
[[nodiscard]] double modularity(const Adjacency& undirected, const Membership& membership, double gamma = 1.0);

/// Leicht and Newman's directed modularity on the merged out-arcs (layers summed):
/// Q = 1/m sum_ij [A_ij - gamma k_i^out k_j^in / m] delta(c_i, c_j) (igraph's `modularity` with
/// directed=true). NaN for a graph without arcs.
[[nodiscard]] double directed_modularity(const Adjacency& out, const Membership& membership, double gamma = 1.0);

/// The constant Potts model's quality: sum over c of [e_c - gamma n_c (n_c - 1) / 2], e_c the weight
/// of the edges inside c, n_c its size (Traag, Van Dooren, Nesterov 2011).
[[nodiscard]] double cpm_quality(const Adjacency& undirected, const Membership& membership, double gamma);

/// Normalised mutual information 2 I(a; b) / (H(a) + H(b)) (Danon et al. 2005; igraph's
/// `compare_communities(method="nmi")`); 1 when both partitions have a single community.
[[nodiscard]] double normalized_mutual_information(const Membership& a, const Membership& b);

/// Renumbers communities from 0 by decreasing size, ties by the smallest `rank` of a member
/// (rank: a total order of the vertices, e.g. by actor id). Returns the number of communities.
std::uint32_t renumber_by_size(Membership& membership, const std::vector<std::uint32_t>& rank);

/// Splits every community whose vertices are not connected in `undirected` into its connected
/// parts (which never lowers modularity or CPM). Community ids stay compact.
void split_disconnected(const Adjacency& undirected, Membership& membership);

/// Number of communities (1 + the largest id; 0 for no vertex).
[[nodiscard]] std::uint32_t community_count(const Membership& membership);

}  // namespace ricochet::algorithms
