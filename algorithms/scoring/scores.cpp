// SPDX-License-Identifier: MIT
#include "algorithms/scoring/scores.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

#include "algorithms/centrality/pagerank.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

// Team of each actor (teams are disjoint), `none` outside every team.
std::vector<std::uint32_t> team_of_actors(const std::vector<Team>& all, std::size_t actors) {
    std::vector<std::uint32_t> team_of(actors, none);
    for (std::uint32_t t = 0; t < all.size(); ++t) {
        for (const ActorIndex m : all[t].members) team_of[m] = t;
    }
    return team_of;
}

// Distinct actors x outside `group` (marked by `inside`) with an arc x -> g or a path
// x -> y -> g into a member g. `seen` and `expanded` hold stamps, `stamp` is new for this call;
// each y is expanded once. Cost: the in-arcs of the group and of its in-neighbours.
std::uint64_t two_hop_reach(const Graph& graph, const std::vector<ActorIndex>& group,
                            const std::vector<bool>& inside, std::vector<std::uint64_t>& seen,
                            std::vector<std::uint64_t>& expanded, std::uint64_t stamp) {
    std::uint64_t count = 0;
    const auto visit = [&](VertexId x) {
        if (inside[x] || seen[x] == stamp) return;
        seen[x] = stamp;
        ++count;
    };
    for (const ActorIndex g : group) {
        graph.for_each_in_arc(g, [&](VertexId y, const ArcProperties&) {
            if (expanded[y] == stamp) return;  // another layer of the same pair, or met before
            expanded[y] = stamp;
            visit(y);
            graph.for_each_in_arc(y, [&](VertexId x, const ArcProperties&) { visit(x); });
        });
    }
    return count;
}

void check_vertices(const Graph& graph, std::size_t actors) {
    if (graph.vertex_count() != actors) {
        throw InvalidArgument("scores: the influence graph must have one vertex per actor (" + std::to_string(actors) +
                              "), got " + std::to_string(graph.vertex_count()));
    }
}

}  // namespace

std::vector<double> actor_engagement(const Dataset& dataset, const TimeWindow& window,
                                     const EngagementWeights& weights) {
    std::vector<double> engagement(dataset.actors.size(), 0.0);
    for (const Post& post : dataset.posts) {
        if (!window.contains(post.time)) continue;
        engagement[post.author] += weights.reactions * static_cast<double>(post.reactions) +
                                   weights.comments * static_cast<double>(post.comments) +
                                   weights.shares * static_cast<double>(post.shares);
    }
    return engagement;
}

std::vector<std::array<double, component_count>> actor_components(const Dataset& dataset, const Graph& graph,
                                                                 const TimeWindow& window,
                                                                 const EngagementWeights& weights) {
    const std::size_t n = dataset.actors.size();
    check_vertices(graph, n);
    const std::vector<double> engagement = actor_engagement(dataset, window, weights);
    const std::vector<double> rank = pagerank(graph).values;
    const std::vector<std::uint32_t> team_of = team_of_actors(teams(dataset), n);
    std::vector<std::array<double, component_count>> rows(n);
    std::vector<std::uint64_t> seen(n, 0), expanded(n, 0);
    std::vector<bool> inside(n, false);
    for (VertexId a = 0; a < n; ++a) {
        auto& row = rows[a];
        row[static_cast<std::size_t>(ActorComponent::engagement)] = engagement[a];
        row[static_cast<std::size_t>(ActorComponent::pagerank)] = rank[a];
        double amplifiers = 0, outside = 0;
        VertexId previous = none;
        graph.for_each_in_arc(a, [&](VertexId x, const ArcProperties& arc) {
            if (x != previous) amplifiers += 1;  // in-arcs come by source: layers of one pair are adjacent
            previous = x;
            if (team_of[a] == none || team_of[x] != team_of[a]) outside += arc.weight;
        });
        row[static_cast<std::size_t>(ActorComponent::amplifiers)] = amplifiers;
        row[static_cast<std::size_t>(ActorComponent::outside)] = outside;
        inside[a] = true;
        row[static_cast<std::size_t>(ActorComponent::reach)] =
            static_cast<double>(two_hop_reach(graph, {a}, inside, seen, expanded, a + 1));
        inside[a] = false;
    }
    return rows;
}

std::vector<std::array<double, component_count>> team_components(const Dataset& dataset, const Graph& graph,
                                                                const TimeWindow& window,
                                                                const std::vector<double>& yield,
                                                                const EngagementWeights& weights) {
    const std::size_t n = dataset.actors.size();
    check_vertices(graph, n);
    const std::vector<Team> all = teams(dataset);
    if (yield.size() != all.size()) {
        throw InvalidArgument("scores: one ricochet yield per team expected (" + std::to_string(all.size()) +
                              "), got " + std::to_string(yield.size()));
    }
    const std::vector<double> engagement = actor_engagement(dataset, window, weights);
    const std::vector<double> rank = pagerank(graph).values;
    std::vector<std::array<double, component_count>> rows(all.size());
    std::vector<std::uint64_t> seen(n, 0), expanded(n, 0);
    std::vector<bool> inside(n, false);
    for (std::size_t t = 0; t < all.size(); ++t) {
        const Team& team = all[t];
        auto& row = rows[t];
        for (const ActorIndex m : team.members) inside[m] = true;
        double sum = 0, mass = 0, outside = 0;
        for (const ActorIndex m : team.members) {
            if (m != team.organisation) sum += engagement[m];
            mass += rank[m];
            graph.for_each_in_arc(m, [&](VertexId x, const ArcProperties& arc) {
                if (!inside[x]) outside += arc.weight;
            });
        }
        row[static_cast<std::size_t>(TeamComponent::engagement)] = sum;
        row[static_cast<std::size_t>(TeamComponent::pagerank)] = mass;
        row[static_cast<std::size_t>(TeamComponent::outside)] = outside;
        row[static_cast<std::size_t>(TeamComponent::reach)] =
            static_cast<double>(two_hop_reach(graph, team.members, inside, seen, expanded, t + 1));
        row[static_cast<std::size_t>(TeamComponent::yield)] = yield[t];
        for (const ActorIndex m : team.members) inside[m] = false;
    }
    return rows;
}

double significant(double value, int digits) {
    if (!std::isfinite(value) || value == 0) return value;
    char text[64];
    const auto printed = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific, digits - 1);
    double rounded = value;
    std::from_chars(text, printed.ptr, rounded);
    return rounded;
}

std::vector<double> percentiles(const std::vector<double>& values) {
    const std::size_t n = values.size();
    std::vector<double> result(n, 100.0);
    if (n < 2) return result;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    for (std::size_t first = 0; first < n;) {
        std::size_t last = first + 1;
        while (last < n && values[order[last]] == values[order[first]]) ++last;
        // L = first values below, E = last - first equal: 100 (L + (E - 1) / 2) / (n - 1).
        const double below = static_cast<double>(first);
        const double equal = static_cast<double>(last - first);
        const double p = 100.0 * (below + (equal - 1) / 2) / static_cast<double>(n - 1);
        for (std::size_t i = first; i < last; ++i) result[order[i]] = p;
        first = last;
    }
    return result;
}

std::vector<ScoreBreakdown> score_rows(const std::vector<std::array<double, component_count>>& rows,
                                       const std::array<double, component_count>& weights) {
    double total = 0;
    for (const double w : weights) {
        if (!(w >= 0) || !std::isfinite(w)) throw InvalidArgument("scores: a weight must be finite and >= 0");
        total += w;
    }
    if (!(total > 0)) throw InvalidArgument("scores: the weights must not all be 0");
    std::vector<ScoreBreakdown> result(rows.size());
    std::vector<double> column(rows.size());
    for (std::size_t c = 0; c < component_count; ++c) {
        for (std::size_t i = 0; i < rows.size(); ++i) column[i] = significant(rows[i][c]);
        const std::vector<double> p = percentiles(column);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            result[i].value[c] = column[i];
            result[i].percentile[c] = p[i];
            result[i].contribution[c] = weights[c] / total * p[i];
        }
    }
    // Equal scores reached by adding the same points in another order must tie: 12 digits too.
    for (ScoreBreakdown& row : result) {
        row.score = 0;
        for (const double part : row.contribution) row.score += part;
        row.score = significant(row.score);
    }
    return result;
}

}  // namespace ricochet::algorithms
