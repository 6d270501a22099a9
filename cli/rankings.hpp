// SPDX-License-Identifier: MIT
#pragma once
// Rankings shared by `ricochet rank` and `ricochet analyze`: who is scored, and the tables.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/amplification/teams.hpp"
#include "algorithms/centrality/measures.hpp"
#include "algorithms/scoring/scores.hpp"
#include "io/rank_report.hpp"

namespace ricochet::cli {

using algorithms::component_count;
using Components = std::array<double, component_count>;

// The study's five tables (AmazingContent 2021; PRODUCT.md §1).
struct PresetTable {
    const char* title;
    const char* sector;  ///< nullptr: every sector
    std::size_t top;
};
constexpr PresetTable study_tables[] = {{"Top 10 leadership teams", nullptr, 10},
                                        {"Top 100 labs & biotech", "labs_biotech", 100},
                                        {"Top 50 medical equipment", "medtech", 50},
                                        {"Top 20 e-health", "ehealth", 20},
                                        {"Top 20 health & beauty", "health_beauty", 20}};

// One scored candidate before ranking.
struct Candidate {
    std::string id, name, kind, sector;
    Components components{};
};

// The position of component `name` of enum E, if it is one.
template <class E>
std::optional<std::size_t> component_index(std::string_view name) {
    if (const auto component = parse_enum<E>(name)) return static_cast<std::size_t>(*component);
    return std::nullopt;
}

// The centrality measure that makes column `name` (in_strength, authority, betweenness, ...).
std::optional<algorithms::Measure> measure_of_column(std::string_view name);

// Every actor, with its raw components.
std::vector<Candidate> actor_candidates(const Dataset& dataset, const Graph& graph, const TimeWindow& window,
                                        const algorithms::EngagementWeights& weights);
// Every team of `metrics` (team_metrics' order), with its raw components.
std::vector<Candidate> team_candidates(const Dataset& dataset, const Graph& graph, const TimeWindow& window,
                                       const algorithms::EngagementWeights& weights,
                                       const std::vector<algorithms::TeamMetrics>& metrics);

// `by`: a component index, or the values of another measure (one per candidate).
io::RankTable rank_table_of(const std::vector<Candidate>& candidates, const std::optional<std::string>& kind,
                            const std::optional<std::string>& sector, const Components& weights,
                            std::optional<std::size_t> by, const std::vector<double>* by_values, bool compare,
                            std::optional<std::size_t> top);

}  // namespace ricochet::cli
