// SPDX-License-Identifier: MIT
#include "cli/rankings.hpp"

namespace ricochet::cli {

std::optional<algorithms::Measure> measure_of_column(std::string_view name) {
    using algorithms::Measure;
    if (name == "in_strength" || name == "out_strength") return Measure::strength;
    if (name == "authority" || name == "hub") return Measure::hits;
    if (name == "core" || name == "in_core" || name == "out_core") return Measure::core;
    for (const Measure m : {Measure::betweenness, Measure::harmonic, Measure::eigenvector, Measure::katz,
                            Measure::clustering}) {
        if (name == to_string(m)) return m;
    }
    return std::nullopt;
}

io::RankTable rank_table_of(const std::vector<Candidate>& candidates, const std::optional<std::string>& kind,
                            const std::optional<std::string>& sector, const Components& weights,
                            std::optional<std::size_t> by, const std::vector<double>* by_values, bool compare,
                            std::optional<std::size_t> top) {
    io::RankTable table;
    table.kind = kind;
    table.sector = sector;
    std::vector<const Candidate*> scope;
    std::vector<std::size_t> index;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        if ((!kind || c.kind == *kind) && (!sector || c.sector == *sector)) {
            scope.push_back(&c);
            index.push_back(i);
        }
    }
    table.scope = scope.size();
    std::vector<Components> values;
    for (const Candidate* c : scope) values.push_back(c->components);
    const std::vector<algorithms::ScoreBreakdown> scores = algorithms::score_rows(values, weights);
    for (std::size_t i = 0; i < scope.size(); ++i) {
        io::RankRow row{scope[i]->id, scope[i]->name, scope[i]->kind, scope[i]->sector, scores[i]};
        row.score = by_values ? (*by_values)[index[i]] : by ? scores[i].value[*by] : scores[i].score;
        table.rows.push_back(std::move(row));
    }
    io::rank_rows(table.rows, compare);
    if (top && table.rows.size() > *top) table.rows.resize(*top);
    return table;
}

std::vector<Candidate> actor_candidates(const Dataset& dataset, const Graph& graph, const TimeWindow& window,
                                        const algorithms::EngagementWeights& weights) {
    const auto sector_of = [&](ActorIndex a) {
        const Actor& actor = dataset.actors[a];
        return actor.sector.empty() && actor.organisation ? dataset.actors[*actor.organisation].sector : actor.sector;
    };
    std::vector<Candidate> candidates;
    const auto rows = algorithms::actor_components(dataset, graph, window, weights);
    for (ActorIndex a = 0; a < dataset.actors.size(); ++a) {
        const Actor& actor = dataset.actors[a];
        candidates.push_back({actor.id, actor.name, std::string(to_string(actor.kind)), sector_of(a), rows[a]});
    }
    return candidates;
}

std::vector<Candidate> team_candidates(const Dataset& dataset, const Graph& graph, const TimeWindow& window,
                                       const algorithms::EngagementWeights& weights,
                                       const std::vector<algorithms::TeamMetrics>& metrics) {
    std::vector<double> yield;
    for (const auto& team : metrics) yield.push_back(team.ricochet_yield.value_or(0.0));
    const auto rows = algorithms::team_components(dataset, graph, window, yield, weights);
    std::vector<Candidate> candidates;
    for (std::size_t t = 0; t < metrics.size(); ++t) {
        const Actor& organisation = dataset.actors[metrics[t].organisation];
        candidates.push_back({organisation.id, organisation.name, std::string(to_string(organisation.kind)),
                              organisation.sector, rows[t]});
    }
    return candidates;
}

}  // namespace ricochet::cli
