// SPDX-License-Identifier: MIT
#pragma once
// `ricochet spread` output. One CSV shape for its three questions,
// `id,name,kind,scenario,rank,spread,low,high,change`:
// - seeds picked (--seeds K) or given (--evaluate): scenario `seeds`, one row per seed in order,
//   `spread` the Monte Carlo expected spread of the first `rank` seeds with its 95 % interval,
//   `change` what that seed added;
// - team what-if (--team ORG): one `team` row (id = the organisation, the spread of every member
//   posting), a `without` row per member (the spread when that member does not post, `change`
//   negative or zero), a `with` row per outside actor among the best additions (`change` = what
//   the actor adds).
// JSON holds the same rows with the parameters (model, probabilities, method, evaluation worlds)
// and the selection method's own estimates; the table is for the terminal.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/diffusion/seeds.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

struct SpreadRow {
    std::string scenario;               ///< seeds, team, without or with
    std::size_t rank = 0;               ///< 1-based within its scenario
    std::optional<VertexId> actor;      ///< the seed, removed member or added actor; the organisation for `team`
    algorithms::SpreadEstimate spread;
    double change = 0;
    std::optional<double> method_gain;  ///< --seeds: the selection method's estimate of the gain
};

struct SpreadReport {
    std::string input;
    InfluenceOptions influence;
    VertexId vertices = 0;
    ArcId arcs = 0;
    std::size_t hop_count = 0;
    std::string question;       ///< select, evaluate or team
    algorithms::DiffusionModel model = algorithms::DiffusionModel::ic;
    std::string probabilities;  ///< as typed: learned, weighted-cascade, constant:P
    std::uint64_t seed = 1;
    std::uint64_t simulations = 0;  ///< evaluation worlds
    std::uint64_t first_world = 0;  ///< index of the first evaluation world
    // select
    std::string method;
    std::size_t k = 0;
    double epsilon = 0;
    double ell = 0;
    std::uint64_t celf_simulations = 0;
    std::string candidates;     ///< as typed, empty for every actor
    std::size_t candidate_count = 0;
    algorithms::SeedSelection selection;
    // team
    std::optional<VertexId> organisation;
    std::vector<VertexId> members;
    std::vector<SpreadRow> rows;
};

[[nodiscard]] std::string spread_csv(const SpreadReport& report, const Dataset& dataset);
[[nodiscard]] std::string spread_json(const SpreadReport& report, const Dataset& dataset);
[[nodiscard]] std::string spread_table(const SpreadReport& report, const Dataset& dataset);

}  // namespace ricochet::io
