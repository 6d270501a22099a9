// SPDX-License-Identifier: MIT
#pragma once
// `ricochet communities` output: CSV (id,name,community), JSON (quality, stability, summaries,
// assignment) and a terminal table of the communities.
#include <string>
#include <vector>

#include "algorithms/community/detection.hpp"
#include "algorithms/community/summary.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

struct CommunityReport {
    std::string input;
    InfluenceOptions influence;
    algorithms::CommunityMethod method = algorithms::CommunityMethod::leiden;
    algorithms::CommunityOptions options;
    algorithms::StableCommunities result;  ///< `best` renumbered by size
    double modularity = 0;                  ///< at the resolution (directed when asked)
    std::vector<algorithms::CommunitySummary> summaries;
    std::vector<double> pagerank;
    VertexId vertices = 0;
    ArcId arcs = 0;
};

[[nodiscard]] std::string communities_csv(const CommunityReport& report, const Dataset& dataset);
[[nodiscard]] std::string communities_json(const CommunityReport& report, const Dataset& dataset);
[[nodiscard]] std::string communities_table(const CommunityReport& report, const Dataset& dataset);

}  // namespace ricochet::io
