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
/// makes bipartite graphs converge; same eigenvectors) from the uniform vector. A graph without
/// a directed cycle has no such eigenvector (its only eigenvalue is 0): values are all NaN and
/// `converged` false, without iterating (use Katz there). When the dominant eigenvalue is not
/// unique the iteration may not converge and says so (`converged` false, the last vector kept).
/// Values are all 0 for a graph without arcs. O((n + m) x iterations).
[[nodiscard]] IterativeResult eigenvector_centrality(const Graph& graph,
                                                     const EigenvectorOptions& options = {});

}  // namespace ricochet::algorithms
