// SPDX-License-Identifier: MIT
#pragma once
// Influence scores (PRODUCT.md §3, issue 8): the study's engagement baseline, and a
// network-aware score (0-100) beside it, for actors and for teams.
//
// Engagement baseline. E(post) = w_reaction x reactions + w_comment x comments + w_share x shares
// (weights 1 by default: the study's plain sum). An actor's engagement is the sum over the posts
// it authored inside the time window (every post type); a team's is the sum over its executives'
// (the study's leadership-team sum; the organisation account's own posts are not in it, as in
// `ricochet teams`).
//
// Actor components, on the influence graph built over the window (interaction layers by default):
//   engagement   the baseline above;
//   pagerank     weighted PageRank (damping 0.85; centrality/pagerank.hpp);
//   amplifiers   distinct actors with an arc into the actor;
//   reach        distinct actors x != a with an arc x -> a or a path x -> y -> a (two-hop reach
//                against the arcs: who amplified a, or amplified one of a's amplifiers);
//   outside      weight of the arcs into the actor from actors outside its team (every other
//                actor when it is in no team).
// Team components (teams of model.hpp `teams`):
//   engagement   the team's baseline;
//   pagerank     sum of the members' PageRank (the organisation account included);
//   reach        distinct non-members with an arc or a two-arc path into a member;
//   outside      weight of the arcs into members from non-members;
//   yield        ricochet_yield of `ricochet teams` (0 when undefined; its own plain sums and 72 h
//                echo window, whatever the engagement weights).
//
// Score. Component values are rounded to 12 significant digits first: sums of decimal weights
// (0.1 + 0.1 + 0.1 + 1 and 1 + 0.3) that are equal must tie, whatever the order of addition.
// Each component becomes a percentile among the scored set (the actors or teams that the
// ranking's filters keep): for a value x among n values, 100 x (L + (E - 1) / 2) / (n - 1), L the
// number of values below x, E the number equal to x (itself included); 100 when n = 1. So the
// largest is 100, the smallest 0, ties share the mean of their positions. The score is
// sum_c w_c x percentile_c with weights normalised to sum 1, the sum rounded to 12 significant
// digits as well; each component's contribution (w_c x percentile_c) is reported and the contributions add
// up to the score (to 1e-10). Default weights:
// actors engagement 0.3, pagerank 0, amplifiers 0.665, reach 0.035, outside 0 — the network part
// tuned to predict future amplification on the first half of the Higgs activity log
// (docs/validation/README.md: distinct amplifiers predict best, PageRank worst), replacing
// pagerank 0.25, amplifiers 0.15, reach 0.15, outside 0.15; teams engagement 0.3, pagerank 0.25,
// reach 0.15, outside 0.15, yield 0.15 (untested: no team data with a future to predict).
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/graph.hpp"
#include "graph/model.hpp"
#include "graph/time.hpp"

namespace ricochet::algorithms {

enum class ActorComponent : std::uint8_t { engagement, pagerank, amplifiers, reach, outside };
enum class TeamComponent : std::uint8_t { engagement, pagerank, reach, outside, yield };
inline constexpr std::size_t component_count = 5;

/// Weights of one post's counts in its engagement.
struct EngagementWeights {
    double reactions = 1;
    double comments = 1;
    double shares = 1;
};

/// Component weights (io/score_config.hpp reads them from a JSON file).
struct ScoreWeights {
    /// By ActorComponent: tuned on the Higgs activity log (docs/validation/README.md).
    std::array<double, component_count> actor{0.3, 0.0, 0.665, 0.035, 0.0};
    std::array<double, component_count> team{0.3, 0.25, 0.15, 0.15, 0.15};   ///< by TeamComponent
    EngagementWeights engagement{};
};

/// One scored row: the raw component values, their percentiles and weighted contributions.
struct ScoreBreakdown {
    std::array<double, component_count> value{};
    std::array<double, component_count> percentile{};
    std::array<double, component_count> contribution{};  ///< add up to `score`
    double score = 0;                                    ///< 0..100
};

/// Engagement of each actor's posts inside `window`.
[[nodiscard]] std::vector<double> actor_engagement(const Dataset& dataset, const TimeWindow& window,
                                                   const EngagementWeights& weights = {});

/// The raw actor components, one array per actor (vertex i = actor i). `graph` is the influence
/// graph of `dataset` over `window`. Reach costs the in-arcs of each actor's in-neighbours: a
/// relay with K amplifiers and K amplified actors costs K^2 (O(n + m) memory).
[[nodiscard]] std::vector<std::array<double, component_count>> actor_components(
    const Dataset& dataset, const Graph& graph, const TimeWindow& window, const EngagementWeights& weights = {});

/// The raw team components, one array per team of `teams(dataset)`, in that order. `yield` holds
/// each team's ricochet_yield (null as 0), in the same order.
[[nodiscard]] std::vector<std::array<double, component_count>> team_components(
    const Dataset& dataset, const Graph& graph, const TimeWindow& window, const std::vector<double>& yield,
    const EngagementWeights& weights = {});

/// `value` rounded to `digits` significant digits (decimal, correctly rounded); 0, NaN and
/// infinities unchanged.
[[nodiscard]] double significant(double value, int digits = 12);

/// Percentile of each of `values` among them (definition above).
[[nodiscard]] std::vector<double> percentiles(const std::vector<double>& values);

/// Scores rows of components with `weights` (normalised to sum 1): values rounded (significant),
/// percentiles among the rows.
[[nodiscard]] std::vector<ScoreBreakdown> score_rows(const std::vector<std::array<double, component_count>>& rows,
                                                     const std::array<double, component_count>& weights);

}  // namespace ricochet::algorithms

namespace ricochet {
template <>
struct EnumNames<algorithms::ActorComponent> {
    static constexpr std::array<std::string_view, 5> names{"engagement", "pagerank", "amplifiers", "reach",
                                                           "outside"};
};
template <>
struct EnumNames<algorithms::TeamComponent> {
    static constexpr std::array<std::string_view, 5> names{"engagement", "pagerank", "reach", "outside", "yield"};
};
}  // namespace ricochet
