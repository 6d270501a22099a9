// SPDX-License-Identifier: MIT
#include "io/cascade_report.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;
using algorithms::CascadeSummary;

Json optional_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }
std::string optional_text(const std::optional<double>& value) { return value ? detail::number_text(*value) : ""; }

// Six significant digits for the terminal; "-" when undefined.
std::string short_text(const std::optional<double>& value) {
    if (!value) return "-";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::general, 6);
    return std::string(buffer, result.ptr);
}

std::size_t row_count(const CascadeReport& report) {
    const std::size_t all = report.by == CascadeGrouping::cascade ? report.result.cascades.size()
                            : report.by == CascadeGrouping::author ? report.authors.size()
                                                                   : report.teams.size();
    return report.top ? std::min(all, *report.top) : all;
}

// The rows as text cells (CSV or table) with their header; `number` formats the reals.
template <class Number>
std::vector<std::vector<std::string>> cells(const CascadeReport& report, const Dataset& dataset, Number number) {
    std::vector<std::vector<std::string>> rows;
    auto summary_cells = [&](std::vector<std::string>& row, const CascadeSummary& s) {
        row.insert(row.end(), {std::to_string(s.cascades), std::to_string(s.total_size), number(s.mean_size),
                               std::to_string(s.max_size), std::to_string(s.max_depth),
                               number(s.mean_structural_virality)});
    };
    const std::size_t n = row_count(report);
    switch (report.by) {
        case CascadeGrouping::cascade:
            rows.push_back({"root", "author", "size", "depth", "max_breadth", "structural_virality"});
            for (std::size_t i = 0; i < n; ++i) {
                const algorithms::Cascade& c = report.result.cascades[i];
                const Post& root = dataset.posts[c.root];
                rows.push_back({root.id, dataset.actors[root.author].id, std::to_string(c.size),
                                std::to_string(c.depth), std::to_string(c.max_breadth),
                                number(c.structural_virality)});
            }
            break;
        case CascadeGrouping::author:
            rows.push_back({"author", "name", "cascades", "total_size", "mean_size", "max_size", "max_depth",
                            "mean_structural_virality"});
            for (std::size_t i = 0; i < n; ++i) {
                const Actor& a = dataset.actors[report.authors[i].author];
                rows.push_back({a.id, a.name});
                summary_cells(rows.back(), report.authors[i].summary);
            }
            break;
        case CascadeGrouping::team:
            rows.push_back({"team", "name", "members", "cascades", "total_size", "mean_size", "max_size", "max_depth",
                            "mean_structural_virality"});
            for (std::size_t i = 0; i < n; ++i) {
                const Actor& a = dataset.actors[report.teams[i].organisation];
                rows.push_back({a.id, a.name, std::to_string(report.teams[i].members)});
                summary_cells(rows.back(), report.teams[i].summary);
            }
            break;
    }
    return rows;
}

Json summary_json(Json row, const CascadeSummary& s) {
    row["cascades"] = s.cascades;
    row["total_size"] = s.total_size;
    row["mean_size"] = optional_json(s.mean_size);
    row["max_size"] = s.max_size;
    row["max_depth"] = s.max_depth;
    row["mean_structural_virality"] = optional_json(s.mean_structural_virality);
    return row;
}


}  // namespace

std::string cascades_csv(const CascadeReport& report, const Dataset& dataset) {
    std::string out;
    for (const auto& row : cells(report, dataset, optional_text)) {
        for (std::size_t i = 0; i < row.size(); ++i) out += (i > 0 ? "," : "") + detail::csv_text_cell(row[i]);
        out += '\n';
    }
    return out;
}

std::string cascades_json(const CascadeReport& report, const Dataset& dataset) {
    const algorithms::CascadeResult& r = report.result;
    Json j;
    j["input"] = report.input;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.options.window.since ? Json(format_time(*report.options.window.since)) : Json(nullptr);
    j["until"] = report.options.window.until ? Json(format_time(*report.options.window.until)) : Json(nullptr);
    j["reconstruct"] = std::string(to_string(report.options.reconstruct));
    j["by"] = std::string(to_string(report.by));
    j["min_size"] = report.min_size;
    j["top"] = report.top ? Json(*report.top) : Json(nullptr);
    j["posts"] = r.posts;
    j["candidates"] = r.candidates;
    j["reattached"] = r.reattached;
    j["cascades_count"] = r.cascades.size();
    const std::size_t n = row_count(report);
    Json rows = Json::array();
    switch (report.by) {
        case CascadeGrouping::cascade:
            for (std::size_t i = 0; i < n; ++i) {
                const algorithms::Cascade& c = r.cascades[i];
                const Post& root = dataset.posts[c.root];
                rows.push_back({{"root", root.id},
                                {"author", dataset.actors[root.author].id},
                                {"type", std::string(to_string(root.type))},
                                {"time", format_time(root.time)},
                                {"size", c.size},
                                {"depth", c.depth},
                                {"max_breadth", c.max_breadth},
                                {"structural_virality", optional_json(c.structural_virality)}});
            }
            j["cascades"] = std::move(rows);
            break;
        case CascadeGrouping::author:
            for (std::size_t i = 0; i < n; ++i) {
                const Actor& a = dataset.actors[report.authors[i].author];
                rows.push_back(summary_json({{"author", a.id}, {"name", a.name}}, report.authors[i].summary));
            }
            j["authors"] = std::move(rows);
            break;
        case CascadeGrouping::team:
            for (std::size_t i = 0; i < n; ++i) {
                const Actor& a = dataset.actors[report.teams[i].organisation];
                rows.push_back(summary_json({{"team", a.id}, {"name", a.name}, {"members", report.teams[i].members}},
                                            report.teams[i].summary));
            }
            j["teams"] = std::move(rows);
            break;
    }
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string cascades_table(const CascadeReport& report, const Dataset& dataset) {
    const algorithms::CascadeResult& r = report.result;
    std::string out = std::to_string(r.cascades.size()) + " cascades";
    if (report.min_size > 1) out += " of " + std::to_string(report.min_size) + " posts or more";
    out += " (" + std::to_string(r.posts) + " posts); reconstruct " +
           std::string(to_string(report.options.reconstruct)) + ": " + std::to_string(r.reattached) + " of " +
           std::to_string(r.candidates) + " echoes re-attached\n";
    auto rows = cells(report, dataset, short_text);
    rows.front().back() = rows.front().back() == "structural_virality" ? "virality" : "mean_virality";
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].insert(rows[i].begin(), i == 0 ? "#" : std::to_string(i));
    // Ids and names left-aligned, numbers right-aligned.
    std::vector<bool> right(rows.front().size(), true);
    right[1] = right[2] = false;
    return out + detail::aligned_rows(rows, right);
}

}  // namespace ricochet::io
