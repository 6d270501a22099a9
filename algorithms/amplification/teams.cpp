// SPDX-License-Identifier: MIT
#include "algorithms/amplification/teams.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ricochet::algorithms {
namespace {

constexpr std::uint32_t no_team = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint32_t no_member = std::numeric_limits<std::uint32_t>::max();

// Per post of a team member, what the ricochet pass finds.
struct PostState {
    std::optional<std::int64_t> first_ricochet;  // seconds after the post
    bool ricochet_post = false;                   // this post is itself a ricochet on its parent
    bool has_ricochet_post = false;               // some ricochet post has this post as parent
    std::uint64_t chain = 0;                      // ricochet chain score (0 unless a ricochet post)
    PostIndex first = 0;                          // for a ricochet post: the first post of its chain
};

}  // namespace

ReboundKind rebound_kind(const Dataset& dataset, ActorIndex actor) {
    const Actor* who = &dataset.actors[actor];
    if (who->kind == ActorKind::executive) {
        if (!who->organisation) return ReboundKind::other;
        who = &dataset.actors[*who->organisation];
    }
    switch (who->kind) {
        case ActorKind::association: return ReboundKind::association;
        case ActorKind::kol: return ReboundKind::kol;
        case ActorKind::media: return ReboundKind::media;
        case ActorKind::company: return ReboundKind::company;
        default: return ReboundKind::other;
    }
}

std::optional<double> gini(std::vector<double> values) {
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    if (values.empty() || !(total > 0)) return std::nullopt;
    std::sort(values.begin(), values.end());
    // sum_i sum_j |x_i - x_j| / (2 n^2 mean) = sum_i (2i - n - 1) x_(i) / (n total), i from 1.
    const double n = static_cast<double>(values.size());
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        weighted += (2.0 * static_cast<double>(i + 1) - n - 1.0) * values[i];
    }
    return weighted / (n * total);
}

std::optional<double> median(std::vector<double> values) {
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

TeamProfile team_profile(const TeamMetrics& team, double median_engagement_per_executive) {
    const double members = static_cast<double>(team.members.size());
    const double executives = members - 1;
    if (executives < 1) return TeamProfile::mixed;  // not a team (team_metrics never gives one)
    const double active = static_cast<double>(team.active_members) / members;
    const auto at_least = [](const std::optional<double>& value, double bound) { return value && *value >= bound; };
    const auto at_most = [](const std::optional<double>& value, double bound) { return value && *value <= bound; };
    if (active < 0.5 && static_cast<double>(team.engagement) / executives < 0.1 * median_engagement_per_executive) {
        return TeamProfile::quiet;
    }
    if (at_least(team.ricochet_rate, 0.5) && at_most(team.ricochet_lag_h, 0.5) && at_least(team.corporate_share, 0.5)) {
        return TeamProfile::orchestrated;
    }
    if (executives >= 3 && at_least(team.carrier_share, 0.8)) return TeamProfile::carried;
    const auto at = [&](ReboundKind kind) { return team.rebound[static_cast<std::size_t>(kind)]; };
    const double to_sector = at(ReboundKind::association) + at(ReboundKind::kol) + at(ReboundKind::media);
    if (team.external_rebound && to_sector >= 0.6 && team.corporate_share.value_or(0) < 0.25) {
        return TeamProfile::outward;
    }
    if (at_least(team.density, 0.5) && at_least(team.reciprocity, 0.5) && at_least(team.ricochet_rate, 0.5) &&
        at_most(team.gini, 0.6)) {
        return TeamProfile::collective;
    }
    return TeamProfile::mixed;
}

std::vector<TeamMetrics> team_metrics(const Dataset& dataset, const Graph& graph, const TeamOptions& options,
                                      std::size_t chain_count) {
    const std::size_t n = dataset.actors.size();
    const std::vector<Team> all_teams = teams(dataset);  // disjoint, each with an executive
    // Team of each actor, and position in it.
    std::vector<std::uint32_t> team_of(n, no_team);
    std::vector<std::uint32_t> slot(n, no_member);
    std::vector<TeamMetrics> result(all_teams.size());
    for (std::uint32_t t = 0; t < all_teams.size(); ++t) {
        TeamMetrics& team = result[t];
        team.organisation = all_teams[t].organisation;
        team.members = all_teams[t].members;
        team.contributions.resize(team.members.size());
        for (std::uint32_t i = 0; i < team.members.size(); ++i) {
            team_of[team.members[i]] = t;
            slot[team.members[i]] = i;
            team.contributions[i].actor = team.members[i];
        }
    }
    const auto contribution = [&](ActorIndex actor) -> MemberContribution& {
        return result[team_of[actor]].contributions[slot[actor]];
    };
    const auto in_window = [&](const Post& post) { return options.window.contains(post.time); };
    const std::int64_t echo_window = options.echo_window.count();

    // Posts: counts, engagement, corporate relays. Ricochet posts are found in post order, and
    // their chain scores need the parent's first, so they are computed in a pass over posts in
    // time order (a parent is never later than a ricochet on it).
    std::vector<PostState> state(dataset.posts.size());
    std::vector<std::uint64_t> relays(result.size(), 0), echoes(result.size(), 0);
    const auto ricochet_delay = [&](ActorIndex echoer, std::optional<Time> when,
                                    PostIndex parent) -> std::optional<std::int64_t> {
        const Post& target = dataset.posts[parent];
        if (!when || team_of[echoer] == no_team || team_of[echoer] != team_of[target.author]) return std::nullopt;
        if (echoer == target.author || !in_window(target)) return std::nullopt;
        const std::int64_t delay = (*when - target.time).count();
        if (delay < 0 || delay > echo_window) return std::nullopt;
        return delay;
    };
    const auto note_ricochet = [&](PostIndex parent, std::int64_t delay, ActorIndex echoer) {
        PostState& s = state[parent];
        if (!s.first_ricochet || delay < *s.first_ricochet) s.first_ricochet = delay;
        ++contribution(echoer).ricochets_given;
        ++contribution(dataset.posts[parent].author).ricochets_received;
    };
    for (PostIndex p = 0; p < dataset.posts.size(); ++p) {
        const Post& post = dataset.posts[p];
        if (team_of[post.author] == no_team || !in_window(post)) continue;
        TeamMetrics& team = result[team_of[post.author]];
        MemberContribution& member = contribution(post.author);
        ++member.posts;
        member.engagement += post.engagement();
        if (post.type == PostType::original) ++member.originals;
        if (echo_layer(post.type) && post.parent && post.author != team.organisation) {
            ++echoes[team_of[post.author]];
            if (dataset.posts[*post.parent].author == team.organisation) ++relays[team_of[post.author]];
        }
        if (echo_layer(post.type) && post.parent) {
            if (const auto delay = ricochet_delay(post.author, post.time, *post.parent)) {
                note_ricochet(*post.parent, *delay, post.author);
                state[p].ricochet_post = true;
                state[*post.parent].has_ricochet_post = true;
            }
        }
    }
    // Chain scores: a ricochet post is never earlier than its parent, but equal times and the
    // order of the posts in the input are free, so follow the parent links (memoised).
    // Parent links may loop between posts of equal time: a post met again while its own score
    // is being worked out (marked `pending`) ends the chain there.
    constexpr std::uint64_t pending = std::numeric_limits<std::uint64_t>::max();
    std::vector<PostIndex> stack;
    for (PostIndex p = 0; p < dataset.posts.size(); ++p) {
        if (!state[p].ricochet_post || state[p].chain > 0) continue;
        PostIndex q = p;
        while (state[q].ricochet_post && state[q].chain == 0) {
            stack.push_back(q);
            state[q].chain = pending;
            q = *dataset.posts[q].parent;
        }
        const bool continues = state[q].ricochet_post && state[q].chain != pending;
        std::uint64_t score = continues ? state[q].chain : 0;
        const PostIndex first = continues ? state[q].first : q;
        while (!stack.empty()) {
            state[stack.back()].chain = ++score;
            state[stack.back()].first = first;
            stack.pop_back();
        }
    }
    std::vector<std::uint64_t> depth(result.size(), 0);
    for (PostIndex p = 0; p < dataset.posts.size(); ++p) {
        if (state[p].ricochet_post) {
            std::uint64_t& d = depth[team_of[dataset.posts[p].author]];
            d = std::max(d, state[p].chain);
        }
    }
    for (const Engagement& event : dataset.engagements) {
        const Post& post = dataset.posts[event.post];
        if (!options.window.contains(event.time.value_or(post.time))) continue;
        if (const auto delay = ricochet_delay(event.actor, event.time, event.post)) {
            note_ricochet(event.post, *delay, event.actor);
            std::uint64_t& d = depth[team_of[event.actor]];
            d = std::max(d, state[event.post].chain + 1);
        }
    }

    // Per team: post figures.
    std::vector<std::vector<double>> lags(result.size());
    std::vector<std::uint64_t> echoed(result.size(), 0), yield_top(result.size(), 0), yield_bottom(result.size(), 0);
    for (PostIndex p = 0; p < dataset.posts.size(); ++p) {
        const Post& post = dataset.posts[p];
        if (team_of[post.author] == no_team || !in_window(post)) continue;
        const std::uint32_t t = team_of[post.author];
        if (post.type == PostType::original) {
            if (state[p].first_ricochet) {
                ++echoed[t];
                lags[t].push_back(static_cast<double>(*state[p].first_ricochet) / 3600.0);
            }
            if (state[p].has_ricochet_post) yield_bottom[t] += post.engagement();
        }
        if (state[p].ricochet_post && dataset.posts[*post.parent].type == PostType::original) {
            yield_top[t] += post.engagement();
        }
    }

    // Per team: arcs.
    std::vector<std::uint32_t> seen(n, no_member);          // last team that counted this amplifier
    std::vector<std::uint32_t> amplified_count(n, 0);       // members of the current team u amplified
    for (std::uint32_t t = 0; t < result.size(); ++t) {
        TeamMetrics& team = result[t];
        double into = 0, inside = 0, out = 0;
        std::array<double, rebound_kind_count> outside{};
        std::uint64_t pairs = 0, mutual = 0;
        std::vector<ActorIndex> amplifiers;
        for (const ActorIndex member : team.members) {
            ActorIndex previous = no_member;
            graph.for_each_in_arc(member, [&](VertexId source, const ArcProperties& arc) {
                into += arc.weight;
                if (team_of[source] == t) inside += arc.weight;
                if (source == previous) return;  // another layer of the same pair
                previous = source;
                ++contribution(member).amplifiers;
                if (seen[source] != t) {
                    seen[source] = t;
                    amplified_count[source] = 0;
                    amplifiers.push_back(source);
                }
                ++amplified_count[source];
            });
            previous = no_member;
            graph.for_each_out_arc(member, [&](VertexId target, const ArcProperties& arc) {
                out += arc.weight;
                if (team_of[target] == t) {
                    if (target == previous) return;
                    previous = target;
                    ++pairs;
                    if (graph.has_arc(target, member)) ++mutual;
                } else {
                    outside[static_cast<std::size_t>(rebound_kind(dataset, target))] += arc.weight;
                }
            });
        }
        team.reach = amplifiers.size();
        // Shapley values of the coverage game: each amplifier splits one unit among the members it amplified.
        for (const ActorIndex member : team.members) {
            MemberContribution& c = contribution(member);
            ActorIndex previous = no_member;
            graph.for_each_in_arc(member, [&](VertexId source, const ArcProperties&) {
                if (source == previous) return;
                previous = source;
                c.shapley += 1.0 / static_cast<double>(amplified_count[source]);
            });
            c.shapley_share = team.reach > 0 ? c.shapley / static_cast<double>(team.reach) : 0.0;
        }
        if (into > 0) team.internal_share = inside / into;
        if (out > 0) {
            double total = 0;
            for (std::size_t k = 0; k < rebound_kind_count; ++k) {
                team.rebound[k] = outside[k] / out;
                total += outside[k];
            }
            team.external_rebound = total / out;
        }
        const double size = static_cast<double>(team.members.size());
        if (team.members.size() >= 2) team.density = static_cast<double>(pairs) / (size * (size - 1));
        if (pairs > 0) team.reciprocity = static_cast<double>(mutual) / static_cast<double>(pairs);

        std::vector<double> engagement;
        for (const MemberContribution& c : team.contributions) {
            team.posts += c.posts;
            team.originals += c.originals;
            if (c.posts > 0) ++team.active_members;
            if (c.actor == team.organisation) {
                team.account_engagement = c.engagement;
                continue;
            }
            team.engagement += c.engagement;
            engagement.push_back(static_cast<double>(c.engagement));
            if (c.engagement > 0 && (!team.carrier || c.engagement > contribution(*team.carrier).engagement)) {
                team.carrier = c.actor;
            }
        }
        team.gini = gini(engagement);
        if (team.carrier) {
            team.carrier_share = static_cast<double>(contribution(*team.carrier).engagement) /
                                 static_cast<double>(team.engagement);
        }
        if (team.originals > 0) team.ricochet_rate = static_cast<double>(echoed[t]) / static_cast<double>(team.originals);
        team.ricochet_lag_h = median(lags[t]);
        team.ricochet_depth = depth[t];
        if (yield_bottom[t] > 0) {
            team.ricochet_yield = static_cast<double>(yield_top[t]) / static_cast<double>(yield_bottom[t]);
        }
        if (echoes[t] > 0) team.corporate_share = static_cast<double>(relays[t]) / static_cast<double>(echoes[t]);
    }

    // Echo chains: maximal ones end at a ricochet post that no ricochet post continues.
    if (chain_count > 0) {
        std::vector<std::vector<PostIndex>> ends(result.size());
        for (PostIndex p = 0; p < dataset.posts.size(); ++p) {
            if (state[p].ricochet_post && !state[p].has_ricochet_post) ends[team_of[dataset.posts[p].author]].push_back(p);
        }
        for (std::uint32_t t = 0; t < result.size(); ++t) {
            // Rank the ends without building their chains (a long chain with a side echo at
            // every step has quadratically many posts in all), then build the first few.
            std::vector<PostIndex>& by_rank = ends[t];
            const auto before = [&](PostIndex a, PostIndex b) {
                if (state[a].chain != state[b].chain) return state[a].chain > state[b].chain;
                const PostIndex fa = state[a].first, fb = state[b].first;
                if (dataset.posts[fa].time != dataset.posts[fb].time) return dataset.posts[fa].time < dataset.posts[fb].time;
                if (fa != fb) return fa < fb;
                return a < b;
            };
            const std::size_t keep = std::min(chain_count, by_rank.size());
            std::partial_sort(by_rank.begin(), by_rank.begin() + static_cast<std::ptrdiff_t>(keep), by_rank.end(), before);
            std::vector<EchoChain> chains;
            for (std::size_t i = 0; i < keep; ++i) {
                EchoChain chain;
                PostIndex q = by_rank[i];
                chain.posts.push_back(q);
                for (std::uint64_t hop = 0; hop < state[by_rank[i]].chain; ++hop) {
                    q = *dataset.posts[q].parent;
                    chain.posts.push_back(q);
                }
                std::reverse(chain.posts.begin(), chain.posts.end());
                chains.push_back(std::move(chain));
            }
            result[t].chains = std::move(chains);
        }
    }

    // Profiles, against the median engagement per member over the teams.
    std::vector<double> per_member;
    for (const TeamMetrics& team : result) {
        per_member.push_back(static_cast<double>(team.engagement) / static_cast<double>(team.members.size() - 1));
    }
    const double typical = median(per_member).value_or(0);
    for (TeamMetrics& team : result) team.profile = team_profile(team, typical);
    return result;
}

}  // namespace ricochet::algorithms
