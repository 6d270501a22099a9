// SPDX-License-Identifier: MIT
#pragma once
// `ricochet rank` output: CSV (rank,id,name,sector,score, then each component's value and
// points), JSON (values, percentiles, contributions) and a terminal table; `--preset study`
// prints several tables.
#include <optional>
#include <string>
#include <vector>

#include "algorithms/scoring/scores.hpp"
#include "graph/influence_graph.hpp"

namespace ricochet::io {

struct RankRow {
    std::string id;
    std::string name;
    std::string kind;    ///< actors only
    std::string sector;  ///< own, or the organisation's
    algorithms::ScoreBreakdown breakdown;
    double score = 0;    ///< the value ranked by (NaN: undefined, ranked last)
    std::size_t rank = 0;                       ///< 1-based
    std::optional<std::size_t> engagement_rank; ///< with --compare engagement
};

struct RankTable {
    std::string title;                  ///< preset tables only
    std::optional<std::string> kind;    ///< scope filters
    std::optional<std::string> sector;
    std::size_t scope = 0;              ///< rows scored (before --top)
    std::vector<RankRow> rows;          ///< ranked, cut to the table's top
};

struct RankReport {
    std::string input;
    InfluenceOptions influence;
    std::string level;  ///< actor or team
    std::string by;     ///< influence, or a component
    std::vector<std::string> components;                         ///< names, in order
    std::array<double, algorithms::component_count> weights{};   ///< normalised
    algorithms::EngagementWeights engagement_weights;
    bool compare = false;
    std::optional<std::string> preset;
    std::vector<RankTable> tables;  ///< one, or the preset's
};

/// Sorts `rows` by score (largest first), ties by id, and numbers them; with `compare`, also
/// numbers them by engagement (the baseline) the same way into engagement_rank.
void rank_rows(std::vector<RankRow>& rows, bool compare);

[[nodiscard]] std::string rank_csv(const RankReport& report);
[[nodiscard]] std::string rank_json(const RankReport& report);
[[nodiscard]] std::string rank_table(const RankReport& report);

}  // namespace ricochet::io
