// SPDX-License-Identifier: MIT
#include "io/path_report.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;

const char* rule_name(algorithms::HopRule rule) {
    return rule == algorithms::HopRule::echoes ? "echoes" : "weights";
}

std::string joined_ids(const algorithms::ContentPath& path, const Dataset& dataset) {
    std::string text;
    for (const VertexId v : path.vertices) {
        if (!text.empty()) text += " > ";
        text += dataset.actors[v].id;
    }
    return text;
}

std::string joined_labels(const algorithms::ContentPath& path, const Dataset& dataset) {
    std::string text;
    for (const VertexId v : path.vertices) {
        if (!text.empty()) text += " > ";
        text += dataset.actors[v].label();
    }
    return text;
}

// Six significant digits, for the terminal.
std::string short_number(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    return std::string(buffer, result.ptr);
}

Json group_json(const PathGroup& group) {
    return Json{{"selection", group.selection}, {"value", group.value}, {"members", group.members.size()}};
}

Json actor_json(VertexId v, const Dataset& dataset) {
    return Json{{"id", dataset.actors[v].id}, {"name", dataset.actors[v].name}};
}

Json path_json(std::size_t rank, const algorithms::ContentPath& path, const PathReport& report,
               const Dataset& dataset) {
    Json actors = Json::array();
    for (const VertexId v : path.vertices) actors.push_back(actor_json(v, dataset));
    Json steps = Json::array();
    for (std::size_t i = 0; i < path.hops(); ++i) {
        const VertexId from = path.vertices[i];
        steps.push_back({{"from", dataset.actors[from].id},
                         {"to", dataset.actors[path.vertices[i + 1]].id},
                         {"probability", path.hop_probabilities[i]},
                         {"rule", report.hops ? rule_name(report.hops->rules[from]) : "weights"}});
    }
    return Json{{"rank", rank},          {"probability", path.probability}, {"hops", path.hops()},
                {"path", joined_ids(path, dataset)}, {"actors", actors},    {"steps", steps}};
}

std::string group_text(const PathGroup& group) {
    return group.selection + " " + group.value + " (" + std::to_string(group.members.size()) +
           (group.members.size() == 1 ? " actor)" : " actors)");
}

}  // namespace

std::string paths_csv(const PathReport& report, const Dataset& dataset) {
    std::string out;
    if (report.gatekeeper_mode) {
        out = "rank,id,name,kind,share,paths\n";
        std::size_t rank = 0;
        for (const auto& g : report.gatekeepers) {
            const Actor& actor = dataset.actors[g.vertex];
            out += std::to_string(++rank) + ',' + detail::csv_text_cell(actor.id) + ',' + detail::csv_text_cell(actor.name) +
                   ',' + std::string(to_string(actor.kind)) + ',' + detail::number_text(g.share) + ',' +
                   std::to_string(g.paths) + '\n';
        }
        return out;
    }
    out = "rank,probability,hops,path\n";
    std::size_t rank = 0;
    for (const auto& path : report.paths) {
        out += std::to_string(++rank) + ',' + detail::number_text(path.probability) + ',' +
               std::to_string(path.hops()) + ',' + detail::csv_text_cell(joined_ids(path, dataset)) + '\n';
    }
    return out;
}

std::string paths_json(const PathReport& report, const Dataset& dataset) {
    Json j;
    j["input"] = report.input;
    j["vertices"] = report.vertices;
    j["arcs"] = report.arcs;
    j["hops"] = report.hop_count;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.influence.window.since ? Json(format_time(*report.influence.window.since)) : Json(nullptr);
    j["until"] = report.influence.window.until ? Json(format_time(*report.influence.window.until)) : Json(nullptr);
    j["from"] = group_json(report.from);
    j["to"] = group_json(report.to);
    j["k"] = report.k;
    if (report.gatekeeper_mode) {
        j["total_probability"] = report.total_probability;
        Json gatekeepers = Json::array();
        std::size_t rank = 0;
        for (const auto& g : report.gatekeepers) {
            Json entry{{"rank", ++rank}};
            entry.update(actor_json(g.vertex, dataset));
            entry["kind"] = std::string(to_string(dataset.actors[g.vertex].kind));
            entry["share"] = g.share;
            entry["paths"] = g.paths;
            gatekeepers.push_back(std::move(entry));
        }
        j["gatekeepers"] = std::move(gatekeepers);
    }
    Json paths = Json::array();
    std::size_t rank = 0;
    for (const auto& path : report.paths) paths.push_back(path_json(++rank, path, report, dataset));
    j["paths"] = std::move(paths);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string paths_table(const PathReport& report, const Dataset& dataset) {
    std::string out;
    std::vector<std::vector<std::string>> rows;
    std::size_t rank = 0;
    if (report.gatekeeper_mode) {
        out = "gatekeepers from " + group_text(report.from) + " to " + group_text(report.to) + " over " +
              std::to_string(report.paths.size()) + " paths (total probability " +
              short_number(report.total_probability) + ")\n";
        rows.push_back({"#", "id", "name", "kind", "share", "paths"});
        for (const auto& g : report.gatekeepers) {
            const Actor& actor = dataset.actors[g.vertex];
            rows.push_back({std::to_string(++rank), actor.id, actor.name, std::string(to_string(actor.kind)),
                            short_number(g.share), std::to_string(g.paths)});
        }
        return out + detail::aligned_rows(rows, {true, false, false, false, true, true});
    }
    out = std::to_string(report.paths.size()) + (report.paths.size() == 1 ? " path" : " paths") + " from " +
          group_text(report.from) + " to " + group_text(report.to) + "\n";
    rows.push_back({"#", "probability", "hops", "path"});
    for (const auto& path : report.paths) {
        rows.push_back({std::to_string(++rank), short_number(path.probability), std::to_string(path.hops()),
                        joined_labels(path, dataset)});
    }
    return out + detail::aligned_rows(rows, {true, true, true, false});
}

}  // namespace ricochet::io
