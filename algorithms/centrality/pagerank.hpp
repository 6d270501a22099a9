// SPDX-License-Identifier: MIT
#pragma once
// PageRank on the influence direction: an arc u -> v ("u amplified v") passes u's score to v.
#include <cstdint>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

enum class PageRankMethod : std::uint8_t {
    automatic,        ///< components when the largest strongly connected one is at most n / 2
    power_iteration,
    components,
};

struct PageRankOptions {
    double damping = 0.85;  ///< in [0, 1): probability of following an arc
    bool weighted = true;   ///< u's score is split in proportion to its arcs' weights (else evenly)
    /// Personalised PageRank: the random surfer teleports to one of these vertices (uniformly).
    /// Empty: to any vertex.
    std::vector<VertexId> seeds;
    IterationLimits limits{};
    PageRankMethod method = PageRankMethod::automatic;
};

/// PR(v) = (1 - d + d D) p(v) + d sum over u -> v of w(u,v) / s(u) PR(u), where p is the
/// teleport distribution (uniform, or uniform over the seeds), s(u) u's out-strength and D the
/// score of the dangling vertices (no out-arc), which jumps like the teleport: uniformly over
/// all vertices, or over the seeds for personalised PageRank (as NetworkX and igraph do).
/// When a strongly connected component holds more than half of the vertices: power iteration
/// from the uniform vector, parallel over vertices (the same bits for any thread count), until
/// the L1 change is below the tolerance. Otherwise (retweet graphs: the largest component of
/// the Higgs retweet graph has 984 of 256,491 vertices) the equivalent linear system is solved
/// component by component in topological order, as PRPACK does: a vertex alone in one step,
/// a larger component by Jacobi sweeps (`iterations` is then the most sweeps one component
/// needed). A forward and a backward search from the hub settle the choice when the hub's
/// component is the giant one. Values sum to 1; the null graph
/// gives none. O((n + m) x iterations) time, O(n + m) memory.
/// @throws InvalidArgument for a damping outside [0, 1), a seed out of range, a tolerance that is
/// not positive.
[[nodiscard]] IterativeResult pagerank(const Graph& graph, const PageRankOptions& options = {});

}  // namespace ricochet::algorithms
