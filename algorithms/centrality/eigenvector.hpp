// SPDX-License-Identifier: MIT
#pragma once
// Eigenvector centrality on the influence direction: being amplified by central actors.
#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct EigenvectorOptions {
    bool weighted = true;
    IterationLimits limits{};
};

/// x(v) proportional to sum over u -> v of w(u,v) x(u), Euclidean norm 1: the principal left
/// eigenvector of A, as NetworkX's `eigenvector_centrality`. Power iteration on I + A^T (the shift
/// makes bipartite graphs converge; same eigenvectors) from the uniform vector. On a graph whose
/// dominant eigenvalue is not unique or is 0 (no directed cycle: retweet graphs often are
/// nearly acyclic), it does not converge and says so (`converged` false): use Katz there.
/// Values are all 0 for a graph without arcs. O((n + m) x iterations).
[[nodiscard]] IterativeResult eigenvector_centrality(const Graph& graph,
                                                     const EigenvectorOptions& options = {});

}  // namespace ricochet::algorithms
