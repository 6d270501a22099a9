// SPDX-License-Identifier: MIT
#pragma once
// What each community is made of: size, leaders, stakeholder mix, where its arcs go, bridges.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "algorithms/community/partition.hpp"
#include "graph/graph.hpp"
#include "graph/model.hpp"

namespace ricochet::algorithms {

struct CommunitySummary {
    std::uint32_t community = 0;
    VertexId size = 0;
    std::vector<VertexId> leaders;                ///< highest PageRank first (ties by vertex)
    std::map<std::string, std::size_t> kinds;     ///< actor kind -> members
    std::map<std::string, std::size_t> sectors;   ///< sector (own, or its organisation's) -> members
    /// Organisation id -> members: the organisation itself (an actor some actor belongs to, or of
    /// kind company, association or institution) and the members whose organisation it is.
    std::map<std::string, std::size_t> organisations;
    double internal_weight = 0;  ///< arcs between members
    double outgoing_weight = 0;  ///< arcs from members to others
    double incoming_weight = 0;  ///< arcs from others to members
    /// Members with the largest share of their arc weight (in + out) with other communities,
    /// largest first, shares > 0 only (ties by vertex).
    std::vector<std::pair<VertexId, double>> bridges;
};

/// Summaries of communities 0 .. count - 1 of `membership` (vertex v = dataset.actors[v]), with
/// up to `top` leaders and bridges each. Arc weights are the influence graph's, every layer.
[[nodiscard]] std::vector<CommunitySummary> summarise_communities(const Dataset& dataset, const Graph& graph,
                                                                  const Membership& membership,
                                                                  const std::vector<double>& pagerank,
                                                                  std::size_t top = 5);

}  // namespace ricochet::algorithms
