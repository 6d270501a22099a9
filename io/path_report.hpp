// SPDX-License-Identifier: MIT
#pragma once
// `ricochet paths` output. Paths: CSV `rank,probability,hops,path` (path = actor ids joined by
// " > ", the origin of the content first), JSON with every hop's probability and rule, a terminal
// table with names. Gatekeepers: CSV `rank,id,name,kind,share,paths`, JSON (with the paths the
// shares are taken over), table.
#include <cstddef>
#include <string>
#include <vector>

#include "algorithms/amplification/paths.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::io {

/// One side of the query as the user typed it.
struct PathGroup {
    std::string selection;             ///< actor, team or kind
    std::string value;                 ///< the actor id, organisation id or kind name
    std::vector<VertexId> members;     ///< by index
};

struct PathReport {
    std::string input;  ///< the path as the user gave it
    InfluenceOptions influence;
    VertexId vertices = 0;
    ArcId arcs = 0;
    std::size_t hop_count = 0;         ///< hops of the content-flow graph
    PathGroup from;
    PathGroup to;
    std::size_t k = 5;                 ///< paths asked for (--paths with --gatekeepers)
    const algorithms::HopGraph* hops = nullptr;  ///< for each hop's rule
    std::vector<algorithms::ContentPath> paths;
    /// Set for --gatekeepers: the ranking (its paths are `paths`).
    std::vector<algorithms::Gatekeeper> gatekeepers;
    double total_probability = 0;
    bool gatekeeper_mode = false;
};

[[nodiscard]] std::string paths_csv(const PathReport& report, const Dataset& dataset);
[[nodiscard]] std::string paths_json(const PathReport& report, const Dataset& dataset);
[[nodiscard]] std::string paths_table(const PathReport& report, const Dataset& dataset);

}  // namespace ricochet::io
