// SPDX-License-Identifier: MIT
#pragma once
// From a Dataset to the influence graph (PRODUCT.md §2.4).
#include <array>
#include <cstdint>

#include "graph/graph.hpp"
#include "graph/layer.hpp"
#include "graph/model.hpp"
#include "graph/time.hpp"

namespace ricochet {

struct InfluenceOptions {
    LayerWeights weights{};              ///< weight of one interaction, per layer
    LayerSet layers = LayerSet::all();   ///< layers that make arcs
    TimeWindow window{};                 ///< posts, events and interactions kept
};

struct InfluenceGraph {
    Graph graph;  ///< vertex i is Dataset::actors[i]
    /// Interaction records that made (or added to) an arc, per layer; member counts affiliations.
    std::array<std::uint64_t, layer_count> interactions{};
    /// Interaction records of a selected layer, inside the window, whose source is their target
    /// (reposting or mentioning oneself): kept in the data, counted here, no arc.
    std::uint64_t self_interactions = 0;
    /// Interaction records without a time, left out because the window has a bound.
    std::uint64_t undated = 0;
};

/// Builds the influence graph. Each record inside `options.window` adds to one arc u -> v:
/// - an echo post (repost, quote, reply, comment) of u whose parent is by v: layer of its type;
/// - a post of u mentioning v: mention;
/// - an engagement event of u on a post by v: reaction, comment, or repost for a share
///   (the event's own time decides the window, or its post's time when it has none);
/// - an interaction record u -> v: its layer, `count` interactions (a member record is
///   structural and, like an organisation link, not filtered by time);
/// - an actor u whose organisation is v: member (structural, not filtered by time).
/// The arc weight is the sum over its records of count x options.weights[layer].
/// O(n + m log d) for m records.
[[nodiscard]] InfluenceGraph build_influence_graph(const Dataset& dataset,
                                                   const InfluenceOptions& options = {});

}  // namespace ricochet
