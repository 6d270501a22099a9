// SPDX-License-Identifier: MIT
#pragma once
// The figures `ricochet stats` prints: what the data holds and the shape of its influence graph.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::algorithms {

struct EngagementSums {
    std::uint64_t reactions = 0;
    std::uint64_t comments = 0;
    std::uint64_t shares = 0;
    EngagementSums& operator+=(const EngagementSums& other) {
        reactions += other.reactions;
        comments += other.comments;
        shares += other.shares;
        return *this;
    }
    [[nodiscard]] std::uint64_t total() const { return reactions + comments + shares; }
};

/// A count per actor kind.
using ByKind = std::array<std::uint64_t, EnumNames<ActorKind>::names.size()>;

struct DatasetStats {
    ByKind actors_by_kind{};
    /// platform -> actors with a handle on it, by kind (the study's "LinkedIn accounts").
    std::map<std::string, ByKind> accounts;
    std::array<std::uint64_t, EnumNames<PostType>::names.size()> posts_by_type{};  ///< in window
    /// Posts in the window, and the counts they carry (the engagement the published rankings
    /// sum), by platform and by the kind of the author (the study counts leaders: executives).
    std::map<std::string, ByKind> posts_by_platform_and_kind;
    std::map<std::string, std::array<EngagementSums, EnumNames<ActorKind>::names.size()>>
        post_engagement_by_platform_and_kind;
    std::array<std::uint64_t, EnumNames<EngagementType>::names.size()> engagements_by_type{};
    std::uint64_t interactions = 0;  ///< direct interaction records (edge-list rows) in window

    VertexId vertices = 0;
    ArcId arcs = 0;
    std::array<ArcId, layer_count> arcs_by_layer{};
    std::uint64_t self_interactions = 0;
    std::uint64_t undated_dropped = 0;
    /// Weak components over the interaction layers (member arcs left out).
    VertexId components = 0;
    VertexId largest_component = 0;
    /// Over distinct ordered pairs linked by an interaction arc; undefined on too small graphs.
    std::optional<double> reciprocity;
    std::optional<double> density;
    /// Earliest and latest time of a record inside the window; unset when no record has a time.
    std::optional<Time> first_time;
    std::optional<Time> last_time;

    [[nodiscard]] std::uint64_t actors() const;
    [[nodiscard]] std::uint64_t posts() const;
    [[nodiscard]] std::uint64_t engagements() const;
    [[nodiscard]] std::uint64_t posts_on(const std::string& platform) const;
    [[nodiscard]] EngagementSums engagement_on(const std::string& platform) const;
    [[nodiscard]] EngagementSums post_engagement() const;
};

/// Computes the statistics of `dataset` and of `influence`, the graph built from it with
/// `options`. Structural figures (components, reciprocity, density) use the selected layers
/// without member: they describe who interacts with whom. O(n + m log d + records).
[[nodiscard]] DatasetStats dataset_stats(const Dataset& dataset, const InfluenceGraph& influence,
                                         const InfluenceOptions& options);

}  // namespace ricochet::algorithms
