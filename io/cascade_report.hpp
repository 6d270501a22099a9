// SPDX-License-Identifier: MIT
#pragma once
// `ricochet cascades` output, one row per cascade, per root author or per team (--by):
//   cascade: root,author,size,depth,max_breadth,structural_virality
//   author:  author,name,cascades,total_size,mean_size,max_size,max_depth,mean_structural_virality
//   team:    team,name,members,cascades,total_size,mean_size,max_size,max_depth,mean_structural_virality
// as CSV (reals in their shortest exact form, an undefined value as an empty cell), JSON (the
// same rows with null for undefined values, plus the run's parameters and counts) or a terminal
// table (6 significant digits, "-" for undefined). Row order is the algorithms' (largest first).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/amplification/cascades.hpp"
#include "graph/enum_names.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

/// What one row of the report is.
enum class CascadeGrouping : std::uint8_t { cascade, author, team };

}  // namespace ricochet::io

namespace ricochet {
template <>
struct EnumNames<io::CascadeGrouping> {
    static constexpr std::array<std::string_view, 3> names{"cascade", "author", "team"};
};
}  // namespace ricochet

namespace ricochet::io {

struct CascadeReport {
    std::string input;                    ///< the path as the user gave it
    InfluenceOptions influence;           ///< layers and window of the graph used to reconstruct
    algorithms::CascadeOptions options;
    CascadeGrouping by = CascadeGrouping::cascade;
    std::uint64_t min_size = 1;           ///< cascades smaller than this were left out
    std::optional<std::size_t> top;       ///< print only the first N rows
    algorithms::CascadeResult result;     ///< `cascades` already filtered by min_size
    std::vector<algorithms::AuthorCascades> authors;  ///< filled when by == author
    std::vector<algorithms::TeamCascades> teams;      ///< filled when by == team
};

[[nodiscard]] std::string cascades_csv(const CascadeReport& report, const Dataset& dataset);
[[nodiscard]] std::string cascades_json(const CascadeReport& report, const Dataset& dataset);
[[nodiscard]] std::string cascades_table(const CascadeReport& report, const Dataset& dataset);

}  // namespace ricochet::io
