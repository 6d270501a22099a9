// SPDX-License-Identifier: MIT
#pragma once
// Counting measures: weighted in/out strength (total or per layer) and distinct amplifiers.
#include <vector>

#include "graph/graph.hpp"
#include "graph/layer.hpp"

namespace ricochet::algorithms {

/// in_strength[v]: summed weight of the arcs u -> v of `layers` (how much v is amplified). O(n + m).
[[nodiscard]] std::vector<double> in_strength(const Graph& graph, LayerSet layers = LayerSet::all());
/// out_strength[v]: summed weight of the arcs v -> u of `layers` (how much v amplifies). O(n + m).
[[nodiscard]] std::vector<double> out_strength(const Graph& graph, LayerSet layers = LayerSet::all());
/// amplifiers[v]: number of distinct actors u with an arc u -> v in any layer (the unweighted
/// in-degree of the merged graph). O(n + m).
[[nodiscard]] std::vector<double> distinct_amplifiers(const Graph& graph);

}  // namespace ricochet::algorithms
