// SPDX-License-Identifier: MIT
#pragma once
// `ricochet teams` output: CSV (one row per team, the columns of issue 7), JSON (every metric,
// every member's contribution, the echo chains) and a terminal table; `--team ID` prints one
// team's card.
#include <optional>
#include <string>
#include <vector>

#include "algorithms/amplification/teams.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

struct TeamReport {
    std::string input;
    InfluenceOptions influence;
    algorithms::TeamOptions options;
    std::vector<algorithms::TeamMetrics> teams;  ///< in report order (see team_order)
    std::optional<std::size_t> top;              ///< print only the first N teams
};

/// Report order: engagement descending, then organisation id.
void sort_teams(std::vector<algorithms::TeamMetrics>& teams, const Dataset& dataset);

/// The CSV columns: team,name,sector,members,active_members,engagement,internal_share,
/// ricochet_rate,ricochet_lag_h,ricochet_depth,ricochet_yield,gini,carrier,carrier_share,
/// external_rebound,rebound_association,rebound_kol,rebound_media,rebound_company,rebound_other,
/// corporate_share,density,reciprocity,profile. Undefined values are empty cells.
[[nodiscard]] std::string teams_csv(const TeamReport& report, const Dataset& dataset);
/// JSON: the header fields, then per team every metric, `member_details` (each member's
/// posts, originals, engagement, `engagement_share` = its engagement / the team's (null for the
/// organisation account, whose engagement is not in the team's, and when the team earned
/// nothing), ricochets given and received, amplifiers, Shapley value and share) and `chains`.
[[nodiscard]] std::string teams_json(const TeamReport& report, const Dataset& dataset);
[[nodiscard]] std::string teams_table(const TeamReport& report, const Dataset& dataset);
/// One team's card: metrics, members (contribution, Shapley share), top echo chains.
[[nodiscard]] std::string team_card(const algorithms::TeamMetrics& team, const TeamReport& report,
                                    const Dataset& dataset);
[[nodiscard]] std::string team_card_json(const algorithms::TeamMetrics& team, const TeamReport& report,
                                         const Dataset& dataset);

}  // namespace ricochet::io
