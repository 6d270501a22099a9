// SPDX-License-Identifier: MIT
#pragma once
// HITS (Kleinberg 1999) on the influence graph: authorities are amplified by good hubs (sources
// worth echoing), hubs amplify good authorities (relays, carriers).
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct HitsOptions {
    bool weighted = true;  ///< arcs count their summed weight (else 1)
    IterationLimits limits{};
};

/// `residual`: the L1 change of authority plus that of hub in the last iteration.
struct HitsResult : IterationReport {
    std::vector<double> authority;  ///< sums to 1 when the graph has an arc, else all 0
    std::vector<double> hub;        ///< likewise
};

/// a(v) = sum over u -> v of w(u,v) h(u); h(u) = sum over u -> v of w(u,v) a(v); each normalised
/// to sum 1 after every step: the principal singular vectors of the weighted adjacency matrix A
/// (hub = left, authority = right), as NetworkX's `hits`. Power iteration from uniform hubs,
/// parallel over vertices (same bits for any thread count). O((n + m) x iterations).
[[nodiscard]] HitsResult hits(const Graph& graph, const HitsOptions& options = {});

}  // namespace ricochet::algorithms
