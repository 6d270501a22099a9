// SPDX-License-Identifier: MIT
#include "io/gexf_reader.hpp"

#include "graph/layer.hpp"
#include "graph/text.hpp"

#include <unordered_map>

#include "graph/error.hpp"
#include "io/xml.hpp"

namespace ricochet::io::detail {
namespace {

// One <attribute> of a class (node or edge).
struct Attribute {
    std::optional<NodeField> node;
    std::optional<EdgeField> edge;
    std::string title;
    bool dynamic = false;
    std::optional<XmlValue> fallback;  // <default>
};

struct AttributeClass {
    std::vector<Attribute> attributes;  // in file order
    std::unordered_map<std::string, std::size_t> index;  // id -> index
};

enum class Place : std::uint8_t {
    root, graph, attributes, attribute, attribute_default, nodes, node, edges, edge, attvalues, other
};

class GexfHandler final : public XmlHandler {
public:
    GexfHandler(const FileBuffer& file, const ReadOptions& options) : m_records(file, options) {}

    ReadResult finish() && { return std::move(m_records).finish(InputFormat::gexf); }

    void start_element(const XmlElement& e) override {
        if (e.depth == 1) {
            if (e.name != "gexf") {
                throw m_records.error(e.offset, "not a GEXF document (the root element must be <gexf>)", e.name);
            }
            m_ns = std::string(e.ns);
            m_places.push_back(Place::root);
            return;
        }
        const Place parent = m_places.back();
        Place place = Place::other;
        if (e.ns != m_ns) {
            // viz:*, or another vocabulary: ignored.
        } else if (parent == Place::root && e.name == "graph") {
            place = Place::graph;
            start_graph(e);
        } else if (parent == Place::graph && e.name == "attributes") {
            place = Place::attributes;
            start_attributes(e);
        } else if (parent == Place::attributes && e.name == "attribute") {
            place = Place::attribute;
            start_attribute(e);
        } else if (parent == Place::attribute && e.name == "default") {
            place = Place::attribute_default;
        } else if (parent == Place::graph && e.name == "nodes") {
            place = Place::nodes;
        } else if (parent == Place::graph && e.name == "edges") {
            place = Place::edges;
        } else if (parent == Place::nodes && e.name == "node") {
            place = Place::node;
            start_node(e);
        } else if (parent == Place::node && e.name == "nodes") {
            throw m_records.error(e.offset, "nested nodes (hierarchical graphs) are not supported", "<nodes");
        } else if (parent == Place::edges && e.name == "edge") {
            place = Place::edge;
            start_edge(e);
        } else if ((parent == Place::node || parent == Place::edge) && e.name == "attvalues") {
            place = Place::attvalues;
        } else if (parent == Place::attvalues && e.name == "attvalue") {
            attvalue(e);
        }
        m_places.push_back(place);
    }

    void end_element(const XmlElement&, const XmlText& text) override {
        const Place place = m_places.back();
        m_places.pop_back();
        if (place == Place::attribute_default) {
            Attribute& a = m_classes[m_class].attributes.back();
            a.fallback = XmlValue{std::string(text.text), text.offset, a.title};
        } else if (place == Place::node) {
            end_node();
        } else if (place == Place::edge) {
            end_edge();
        }
    }

private:
    static constexpr std::size_t node_class = 0;
    static constexpr std::size_t edge_class = 1;
    static std::size_t index(NodeField f) { return static_cast<std::size_t>(f); }
    static std::size_t index(EdgeField f) { return static_cast<std::size_t>(f); }

    static XmlValue value(const XmlAttribute& a) { return {std::string(a.value), a.offset, std::string(a.name)}; }

    XmlValue required(const XmlElement& e, std::string_view attribute, std::string_view what) const {
        const XmlAttribute* a = e.attribute(attribute);
        if (a == nullptr) {
            throw m_records.error(e.offset, std::string(what) + " has no \"" + std::string(attribute) + "\"", {},
                                  false);
        }
        return value(*a);
    }

    void start_graph(const XmlElement& e) {
        if (m_seen_graph) {
            throw m_records.error(e.offset, "a second <graph> (ricochet reads one graph per file)", "<graph");
        }
        m_seen_graph = true;
        if (const XmlAttribute* d = e.attribute("defaultedgetype")) {
            if (d->value == "directed") m_both_ways = false;
            else if (d->value != "undirected" && d->value != "mutual") {
                throw m_records.error(d->offset, "\"defaultedgetype\" must be directed, undirected or mutual",
                                      d->value);
            }
        }
        if (const XmlAttribute* t = e.attribute("timeformat")) {
            m_dated = t->value == "date" || t->value == "dateTime" || t->value == "datetime";
        }
    }

    void start_attributes(const XmlElement& e) {
        const XmlValue kind = required(e, "class", "an <attributes>");
        if (kind.text == "node") m_class = node_class;
        else if (kind.text == "edge") m_class = edge_class;
        else throw m_records.error(kind.offset, "\"class\" must be node or edge", kind.text);
        const XmlAttribute* mode = e.attribute("mode");
        m_dynamic = mode != nullptr && mode->value == "dynamic";
    }

    void start_attribute(const XmlElement& e) {
        const XmlValue id = required(e, "id", "an <attribute>");
        Attribute a;
        const XmlAttribute* title = e.attribute("title");
        a.title = title ? std::string(title->value) : id.text;
        if (m_class == node_class) a.node = node_field(a.title);
        else a.edge = edge_field(a.title);
        a.dynamic = m_dynamic;
        AttributeClass& c = m_classes[m_class];
        if (!c.index.emplace(id.text, c.attributes.size()).second) {
            throw m_records.error(id.offset, "duplicate attribute id", id.text);
        }
        c.attributes.push_back(std::move(a));
    }

    void start_node(const XmlElement& e) {
        m_in = node_class;
        m_id = required(e, "id", "a <node>");
        m_node = {};
        m_label.reset();
        if (const XmlAttribute* label = e.attribute("label")) m_label = value(*label);
    }

    void start_edge(const XmlElement& e) {
        m_in = edge_class;
        m_source = required(e, "source", "an <edge>");
        m_target = required(e, "target", "an <edge>");
        m_edge = {};
        m_edge_both_ways = m_both_ways;
        if (const XmlAttribute* type = e.attribute("type")) {
            if (type->value == "directed") m_edge_both_ways = false;
            else if (type->value == "undirected" || type->value == "mutual") m_edge_both_ways = true;
            else throw m_records.error(type->offset, "\"type\" must be directed, undirected or mutual", type->value);
        }
        m_weight.reset();
        m_kind.reset();
        m_timestamp.reset();
        if (const XmlAttribute* weight = e.attribute("weight")) m_weight = value(*weight);
        if (const XmlAttribute* kind = e.attribute("kind")) m_kind = value(*kind);
        if (const XmlAttribute* timestamp = e.attribute("timestamp"); timestamp && m_dated) {
            m_timestamp = value(*timestamp);
        }
    }

    void attvalue(const XmlElement& e) {
        const XmlAttribute* key = e.attribute("for");
        if (key == nullptr) key = e.attribute("id");  // GEXF 1.1draft
        if (key == nullptr) throw m_records.error(e.offset, "an <attvalue> has no \"for\"", {}, false);
        const AttributeClass& c = m_classes[m_in];
        const auto it = c.index.find(std::string(key->value));
        if (it == c.index.end()) {
            throw m_records.error(key->offset, "unknown attribute (no <attribute> with this id)", key->value);
        }
        const Attribute& a = c.attributes[it->second];
        const XmlValue text = required(e, "value", "an <attvalue>");
        if (a.dynamic || e.attribute("start") || e.attribute("end") || e.attribute("timestamp")) return;
        const XmlValue v{text.text, text.offset, a.title};
        if (m_in == node_class && a.node) m_node[index(*a.node)] = v;
        if (m_in == edge_class && a.edge) m_edge[index(*a.edge)] = v;
    }

    void end_node() {
        for (const Attribute& a : m_classes[node_class].attributes) {
            if (a.node && a.fallback && !a.dynamic && !m_node[index(*a.node)]) m_node[index(*a.node)] = a.fallback;
        }
        if (m_label) m_node[index(NodeField::name)] = m_label;
        m_records.add_node(m_id, m_node);
    }

    void end_edge() {
        for (const Attribute& a : m_classes[edge_class].attributes) {
            if (a.edge && a.fallback && !a.dynamic && !m_edge[index(*a.edge)]) m_edge[index(*a.edge)] = a.fallback;
        }
        if (m_weight) m_edge[index(EdgeField::count)] = m_weight;
        // GEXF 1.3's `kind` tells parallel edges apart with any word: a layer when it names one
        // (repost, mention, ...), otherwise not ricochet's business.
        if (m_kind && !m_edge[index(EdgeField::layer)] && parse_enum<Layer>(trim_blanks(m_kind->text))) {
            m_edge[index(EdgeField::layer)] = m_kind;
        }
        if (m_timestamp && !m_edge[index(EdgeField::time)]) m_edge[index(EdgeField::time)] = m_timestamp;
        m_records.add_edge(m_source, m_target, m_edge_both_ways, m_edge);
    }

    GraphRecords m_records;
    std::string m_ns;  // the namespace of <gexf> (1.2draft, 1.3, ... or none)
    std::vector<Place> m_places;
    AttributeClass m_classes[2];
    std::size_t m_class = node_class;  // of the <attributes> being read
    bool m_dynamic = false;            // its mode
    bool m_seen_graph = false;
    bool m_both_ways = true;  // defaultedgetype undirected (the default) or mutual
    bool m_dated = false;     // timeformat date or dateTime
    // The node or edge being read.
    std::size_t m_in = node_class;
    XmlValue m_id;
    std::optional<XmlValue> m_label;
    NodeValues m_node;
    XmlValue m_source;
    XmlValue m_target;
    bool m_edge_both_ways = true;
    std::optional<XmlValue> m_weight;
    std::optional<XmlValue> m_kind;
    std::optional<XmlValue> m_timestamp;
    EdgeValues m_edge;
};

}  // namespace

ReadResult read_gexf(const FileBuffer& file, const ReadOptions& options) {
    GexfHandler handler(file, options);
    parse_xml(file, handler);
    return std::move(handler).finish();
}

}  // namespace ricochet::io::detail
