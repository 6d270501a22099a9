// SPDX-License-Identifier: MIT
#pragma once
// PageRank on the influence direction: an arc u -> v ("u amplified v") passes u's score to v.
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct PageRankOptions {
    double damping = 0.85;  ///< in [0, 1): probability of following an arc
    bool weighted = true;   ///< u's score is split in proportion to its arcs' weights (else evenly)
    /// Personalised PageRank: the random surfer teleports to one of these vertices (uniformly).
    /// Empty: to any vertex.
    std::vector<VertexId> seeds;
    IterationLimits limits{};
};

/// PR(v) = (1 - d) p(v) + d (sum over u -> v of w(u,v) / s(u) PR(u) + D / n), where p is the
/// teleport distribution (uniform, or uniform over the seeds), s(u) u's out-strength and D the
/// score of the dangling vertices (no out-arc), spread uniformly over all n vertices.
/// Power iteration from the uniform vector, parallel over vertices (the same bits for any thread
/// count), until the L1 change is below the tolerance. Values sum to 1; the null graph gives none.
/// O((n + m) x iterations) time, O(n + m) memory.
/// @throws InvalidArgument for a damping outside [0, 1), a seed out of range, a tolerance that is
/// not positive.
[[nodiscard]] IterativeResult pagerank(const Graph& graph, const PageRankOptions& options = {});

}  // namespace ricochet::algorithms
