// SPDX-License-Identifier: MIT
#pragma once
// The data model of PRODUCT.md §2: actors, posts, engagement events, and direct interactions
// (arcs given as such by an edge list). Readers in io/ produce a Dataset whose references are
// already resolved to indices and checked; nothing here touches files.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/layer.hpp"
#include "graph/time.hpp"

namespace ricochet {

/// Engagement and follower counts are integers in [0, max_count]: 3 x 10^9 x 2^32 posts still
/// fits 64 bits, so no sum of them can wrap.
inline constexpr std::uint64_t max_count = 1'000'000'000;
/// Interaction counts lie in [min_interaction_count, max_interaction_count]; times a layer weight
/// (layer.hpp) that is within [1e-15, 1e18], so arc weights and their sums stay finite and positive.
inline constexpr double min_interaction_count = 1e-9;
inline constexpr double max_interaction_count = 1e12;

/// Index of an actor in Dataset::actors. Actor i is vertex i of the influence graph.
using ActorIndex = std::uint32_t;
/// Index of a post in Dataset::posts.
using PostIndex = std::uint32_t;

enum class ActorKind : std::uint8_t { executive, company, association, kol, media, institution, other };
enum class Function : std::uint8_t {
    ceo, medical, communication, rnd, legal, hr, finance, marketing, digital, other
};
enum class PostType : std::uint8_t { original, repost, quote, reply, comment };
enum class EngagementType : std::uint8_t { reaction, comment, share };

template <>
struct EnumNames<ActorKind> {
    static constexpr std::array<std::string_view, 7> names{
        "executive", "company", "association", "kol", "media", "institution", "other"};
};
template <>
struct EnumNames<Function> {
    static constexpr std::array<std::string_view, 10> names{
        "ceo", "medical", "communication", "rnd", "legal",
        "hr",  "finance", "marketing",     "digital", "other"};
};
template <>
struct EnumNames<PostType> {
    static constexpr std::array<std::string_view, 5> names{"original", "repost", "quote", "reply",
                                                           "comment"};
};
template <>
struct EnumNames<EngagementType> {
    static constexpr std::array<std::string_view, 3> names{"reaction", "comment", "share"};
};

/// A person or organisation: executive, company, association, key opinion leader, media, ...
struct Actor {
    std::string id;                          ///< unique
    std::string name;                        ///< display name; empty means "use the id"
    ActorKind kind = ActorKind::other;
    std::optional<ActorIndex> organisation;  ///< the company/association this actor belongs to
    std::string role;                        ///< free text, e.g. "Directrice de la communication"
    std::optional<Function> function;
    std::string sector;                      ///< for organisations: labs_biotech, medtech, ...
    std::map<std::string, std::string> accounts;     ///< platform -> handle
    std::map<std::string, std::uint64_t> followers;  ///< platform -> follower count

    /// The name to show: `name`, or the id when there is no name.
    [[nodiscard]] const std::string& label() const { return name.empty() ? id : name; }
    friend bool operator==(const Actor&, const Actor&) = default;
};

/// A post. An echo (repost, quote, reply, comment) may point at its parent post.
struct Post {
    std::string id;                    ///< unique
    ActorIndex author = 0;
    std::string platform;              ///< linkedin, twitter, ...
    Time time{};
    PostType type = PostType::original;
    std::optional<PostIndex> parent;   ///< only for repost, quote, reply, comment
    std::vector<ActorIndex> mentions;  ///< distinct, in the order given
    std::uint64_t reactions = 0;
    std::uint64_t comments = 0;
    std::uint64_t shares = 0;
    std::optional<bool> corporate;     ///< true when it relays the organisation's own content
    std::vector<std::string> topics;

    /// reactions + comments + shares: the engagement the published rankings add up.
    [[nodiscard]] std::uint64_t engagement() const { return reactions + comments + shares; }
    friend bool operator==(const Post&, const Post&) = default;
};

/// One actor engaging with one post, when the data says who engaged.
struct Engagement {
    ActorIndex actor = 0;
    PostIndex post = 0;
    EngagementType type = EngagementType::reaction;
    std::optional<Time> time;
    friend bool operator==(const Engagement&, const Engagement&) = default;
};

/// An interaction given directly as an arc (an edge-list row): `count` interactions of `layer`
/// by `source` towards `target`. Its arc weight is count x the layer's weight.
struct Interaction {
    ActorIndex source = 0;
    ActorIndex target = 0;
    Layer layer = Layer::repost;
    double count = 1.0;  ///< in [min_interaction_count, max_interaction_count]
    std::optional<Time> time;
    friend bool operator==(const Interaction&, const Interaction&) = default;
};

/// Everything read from one input. Invariants (kept by the readers and checked by
/// check_dataset): ids unique, every index in range, parents only on echo types and never
/// the post itself, counts in [0, max_count], interaction counts in their range.
struct Dataset {
    std::vector<Actor> actors;
    std::vector<Post> posts;
    std::vector<Engagement> engagements;
    std::vector<Interaction> interactions;
    friend bool operator==(const Dataset&, const Dataset&) = default;
};

/// Map from actor id to index (views into `dataset`, valid while it lives unchanged).
[[nodiscard]] std::unordered_map<std::string_view, ActorIndex> actor_index(const Dataset& dataset);

/// Throws InvalidArgument describing the first broken invariant of Dataset, if any.
void check_dataset(const Dataset& dataset);

/// The layer of the arc an echo post of type `type` creates (original posts create none).
[[nodiscard]] std::optional<Layer> echo_layer(PostType type);
/// The layer of the arc an engagement event creates (a share is a repost).
[[nodiscard]] Layer engagement_layer(EngagementType type);

/// A leadership team: an organisation's own account plus the executives whose organisation it is.
struct Team {
    ActorIndex organisation = 0;
    std::vector<ActorIndex> members;  ///< the organisation first, then executives by index
};

/// Every organisation that has at least one executive, ordered by the organisation's index.
/// Teams are disjoint: an executive that is also the organisation of other executives (an
/// organisation nested in another) is a member of its own team only, not of its organisation's;
/// a team left without an executive that way is not listed.
[[nodiscard]] std::vector<Team> teams(const Dataset& dataset);

}  // namespace ricochet
