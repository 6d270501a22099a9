// SPDX-License-Identifier: MIT
#include "graph/model.hpp"

#include <cmath>
#include <unordered_set>

#include "graph/error.hpp"

namespace ricochet {

std::unordered_map<std::string_view, ActorIndex> actor_index(const Dataset& dataset) {
    std::unordered_map<std::string_view, ActorIndex> index;
    index.reserve(dataset.actors.size());
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        index.emplace(dataset.actors[i].id, static_cast<ActorIndex>(i));
    }
    return index;
}

void check_dataset(const Dataset& dataset) {
    const auto actors = dataset.actors.size();
    const auto posts = dataset.posts.size();
    auto fail = [](const std::string& what, std::string_view token) {
        throw InvalidArgument("dataset: " + what + ", got " + quote_token(token));
    };
    std::unordered_set<std::string_view> ids;
    for (const Actor& actor : dataset.actors) {
        if (actor.id.empty()) fail("an actor has an empty id", actor.id);
        if (!ids.insert(actor.id).second) fail("duplicate actor id", actor.id);
        if (actor.organisation && *actor.organisation >= actors) {
            fail("organisation index out of range", actor.id);
        }
        for (const auto& entry : actor.followers) {
            if (entry.second > max_count) fail("follower count out of range", actor.id);
        }
        if (actor.organisation && dataset.actors[*actor.organisation].id == actor.id) {
            fail("an actor is its own organisation", actor.id);
        }
    }
    ids.clear();
    for (std::size_t p = 0; p < posts; ++p) {
        const Post& post = dataset.posts[p];
        if (post.id.empty()) fail("a post has an empty id", post.id);
        if (!ids.insert(post.id).second) fail("duplicate post id", post.id);
        if (post.author >= actors) fail("post author index out of range", post.id);
        if (post.reactions > max_count || post.comments > max_count || post.shares > max_count) {
            fail("count out of range", post.id);
        }
        for (const ActorIndex m : post.mentions) {
            if (m >= actors) fail("mention index out of range", post.id);
        }
        if (post.parent) {
            if (*post.parent >= posts || *post.parent == p) fail("bad parent", post.id);
            if (post.type == PostType::original) fail("an original post has a parent", post.id);
        }
    }
    for (const Engagement& e : dataset.engagements) {
        if (e.actor >= actors || e.post >= posts) fail("engagement index out of range", "");
    }
    for (const Interaction& i : dataset.interactions) {
        if (i.source >= actors || i.target >= actors) fail("interaction index out of range", "");
        if (!(i.count >= min_interaction_count && i.count <= max_interaction_count)) {
            fail("interaction count out of range", std::to_string(i.count));
        }
    }
}

std::optional<Layer> echo_layer(PostType type) {
    switch (type) {
        case PostType::original: return std::nullopt;
        case PostType::repost: return Layer::repost;
        case PostType::quote: return Layer::quote;
        case PostType::reply: return Layer::reply;
        case PostType::comment: return Layer::comment;
    }
    return std::nullopt;
}

Layer engagement_layer(EngagementType type) {
    switch (type) {
        case EngagementType::reaction: return Layer::reaction;
        case EngagementType::comment: return Layer::comment;
        case EngagementType::share: return Layer::repost;
    }
    return Layer::reaction;
}

std::vector<Team> teams(const Dataset& dataset) {
    std::map<ActorIndex, std::vector<ActorIndex>> executives;
    for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
        const Actor& actor = dataset.actors[i];
        if (actor.kind == ActorKind::executive && actor.organisation) {
            executives[*actor.organisation].push_back(static_cast<ActorIndex>(i));
        }
    }
    std::vector<Team> result;
    result.reserve(executives.size());
    for (auto& [organisation, members] : executives) {
        Team team{organisation, {organisation}};
        // A nested organisation (an executive others belong to) is in its own team only.
        for (const ActorIndex m : members) {
            if (!executives.contains(m)) team.members.push_back(m);
        }
        if (team.members.size() >= 2) result.push_back(std::move(team));
    }
    return result;
}

}  // namespace ricochet
