// SPDX-License-Identifier: MIT
#pragma once
// Harmonic closeness on the influence direction: how closely the others amplify an actor.
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct HarmonicOptions {
    PathLength lengths = PathLength::hops;
    bool normalized = false;  ///< divide by n - 1 (0 when n < 2)
};

/// H(v) = sum over u != v that reach v of 1 / d(u, v), distances along the arcs from u to v
/// (Marchiori and Latora 2000; NetworkX's `harmonic_centrality` on a directed graph; igraph's
/// `harmonic_centrality` with mode "in"). Unreachable pairs add 0. One search per vertex over the
/// in-arcs, parallel over vertices. O(n m) for hops, O(n m log n) weighted.
[[nodiscard]] std::vector<double> harmonic_centrality(const Graph& graph, const HarmonicOptions& options = {});

}  // namespace ricochet::algorithms
