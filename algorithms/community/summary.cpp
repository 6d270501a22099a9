// SPDX-License-Identifier: MIT
#include "algorithms/community/summary.hpp"

#include <algorithm>

#include "graph/enum_names.hpp"

namespace ricochet::algorithms {

std::vector<CommunitySummary> summarise_communities(const Dataset& dataset, const Graph& graph,
                                                    const Membership& membership,
                                                    const std::vector<double>& pagerank, std::size_t top) {
    const std::uint32_t count = community_count(membership);
    std::vector<CommunitySummary> summaries(count);
    std::vector<std::vector<VertexId>> members(count);
    for (std::uint32_t c = 0; c < count; ++c) summaries[c].community = c;
    // Organisations: actors some actor belongs to, and actors of an organisation kind.
    std::vector<std::uint8_t> organisation_actor(dataset.actors.size(), 0);
    for (const Actor& actor : dataset.actors) {
        if (actor.organisation) organisation_actor[*actor.organisation] = 1;
    }
    for (std::size_t v = 0; v < dataset.actors.size(); ++v) {
        const ActorKind kind = dataset.actors[v].kind;
        if (kind == ActorKind::company || kind == ActorKind::association || kind == ActorKind::institution) {
            organisation_actor[v] = 1;
        }
    }
    std::vector<double> inside(graph.vertex_count(), 0.0);
    std::vector<double> total(graph.vertex_count(), 0.0);
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        const std::uint32_t c = membership[v];
        CommunitySummary& s = summaries[c];
        members[c].push_back(v);
        ++s.size;
        const Actor& actor = dataset.actors[v];
        ++s.kinds[std::string(to_string(actor.kind))];
        const Actor* organisation = actor.organisation ? &dataset.actors[*actor.organisation] : nullptr;
        const std::string& sector = !actor.sector.empty() ? actor.sector : organisation ? organisation->sector : actor.sector;
        if (!sector.empty()) ++s.sectors[sector];
        if (organisation_actor[v]) {
            ++s.organisations[actor.id];
        } else if (organisation) {
            ++s.organisations[organisation->id];
        }
        graph.for_each_out_arc(v, [&](VertexId u, const ArcProperties& arc) {
            total[v] += arc.weight;
            total[u] += arc.weight;
            if (membership[u] == c) {
                s.internal_weight += arc.weight;
                inside[v] += arc.weight;
                inside[u] += arc.weight;
            } else {
                s.outgoing_weight += arc.weight;
                summaries[membership[u]].incoming_weight += arc.weight;
            }
        });
    }
    for (std::uint32_t c = 0; c < count; ++c) {
        std::vector<VertexId>& m = members[c];
        std::vector<VertexId> by_rank = m;
        std::sort(by_rank.begin(), by_rank.end(), [&](VertexId a, VertexId b) {
            return pagerank[a] != pagerank[b] ? pagerank[a] > pagerank[b] : a < b;
        });
        by_rank.resize(std::min(top, by_rank.size()));
        summaries[c].leaders = std::move(by_rank);
        std::vector<std::pair<VertexId, double>> bridges;
        for (const VertexId v : m) {
            if (total[v] > 0 && inside[v] < total[v]) bridges.emplace_back(v, (total[v] - inside[v]) / total[v]);
        }
        std::sort(bridges.begin(), bridges.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        bridges.resize(std::min(top, bridges.size()));
        summaries[c].bridges = std::move(bridges);
    }
    return summaries;
}

}  // namespace ricochet::algorithms
