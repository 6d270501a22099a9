// SPDX-License-Identifier: MIT
#pragma once
// Label propagation (Raghavan, Albert, Kumara 2007) on the undirected projection.
#include <cstdint>

#include "algorithms/community/partition.hpp"
#include "graph/graph.hpp"

namespace ricochet::algorithms {

/// Asynchronous label propagation: every vertex starts with its own label; in rounds, in a random
/// order, each vertex takes the label of largest summed edge weight among its neighbours (keeping
/// its own when it is among the largest, else a random one of them), until a round changes
/// nothing (or 1,000 rounds). Seeded. Community ids compact. O(m) per round.
[[nodiscard]] Membership label_propagation(const Graph& graph, std::uint64_t seed = 1);

}  // namespace ricochet::algorithms
