// SPDX-License-Identifier: MIT
// Layout and rendering through Graphviz: what the pictures hold (not Graphviz's exact output,
// which changes between versions), determinism, and errors.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <regex>

#include "graph/error.hpp"
#include "visual/escape.hpp"
#include "visual/render.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

std::size_t count(const std::string& text, const std::string& piece) {
    std::size_t n = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + piece.size())) ++n;
    return n;
}

//   a -> b -> c      four vertices; d alone; arcs of two layers from a to b
//   ^         |
//   +---------+
Map small_map(LayoutEngine engine = LayoutEngine::sfdp, std::uint64_t seed = 1) {
    Map map;
    map.name = "network";
    map.title = "Small";
    map.caption = {"data: drawn by hand", "seed " + std::to_string(seed)};
    map.engine = engine;
    map.seed = seed;
    const char* names[] = {"Alice", "Bob", "Chloé", "Dan"};
    for (int i = 0; i < 4; ++i) {
        MapVertex v;
        v.key = std::string(1, static_cast<char>('a' + i));
        v.label = names[i];
        v.color = {230, 159, 0, 255};
        v.size = 10 + 5 * i;
        v.show_label = i < 3;
        map.vertices.push_back(v);
    }
    map.arcs = {{0, 1, Layer::repost, 2, {51, 34, 136, 102}, 1, false, {}},
                {0, 1, Layer::mention, 1, {136, 34, 85, 102}, 1, false, {}},
                {1, 2, Layer::repost, 1, {51, 34, 136, 102}, 1, true, "p=0.5"},
                {2, 0, Layer::quote, 1, {17, 119, 51, 102}, 1, false, {}}};
    map.legend = {{"kind", {{LegendEntry::Symbol::disc, "executive", {230, 159, 0, 255}, 10}}},
                  {"layer", {{LegendEntry::Symbol::line, "repost", {51, 34, 136, 255}, 2}}}};
    return map;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rendering)

BOOST_AUTO_TEST_CASE(layout_places_every_vertex_and_is_repeatable_for_a_seed) {
    for (const LayoutEngine engine : {LayoutEngine::sfdp, LayoutEngine::neato, LayoutEngine::fdp, LayoutEngine::dot}) {
        Map first = small_map(engine), second = small_map(engine);
        layout(first);
        layout(second);
        for (std::size_t i = 0; i < first.vertices.size(); ++i) {
            BOOST_REQUIRE(first.vertices[i].position.has_value());
            const Point p = *first.vertices[i].position, q = *second.vertices[i].position;
            BOOST_TEST(std::hypot(p.x - q.x, p.y - q.y) <= 0.011);
        }
        // Distinct vertices do not sit on one another (overlap removal is on).
        for (std::size_t i = 0; i < first.vertices.size(); ++i) {
            for (std::size_t j = i + 1; j < first.vertices.size(); ++j) {
                const Point p = *first.vertices[i].position, q = *first.vertices[j].position;
                BOOST_TEST(std::hypot(p.x - q.x, p.y - q.y) > 1.0);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(sfdp_seed_changes_the_layout) {
    // On a 30-vertex ring the initial positions decide the picture: two seeds give two layouts,
    // and the first seed again gives the first layout (sfdp's rand() is reseeded every time).
    const auto ring = [](std::uint64_t seed) {
        Map map;
        map.seed = seed;
        for (std::uint32_t i = 0; i < 30; ++i) map.vertices.push_back({"v" + std::to_string(i), "", {}, 8});
        for (std::uint32_t i = 0; i < 30; ++i) {
            map.arcs.push_back({std::min(i, (i + 1) % 30), std::max(i, (i + 1) % 30), Layer::repost, 1, {}, 1, false, {}});
        }
        std::sort(map.arcs.begin(), map.arcs.end(), [](const MapArc& a, const MapArc& b) {
            return std::tie(a.source, a.target) < std::tie(b.source, b.target);
        });
        layout(map);
        std::vector<Point> points;
        for (const MapVertex& v : map.vertices) points.push_back(*v.position);
        return points;
    };
    // In one process a later sfdp layout may differ from the first in the last bits of a double
    // (state Graphviz keeps between calls); across processes the bytes are equal (CLI test).
    const auto one = ring(1), two = ring(2), again = ring(1);
    double moved = 0, apart = 0;
    for (std::size_t i = 0; i < one.size(); ++i) {
        moved = std::max(moved, std::hypot(one[i].x - again[i].x, one[i].y - again[i].y));
        apart = std::max(apart, std::hypot(one[i].x - two[i].x, one[i].y - two[i].y));
    }
    BOOST_TEST(moved <= 0.011);
    BOOST_TEST(apart > 10.0);
}

BOOST_AUTO_TEST_CASE(svg_holds_every_vertex_label_legend_and_caption) {
    Map map = small_map();
    layout(map);
    const std::string svg = render(map, ImageFormat::svg);
    // Four vertices plus the legend, each a node group; three arcs drawn (two layers a -> b merged).
    BOOST_TEST(count(svg, "class=\"node\"") == 5u);
    BOOST_TEST(count(svg, "class=\"edge\"") == 3u);
    for (const char* label : {">Alice<", ">Bob<", ">Chloé<", ">executive<", ">repost<", ">data: drawn by hand<", ">p=0.5<"}) {
        BOOST_TEST(svg.find(label) != std::string::npos, label);
    }
    BOOST_TEST(svg.find(">Dan<") == std::string::npos);  // not labelled; its tooltip still names it
    BOOST_TEST(svg.find("xlink:title=\"Dan\"") != std::string::npos);
    // The same map gives the same bytes.
    BOOST_TEST(render(map, ImageFormat::svg) == svg);
}

BOOST_AUTO_TEST_CASE(png_and_pdf_are_repeatable_and_png_follows_dpi) {
    Map map = small_map();
    layout(map);
    const std::string png = render(map, ImageFormat::png, {.dpi = 72});
    BOOST_TEST(png.substr(1, 3) == "PNG");
    BOOST_TEST(render(map, ImageFormat::png, {.dpi = 72}) == png);
    const auto width = [](const std::string& p) {
        return (static_cast<unsigned char>(p[16]) << 24) | (static_cast<unsigned char>(p[17]) << 16) |
               (static_cast<unsigned char>(p[18]) << 8) | static_cast<unsigned char>(p[19]);
    };
    const std::string big = render(map, ImageFormat::png, {.dpi = 144});
    BOOST_TEST(std::abs(width(big) - 2 * width(png)) <= 2);
    const std::string pdf = render(map, ImageFormat::pdf);
    BOOST_TEST(pdf.substr(0, 5) == "%PDF-");
    BOOST_TEST(pdf.find("/CreationDate (D:20000101000000Z") != std::string::npos);
    BOOST_TEST(render(map, ImageFormat::pdf) == pdf);
    BOOST_TEST(pdf.find("/FontName /") != std::string::npos);  // text stays text: a font is embedded
}

BOOST_AUTO_TEST_CASE(group_box_encloses_its_members) {
    Map map = small_map(LayoutEngine::fdp);
    map.groups.push_back({"team", "Team & co", {86, 180, 233, 38}});
    map.vertices[0].group = map.vertices[1].group = "team";
    layout(map);
    const std::string svg = render(map, ImageFormat::svg);
    BOOST_TEST(svg.find(">Team &amp; co<") != std::string::npos);
    // The box is a path; its x range must cover both members' centres.
    const std::size_t at = svg.find("<title>group0</title>");
    BOOST_REQUIRE(at != std::string::npos);
    const std::string path = svg.substr(at, svg.find("</g>", at) - at);
    std::regex number(R"(([-0-9.]+),([-0-9.]+))");
    double x1 = 1e9, x2 = -1e9;
    for (auto it = std::sregex_iterator(path.begin(), path.end(), number); it != std::sregex_iterator(); ++it) {
        x1 = std::min(x1, std::stod((*it)[1]));
        x2 = std::max(x2, std::stod((*it)[1]));
    }
    for (const char* member : {"<title>v0</title>", "<title>v1</title>"}) {
        const std::size_t node = svg.find(member);
        const std::size_t cx = svg.find("cx=\"", node) + 4;
        const double x = std::stod(svg.substr(cx));
        BOOST_TEST(x > x1);
        BOOST_TEST(x < x2);
    }
}

BOOST_AUTO_TEST_CASE(labels_cannot_break_the_picture_or_inject_markup) {
    Map map = small_map();
    const std::string nasty = std::string("\"<>&\\\x01</svg><script>alert(1)</script> \\N \xFF");
    map.vertices[0].label = nasty;
    map.title = nasty;
    map.caption = {nasty};
    map.legend[0].entries[0].text = nasty;
    map.arcs[2].label = nasty;
    layout(map);
    const std::string svg = render(map, ImageFormat::svg);
    BOOST_TEST(svg.find("<script") == std::string::npos);
    BOOST_TEST(svg.find('\x01') == std::string::npos);
    BOOST_TEST(svg.find('\xFF') == std::string::npos);
    // Shown as the text itself: backslashes kept (no \N expansion into the node's name).
    const std::string shown = "&quot;&lt;&gt;&amp;\\ &lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\N \xEF\xBF\xBD";
    BOOST_TEST(svg.find(">" + shown + "<") != std::string::npos);  // the label, exactly
    // The tooltip: the same text, its backslashes as U+FF3C (never expanded to the node's name).
    BOOST_TEST(svg.find("xlink:title=\"&quot;&lt;&gt;&amp;\xEF\xBC\xBC &lt;/svg&gt;") != std::string::npos);
    BOOST_TEST(svg.find("v0\"") == std::string::npos);
    BOOST_TEST(render(map, ImageFormat::png).size() > 100u);
    BOOST_TEST(render(map, ImageFormat::pdf).size() > 100u);
}

BOOST_AUTO_TEST_CASE(html_entities_in_labels_are_shown_as_written) {
    // Graphviz decodes entities in plain labels: &#1; would put a raw 0x01 in the SVG (not XML),
    // &lt;b&gt; would show as <b>. Each must come out as the characters typed.
    Map map = small_map();
    map.vertices[0].label = "x&#1;y AT&amp;T &lt;b&gt; &#65535;";
    map.caption = {"data: a&#10;b"};
    layout(map);
    const std::string svg = render(map, ImageFormat::svg);
    BOOST_TEST(svg.find('\x01') == std::string::npos);
    BOOST_TEST(svg.find(">x&amp;#1;y AT&amp;amp;T &amp;lt;b&amp;gt; &amp;#65535;<") != std::string::npos);
    BOOST_TEST(svg.find(">data: a&amp;#10;b<") != std::string::npos);
    BOOST_TEST(svg.find("\xEF\xBF\xBF") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_png_too_large_for_cairo_is_refused_before_drawing) {
    // 3,000 points wide at 1,200 dpi: 50,000 pixels, over cairo's 32,767.
    Map map = small_map();
    const Point places[] = {{0, 0}, {3000, 0}, {0, 100}, {100, 100}};
    for (std::size_t i = 0; i < 4; ++i) map.vertices[i].position = places[i];
    BOOST_CHECK_EXCEPTION((void)render(map, ImageFormat::png, {.dpi = 1200}), InvalidArgument, [](const InvalidArgument& e) {
        return std::string(e.what()).starts_with("render: the PNG would be about ") &&
               std::string(e.what()).ends_with(" pixels (at most 32,000 a side and 250 megapixels): lower the dpi, got 1200");
    });
    BOOST_TEST(render(map, ImageFormat::png, {.dpi = 96}).size() > 100u);  // 4,000 pixels: fine
}

BOOST_AUTO_TEST_CASE(dot_text_before_layout) {
    // Every vertex, the merged arcs, quoting of labels: the text below was written by hand from
    // the rules in render.cpp (sizes in inches = points / 72, pairs merged to their heaviest layer's
    // colour, highlighted arcs last).
    Map map = small_map();
    map.vertices[3].label = "D \"the\" \\ man";
    map.vertices[3].show_label = true;
    const std::string dot = to_dot(map);
    BOOST_TEST(dot.starts_with("digraph map {\n  layout=\"sfdp\";\n  overlap=\"prism\";\n"));
    BOOST_TEST(dot.find("  v0 [width=\"0.1389\", fillcolor=\"#e69f00\", tooltip=\"Alice\", xlabel=\"Alice\"];\n") !=
               std::string::npos);
    BOOST_TEST(dot.find("  v3 [width=\"0.3472\", fillcolor=\"#e69f00\", tooltip=\"D \\\"the\\\" \xEF\xBC\xBC man\", "
                        "xlabel=\"D \\\"the\\\" \\\\ man\"];\n") !=
               std::string::npos);
    BOOST_TEST(dot.find("  v0 -> v1 [color=\"#33228866\", penwidth=\"1\"];\n  v2 -> v0 [color=\"#11773366\", "
                        "penwidth=\"1\"];\n  v1 -> v2 [color=\"#33228866\", penwidth=\"1\", label=\"p=0.5\"];\n}\n") !=
               std::string::npos);
    BOOST_TEST(to_dot(map) == dot);
}

BOOST_AUTO_TEST_CASE(errors) {
    Map map = small_map();
    BOOST_CHECK_EXCEPTION((void)render(map, ImageFormat::svg), InvalidArgument, [](const InvalidArgument& e) {
        return std::string(e.what()) == "render: the map is not laid out, vertex \"a\" has no position";
    });
    layout(map);
    BOOST_CHECK_THROW((void)render(map, ImageFormat::png, {.dpi = 5}), InvalidArgument);
    Map empty;
    layout(empty);  // nothing to place
    BOOST_TEST(render(empty, ImageFormat::svg).find("<svg") != std::string::npos);
    map.arcs.push_back({3, 3, Layer::repost, 1, {}, 1, false, {}});
    BOOST_CHECK_THROW(layout(map), InvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()
