// SPDX-License-Identifier: MIT
#include "io/spread_report.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;

// Spreads for the terminal: two decimals, never "-0.00".
std::string fixed(double value, int decimals) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    if (text.find_first_not_of("-0.") == std::string::npos && text.front() == '-') text.erase(0, 1);
    return text;
}

Json estimate_json(const algorithms::SpreadEstimate& e) {
    return Json{{"mean", e.mean}, {"standard_error", e.standard_error}, {"low", e.low}, {"high", e.high}};
}

Json row_json(const SpreadRow& row, const Dataset& dataset) {
    Json j{{"scenario", row.scenario}, {"rank", row.rank}};
    if (row.actor) {
        const Actor& actor = dataset.actors[*row.actor];
        j["id"] = actor.id;
        j["name"] = actor.name;
        j["kind"] = std::string(to_string(actor.kind));
    }
    j["spread"] = estimate_json(row.spread);
    j["change"] = row.change;
    if (row.method_gain) j["method_gain"] = *row.method_gain;
    return j;
}

std::string title(const SpreadReport& report, const Dataset& dataset) {
    std::string text = std::string(to_string(report.model)) + " model, " + report.probabilities +
                       " probabilities, " + std::to_string(report.simulations) + " simulations (seed " +
                       std::to_string(report.seed) + ")";
    if (report.question == "select") {
        text = report.method + " picked " + std::to_string(report.selection.seeds.size()) + " seeds" +
               (report.candidates.empty() ? "" : " among " + report.candidates) + "; " + text;
    } else if (report.question == "team" && report.organisation) {
        text = "team " + dataset.actors[*report.organisation].id + " (" + std::to_string(report.members.size()) +
               " members); " + text;
    } else {
        text = "evaluated " + std::to_string(report.rows.size()) + " seeds; " + text;
    }
    return text + "\n";
}

}  // namespace

std::string spread_csv(const SpreadReport& report, const Dataset& dataset) {
    std::string out = "id,name,kind,scenario,rank,spread,low,high,change\n";
    for (const SpreadRow& row : report.rows) {
        if (row.actor) {
            const Actor& actor = dataset.actors[*row.actor];
            out += detail::csv_text_cell(actor.id) + ',' + detail::csv_text_cell(actor.name) + ',' +
                   std::string(to_string(actor.kind));
        } else {
            out += ",,";
        }
        out += ',' + row.scenario + ',' + std::to_string(row.rank) + ',' + detail::number_text(row.spread.mean) + ',' +
               detail::number_text(row.spread.low) + ',' + detail::number_text(row.spread.high) + ',' +
               detail::number_text(row.change) + '\n';
    }
    return out;
}

std::string spread_json(const SpreadReport& report, const Dataset& dataset) {
    Json j;
    j["input"] = report.input;
    j["vertices"] = report.vertices;
    j["arcs"] = report.arcs;
    j["hops"] = report.hop_count;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.influence.window.since ? Json(format_time(*report.influence.window.since)) : Json(nullptr);
    j["until"] = report.influence.window.until ? Json(format_time(*report.influence.window.until)) : Json(nullptr);
    j["question"] = report.question;
    j["model"] = std::string(to_string(report.model));
    j["probabilities"] = report.probabilities;
    j["evaluation"] = Json{{"simulations", report.simulations}, {"seed", report.seed}, {"first_world", report.first_world}};
    if (report.question == "select") {
        Json selection{{"method", report.method}, {"k", report.k}};
        selection["candidates"] = report.candidates.empty() ? Json(nullptr) : Json(report.candidates);
        selection["candidate_count"] = report.candidate_count;
        if (report.method == "imm") {
            selection["epsilon"] = report.epsilon;
            selection["ell"] = report.ell;
            selection["rr_sets"] = report.selection.rr_sets;
            selection["rr_entries"] = report.selection.rr_entries;
        } else {
            selection["simulations"] = report.celf_simulations;
            selection["evaluations"] = report.selection.evaluations;
        }
        selection["estimated_spread"] = report.selection.estimated_spread;
        j["selection"] = std::move(selection);
    }
    if (report.question == "team" && report.organisation) {
        Json members = Json::array();
        for (const VertexId v : report.members) members.push_back(dataset.actors[v].id);
        j["team"] = Json{{"organisation", dataset.actors[*report.organisation].id}, {"members", std::move(members)}};
        j["team"]["candidates"] = report.candidates.empty() ? Json(nullptr) : Json(report.candidates);
    }
    Json rows = Json::array();
    for (const SpreadRow& row : report.rows) rows.push_back(row_json(row, dataset));
    j["rows"] = std::move(rows);
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string spread_table(const SpreadReport& report, const Dataset& dataset) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"scenario", "#", "id", "name", "kind", "spread", "95 % interval", "change"});
    for (const SpreadRow& row : report.rows) {
        std::vector<std::string> cells{row.scenario, std::to_string(row.rank)};
        if (row.actor) {
            const Actor& actor = dataset.actors[*row.actor];
            cells.insert(cells.end(), {actor.id, actor.name, std::string(to_string(actor.kind))});
        } else {
            cells.insert(cells.end(), {"", "", ""});
        }
        cells.push_back(fixed(row.spread.mean, 2));
        cells.push_back(fixed(row.spread.low, 2) + " - " + fixed(row.spread.high, 2));
        cells.push_back((row.change > 0 ? "+" : "") + fixed(row.change, 2));
        rows.push_back(std::move(cells));
    }
    return title(report, dataset) + detail::aligned_rows(rows, {false, true, false, false, false, true, true, true});
}

}  // namespace ricochet::io
