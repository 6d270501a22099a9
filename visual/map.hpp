// SPDX-License-Identifier: MIT
#pragma once
// A map: what is drawn and exported, independent of Graphviz and of any file format.
//
// A view (views.hpp) turns a dataset, its graph and computed measures into a Map: the vertices
// kept, their colour, size, label and attribute values, the arcs between them (one per layer, as in
// the graph), a legend and a caption. layout.hpp gives the vertices positions; render.hpp draws the
// map; export.hpp writes it as GEXF, GraphML, DOT, graphology JSON or CSV. Every writer reads the
// same Map, so colours, sizes and positions agree across outputs.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "graph/layer.hpp"

namespace ricochet::visual {

/// An sRGB colour with opacity.
struct Color {
    std::uint8_t r = 0, g = 0, b = 0;
    std::uint8_t a = 255;  ///< 255 opaque
    friend bool operator==(const Color&, const Color&) = default;
};
/// "#rrggbb", or "#rrggbbaa" when not opaque (Graphviz's RGBA form).
[[nodiscard]] std::string hex(const Color& color);
/// "#rrggbb" without the opacity.
[[nodiscard]] std::string hex_rgb(const Color& color);

/// A point in map units (points, 1/72 inch; y grows upwards, as in Graphviz and Gephi).
struct Point {
    double x = 0, y = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

enum class AttributeType : std::uint8_t { integer, real, text };
/// A column of per-vertex values: kind, organisation, sector, community, profile, every measure.
struct AttributeKey {
    std::string name;  ///< unique among the map's keys; [a-z0-9_]
    AttributeType type = AttributeType::real;
};
/// monostate: undefined for this vertex (written as an empty cell, or left out).
using AttributeValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct MapVertex {
    std::string key;    ///< the actor id: unique, stable across runs (Graphviz node name, GEXF id)
    std::string label;  ///< display text (the actor's name, or its id); raw, writers escape it
    Color color;
    double size = 0;    ///< diameter in points, > 0
    bool show_label = false;  ///< label drawn on the map (every writer still carries it)
    bool faded = false;       ///< backdrop (path view): drawn pale, behind the rest
    std::string group;        ///< a key of Map::groups, or empty: drawn together in a box
    std::optional<Point> position;  ///< set by layout()
    std::vector<AttributeValue> values;  ///< one per Map::vertex_keys
};

/// One arc of one layer: source amplified or addressed target (graph.hpp's convention).
struct MapArc {
    std::uint32_t source = 0;  ///< index into Map::vertices
    std::uint32_t target = 0;
    Layer layer = Layer::repost;
    double weight = 0;   ///< the graph's arc weight, > 0
    Color color;         ///< the layer's colour, with transparency
    double width = 1;    ///< pen width in points
    bool highlighted = false;  ///< an echo inside the team, an arc of a drawn path: drawn on top
    std::string label;   ///< drawn next to the arc when not empty (a path's probability)
};

/// A box of vertices drawn together (a team's members).
struct MapGroup {
    std::string key;
    std::string label;
    Color color;
};

struct LegendEntry {
    enum class Symbol : std::uint8_t { disc, line } symbol = Symbol::disc;
    std::string text;
    Color color;
    double size = 10;  ///< disc diameter or line width, in points
};
struct LegendSection {
    std::string title;  ///< "community", "layer", "size: influence score"
    std::vector<LegendEntry> entries;
};

/// Which Graphviz engine lays the map out.
enum class LayoutEngine : std::uint8_t { sfdp, neato, fdp, dot };

struct Map {
    std::string name;  ///< "network", "team", "paths"
    std::string title;
    std::vector<std::string> caption;  ///< lines: data, time window, layers, algorithms, seed
    std::vector<AttributeKey> vertex_keys;
    std::vector<MapVertex> vertices;
    std::vector<MapArc> arcs;  ///< ordered by (source, target, layer)
    std::vector<MapGroup> groups;
    std::vector<LegendSection> legend;
    LayoutEngine engine = LayoutEngine::sfdp;
    std::uint64_t seed = 1;
    bool remove_overlap = true;
    /// Draw arrows the way content travels (from an arc's target to its source), as the path
    /// view does; the exports keep the arcs' own direction.
    bool content_direction = false;
};

/// Throws InvalidArgument when an index, a key or a size breaks the invariants above.
void check_map(const Map& map);

}  // namespace ricochet::visual
