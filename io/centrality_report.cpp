// SPDX-License-Identifier: MIT
#include "io/centrality_report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;


std::vector<VertexId> rows(const algorithms::CentralityTable& table, const Dataset& dataset,
                           const CentralityContext& context) {
    std::vector<VertexId> order = centrality_order(table, dataset);
    if (context.top && *context.top < order.size()) order.resize(*context.top);
    return order;
}

Json value_json(const algorithms::CentralityColumn& column, VertexId v) {
    const double value = column.values[v];
    if (std::isnan(value)) return nullptr;
    if (column.integral) return static_cast<std::uint64_t>(value);
    return value;
}

std::string lengths_name(algorithms::PathLength lengths) {
    return lengths == algorithms::PathLength::hops ? "hops" : "inverse-weight";
}


std::string short_number(double value, bool integral) {
    if (std::isnan(value)) return "-";
    if (integral) return format_number(value);
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    return std::string(buffer, result.ptr);
}

}  // namespace

std::string format_number(double value) { return std::isnan(value) ? std::string() : detail::number_text(value); }

std::vector<VertexId> centrality_order(const algorithms::CentralityTable& table, const Dataset& dataset) {
    std::vector<VertexId> order(dataset.actors.size());
    for (VertexId v = 0; v < order.size(); ++v) order[v] = v;
    const std::vector<double>* first = table.columns.empty() ? nullptr : &table.columns.front().values;
    std::sort(order.begin(), order.end(), [&](VertexId a, VertexId b) {
        if (first) {
            const double x = (*first)[a];
            const double y = (*first)[b];
            if (std::isnan(x) != std::isnan(y)) return std::isnan(y);
            if (!std::isnan(x) && x != y) return x > y;
        }
        return dataset.actors[a].id < dataset.actors[b].id;
    });
    return order;
}

std::string centrality_csv(const algorithms::CentralityTable& table, const Dataset& dataset,
                           const CentralityContext& context) {
    std::string out = "id,name";
    for (const auto& column : table.columns) out += ',' + column.name;
    out += '\n';
    for (const VertexId v : rows(table, dataset, context)) {
        out += detail::csv_text_cell(dataset.actors[v].id) + ',' + detail::csv_text_cell(dataset.actors[v].name);
        for (const auto& column : table.columns) out += ',' + format_number(column.values[v]);
        out += '\n';
    }
    return out;
}

std::string centrality_json(const algorithms::CentralityTable& table, const Dataset& dataset,
                            const CentralityContext& context) {
    const algorithms::CentralityOptions& o = context.options;
    Json j;
    j["input"] = context.input;
    j["vertices"] = context.vertices;
    j["arcs"] = context.arcs;
    j["layers"] = layer_list(context.influence.layers);
    j["since"] = context.influence.window.since ? Json(format_time(*context.influence.window.since)) : Json(nullptr);
    j["until"] = context.influence.window.until ? Json(format_time(*context.influence.window.until)) : Json(nullptr);
    Json measures = Json::array();
    for (const auto m : o.measures) measures.push_back(std::string(to_string(m)));
    j["measures"] = measures;
    Json columns = Json::array();
    for (const auto& column : table.columns) columns.push_back(column.name);
    j["columns"] = columns;
    Json seeds = Json::array();
    for (const VertexId s : o.seeds) seeds.push_back(dataset.actors[s].id);
    j["parameters"] = {
        {"weighted", o.weighted},
        {"lengths", lengths_name(o.lengths)},
        {"normalized", o.normalized},
        {"damping", o.damping},
        {"seeds", seeds},
        {"tolerance", o.limits.tolerance},
        {"max_iterations", o.limits.max_iterations},
        {"katz_alpha", o.katz_alpha ? Json(*o.katz_alpha) : Json(nullptr)},
        {"epsilon", o.sampling ? Json(o.sampling->epsilon) : Json(nullptr)},
        {"delta", o.sampling ? Json(o.sampling->delta) : Json(nullptr)},
        {"samples", o.sampling && o.sampling->samples ? Json(*o.sampling->samples) : Json(nullptr)},
        {"seed", o.seed},
        {"top", context.top ? Json(*context.top) : Json(nullptr)},
    };
    Json diagnostics = Json::object();
    for (const auto& d : table.diagnostics) {
        Json entry = Json::object();
        if (d.iterations) entry["iterations"] = *d.iterations;
        if (d.converged) entry["converged"] = *d.converged;
        if (d.residual) entry["residual"] = *d.residual;
        if (d.alpha) entry["alpha"] = *d.alpha;
        if (d.note) entry["note"] = *d.note;
        if (d.samples) {
            entry["exact"] = false;
            entry["samples"] = *d.samples;
            entry["epsilon"] = *d.epsilon;
            entry["delta"] = *d.delta;
            entry["vertex_diameter_bound"] = *d.vertex_diameter_bound;
            entry["seed"] = *d.seed;
        }
        diagnostics[d.measure] = entry;
    }
    if (std::find(o.measures.begin(), o.measures.end(), algorithms::Measure::betweenness) != o.measures.end() &&
        !o.sampling) {
        diagnostics["betweenness"] = {{"exact", true}};
    }
    j["diagnostics"] = diagnostics;
    Json actors = Json::array();
    for (const VertexId v : rows(table, dataset, context)) {
        Json row = {{"id", dataset.actors[v].id}, {"name", dataset.actors[v].name}};
        for (const auto& column : table.columns) row[column.name] = value_json(column, v);
        actors.push_back(std::move(row));
    }
    j["actors"] = std::move(actors);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string centrality_table(const algorithms::CentralityTable& table, const Dataset& dataset,
                             const CentralityContext& context) {
    std::vector<std::vector<std::string>> cells;
    std::vector<std::string> header{"#", "id", "name"};
    for (const auto& column : table.columns) header.push_back(column.name);
    cells.push_back(header);
    std::size_t rank = 0;
    for (const VertexId v : rows(table, dataset, context)) {
        std::vector<std::string> row{std::to_string(++rank), dataset.actors[v].id, dataset.actors[v].name};
        for (const auto& column : table.columns) row.push_back(short_number(column.values[v], column.integral));
        cells.push_back(std::move(row));
    }
    // Text columns left-aligned, numbers right-aligned.
    std::vector<bool> right(header.size(), true);
    right[1] = right[2] = false;
    return detail::aligned_rows(cells, right);
}

}  // namespace ricochet::io
