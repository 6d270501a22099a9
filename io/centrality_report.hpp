// SPDX-License-Identifier: MIT
#pragma once
// `ricochet centrality` output: CSV (id,name,<columns>), JSON (values and diagnostics) and a
// terminal table. Rows are sorted by the first column, largest first, ties by actor id.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/centrality/measures.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

struct CentralityContext {
    std::string input;  ///< the path as the user gave it
    InfluenceOptions influence;
    algorithms::CentralityOptions options;
    std::optional<std::size_t> top;  ///< print only the first N rows
    VertexId vertices = 0;
    ArcId arcs = 0;
};

/// Row order: by the first column descending (undefined values last), then by actor id.
[[nodiscard]] std::vector<VertexId> centrality_order(const algorithms::CentralityTable& table,
                                                     const Dataset& dataset);

[[nodiscard]] std::string centrality_csv(const algorithms::CentralityTable& table, const Dataset& dataset,
                                         const CentralityContext& context);
[[nodiscard]] std::string centrality_json(const algorithms::CentralityTable& table, const Dataset& dataset,
                                          const CentralityContext& context);
[[nodiscard]] std::string centrality_table(const algorithms::CentralityTable& table, const Dataset& dataset,
                                           const CentralityContext& context);

/// Shortest text that reads back as the same double ("0.25", "3", "1e-07"); empty for NaN.
[[nodiscard]] std::string format_number(double value);

}  // namespace ricochet::io
