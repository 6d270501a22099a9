// SPDX-License-Identifier: MIT
#pragma once
// Team amplification: the "ricochets managériaux" of a leadership team (PRODUCT.md §3, issue 7).
//
// A team T is an organisation's own account plus its executives (model.hpp `teams`). Every
// figure is over the posts, engagement events and arcs inside the time window of the influence
// options (a post by its time, an event by its time, or its post's time when it has none). The
// arc figures (internal_share, rebounds, reach and Shapley values, density, reciprocity) are on
// the influence graph built with those options (interaction layers by default: the member layer
// would make every team look self-amplifying); ricochets, engagement and corporate_share are
// read from the posts and events, whatever the layers.
//
// Definitions (the reference script tests/oracle/teams_oracle.py implements them independently):
//
// - A *ricochet* is an echo by one member of T of a post by another member of T within the echo
//   window W (default 72 h): either an echo post q (repost, quote, reply, comment) by member m
//   whose parent p is by member a != m, or an engagement event (reaction, comment, share) with a
//   time, by member m on a post p by member a != m; with 0 <= t(echo) - t(p) <= W. Events
//   without a time cannot be placed and are never ricochets.
// - engagement: the study's sum: reactions + comments + shares over the posts the team's
//   executives (its leaders) authored, of every type; the organisation account's own posts are
//   reported apart (account_engagement), as the published rankings leave them out.
// - internal_share: weight of the arcs from members to members / weight of every arc into a
//   member (null when no arc goes into the team).
// - ricochet_rate: share of the members' original posts that got at least one ricochet (null
//   without originals). ricochet_lag_h: median, over those posts, of the delay of the first
//   ricochet, in hours (median of an even count: mean of the two middle values).
// - ricochet_depth: the longest chain of ricochets: a ricochet post on a post scores 1 + the
//   score of that post when that post is itself a ricochet post (else 1); an event ricochet
//   scores likewise; the depth is the largest score (0 without ricochets).
// - ricochet_yield: engagement of the ricochet posts whose parent is an original post of a member
//   / engagement of the originals that got at least one ricochet post (null when that is 0).
// - gini: Gini coefficient of engagement over the executives, inactive ones included:
//   sum_i sum_j |x_i - x_j| / (2 n^2 mean) (null when they earned nothing; 0 for one executive).
// - carrier: the executive with the largest engagement (ties: the smallest actor index);
//   carrier_share: its engagement / the team's (null and no carrier when the team earned nothing).
// - Shapley share of reach: reach(S) = number of distinct actors with an arc into a member of S
//   (the actors who amplified S). This is a coverage game, whose Shapley value has a closed form:
//   each amplifier u of T gives 1 / |{members u amplified}| to each member it amplified. Exact
//   for every team size, O(arcs into T). share = value / reach(T).
// - external_rebound: weight of the arcs from members to actors outside T / weight of every arc
//   out of a member (null when the team amplified no one); rebound_<kind>: the part of it going
//   to associations, KOLs, media, companies and anything else. An executive counts as their
//   organisation's kind (an executive of another company is "company"); one without an
//   organisation counts as "other".
// - corporate_share: among the echo posts (repost, quote, reply, comment with a parent) that
//   members other than the organisation account authored, the share whose parent is by the
//   organisation account (null without such echo posts).
// - density: distinct ordered member pairs (u, v), u != v, with an arc u -> v / (n (n - 1));
//   reciprocity: share of those arcs whose reverse arc also exists (null when n < 2, resp. when
//   there is no internal arc).
// - members: team size; active_members: members who authored at least one post.
// - profile: see TeamProfile.
// Teams are disjoint (model.hpp `teams`): an organisation nested in another is in its own team
// only.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/graph.hpp"
#include "graph/model.hpp"
#include "graph/time.hpp"

namespace ricochet::algorithms {

/// The team's dominant pattern: the first rule that holds, with the same constant thresholds for
/// every input (round numbers describing each pattern, not fitted to a dataset):
/// 1. quiet: fewer than half of the members active, and engagement per executive under a tenth
///    of the median engagement per executive over the teams of the input;
/// 2. orchestrated: members relay the organisation: ricochet_rate >= 0.5, ricochet_lag_h <= 0.5
///    (the first echo within half an hour) and corporate_share >= 0.5;
/// 3. carried: at least three executives, and carrier_share >= 0.8;
/// 4. outward: rebound to associations + KOLs + media >= 0.6 of the outgoing amplification, and
///    corporate_share < 0.25 (or no echo posts);
/// 5. collective: density >= 0.5, reciprocity >= 0.5, ricochet_rate >= 0.5 and gini <= 0.6;
/// 6. mixed: none of the above.
enum class TeamProfile : std::uint8_t { collective, carried, outward, orchestrated, quiet, mixed };

/// Where the team's amplification goes outside it, by the kind of the actor amplified.
enum class ReboundKind : std::uint8_t { association, kol, media, company, other };
inline constexpr std::size_t rebound_kind_count = 5;

struct TeamOptions {
    std::chrono::seconds echo_window{72 * 3600};  ///< W: the longest delay of a ricochet
    TimeWindow window{};                          ///< the posts and events considered
};

/// One member's part.
struct MemberContribution {
    ActorIndex actor = 0;
    std::uint64_t posts = 0;
    std::uint64_t originals = 0;
    std::uint64_t engagement = 0;
    std::uint64_t ricochets_given = 0;     ///< ricochets (posts and events) this member made
    std::uint64_t ricochets_received = 0;  ///< ricochets on this member's posts
    std::uint64_t amplifiers = 0;          ///< distinct actors with an arc into this member
    double shapley = 0;                    ///< Shapley value of the reach game (in actors)
    double shapley_share = 0;              ///< shapley / team reach (0 when the reach is 0)
};

/// A chain of ricochet posts: posts[0] is a member's post, each next one a ricochet post on the
/// previous one.
struct EchoChain {
    std::vector<PostIndex> posts;
};

struct TeamMetrics {
    ActorIndex organisation = 0;
    std::vector<ActorIndex> members;  ///< the organisation first, then executives by index
    std::size_t active_members = 0;
    std::uint64_t posts = 0;
    std::uint64_t originals = 0;
    std::uint64_t engagement = 0;          ///< the study's sum: the executives' posts
    std::uint64_t account_engagement = 0;  ///< the organisation account's posts (not in `engagement`)
    std::optional<double> internal_share;
    std::optional<double> ricochet_rate;
    std::optional<double> ricochet_lag_h;
    std::uint64_t ricochet_depth = 0;
    std::optional<double> ricochet_yield;
    std::optional<double> gini;
    std::optional<ActorIndex> carrier;
    std::optional<double> carrier_share;
    std::uint64_t reach = 0;  ///< distinct actors who amplified a member
    std::optional<double> external_rebound;
    std::array<double, rebound_kind_count> rebound{};  ///< by ReboundKind; all 0 when external_rebound is null
    std::optional<double> corporate_share;
    std::optional<double> density;
    std::optional<double> reciprocity;
    TeamProfile profile = TeamProfile::mixed;
    std::vector<MemberContribution> contributions;  ///< in `members` order
    std::vector<EchoChain> chains;  ///< the longest maximal chains, longest first (see team_metrics)
};

/// The metrics of every team of `dataset` (model.hpp `teams`, by organisation index).
/// `graph` is the influence graph of `dataset` built over `options.window`. Keeps the `chains`
/// longest maximal echo chains per team (ties: earlier first post, then smaller first post
/// index, then smaller last post index).
/// O(posts + events + arcs) plus sorting.
[[nodiscard]] std::vector<TeamMetrics> team_metrics(const Dataset& dataset, const Graph& graph,
                                                    const TeamOptions& options = {},
                                                    std::size_t chains = 5);

/// The profile rules of TeamProfile, applied to `team` given the median engagement per executive
/// over all teams of the input.
[[nodiscard]] TeamProfile team_profile(const TeamMetrics& team, double median_engagement_per_executive);

/// The kind an amplified actor counts as for rebounds.
[[nodiscard]] ReboundKind rebound_kind(const Dataset& dataset, ActorIndex actor);

/// Gini coefficient of non-negative values (null when they sum to 0; 0 for one value).
[[nodiscard]] std::optional<double> gini(std::vector<double> values);

/// Median (mean of the two middle values for an even count); null when empty.
[[nodiscard]] std::optional<double> median(std::vector<double> values);

}  // namespace ricochet::algorithms

namespace ricochet {
template <>
struct EnumNames<algorithms::TeamProfile> {
    static constexpr std::array<std::string_view, 6> names{"collective", "carried", "outward",
                                                           "orchestrated", "quiet", "mixed"};
};
template <>
struct EnumNames<algorithms::ReboundKind> {
    static constexpr std::array<std::string_view, 5> names{"association", "kol", "media", "company",
                                                           "other"};
};
}  // namespace ricochet
