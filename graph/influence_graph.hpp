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
    /// Bytes building the graph may take at its peak; 0: the memory the system reports available
    /// (available_memory(), consulted from 64 MiB on; no check when it is unknown); UINT64_MAX:
    /// no check.
    std::uint64_t memory_limit = 0;
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
/// O(n + m log d) for m records. Before anything is built, influence_graph_bytes(dataset) is
/// compared with the memory limit. @throws ResourceError `the influence graph would need about
/// 1.2 GiB for 2033 actors and 50000 records, more than the 1 GiB ...` when it exceeds it.
[[nodiscard]] InfluenceGraph build_influence_graph(const Dataset& dataset,
                                                   const InfluenceOptions& options = {});

/// An upper bound on the bytes build_influence_graph needs at its peak: 64 per record that can
/// make an arc (echo posts, mentions, events, interactions, organisation links; the pending arcs,
/// their sorted copy and the graph coexist) and 32 per actor. Every record counts, whatever the
/// layers and the window keep. O(posts).
[[nodiscard]] std::uint64_t influence_graph_bytes(const Dataset& dataset);

/// The memory the system reports available to a new allocation (Linux: MemAvailable in
/// /proc/meminfo, or the cgroup's limit minus its usage when lower), or 0 when it cannot tell.
[[nodiscard]] std::uint64_t available_memory();

}  // namespace ricochet
