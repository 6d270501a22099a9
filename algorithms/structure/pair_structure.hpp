// SPDX-License-Identifier: MIT
#pragma once
// Measures of who is linked to whom, whatever the layer or weight: the graph is read as the
// simple directed graph of distinct ordered pairs (u, v), u != v, joined by at least one arc of
// the chosen layers. These are igraph's reciprocity() and density() on the simplified graph.
#include <cstdint>
#include <optional>

#include "graph/graph.hpp"
#include "graph/layer.hpp"

namespace ricochet::algorithms {

/// Number of distinct ordered pairs (u, v) joined by an arc of `layers`. O(m).
[[nodiscard]] std::uint64_t linked_pair_count(const Graph& graph, LayerSet layers = LayerSet::all());

/// Reciprocity: share of linked ordered pairs (u, v) whose reverse (v, u) is also linked.
/// Undefined (nullopt) when no pair is linked. igraph: reciprocity(mode="default",
/// ignore_loops=True) on the simplified graph. O(m log d).
[[nodiscard]] std::optional<double> reciprocity(const Graph& graph, LayerSet layers = LayerSet::all());

/// Density: linked ordered pairs / (n (n - 1)). Undefined (nullopt) for n < 2.
/// igraph: density(loops=False) on the simplified graph. O(m).
[[nodiscard]] std::optional<double> density(const Graph& graph, LayerSet layers = LayerSet::all());

}  // namespace ricochet::algorithms
