// SPDX-License-Identifier: MIT
#include "visual/render.hpp"

#include <graphviz/gvc.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "visual/escape.hpp"

namespace ricochet::visual {

namespace {

// ---- What is handed to Graphviz, before any Graphviz call --------------------------------------
// One description serves the DOT export and the cgraph graph, so `sfdp` on our DOT and our own
// layout start from the same graph. Text values are already graphviz_text()-escaped.

struct Attribute {
    std::string name;
    std::string value;
    bool html = false;  ///< an HTML-like label (<TABLE>...), built from escape_xml()ed texts
};
using Attributes = std::vector<Attribute>;

struct SpecNode {
    std::string name;
    Attributes attributes;
};
struct SpecEdge {
    std::string tail, head;
    Attributes attributes;
    bool layout_only = false;  ///< an invisible pull that keeps a group together while laying out
};
struct SpecCluster {
    std::string name;  ///< "cluster_<n>": Graphviz draws subgraphs so named as boxes
    Attributes attributes;
    std::vector<std::string> nodes;
};
struct Spec {
    Attributes graph, node_defaults, edge_defaults;
    std::vector<SpecCluster> clusters;
    std::vector<SpecNode> nodes;
    std::vector<SpecEdge> edges;
};

constexpr const char* font = "DejaVu Sans";
constexpr double points_per_inch = 72;

std::string number(double value, int decimals = 2) {
    char buffer[64];
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0) rounded = 0;  // no "-0"
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, decimals);
    std::string text(buffer, result.ptr);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text;
}

std::string vertex_name(std::size_t index) { return "v" + std::to_string(index); }

// A tooltip goes through Graphviz's escape expansion twice (a doubled backslash comes out as a
// single one, then \N in it becomes the node's name), so its backslashes are shown as U+FF3C
// FULLWIDTH REVERSE SOLIDUS instead. Labels, which expand once, keep real backslashes.
std::string tooltip_text(std::string_view text) {
    std::string out;
    for (const char c : sanitize_label(text)) {
        if (c == '\\') {
            out += "\xEF\xBC\xBC";
        } else if (c == '&') {
            out += "&amp;";  // entities are decoded, as in labels
        } else {
            out += c;
        }
    }
    return out;
}

const char* engine_name(LayoutEngine engine) {
    switch (engine) {
        case LayoutEngine::sfdp: return "sfdp";
        case LayoutEngine::neato: return "neato";
        case LayoutEngine::fdp: return "fdp";
        case LayoutEngine::dot: return "dot";
    }
    return "sfdp";
}

// sfdp's prism overlap removal does not finish on 100,000 vertices within 15 minutes (and its
// scaling-only variant, prism0, removes nothing): above this size overlaps are left (research:
// ecosystem.md §1.8; filter with --top instead).
constexpr std::size_t prism_limit = 20000;

// The caption as a Graphviz label: one left-justified line each.
std::string caption_text(const Map& map) {
    std::string text;
    for (const std::string& line : map.caption) text += graphviz_text(line) + "\\l";
    return text;
}

// The graph, its vertices and arcs as the layout sees them. Arcs of several layers between one
// pair are drawn as one line: the colour of the heaviest layer, the widest pen.
Spec layout_spec(const Map& map) {
    Spec spec;
    const bool large = map.vertices.size() > prism_limit;
    spec.graph = {{"layout", engine_name(map.engine)},
                  {"overlap", !map.remove_overlap || large ? "true" : "prism"},
                  // Straight lines: curved routing (splines=true) in the second, pinned pass crashes
                  // Graphviz 2.42 (heap corruption in makeMultiSpline, seen on the paths view).
                  {"splines", "false"},
                  {"outputorder", "edgesfirst"},
                  {"bgcolor", "white"},
                  {"pad", "0.3"},
                  {"fontname", font}};
    if (map.engine == LayoutEngine::neato || map.engine == LayoutEngine::fdp) {
        spec.graph.push_back({"start", std::to_string(map.seed % 2147483647)});
    }
    if (map.engine == LayoutEngine::dot) {
        spec.graph.push_back({"rankdir", "LR"});
        spec.graph.push_back({"ranksep", "0.6"});
    }
    if (map.engine == LayoutEngine::neato) spec.graph.push_back({"sep", "+6"});
    if (!map.title.empty()) {
        spec.graph.push_back({"label", graphviz_text(map.title)});
        spec.graph.push_back({"labelloc", "t"});
        spec.graph.push_back({"fontsize", "16"});
    } else {
        spec.graph.push_back({"fontsize", "11"});
    }
    spec.node_defaults = {{"shape", "circle"},  {"style", "filled"},   {"fixedsize", "true"},
                          {"label", ""},        {"penwidth", "0.6"},   {"color", "#ffffff"},
                          {"fontname", font},   {"fontsize", "9"},     {"width", "0.1"}};
    spec.edge_defaults = {{"arrowsize", "0.4"}, {"fontname", font}, {"fontsize", "8"}};

    std::map<std::string, std::size_t> cluster_of;
    for (const MapGroup& group : map.groups) {
        cluster_of[group.key] = spec.clusters.size();
        spec.clusters.push_back({"cluster_" + std::to_string(spec.clusters.size()),
                                 {{"label", graphviz_text(group.label)},
                                  {"style", "rounded,filled"},
                                  {"fillcolor", hex(group.color)},
                                  {"color", hex_rgb(group.color)}},
                                 {}});
    }
    // Faded vertices first: Graphviz draws in creation order, so the backdrop stays behind.
    std::vector<std::size_t> order(map.vertices.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return map.vertices[i].faded; });
    for (const std::size_t i : order) {
        const MapVertex& v = map.vertices[i];
        SpecNode node{vertex_name(i),
                      {{"width", number(v.size / points_per_inch, 4)},
                       {"fillcolor", hex(v.color)},
                       {"tooltip", tooltip_text(v.label)}}};
        if (v.show_label) node.attributes.push_back({"xlabel", graphviz_text(v.label)});
        if (v.faded) node.attributes.push_back({"color", "#ffffff00"});
        spec.nodes.push_back(std::move(node));
        if (!v.group.empty()) spec.clusters[cluster_of.at(v.group)].nodes.push_back(vertex_name(i));
    }
    if (!spec.nodes.empty() && std::any_of(map.vertices.begin(), map.vertices.end(),
                                           [](const MapVertex& v) { return v.show_label; })) {
        spec.graph.push_back({"forcelabels", "true"});
    }
    // One line per pair; plain arcs first, highlighted ones last (drawn on top).
    struct Pair {
        std::uint32_t source, target;
        const MapArc* heaviest;
        double width;
        bool highlighted;
        std::string label;
    };
    std::vector<Pair> pairs;
    for (const MapArc& arc : map.arcs) {
        if (!pairs.empty() && pairs.back().source == arc.source && pairs.back().target == arc.target) {
            Pair& p = pairs.back();
            // The line takes a highlighted arc's colour (a path's hop, an echo), else the heaviest's.
            const bool better = arc.highlighted != p.heaviest->highlighted ? arc.highlighted : arc.weight > p.heaviest->weight;
            if (better) p.heaviest = &arc;
            p.width = std::max(p.width, arc.width);
            p.highlighted = p.highlighted || arc.highlighted;
            if (!arc.label.empty()) p.label += (p.label.empty() ? "" : " ") + arc.label;
        } else {
            pairs.push_back({arc.source, arc.target, &arc, arc.width, arc.highlighted, arc.label});
        }
    }
    std::stable_partition(pairs.begin(), pairs.end(), [](const Pair& p) { return !p.highlighted; });
    // Groups: fdp would keep a cluster together, but its layouts differ from run to run; neato is
    // repeatable, so a group is held together by invisible short springs from each member to the
    // group's first member (only while laying out).
    for (const MapGroup& group : map.groups) {
        std::optional<std::size_t> first;
        for (std::size_t i = 0; i < map.vertices.size(); ++i) {
            if (map.vertices[i].group != group.key) continue;
            if (!first) {
                first = i;
                continue;
            }
            spec.edges.push_back({vertex_name(*first), vertex_name(i),
                                  {{"style", "invis"}, {"len", "0.4"}, {"weight", "3"}, {"dir", "none"}}, true});
        }
    }
    for (const Pair& p : pairs) {
        std::string tail = vertex_name(p.source), head = vertex_name(p.target);
        if (map.content_direction) std::swap(tail, head);
        SpecEdge edge{tail, head, {{"color", hex(p.heaviest->color)}, {"penwidth", number(p.width)}}};
        if (!p.label.empty()) edge.attributes.push_back({"label", graphviz_text(p.label)});
        spec.edges.push_back(std::move(edge));
    }
    return spec;
}

std::string dot_value(const Attribute& a) {
    if (a.html) return "<" + a.value + ">";
    std::string out = "\"";
    for (const char c : a.value) {
        if (c == '"') out += '\\';
        out += c;
    }
    return out + '"';
}

std::string dot_attributes(const Attributes& attributes) {
    std::string out = "[";
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        out += (i > 0 ? ", " : "") + attributes[i].name + "=" + dot_value(attributes[i]);
    }
    return out + "]";
}

// ---- cgraph and gvc ----------------------------------------------------------------------------

std::mutex graphviz_mutex;
std::string graphviz_messages;  // what Graphviz reported during the current call (under the mutex)

int collect_message(char* text) {
    graphviz_messages += text;
    return 0;
}

// The process's one context, made on first use (never freed: Graphviz leaks when contexts are
// recreated). Must be called with the mutex held.
GVC_t* context() {
    static GVC_t* const gvc = [] {
        agseterrf(collect_message);
        agseterr(AGERR);  // warnings are not errors: only errors are collected
        return gvContext();
    }();
    return gvc;
}

char* chars(const std::string& text) { return const_cast<char*>(text.c_str()); }  // 2.42 takes char*

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

// Graphviz failed: the messages it gave, without its trailing line ends.
[[noreturn]] void fail(const std::string& what) {
    std::string message = graphviz_messages;
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    for (char& c : message) {
        if (c == '\n') c = ' ';
    }
    throw RenderError("render: " + what + (message.empty() ? "" : ", got \"" + message + '"'));
}

void set(void* object, const Attribute& a) {
    Agraph_t* root = agroot(object);
    if (a.html) {
        char* html = agstrdup_html(root, chars(a.value));
        agsafeset(object, chars(a.name), html, chars(std::string()));
        agstrfree(root, html);
    } else {
        agsafeset(object, chars(a.name), chars(a.value), chars(std::string()));
    }
}

void declare(Agraph_t* g, int kind, const Attributes& defaults) {
    for (const Attribute& a : defaults) agattr(g, kind, chars(a.name), chars(a.value));
}

// Builds the cgraph graph of `spec` (the mutex held).
GraphHandle build(const Spec& spec) {
    GraphHandle g(agopen(chars("map"), Agdirected, nullptr));
    if (!g) fail("cannot create a graph");
    for (const Attribute& a : spec.graph) agattr(g.get(), AGRAPH, chars(a.name), chars(a.value));
    declare(g.get(), AGNODE, spec.node_defaults);
    declare(g.get(), AGEDGE, spec.edge_defaults);
    std::vector<Agnode_t*> nodes;
    std::map<std::string, Agnode_t*, std::less<>> by_name;
    for (const SpecNode& n : spec.nodes) {
        Agnode_t* node = agnode(g.get(), chars(n.name), 1);
        for (const Attribute& a : n.attributes) set(node, a);
        by_name[n.name] = node;
    }
    for (const SpecCluster& c : spec.clusters) {
        Agraph_t* sub = agsubg(g.get(), chars(c.name), 1);
        for (const Attribute& a : c.attributes) set(sub, a);
        for (const std::string& name : c.nodes) agsubnode(sub, by_name.at(name), 1);
    }
    for (const SpecEdge& e : spec.edges) {
        Agedge_t* edge = agedge(g.get(), by_name.at(e.tail), by_name.at(e.head), nullptr, 1);
        for (const Attribute& a : e.attributes) set(edge, a);
    }
    return g;
}

// A layout of a graph, freed (gvFreeLayout) before the graph is closed, also when a later step
// throws. Declared after the GraphHandle it lays out, so it is destroyed first.
class Layout {
public:
    // Runs `engine` on g.
    Layout(Agraph_t* g, const char* engine, std::uint64_t seed);
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;
    ~Layout() { gvFreeLayout(context(), m_graph); }

private:
    Agraph_t* m_graph;
};

Layout::Layout(Agraph_t* g, const char* engine, std::uint64_t seed) : m_graph(g) {
    // sfdp draws its initial positions from rand() and ignores `start`: reseed it each time.
    std::srand(static_cast<unsigned>(seed % 4294967296ULL));
    srand48(static_cast<long>(seed % 2147483648ULL));
    srandom(static_cast<unsigned>(seed % 4294967296ULL));
    if (gvLayout(context(), g, engine) != 0) {
        gvFreeLayout(context(), g);  // what a failed layout left
        fail(std::string("the ") + engine + " layout failed");
    }
}

// ---- The picture: pinned vertices, group boxes, legend, caption ---------------------------------

struct Box {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

Box bounds(const Map& map) {
    Box box{1e300, 1e300, -1e300, -1e300};
    for (const MapVertex& v : map.vertices) {
        const double r = v.size / 2;
        box.x1 = std::min(box.x1, v.position->x - r);
        box.y1 = std::min(box.y1, v.position->y - r);
        box.x2 = std::max(box.x2, v.position->x + r);
        box.y2 = std::max(box.y2, v.position->y + r);
    }
    if (map.vertices.empty()) box = {0, 0, 0, 0};
    return box;
}

// Text inside an HTML-like label: its entities are ours (escape_xml), backslashes doubled.
// Long texts are cut (a 20,000-character name would make the legend, and a PNG, absurdly wide).
std::string html_text(std::string_view text) {
    std::string clean = sanitize_label(text), doubled;
    if (clean.size() > 80) {
        std::size_t cut = 77;
        while (cut > 0 && (static_cast<unsigned char>(clean[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
        clean = clean.substr(0, cut) + "...";
    }
    for (const char c : clean) {
        if (c == '\\') doubled += '\\';
        doubled += c;
    }
    return escape_xml(doubled);
}

// The legend as one HTML-like table: a title row per section, then a swatch and a text per entry.
// Returns the label and an estimate of its size in points (its centre is pinned, so the estimate
// places its top-left corner).
std::pair<std::string, Point> legend_table(const Map& map, double scale) {
    std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1" BGCOLOR="#ffffff">)";
    double height = 0, width = 0;
    for (const LegendSection& section : map.legend) {
        html += R"(<TR><TD COLSPAN="2" ALIGN="LEFT"><B>)" + html_text(section.title) + "</B></TD></TR>";
        height += 15 * scale;
        width = std::max(width, 7.0 * scale * static_cast<double>(section.title.size()));
        for (const LegendEntry& e : section.entries) {
            const double side = std::clamp(e.size, 2.0, 40.0);
            const bool line = e.symbol == LegendEntry::Symbol::line;
            // Discs keep the map's own diameters (the size scale); lines and colour swatches grow
            // with the text.
            const bool to_scale = section.title.starts_with("size");
            const double s = to_scale ? side : side * scale;
            const std::string w = number(line ? 24 * scale : s, 0),
                              h = number(line ? std::clamp(e.size, 1.0, 6.0) * scale : s, 0);
            html += R"(<TR><TD WIDTH=")" + number(40 * scale, 0) + R"(" FIXEDSIZE="FALSE"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH=")" +
                    w + R"(" HEIGHT=")" + h + R"(" FIXEDSIZE="TRUE" BGCOLOR=")" + hex_rgb(e.color) +
                    R"("></TD></TR></TABLE></TD><TD ALIGN="LEFT">)" + html_text(e.text) + "</TD></TR>";
            height += std::max(s, 13.0 * scale) + 3;
            width = std::max(width, (44 + 6.0 * static_cast<double>(e.text.size())) * scale);
        }
    }
    html += "</TABLE>";
    return {html, {width, height}};
}

Spec render_spec(const Map& map) {
    Spec spec = layout_spec(map);
    // Text grows with the map, so that a 2,000-vertex network printed on a page stays readable.
    const Box extent = bounds(map);
    const double scale = std::max(1.0, std::max(extent.x2 - extent.x1, extent.y2 - extent.y1) / 900);
    for (Attribute& a : spec.node_defaults) {
        if (a.name == "fontsize") a.value = number(9 * scale);
    }
    for (Attribute& a : spec.edge_defaults) {
        if (a.name == "fontsize") a.value = number(8 * scale);
    }
    // Every vertex stays where the layout put it; the `nop` engine only routes the arcs.
    for (SpecNode& node : spec.nodes) {
        const std::size_t i = std::stoul(node.name.substr(1));
        const Point p = *map.vertices[i].position;
        node.attributes.push_back({"pos", number(p.x) + "," + number(p.y) + "!"});
    }
    // Nothing may move now: no overlap removal (it would push the vertices off the group boxes).
    std::erase_if(spec.graph, [](const Attribute& a) {
        return a.name == "layout" || a.name == "start" || a.name == "overlap" || a.name == "sep";
    });
    // nop does not draw clusters: each group becomes a box node created first (drawn first).
    std::vector<SpecNode> boxes;
    for (std::size_t c = 0; c < map.groups.size(); ++c) {
        Box box{1e300, 1e300, -1e300, -1e300};
        bool any = false;
        for (const MapVertex& v : map.vertices) {
            if (v.group != map.groups[c].key) continue;
            any = true;
            const double r = v.size / 2 + (v.show_label ? 14 : 8);
            box.x1 = std::min(box.x1, v.position->x - r);
            box.y1 = std::min(box.y1, v.position->y - r);
            box.x2 = std::max(box.x2, v.position->x + r);
            box.y2 = std::max(box.y2, v.position->y + r + 14);  // room for the group's name
        }
        if (!any) continue;
        const MapGroup& g = map.groups[c];
        boxes.push_back({"group" + std::to_string(c),
                         {{"shape", "box"},
                          {"style", "rounded,filled"},
                          {"fillcolor", hex(g.color)},
                          {"color", hex_rgb(g.color)},
                          {"label", graphviz_text(g.label)},
                          {"labelloc", "t"},
                          {"fontsize", "11"},
                          {"width", number((box.x2 - box.x1) / points_per_inch, 4)},
                          {"height", number((box.y2 - box.y1) / points_per_inch, 4)},
                          {"pos", number((box.x1 + box.x2) / 2) + "," + number((box.y1 + box.y2) / 2) + "!"}}});
    }
    spec.clusters.clear();
    std::erase_if(spec.edges, [](const SpecEdge& e) { return e.layout_only; });
    spec.nodes.insert(spec.nodes.begin(), boxes.begin(), boxes.end());
    if (!map.legend.empty()) {
        const Box box = bounds(map);
        const auto [table, size] = legend_table(map, scale);
        spec.nodes.push_back({"legend",
                              {{"shape", "none"},
                               {"style", ""},
                               {"margin", "0"},
                               {"fixedsize", "false"},
                               {"width", "0"},
                               {"height", "0"},
                               {"fontsize", number(10 * scale)},
                               {"label", table, true},
                               {"pos", number(box.x2 + 30 + size.x / 2) + "," + number(box.y2 - size.y / 2) + "!"}}});
    }
    if (!map.caption.empty()) {
        // The title (if any) stays on top in the layout pass; here the caption takes the label.
        std::erase_if(spec.graph, [](const Attribute& a) {
            return a.name == "label" || a.name == "labelloc" || a.name == "fontsize";
        });
        std::string label = map.title.empty() ? "" : graphviz_text(map.title) + "\\l";
        spec.graph.push_back({"label", label + caption_text(map)});
        spec.graph.push_back({"labelloc", "b"});
        spec.graph.push_back({"labeljust", "l"});
        spec.graph.push_back({"fontsize", number(10 * scale)});
    }
    return spec;
}

// cairo writes the time of the call as the PDF's creation date; the same map must give the same
// bytes, so it is replaced by a fixed date of the same length (the cross-reference offsets hold).
void fix_pdf_date(std::string& pdf) {
    const std::string key = "/CreationDate (D:";
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos) return;
    const std::size_t start = at + key.size();
    const std::size_t end = pdf.find(')', start);
    if (end == std::string::npos) return;
    const std::string fixed = "20000101000000Z";
    for (std::size_t i = start; i < end; ++i) pdf[i] = i - start < fixed.size() ? fixed[i - start] : 'Z';
}

}  // namespace

std::string to_dot(const Map& map) {
    check_map(map);
    const Spec spec = layout_spec(map);
    std::string out = "digraph map {\n";
    for (const Attribute& a : spec.graph) out += "  " + a.name + "=" + dot_value(a) + ";\n";
    out += "  node " + dot_attributes(spec.node_defaults) + ";\n";
    out += "  edge " + dot_attributes(spec.edge_defaults) + ";\n";
    std::vector<bool> in_cluster(map.vertices.size());
    for (const SpecCluster& c : spec.clusters) {
        out += "  subgraph " + c.name + " {\n";
        for (const Attribute& a : c.attributes) out += "    " + a.name + "=" + dot_value(a) + ";\n";
        for (const SpecNode& n : spec.nodes) {
            if (std::find(c.nodes.begin(), c.nodes.end(), n.name) == c.nodes.end()) continue;
            out += "    " + n.name + " " + dot_attributes(n.attributes) + ";\n";
            in_cluster[std::stoul(n.name.substr(1))] = true;
        }
        out += "  }\n";
    }
    for (const SpecNode& n : spec.nodes) {
        if (!in_cluster[std::stoul(n.name.substr(1))]) out += "  " + n.name + " " + dot_attributes(n.attributes) + ";\n";
    }
    for (const SpecEdge& e : spec.edges) out += "  " + e.tail + " -> " + e.head + " " + dot_attributes(e.attributes) + ";\n";
    return out + "}\n";
}

void layout(Map& map) {
    check_map(map);
    if (map.vertices.empty()) return;
    const Spec spec = layout_spec(map);
    const std::lock_guard lock(graphviz_mutex);
    graphviz_messages.clear();
    GraphHandle g = build(spec);
    const Layout laid_out(g.get(), engine_name(map.engine), map.seed);
    for (std::size_t i = 0; i < map.vertices.size(); ++i) {
        Agnode_t* node = agnode(g.get(), chars(vertex_name(i)), 0);
        // To 1/100 point, as every output writes them: a later layout in the same process can
        // differ from the first in the last bits (state sfdp keeps between calls).
        map.vertices[i].position = Point{std::round(ND_coord(node).x * 100) / 100, std::round(ND_coord(node).y * 100) / 100};
    }
}

std::string render(const Map& map, ImageFormat format, const RenderOptions& options) {
    check_map(map);
    if (!(options.dpi >= 10 && options.dpi <= 1200)) {
        throw InvalidArgument("render: dpi must be in [10, 1200], got " + number_text(options.dpi));
    }
    for (const MapVertex& v : map.vertices) {
        if (!v.position) throw InvalidArgument("render: the map is not laid out, vertex \"" + v.key + "\" has no position");
    }
    Spec spec = render_spec(map);
    if (format == ImageFormat::png) {
        // cairo cannot make a bitmap wider than 32,767 pixels (Graphviz then shrinks the picture and
        // prints a warning itself), and a huge one costs gigabytes: refuse before drawing.
        const Box box = bounds(map);
        const double scale = std::max(1.0, std::max(box.x2 - box.x1, box.y2 - box.y1) / 900);
        const Point legend = map.legend.empty() ? Point{} : legend_table(map, scale).second;
        const double width = (box.x2 - box.x1 + 30 + legend.x + 60) * options.dpi / points_per_inch;
        const double height = (std::max(box.y2 - box.y1, legend.y) + 20.0 * scale * static_cast<double>(map.caption.size() + 2) + 60) *
                              options.dpi / points_per_inch;
        if (width > 32000 || height > 32000 || width * height > 250e6) {
            throw InvalidArgument("render: the PNG would be about " + number(width, 0) + " x " + number(height, 0) +
                                  " pixels (at most 32,000 a side and 250 megapixels): lower the dpi, got " +
                                  number(options.dpi));
        }
        spec.graph.push_back({"dpi", number(options.dpi)});
    }
    const std::lock_guard lock(graphviz_mutex);
    graphviz_messages.clear();
    GVC_t* gvc = context();
    GraphHandle g = build(spec);
    const Layout laid_out(g.get(), "nop", map.seed);
    const char* name = format == ImageFormat::svg ? "svg" : format == ImageFormat::png ? "png" : "pdf";
    char* data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(gvc, g.get(), name, &data, &length);
    std::string out;
    if (status == 0 && data) out.assign(data, length);
    if (data) gvFreeRenderData(data);
    if (status != 0 || out.empty()) fail(std::string("Graphviz could not draw ") + name);
    if (format == ImageFormat::pdf) fix_pdf_date(out);
    return out;
}

}  // namespace ricochet::visual
