// SPDX-License-Identifier: MIT
#pragma once
// k-core numbers: the deepest cohesive layer an actor belongs to.
#include <cstdint>
#include <vector>

#include "graph/graph.hpp"

namespace ricochet::algorithms {

enum class CoreMode : std::uint8_t {
    undirected,  ///< degree = distinct neighbours in either direction (NetworkX core_number)
    in,          ///< degree = distinct amplifiers (igraph coreness mode "in")
    out,         ///< degree = distinct actors amplified (igraph coreness mode "out")
};

/// core[v]: the largest k such that v belongs to a subgraph where every vertex has degree >= k
/// (in the chosen sense, layers merged). Batagelj and Zaversnik's bucket algorithm, O(n + m).
[[nodiscard]] std::vector<std::uint32_t> core_numbers(const Graph& graph, CoreMode mode = CoreMode::undirected);

}  // namespace ricochet::algorithms
