// SPDX-License-Identifier: MIT
#include "visual/export.hpp"

#include <cmath>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "visual/escape.hpp"

namespace ricochet::visual {
namespace {

// ordered_json keeps keys in insertion order, so the same map gives the same bytes.
using Json = nlohmann::ordered_json;

// Every writer starts here: the Map invariants (check_map), then what check_map leaves to the
// writers. A value must match its key's type (a text in a real column would make a GEXF or
// GraphML file Gephi refuses); an integer is also accepted in a real column, where it is a
// number all the same. NaN and infinite values are undefined: no format can carry them.
void check_exportable(const Map& map) {
    check_map(map);
    for (const MapVertex& v : map.vertices) {
        for (std::size_t k = 0; k < map.vertex_keys.size(); ++k) {
            const AttributeKey& key = map.vertex_keys[k];
            const AttributeValue& value = v.values[k];
            const bool fits =
                std::holds_alternative<std::monostate>(value) ||
                (key.type == AttributeType::integer &&
                 std::holds_alternative<std::int64_t>(value)) ||
                (key.type == AttributeType::real && !std::holds_alternative<std::string>(value)) ||
                (key.type == AttributeType::text && std::holds_alternative<std::string>(value));
            if (!fits) {
                throw InvalidArgument("export: the value of \"" + sanitize_label(key.name) +
                                      "\" for vertex \"" + sanitize_label(v.key) +
                                      "\" does not match the key's type");
            }
        }
    }
}

bool defined(const AttributeValue& value) {
    if (std::holds_alternative<std::monostate>(value)) return false;
    if (const double* d = std::get_if<double>(&value)) return std::isfinite(*d);
    return true;
}

// The text of a defined value, not yet escaped: integers as integers, reals as the shortest
// text that reads back as the same double.
std::string value_text(const AttributeValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&value)) return number_text(*d);
    return std::get<std::string>(value);
}

// Vertex keys as the files carry them: valid UTF-8 without control characters (XML 1.0 cannot
// hold a control character at all, not even as a character reference). Two ids that differ only
// by such characters would become one node, so that is an error rather than a broken file.
std::vector<std::string> exported_keys(const Map& map) {
    std::vector<std::string> keys;
    keys.reserve(map.vertices.size());
    std::set<std::string_view> seen;
    for (const MapVertex& v : map.vertices) keys.push_back(sanitize_label(v.key));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (!seen.insert(keys[i]).second) {
            throw InvalidArgument(
                "export: two vertex keys become the same text once made printable, got \"" +
                keys[i] + '"');
        }
    }
    return keys;
}

// Column names for the vertex keys, made valid text and kept apart from the names a format
// reserves for itself: a colliding name gets `attr_` in front, again until it is unique
// (`x` becomes `attr_x`; with `attr_x` also a key, the second one becomes `attr_attr_x`).
std::vector<std::string> column_names(const Map& map,
                                      std::initializer_list<std::string_view> reserved) {
    std::set<std::string> used(reserved.begin(), reserved.end());
    std::vector<std::string> names;
    names.reserve(map.vertex_keys.size());
    for (const AttributeKey& key : map.vertex_keys) {
        std::string name = sanitize_label(key.name);
        while (used.contains(name)) name = "attr_" + name;
        used.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

std::string_view xml_type(AttributeType type) {
    switch (type) {
        case AttributeType::integer:
            return "long";
        case AttributeType::real:
            return "double";
        case AttributeType::text:
            return "string";
    }
    return "string";
}

std::string edge_id(std::size_t index) {
    return "e" + std::to_string(index);
}

// `name="value"` with the value escaped, after a space.
std::string xml_attribute(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + escape_xml(value) + '"';
}

// Opacity 0..255 as GEXF's alpha in [0, 1], to three decimals: distinct alphas stay distinct
// (steps of 1/255 > 0.001) and read back to the same byte.
std::string alpha_text(std::uint8_t a) {
    return number_text(std::round(a * 1000.0 / 255.0) / 1000.0);
}

std::string gexf_color(const Color& c) {
    std::string out = "<viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
                      "\" b=\"" + std::to_string(c.b) + '"';
    if (c.a != 255) out += " a=\"" + alpha_text(c.a) + '"';
    return out + "/>";
}

}  // namespace

std::string to_gexf(const Map& map) {
    check_exportable(map);
    const std::vector<std::string> keys = exported_keys(map);
    // Gephi turns each attribute into a column of its node table, which already has `id` and
    // `label`: a vertex key of that name would land in (or clash with) the node's own.
    const std::vector<std::string> names = column_names(map, {"id", "label"});

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    // No xsi:schemaLocation (RelaxNG validation of the official schema trips on it) and no
    // lastmodifieddate: the file is a function of the map alone.
    out +=
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n";
    out += "  <meta>\n    <creator>ricochet</creator>\n    <description>" + escape_xml(map.title) +
           "</description>\n  </meta>\n";
    out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
    out += "    <attributes class=\"node\">\n";
    for (std::size_t k = 0; k < names.size(); ++k) {
        out += "      <attribute" + xml_attribute("id", names[k]) +
               xml_attribute("title", names[k]) +
               xml_attribute("type", xml_type(map.vertex_keys[k].type)) + "/>\n";
    }
    out += "    </attributes>\n";
    if (!map.arcs.empty()) {
        // `kind` is what Gephi 0.9+ uses to keep parallel edges of one pair apart; `layer` shows
        // the same word as a column of the data laboratory.
        out += "    <attributes class=\"edge\">\n";
        out += "      <attribute id=\"layer\" title=\"layer\" type=\"string\"/>\n";
        out += "    </attributes>\n";
    }

    out += "    <nodes count=\"" + std::to_string(map.vertices.size()) + "\">\n";
    for (std::size_t i = 0; i < map.vertices.size(); ++i) {
        const MapVertex& v = map.vertices[i];
        out +=
            "      <node" + xml_attribute("id", keys[i]) + xml_attribute("label", v.label) + ">\n";
        bool any = false;
        for (std::size_t k = 0; k < names.size(); ++k) {
            if (!defined(v.values[k])) continue;  // undefined: no attvalue at all
            if (!any) out += "        <attvalues>\n";
            any = true;
            out += "          <attvalue" + xml_attribute("for", names[k]) +
                   xml_attribute("value", value_text(v.values[k])) + "/>\n";
        }
        if (any) out += "        </attvalues>\n";
        out += "        " + gexf_color(v.color) + '\n';
        if (v.position) {
            out += "        <viz:position x=\"" + number_text(v.position->x) + "\" y=\"" +
                   number_text(v.position->y) + "\"/>\n";
        }
        // The map's size is a diameter in points; Gephi draws a node `size` units from its
        // centre to its edge (a radius), so half the diameter keeps discs and positions in the
        // same proportions as on our own maps.
        out += "        <viz:size value=\"" + number_text(v.size / 2) + "\"/>\n";
        out += "      </node>\n";
    }
    out += "    </nodes>\n";

    out += "    <edges count=\"" + std::to_string(map.arcs.size()) + "\">\n";
    for (std::size_t i = 0; i < map.arcs.size(); ++i) {
        const MapArc& a = map.arcs[i];
        const std::string_view layer = to_string(a.layer);
        out += "      <edge" + xml_attribute("id", edge_id(i)) +
               xml_attribute("source", keys[a.source]) + xml_attribute("target", keys[a.target]) +
               xml_attribute("kind", layer) + xml_attribute("weight", number_text(a.weight)) +
               ">\n";
        out += "        <attvalues>\n          <attvalue for=\"layer\"" +
               xml_attribute("value", layer) + "/>\n        </attvalues>\n";
        out += "        " + gexf_color(a.color) + '\n';
        out += "        <viz:thickness value=\"" + number_text(a.width) + "\"/>\n";
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    return out;
}

std::string to_graphml(const Map& map) {
    check_exportable(map);
    const std::vector<std::string> keys = exported_keys(map);
    // GraphML key ids are unique across nodes and edges, so the edge keys' names are reserved
    // too: a vertex key `weight` becomes `attr_weight` rather than a second key id `weight`.
    // `id` is Gephi's own node column, as in to_gexf.
    const std::vector<std::string> names =
        column_names(map, {"label", "x", "y", "size", "r", "g", "b", "weight", "layer", "id"});

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
    // Gephi maps these names to its node label, position, size and colour.
    const auto key = [&](std::string_view id, std::string_view domain, std::string_view type) {
        out += "  <key" + xml_attribute("id", id) + xml_attribute("for", domain) +
               xml_attribute("attr.name", id) + xml_attribute("attr.type", type) + "/>\n";
    };
    key("label", "node", "string");
    key("x", "node", "double");
    key("y", "node", "double");
    key("size", "node", "double");
    key("r", "node", "int");
    key("g", "node", "int");
    key("b", "node", "int");
    for (std::size_t k = 0; k < names.size(); ++k)
        key(names[k], "node", xml_type(map.vertex_keys[k].type));
    key("weight", "edge", "double");
    key("layer", "edge", "string");

    out += "  <graph id=\"G\" edgedefault=\"directed\">\n";
    if (!map.title.empty()) out += "    <desc>" + escape_xml(map.title) + "</desc>\n";
    const auto data = [&](std::string_view id, std::string_view value) {
        out += "      <data" + xml_attribute("key", id) + '>' + escape_xml(value) + "</data>\n";
    };
    for (std::size_t i = 0; i < map.vertices.size(); ++i) {
        const MapVertex& v = map.vertices[i];
        out += "    <node" + xml_attribute("id", keys[i]) + ">\n";
        data("label", v.label);
        if (v.position) {
            data("x", number_text(v.position->x));
            data("y", number_text(v.position->y));
        }
        data("size", number_text(v.size / 2));  // a radius, as in to_gexf (Gephi reads both alike)
        data("r", std::to_string(v.color.r));
        data("g", std::to_string(v.color.g));
        data("b", std::to_string(v.color.b));
        for (std::size_t k = 0; k < names.size(); ++k) {
            if (defined(v.values[k])) data(names[k], value_text(v.values[k]));
        }
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < map.arcs.size(); ++i) {
        const MapArc& a = map.arcs[i];
        out += "    <edge" + xml_attribute("id", edge_id(i)) +
               xml_attribute("source", keys[a.source]) + xml_attribute("target", keys[a.target]) +
               ">\n";
        data("weight", number_text(a.weight));
        data("layer", to_string(a.layer));
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

std::string to_graphology_json(const Map& map) {
    check_exportable(map);
    const std::vector<std::string> keys = exported_keys(map);
    // Names sigma.js and graphology read themselves: `type` would be taken as a renderer name,
    // the others as the node's drawing.
    const std::vector<std::string> names = column_names(
        map, {"type", "x", "y", "size", "color", "label", "hidden", "forceLabel", "zIndex"});

    // Every text passes through sanitize_label: nlohmann throws on invalid UTF-8, and control
    // characters have no place in a label. Doubles are finite here (check_map, defined()), so
    // nlohmann's NaN-as-null never happens; undefined values are written as null on purpose.
    // One node or edge per line: compact, yet a diff or a grep shows one record.
    Json head = Json::object();
    head["attributes"] = Json{{"name", sanitize_label(map.title)}};
    head["options"] = Json{{"type", "directed"}, {"multi", true}, {"allowSelfLoops", false}};
    std::string out = head.dump();
    out.pop_back();  // the closing brace: nodes and edges follow

    out += ",\n\"nodes\":[";
    for (std::size_t i = 0; i < map.vertices.size(); ++i) {
        const MapVertex& v = map.vertices[i];
        Json attributes = Json::object();
        attributes["label"] = sanitize_label(v.label);
        if (v.position) {
            attributes["x"] = v.position->x;
            attributes["y"] = v.position->y;
        }
        // sigma.js draws a node `size` pixels from its centre to its edge: a radius, so half the
        // map's diameter (in points), as in the GEXF.
        attributes["size"] = v.size / 2;
        attributes["color"] = hex(v.color);
        for (std::size_t k = 0; k < names.size(); ++k) {
            const AttributeValue& value = v.values[k];
            if (!defined(value)) {
                attributes[names[k]] = nullptr;
            } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
                attributes[names[k]] = *integer;
            } else if (const auto* real = std::get_if<double>(&value)) {
                attributes[names[k]] = *real;
            } else {
                attributes[names[k]] = sanitize_label(std::get<std::string>(value));
            }
        }
        const Json node = {{"key", keys[i]}, {"attributes", std::move(attributes)}};
        out += (i == 0 ? "\n" : ",\n") + node.dump();
    }
    out += map.vertices.empty() ? "]" : "\n]";

    out += ",\n\"edges\":[";
    for (std::size_t i = 0; i < map.arcs.size(); ++i) {
        const MapArc& a = map.arcs[i];
        // sigma.js reads `size` as the line's thickness in pixels: the pen width in points.
        const Json edge = {{"key", edge_id(i)},
                           {"source", keys[a.source]},
                           {"target", keys[a.target]},
                           {"attributes",
                            {{"layer", std::string(to_string(a.layer))},
                             {"weight", a.weight},
                             {"size", a.width},
                             {"color", hex(a.color)}}}};
        out += (i == 0 ? "\n" : ",\n") + edge.dump();
    }
    out += map.arcs.empty() ? "]}\n" : "\n]}\n";
    return html_safe_json(out);
}

CsvTables to_csv(const Map& map) {
    check_exportable(map);
    const std::vector<std::string> keys = exported_keys(map);
    const std::vector<std::string> names = column_names(map, {"id", "name"});

    CsvTables tables;
    tables.nodes = "id,name";
    for (const std::string& name : names) tables.nodes += ',' + csv_text_cell(name);
    tables.nodes += '\n';
    for (std::size_t i = 0; i < map.vertices.size(); ++i) {
        const MapVertex& v = map.vertices[i];
        tables.nodes += csv_text_cell(keys[i]) + ',' + csv_text_cell(sanitize_label(v.label));
        for (const AttributeValue& value : v.values) {
            tables.nodes += ',';  // an undefined value is an empty cell
            if (!defined(value)) continue;
            const std::string text = value_text(value);
            tables.nodes +=
                std::holds_alternative<std::string>(value) ? csv_text_cell(sanitize_label(text)) : text;
        }
        tables.nodes += '\n';
    }

    tables.edges = "source,target,layer,weight\n";
    for (const MapArc& a : map.arcs) {
        tables.edges += csv_text_cell(keys[a.source]) + ',' + csv_text_cell(keys[a.target]) + ',' +
                        std::string(to_string(a.layer)) + ',' + number_text(a.weight) + '\n';
    }
    return tables;
}

}  // namespace ricochet::visual
