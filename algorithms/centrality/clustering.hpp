// SPDX-License-Identifier: MIT
#pragma once
// Local clustering coefficient: how much an actor's contacts are in contact with each other.
#include <vector>

#include "graph/graph.hpp"

namespace ricochet::algorithms {

/// C(v) = 2 T(v) / (d(v) (d(v) - 1)) on the undirected simple projection (layers and directions
/// merged, weights ignored): T(v) triangles through v, d(v) distinct neighbours; 0 when d < 2
/// (NetworkX's `clustering` on the undirected graph). Triangles listed once each by orienting
/// every edge towards the endpoint of larger (degree, id): O(m^1.5).
[[nodiscard]] std::vector<double> local_clustering(const Graph& graph);

}  // namespace ricochet::algorithms
