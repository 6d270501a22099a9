// SPDX-License-Identifier: MIT
#pragma once
// Katz centrality on the influence direction: every chain of amplification ending at v counts,
// attenuated by alpha per hop. Well defined on acyclic graphs, unlike eigenvector centrality.
#include <optional>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct KatzOptions {
    /// Attenuation per hop; must be below 1 / spectral radius of A. Unset: 0.1, or
    /// 0.9 / min(largest in-strength, largest out-strength) when that bound on the spectral
    /// radius does not rule out divergence at 0.1.
    std::optional<double> alpha;
    double beta = 1.0;  ///< score every vertex starts with
    bool weighted = true;
    IterationLimits limits{};
};

struct KatzResult : IterativeResult {
    double alpha = 0;  ///< the attenuation used
};

/// x(v) = alpha sum over u -> v of w(u,v) x(u) + beta, then scaled to Euclidean norm 1 (NetworkX's
/// `katz_centrality` with normalized=True). Jacobi iteration from 0, parallel over vertices.
/// If alpha is too large the iteration diverges: it stops once the change exceeds 1e150. Unless
/// the iteration converges, `converged` is false and the values are all NaN (a series that
/// diverges, or has not settled at the iteration limit, has no value). O((n + m) x iterations).
/// @throws InvalidArgument for alpha or beta not positive and finite.
[[nodiscard]] KatzResult katz_centrality(const Graph& graph, const KatzOptions& options = {});

/// The default alpha for `graph` (see KatzOptions::alpha).
[[nodiscard]] double default_katz_alpha(const Graph& graph, bool weighted);

}  // namespace ricochet::algorithms
