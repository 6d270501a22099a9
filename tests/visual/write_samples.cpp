// SPDX-License-Identifier: MIT
// Writes the exports of two hand-built maps into a folder, for the checks that need outside
// tools (tests/visual/exports.cmake): the GEXF against the official RelaxNG schema (xmllint), the
// GraphML as well-formed XML, the JSON through graphology's own import().
//
//   network: a laid-out team map: positions, a group, undefined values (missing and NaN), all
//            three attribute types, three layers between one pair, translucent arcs, and the
//            nasty label on kol_dupont.
//   unlaid:  no positions, no arcs, translucent nodes, and vertex keys named like what the
//            formats reserve (type, x, label, size, weight, id, name, attr_x).
//
// Usage: visual_write_samples FOLDER (created if missing). Exit 0, or 1 with a message.
#include <cmath>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>

#include "visual/export.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

// The label graphology_import.mjs checks after a round trip: markup, a quote and a backslash, a
// control character and a byte that is not UTF-8.
const std::string nasty_label =
    "\"<>&\\"
    "\x01"
    "</svg><script>alert(1)</script>"
    "\xFF";

MapVertex vertex(std::string key, std::string label, Color color, double size,
                 std::optional<Point> position, std::vector<AttributeValue> values,
                 std::string group = {}) {
    MapVertex v;
    v.key = std::move(key);
    v.label = std::move(label);
    v.color = color;
    v.size = size;
    v.position = position;
    v.values = std::move(values);
    v.group = std::move(group);
    return v;
}

MapArc arc(std::uint32_t source, std::uint32_t target, Layer layer, double weight, Color color,
           double width) {
    return MapArc{.source = source,
                  .target = target,
                  .layer = layer,
                  .weight = weight,
                  .color = color,
                  .width = width};
}

//   aster (company) <-member- ines, marc;   ines -repost,mention,member-> aster
//   marc -quote-> ines;  kol_dupont -reply-> aster, -mention-> ines
//   quotidien -mention-> aster, -quote-> kol_dupont;  assoc -reaction-> aster
Map network_map() {
    const std::monostate undefined;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Map map;
    map.name = "network";
    map.title = "Aster Pharma & co: who amplifies whom";
    map.caption = {"data: hand-built sample", "layers: all"};
    map.vertex_keys = {{"kind", AttributeType::text},         {"organisation", AttributeType::text},
                       {"sector", AttributeType::text},       {"community", AttributeType::integer},
                       {"followers", AttributeType::integer}, {"pagerank", AttributeType::real},
                       {"influence", AttributeType::real}};
    map.groups = {{.key = "aster", .label = "Aster Pharma team", .color = {230, 240, 255}}};
    const Color blue{31, 119, 180}, orange{255, 127, 14}, green{44, 160, 44}, grey{127, 127, 127};
    map.vertices = {
        vertex("aster", "Aster Pharma", blue, 36, Point{0, 0},
               {"company", undefined, "labs_biotech", std::int64_t{0}, std::int64_t{120000}, 0.312,
                87.5},
               "aster"),
        vertex("ines", "Inès Petit — Directrice médicale", blue, 24, Point{-80.5, 42.25},
               {"executive", "aster", "labs_biotech", std::int64_t{0}, std::int64_t{5400}, 0.154,
                61.0},
               "aster"),
        vertex("marc", "Marc Durand", blue, 18, Point{-60, -55.125},
               {"executive", "aster", undefined, std::int64_t{0}, undefined, 0.071, nan}, "aster"),
        vertex("kol_dupont", nasty_label, orange, 20, Point{140, 10},
               {"kol", undefined, undefined, std::int64_t{1}, std::int64_t{870}, 0.2, 1e-7}),
        vertex("quotidien", "Le Quotidien du Médecin", green, 16, Point{150.75, -120},
               {"media", undefined, undefined, undefined, std::int64_t{98000}, 0.163, 33.0}),
        vertex("assoc", "France Patients \"Santé\"", grey, 12, Point{-10, 160},
               {"association", undefined, "health", std::int64_t{2}, std::int64_t{0}, 0.1, 0.0}),
    };
    const Color repost{31, 119, 180, 170}, mention{148, 103, 189, 140}, member{127, 127, 127, 90},
        quote{214, 39, 40, 170}, reply{140, 86, 75, 170}, reaction{188, 189, 34, 120};
    map.arcs = {
        arc(1, 0, Layer::repost, 4, repost, 2.5),
        arc(1, 0, Layer::mention, 1.5, mention, 1.2),
        arc(1, 0, Layer::member, 1, member, 0.8),
        arc(1, 2, Layer::quote, 1, quote, 1),
        arc(2, 0, Layer::repost, 2, repost, 1.8),
        arc(2, 0, Layer::member, 1, member, 0.8),
        arc(2, 1, Layer::quote, 1, quote, 1),
        arc(3, 0, Layer::reply, 0.5, reply, 0.8),
        arc(3, 1, Layer::mention, 0.5, mention, 0.8),
        arc(4, 0, Layer::mention, 3.5, mention, 2),
        arc(4, 3, Layer::quote, 1, quote, 1),
        arc(5, 0, Layer::reaction, 0.30000000000000004, reaction, 0.5),
    };
    map.arcs[0].highlighted = true;
    map.arcs[4].highlighted = true;
    return map;
}

Map unlaid_map() {
    Map map;
    map.name = "network";
    map.title = "before layout";
    map.vertex_keys = {{"type", AttributeType::text},   {"x", AttributeType::real},
                       {"label", AttributeType::text},  {"size", AttributeType::integer},
                       {"weight", AttributeType::real}, {"id", AttributeType::text},
                       {"name", AttributeType::text},   {"attr_x", AttributeType::real}};
    const Color translucent{10, 20, 30, 128};
    map.vertices = {
        vertex("a", "A", translucent, 10, std::nullopt,
               {"t", 1.5, "l", std::int64_t{3}, 0.5, "i", "n", 2.0}),
        vertex("b", "B", {200, 0, 0, 0}, 10, std::nullopt,
               {std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{},
                std::monostate{}, std::monostate{}, std::monostate{}, std::monostate{}}),
        vertex("c d", "  C,  \"D\" ", {0, 0, 0}, 2.5, std::nullopt,
               {"", -0.0, " spaced ", std::int64_t{-7}, 1e300, "x,y", "line\nbreak", 0.1}),
    };
    return map;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.flush()) throw std::runtime_error("cannot write " + path.string());
}

void write_all(const std::filesystem::path& folder, const std::string& stem, const Map& map) {
    write(folder / (stem + ".gexf"), to_gexf(map));
    write(folder / (stem + ".graphml"), to_graphml(map));
    write(folder / (stem + ".json"), to_graphology_json(map));
    const CsvTables csv = to_csv(map);
    write(folder / (stem + "_nodes.csv"), csv.nodes);
    write(folder / (stem + "_edges.csv"), csv.edges);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: visual_write_samples FOLDER\n";
        return 2;
    }
    try {
        const std::filesystem::path folder = argv[1];
        std::filesystem::create_directories(folder);
        write_all(folder, "network", network_map());
        write_all(folder, "unlaid", unlaid_map());
    } catch (const std::exception& e) {
        std::cerr << "visual_write_samples: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
