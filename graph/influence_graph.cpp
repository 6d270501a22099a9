// SPDX-License-Identifier: MIT
#include "graph/influence_graph.hpp"

namespace ricochet {

InfluenceGraph build_influence_graph(const Dataset& dataset, const InfluenceOptions& options) {
    InfluenceGraph result;
    GraphBuilder builder(dataset.actors.size());
    builder.reserve(dataset.posts.size() + dataset.engagements.size() +
                    dataset.interactions.size() + dataset.actors.size());

    const auto add = [&](ActorIndex source, ActorIndex target, Layer layer, double count) {
        if (!options.layers.contains(layer)) return;
        if (source == target) {
            ++result.self_interactions;
            return;
        }
        builder.add_arc(source, target, layer, count * options.weights[layer]);
        ++result.interactions[static_cast<std::size_t>(layer)];
    };

    for (const Post& post : dataset.posts) {
        if (!options.window.contains(post.time)) continue;
        if (const auto layer = echo_layer(post.type); layer && post.parent) {
            add(post.author, dataset.posts[*post.parent].author, *layer, 1.0);
        }
        for (const ActorIndex mentioned : post.mentions) add(post.author, mentioned, Layer::mention, 1.0);
    }
    for (const Engagement& event : dataset.engagements) {
        const Post& post = dataset.posts[event.post];
        if (!options.window.contains(event.time.value_or(post.time))) continue;
        add(event.actor, post.author, engagement_layer(event.type), 1.0);
    }
    for (const Interaction& interaction : dataset.interactions) {
        if (!options.layers.contains(interaction.layer)) continue;
        // Member rows are structural, as organisation links are: the window does not apply.
        if (interaction.layer != Layer::member && !options.window.contains(interaction.time)) {
            if (!interaction.time) ++result.undated;
            continue;
        }
        add(interaction.source, interaction.target, interaction.layer, interaction.count);
    }
    if (options.layers.contains(Layer::member)) {
        for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
            if (const auto organisation = dataset.actors[i].organisation) {
                builder.add_arc(static_cast<VertexId>(i), *organisation, Layer::member,
                                options.weights[Layer::member]);
                ++result.interactions[static_cast<std::size_t>(Layer::member)];
            }
        }
    }
    result.graph = std::move(builder).build();
    return result;
}

}  // namespace ricochet
