// SPDX-License-Identifier: MIT
#include "io/community_report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/csv.hpp"
#include "io/centrality_report.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;


Json number_or_null(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

const char* quality_name(algorithms::QualityFunction quality) {
    switch (quality) {
        case algorithms::QualityFunction::modularity: return "modularity";
        case algorithms::QualityFunction::directed_modularity: return "modularity";  // with "directed": true
        case algorithms::QualityFunction::cpm: return "cpm";
    }
    return "";
}

// Rows by community, then by actor id.
std::vector<VertexId> assignment_order(const CommunityReport& report, const Dataset& dataset) {
    std::vector<VertexId> order(dataset.actors.size());
    for (VertexId v = 0; v < order.size(); ++v) order[v] = v;
    const auto& m = report.result.best;
    std::sort(order.begin(), order.end(), [&](VertexId a, VertexId b) {
        return m[a] != m[b] ? m[a] < m[b] : dataset.actors[a].id < dataset.actors[b].id;
    });
    return order;
}

}  // namespace

std::string communities_csv(const CommunityReport& report, const Dataset& dataset) {
    std::string out = "id,name,community\n";
    for (const VertexId v : assignment_order(report, dataset)) {
        out += detail::csv_text_cell(dataset.actors[v].id) + ',' + detail::csv_text_cell(dataset.actors[v].name) + ',' +
               std::to_string(report.result.best[v]) + '\n';
    }
    return out;
}

std::string communities_json(const CommunityReport& report, const Dataset& dataset) {
    Json j;
    j["input"] = report.input;
    j["vertices"] = report.vertices;
    j["arcs"] = report.arcs;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.influence.window.since ? Json(format_time(*report.influence.window.since)) : Json(nullptr);
    j["until"] = report.influence.window.until ? Json(format_time(*report.influence.window.until)) : Json(nullptr);
    j["method"] = std::string(to_string(report.method));
    j["quality_function"] = quality_name(report.options.quality);
    j["resolution"] = report.options.resolution;
    j["directed"] = report.options.quality == algorithms::QualityFunction::directed_modularity;
    j["seed"] = report.options.seed;
    j["runs"] = report.result.runs;
    j["rounds"] = report.options.max_rounds;
    j["modularity"] = number_or_null(report.modularity);
    j["quality"] = number_or_null(report.result.best_quality);
    j["communities_count"] = report.summaries.size();
    j["stability"] = report.result.runs > 1
                         ? Json{{"runs", report.result.runs}, {"mean_nmi", report.result.mean_nmi},
                                {"best_seed", report.result.best_seed}}
                         : Json(nullptr);
    auto actor = [&](VertexId v) { return Json{{"id", dataset.actors[v].id}, {"name", dataset.actors[v].name}}; };
    Json communities = Json::array();
    for (const auto& s : report.summaries) {
        Json leaders = Json::array();
        for (const VertexId v : s.leaders) {
            Json entry = actor(v);
            entry["pagerank"] = report.pagerank[v];
            leaders.push_back(entry);
        }
        Json bridges = Json::array();
        for (const auto& [v, share] : s.bridges) {
            Json entry = actor(v);
            entry["outside_share"] = share;
            bridges.push_back(entry);
        }
        communities.push_back({{"community", s.community},
                               {"size", s.size},
                               {"leaders", leaders},
                               {"kinds", s.kinds},
                               {"sectors", s.sectors},
                               {"organisations", s.organisations},
                               {"internal_weight", s.internal_weight},
                               {"outgoing_weight", s.outgoing_weight},
                               {"incoming_weight", s.incoming_weight},
                               {"bridges", bridges}});
    }
    j["communities"] = std::move(communities);
    Json assignment = Json::array();
    for (const VertexId v : assignment_order(report, dataset)) {
        Json entry = actor(v);
        entry["community"] = report.result.best[v];
        assignment.push_back(std::move(entry));
    }
    j["assignment"] = std::move(assignment);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string communities_table(const CommunityReport& report, const Dataset& dataset) {
    const bool directed = report.options.quality == algorithms::QualityFunction::directed_modularity;
    std::string out = std::string(to_string(report.method)) + ", " + quality_name(report.options.quality) +
                      (directed ? " (directed)" : "") +
                      ", resolution " + format_number(report.options.resolution) + ", seed " +
                      std::to_string(report.options.seed) + ": " + std::to_string(report.summaries.size()) +
                      " communities, modularity " + format_number(report.modularity) + "\n";
    if (report.result.runs > 1) {
        out += std::to_string(report.result.runs) + " runs: mean pairwise NMI " + format_number(report.result.mean_nmi) +
               ", best seed " + std::to_string(report.result.best_seed) + "\n";
    }
    for (const auto& s : report.summaries) {
        out += "\n#" + std::to_string(s.community) + "  " + std::to_string(s.size) + " actors, arcs inside " +
               format_number(s.internal_weight) + ", out " + format_number(s.outgoing_weight) + ", in " +
               format_number(s.incoming_weight) + "\n  leaders:";
        for (const VertexId v : s.leaders) out += " " + dataset.actors[v].id;
        out += "\n  kinds:";
        for (const auto& [kind, n] : s.kinds) out += " " + kind + " " + std::to_string(n);
        if (!s.bridges.empty()) {
            out += "\n  bridges:";
            for (const auto& [v, share] : s.bridges) {
                char text[16];
                const auto r = std::to_chars(text, text + sizeof text, share, std::chars_format::fixed, 2);
                out += " " + dataset.actors[v].id + " (" + std::string(text, r.ptr) + ")";
            }
        }
        out += '\n';
    }
    return out;
}

}  // namespace ricochet::io
