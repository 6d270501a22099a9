// SPDX-License-Identifier: MIT
#include "algorithms/summary/dataset_stats.hpp"

#include <numeric>

#include "algorithms/structure/components.hpp"
#include "algorithms/structure/pair_structure.hpp"

namespace ricochet::algorithms {
namespace {

template <class Array>
std::uint64_t sum(const Array& counts) {
    return std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
}

std::size_t at(auto enum_value) { return static_cast<std::size_t>(enum_value); }

}  // namespace

std::uint64_t DatasetStats::actors() const { return sum(actors_by_kind); }
std::uint64_t DatasetStats::posts() const { return sum(posts_by_type); }
std::uint64_t DatasetStats::engagements() const { return sum(engagements_by_type); }

std::uint64_t DatasetStats::posts_on(const std::string& platform) const {
    const auto it = posts_by_platform_and_kind.find(platform);
    return it == posts_by_platform_and_kind.end() ? 0 : sum(it->second);
}

EngagementSums DatasetStats::engagement_on(const std::string& platform) const {
    EngagementSums total;
    if (const auto it = post_engagement_by_platform_and_kind.find(platform);
        it != post_engagement_by_platform_and_kind.end()) {
        for (const EngagementSums& sums : it->second) total += sums;
    }
    return total;
}

EngagementSums DatasetStats::post_engagement() const {
    EngagementSums total;
    for (const auto& entry : post_engagement_by_platform_and_kind) total += engagement_on(entry.first);
    return total;
}

DatasetStats dataset_stats(const Dataset& dataset, const InfluenceGraph& influence,
                           const InfluenceOptions& options) {
    DatasetStats stats;
    const auto seen = [&](Time time) {
        if (!stats.first_time || time < *stats.first_time) stats.first_time = time;
        if (!stats.last_time || time > *stats.last_time) stats.last_time = time;
    };
    for (const Actor& actor : dataset.actors) {
        ++stats.actors_by_kind[at(actor.kind)];
        for (const auto& entry : actor.accounts) ++stats.accounts[entry.first][at(actor.kind)];
    }
    for (const Post& post : dataset.posts) {
        if (!options.window.contains(post.time)) continue;
        ++stats.posts_by_type[at(post.type)];
        const std::size_t kind = at(dataset.actors[post.author].kind);
        ++stats.posts_by_platform_and_kind[post.platform][kind];
        stats.post_engagement_by_platform_and_kind[post.platform][kind] +=
            EngagementSums{post.reactions, post.comments, post.shares};
        seen(post.time);
    }
    for (const Engagement& event : dataset.engagements) {
        const Time time = event.time.value_or(dataset.posts[event.post].time);
        if (!options.window.contains(time)) continue;
        ++stats.engagements_by_type[at(event.type)];
        seen(time);
    }
    for (const Interaction& interaction : dataset.interactions) {
        if (interaction.layer != Layer::member && !options.window.contains(interaction.time)) continue;
        ++stats.interactions;
        if (interaction.time) seen(*interaction.time);
    }

    const Graph& graph = influence.graph;
    stats.vertices = graph.vertex_count();
    stats.arcs = graph.arc_count();
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        graph.for_each_out_arc(v, [&](VertexId, const ArcProperties& arc) {
            ++stats.arcs_by_layer[at(arc.layer)];
        });
    }
    stats.self_interactions = influence.self_interactions;
    stats.undated_dropped = influence.undated;

    const LayerSet structural = options.layers.without(Layer::member);
    const WeakComponentsResult components = weak_components(graph, structural);
    stats.components = components.count();
    stats.largest_component = components.largest();
    stats.reciprocity = reciprocity(graph, structural);
    stats.density = density(graph, structural);
    return stats;
}

}  // namespace ricochet::algorithms
