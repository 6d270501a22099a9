// SPDX-License-Identifier: MIT
#include "io/rank_report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/centrality_report.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;

std::string movement_text(const RankRow& row) {
    const auto move = static_cast<long long>(*row.engagement_rank) - static_cast<long long>(row.rank);
    return move > 0 ? "+" + std::to_string(move) : std::to_string(move);
}

std::string fixed(double value, int decimals) {
    char text[64];
    const auto r = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals);
    return std::string(text, r.ptr);
}

// Six significant digits, for the terminal ("-" when undefined).
std::string short_number(double value) {
    if (std::isnan(value)) return "-";
    char text[64];
    const auto r = std::to_chars(text, text + sizeof text, value, std::chars_format::general, 6);
    return std::string(text, r.ptr);
}

Json rows_json(const RankReport& report, const RankTable& table) {
    Json rows = Json::array();
    for (const RankRow& row : table.rows) {
        Json j;
        j["rank"] = row.rank;
        j["id"] = row.id;
        j["name"] = row.name;
        if (report.level == "actor") j["kind"] = row.kind;
        j["sector"] = row.sector;
        j["score"] = row.score;
        j["influence"] = row.breakdown.score;
        Json components = Json::object();
        for (std::size_t c = 0; c < report.components.size(); ++c) {
            components[report.components[c]] = Json{{"value", row.breakdown.value[c]},
                                                    {"percentile", row.breakdown.percentile[c]},
                                                    {"contribution", row.breakdown.contribution[c]}};
        }
        j["components"] = std::move(components);
        if (row.engagement_rank) {
            j["engagement_rank"] = *row.engagement_rank;
            j["movement"] = static_cast<long long>(*row.engagement_rank) - static_cast<long long>(row.rank);
        }
        rows.push_back(std::move(j));
    }
    return rows;
}

Json optional_text(const std::optional<std::string>& text) { return text ? Json(*text) : Json(nullptr); }

}  // namespace

void rank_rows(std::vector<RankRow>& rows, bool compare) {
    // Keys computed once per row, rows moved once. Undefined values (a Katz that did not
    // converge) rank last; scores equal to 12 significant digits tie (the same points added in
    // another order), and ties go by id.
    const auto order_by = [&](auto&& key) {
        std::vector<std::pair<double, std::size_t>> keyed(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) keyed[i] = {key(rows[i]), i};
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : rows[a.second].id < rows[b.second].id;
        });
        return keyed;
    };
    if (compare) {
        // Engagement is component 0 (already rounded by score_rows).
        const auto keyed = order_by([](const RankRow& row) { return row.breakdown.value[0]; });
        for (std::size_t i = 0; i < keyed.size(); ++i) rows[keyed[i].second].engagement_rank = i + 1;
    }
    const auto keyed = order_by([](const RankRow& row) {
        return std::isnan(row.score) ? -std::numeric_limits<double>::infinity() : algorithms::significant(row.score);
    });
    std::vector<RankRow> sorted;
    sorted.reserve(rows.size());
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        sorted.push_back(std::move(rows[keyed[i].second]));
        sorted.back().rank = i + 1;
    }
    rows = std::move(sorted);
}

std::string rank_csv(const RankReport& report) {
    std::string header = report.preset ? "table,rank,id,name,sector,score" : "rank,id,name,sector,score";
    for (const std::string& c : report.components) header += "," + c + "," + c + "_points";
    if (report.compare) header += ",engagement_rank,movement";
    std::string out = header + '\n';
    for (const RankTable& table : report.tables) {
        for (const RankRow& row : table.rows) {
            if (report.preset) out += detail::csv_text_cell(table.title) + ',';
            out += std::to_string(row.rank) + ',' + detail::csv_text_cell(row.id) + ',' + detail::csv_text_cell(row.name) + ',' +
                   detail::csv_text_cell(row.sector) + ',' + format_number(row.score);
            for (std::size_t c = 0; c < report.components.size(); ++c) {
                out += ',' + format_number(row.breakdown.value[c]) + ',' + format_number(row.breakdown.contribution[c]);
            }
            if (row.engagement_rank) out += ',' + std::to_string(*row.engagement_rank) + ',' + movement_text(row);
            out += '\n';
        }
    }
    return out;
}

std::string rank_json(const RankReport& report) {
    Json j;
    j["input"] = report.input;
    j["level"] = report.level;
    j["by"] = report.by;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.influence.window.since ? Json(format_time(*report.influence.window.since)) : Json(nullptr);
    j["until"] = report.influence.window.until ? Json(format_time(*report.influence.window.until)) : Json(nullptr);
    Json weights = Json::object();
    for (std::size_t c = 0; c < report.components.size(); ++c) weights[report.components[c]] = report.weights[c];
    j["weights"] = std::move(weights);
    j["engagement_weights"] = Json{{"reactions", report.engagement_weights.reactions},
                                   {"comments", report.engagement_weights.comments},
                                   {"shares", report.engagement_weights.shares}};
    if (report.preset) {
        j["preset"] = *report.preset;
        Json tables = Json::array();
        for (const RankTable& table : report.tables) {
            tables.push_back(Json{{"title", table.title},
                                  {"scope", Json{{"kind", optional_text(table.kind)},
                                                 {"sector", optional_text(table.sector)},
                                                 {"count", table.scope}}},
                                  {"rows", rows_json(report, table)}});
        }
        j["tables"] = std::move(tables);
    } else {
        const RankTable& table = report.tables.front();
        j["scope"] = Json{{"kind", optional_text(table.kind)}, {"sector", optional_text(table.sector)}, {"count", table.scope}};
        j["rows"] = rows_json(report, table);
    }
    return j.dump(1) + '\n';
}

std::string rank_table(const RankReport& report) {
    std::string out = "components in points of the influence score (weight x percentile)" +
                      std::string(report.compare ? "; baseline #: rank by engagement" : "") + "\n";
    for (const RankTable& table : report.tables) {
        out += '\n';
        std::string title = table.title.empty() ? report.level + "s by " + report.by : table.title;
        out += title + " (" + std::to_string(table.rows.size()) + " of " + std::to_string(table.scope) + ")\n";
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> header{"#", "name", "sector", report.by == "influence" ? "score" : "value"};
        for (const std::string& c : report.components) header.push_back(c);
        if (report.compare) {
            header.push_back("baseline #");
            header.push_back("move");
        }
        rows.push_back(header);
        for (const RankRow& row : table.rows) {
            std::vector<std::string> cells{std::to_string(row.rank), row.name.empty() ? row.id : row.name, row.sector,
                                           report.by == "influence" ? fixed(row.score, 1) : short_number(row.score)};
            for (std::size_t c = 0; c < report.components.size(); ++c) cells.push_back(fixed(row.breakdown.contribution[c], 1));
            if (row.engagement_rank) {
                cells.push_back(std::to_string(*row.engagement_rank));
                cells.push_back(movement_text(row));
            }
            rows.push_back(std::move(cells));
        }
        std::vector<bool> right(header.size(), true);
        right[1] = right[2] = false;
        out += detail::aligned_rows(rows, right);
    }
    return out;
}

}  // namespace ricochet::io
