// SPDX-License-Identifier: MIT
#pragma once
// `ricochet stats` output: the JSON document (stable keys, documented in the README) and the
// terminal table.
#include <string>
#include <vector>

#include "algorithms/summary/dataset_stats.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"

namespace ricochet::io {

/// What the figures were computed from.
struct StatsContext {
    std::string input;  ///< the path as the user gave it
    InputFormat format = InputFormat::native;
    InfluenceOptions options;
    std::vector<ReadWarning> warnings;
};

/// Warnings of the read plus those of the graph build (records without a time left out).
[[nodiscard]] std::vector<ReadWarning> stats_warnings(const algorithms::DatasetStats& stats,
                                                      const StatsContext& context);

[[nodiscard]] std::string stats_json(const algorithms::DatasetStats& stats, const StatsContext& context);
[[nodiscard]] std::string stats_table(const algorithms::DatasetStats& stats, const StatsContext& context);

}  // namespace ricochet::io
