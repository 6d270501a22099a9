// SPDX-License-Identifier: MIT
#include "io/graphml_reader.hpp"

#include <unordered_map>

#include "graph/error.hpp"
#include "io/xml.hpp"

namespace ricochet::io::detail {
namespace {

constexpr std::string_view yworks_ns = "http://www.yworks.com/xml/graphml";

struct Key {
    std::optional<NodeField> node;  // what it sets on a node, if anything
    std::optional<EdgeField> edge;
    bool node_graphics = false;     // yfiles.type="nodegraphics": holds y:NodeLabel
    std::string name;               // attr.name, or the id
    std::optional<XmlValue> fallback;  // <default>
};

// Where the parser stands: the element kinds that matter, innermost last.
enum class Place : std::uint8_t { root, key, key_default, graph, node, edge, node_data, edge_data, other };

class GraphmlHandler final : public XmlHandler {
public:
    GraphmlHandler(const FileBuffer& file, const ReadOptions& options) : m_records(file, options) {}

    ReadResult finish() && { return std::move(m_records).finish(InputFormat::graphml); }

    void start_element(const XmlElement& e) override {
        if (e.depth == 1) {
            if (e.name != "graphml") {
                throw m_records.error(e.offset, "not a GraphML document (the root element must be <graphml>)",
                                      e.name);
            }
            m_ns = std::string(e.ns);
            m_places.push_back(Place::root);
            return;
        }
        const Place parent = m_places.back();
        const bool ours = e.ns == m_ns;
        Place place = Place::other;
        if (parent == Place::root && ours && e.name == "key") {
            place = Place::key;
            start_key(e);
        } else if (parent == Place::root && ours && e.name == "graph") {
            place = Place::graph;
            start_graph(e);
        } else if (parent == Place::key && ours && e.name == "default") {
            place = Place::key_default;
        } else if (parent == Place::graph && ours && e.name == "node") {
            place = Place::node;
            m_id = required(e, "id", "a <node>");
            m_node = {};
            m_yed_label.reset();
        } else if (parent == Place::graph && ours && e.name == "edge") {
            place = Place::edge;
            start_edge(e);
        } else if (parent == Place::graph && ours && e.name == "hyperedge") {
            throw m_records.error(e.offset, "hyperedges are not supported", "<hyperedge");
        } else if ((parent == Place::node || parent == Place::edge) && ours && e.name == "graph") {
            throw m_records.error(e.offset, "nested graphs are not supported", "<graph");
        } else if ((parent == Place::graph || parent == Place::root) && ours && e.name == "data") {
            // Graph-level data is not read, but its key must be declared as everywhere else.
            const XmlValue key_id = required(e, "key", "a <data>");
            if (!m_key_index.contains(key_id.text)) {
                throw m_records.error(key_id.offset, "unknown key (no <key> with this id)", key_id.text);
            }
        } else if ((parent == Place::node || parent == Place::edge) && ours && e.name == "data") {
            place = parent == Place::node ? Place::node_data : Place::edge_data;
            const XmlValue key_id = required(e, "key", "a <data>");
            const auto it = m_key_index.find(key_id.text);
            if (it == m_key_index.end()) {
                throw m_records.error(key_id.offset, "unknown key (no <key> with this id)", key_id.text);
            }
            m_data_key = it->second;
            // A yEd y:ShapeNode, y:GenericNode, ...: its first y:NodeLabel names the node.
            m_in_graphics = place == Place::node_data && m_keys[m_data_key].node_graphics;
        }
        m_places.push_back(place);
    }

    void end_element(const XmlElement& e, const XmlText& text) override {
        const Place place = m_places.back();
        m_places.pop_back();
        switch (place) {
            case Place::key_default: m_keys.back().fallback = value(text, m_keys.back().name); break;
            case Place::node_data: {
                const Key& key = m_keys[m_data_key];
                if (key.node) m_node[index(*key.node)] = value(text, key.name);
                m_in_graphics = false;
                break;
            }
            case Place::edge_data: {
                const Key& key = m_keys[m_data_key];
                if (key.edge) m_edge[index(*key.edge)] = value(text, key.name);
                break;
            }
            case Place::node: end_node(); break;
            case Place::edge: end_edge(); break;
            case Place::other:
                if (m_in_graphics && !m_yed_label && e.ns == yworks_ns && e.name == "NodeLabel") {
                    m_yed_label = value(text, "NodeLabel");
                }
                break;
            default: break;
        }
    }

private:
    static std::size_t index(NodeField f) { return static_cast<std::size_t>(f); }
    static std::size_t index(EdgeField f) { return static_cast<std::size_t>(f); }

    static XmlValue value(const XmlText& text, const std::string& name) {
        return {std::string(text.text), text.offset, name};
    }

    XmlValue required(const XmlElement& e, std::string_view attribute, std::string_view what) const {
        const XmlAttribute* a = e.attribute(attribute);
        if (a == nullptr) {
            throw m_records.error(e.offset, std::string(what) + " has no \"" + std::string(attribute) + "\"", {},
                                  false);
        }
        return {std::string(a->value), a->offset, std::string(attribute)};
    }

    void start_key(const XmlElement& e) {
        const XmlValue id = required(e, "id", "a <key>");
        Key key;
        const XmlAttribute* name = e.attribute("attr.name");
        key.name = name ? std::string(name->value) : id.text;
        const XmlAttribute* domain = e.attribute("for");
        const std::string_view applies = domain ? domain->value : "all";
        if (applies == "node" || applies == "all") key.node = node_field(key.name);
        if (applies == "edge" || applies == "all") key.edge = edge_field(key.name);
        const XmlAttribute* yfiles = e.attribute("yfiles.type");
        key.node_graphics = yfiles != nullptr && yfiles->value == "nodegraphics";
        if (!m_key_index.emplace(id.text, m_keys.size()).second) {
            throw m_records.error(id.offset, "duplicate key id", id.text);
        }
        m_keys.push_back(std::move(key));
    }

    void start_graph(const XmlElement& e) {
        if (m_seen_graph) {
            throw m_records.error(e.offset, "a second <graph> (ricochet reads one graph per file)", "<graph");
        }
        m_seen_graph = true;
        if (const XmlAttribute* d = e.attribute("edgedefault")) {
            if (d->value == "undirected") m_undirected = true;
            else if (d->value != "directed") {
                throw m_records.error(d->offset, "\"edgedefault\" must be directed or undirected", d->value);
            }
        }
    }

    void start_edge(const XmlElement& e) {
        m_source = required(e, "source", "an <edge>");
        m_target = required(e, "target", "an <edge>");
        m_edge = {};
        m_edge_undirected = m_undirected;
        if (const XmlAttribute* d = e.attribute("directed")) {
            if (d->value == "true") m_edge_undirected = false;
            else if (d->value == "false") m_edge_undirected = true;
            else throw m_records.error(d->offset, "\"directed\" must be true or false", d->value);
        }
    }

    // The keys whose <default> fills a field (the first such key per field, in file order), so
    // that a node or an edge costs the fields it can have, not the keys the file declares.
    void refresh_defaults() {
        if (m_defaults_for == m_keys.size()) return;
        m_node_defaults.clear();
        m_edge_defaults.clear();
        for (std::size_t k = 0; k < m_keys.size(); ++k) {
            const Key& key = m_keys[k];
            if (!key.fallback) continue;
            const auto first_for = [&](auto& list, std::size_t field) {
                for (const auto& [f, earlier] : list) {
                    if (f == field) return;
                }
                list.emplace_back(field, k);
            };
            if (key.node) first_for(m_node_defaults, index(*key.node));
            if (key.edge) first_for(m_edge_defaults, index(*key.edge));
        }
        m_defaults_for = m_keys.size();
    }

    void end_node() {
        refresh_defaults();
        for (const auto& [field, key] : m_node_defaults) {
            if (!m_node[field]) m_node[field] = m_keys[key].fallback;
        }
        if (m_yed_label && !m_node[index(NodeField::name)]) m_node[index(NodeField::name)] = m_yed_label;
        m_records.add_node(m_id, m_node);
    }

    void end_edge() {
        refresh_defaults();
        for (const auto& [field, key] : m_edge_defaults) {
            if (!m_edge[field]) m_edge[field] = m_keys[key].fallback;
        }
        m_records.add_edge(m_source, m_target, m_edge_undirected, m_edge);
    }

    GraphRecords m_records;
    std::string m_ns;  // the namespace of <graphml> (GraphML's, or none)
    std::vector<Place> m_places;
    std::vector<Key> m_keys;  // in file order (the last one is the key being read)
    std::unordered_map<std::string, std::size_t> m_key_index;  // id -> index in m_keys
    std::size_t m_data_key = 0;  // the key of the <data> being read
    std::size_t m_defaults_for = static_cast<std::size_t>(-1);  // m_keys.size() when computed
    std::vector<std::pair<std::size_t, std::size_t>> m_node_defaults;  // (field, key)
    std::vector<std::pair<std::size_t, std::size_t>> m_edge_defaults;
    bool m_seen_graph = false;
    bool m_undirected = false;
    // The node or edge being read.
    XmlValue m_id;
    NodeValues m_node;
    std::optional<XmlValue> m_yed_label;
    bool m_in_graphics = false;
    XmlValue m_source;
    XmlValue m_target;
    bool m_edge_undirected = false;
    EdgeValues m_edge;
};

}  // namespace

ReadResult read_graphml(const FileBuffer& file, const ReadOptions& options) {
    GraphmlHandler handler(file, options);
    parse_xml(file, handler);
    return std::move(handler).finish();
}

}  // namespace ricochet::io::detail
