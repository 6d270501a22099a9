// SPDX-License-Identifier: MIT
#include "visual/export.hpp"

#include <boost/test/unit_test.hpp>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/error.hpp"
#include "io/csv.hpp"
#include "io/file_buffer.hpp"
#include "io/gexf_reader.hpp"
#include "io/graphml_reader.hpp"
#include "visual/escape.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

const std::string nasty =
    "\"<>&\\"
    "\x01"
    "</svg><script>alert(1)</script>"
    "\xFF";
// What every format must show of it: the control character a space, the bad byte U+FFFD.
const std::string nasty_shown = "\"<>&\\ </svg><script>alert(1)</script>\xEF\xBF\xBD";

MapVertex vertex(std::string key, std::string label, Color color, double size,
                 std::optional<Point> position, std::vector<AttributeValue> values) {
    MapVertex v;
    v.key = std::move(key);
    v.label = std::move(label);
    v.color = color;
    v.size = size;
    v.position = position;
    v.values = std::move(values);
    return v;
}

//   a "Aster" (company) <--repost 2, mention 0.5-- b "Inès" (executive) --quote 1--> c "Cora" (kol)
// a at (0, 0), b at (10.5, -20), c not placed; b is half transparent; b's community is undefined
// and its pagerank NaN (undefined too).
Map three() {
    Map map;
    map.name = "network";
    map.title = "Aster & co";
    map.vertex_keys = {{"kind", AttributeType::text},
                       {"community", AttributeType::integer},
                       {"pagerank", AttributeType::real}};
    map.vertices = {
        vertex("a", "Aster", {31, 119, 180}, 12, Point{0, 0}, {"company", std::int64_t{0}, 0.5}),
        vertex("b", "Inès", {255, 127, 14, 128}, 8, Point{10.5, -20},
               {"executive", std::monostate{}, std::numeric_limits<double>::quiet_NaN()}),
        vertex("c", "Cora", {44, 160, 44}, 5, std::nullopt, {"kol", std::int64_t{2}, 0.25}),
    };
    map.arcs = {
        {.source = 1,
         .target = 0,
         .layer = Layer::repost,
         .weight = 2,
         .color = {31, 119, 180, 170},
         .width = 2},
        {.source = 1,
         .target = 0,
         .layer = Layer::mention,
         .weight = 0.5,
         .color = {148, 103, 189},
         .width = 1},
        {.source = 1,
         .target = 2,
         .layer = Layer::quote,
         .weight = 1,
         .color = {214, 39, 40},
         .width = 1.5},
    };
    return map;
}

Map with_nasty_label() {
    Map map = three();
    map.title = nasty;
    map.vertices[2].label = nasty;
    map.vertices[2].values[0] = nasty;  // a text value too
    return map;
}

std::size_t count(std::string_view text, std::string_view piece) {
    std::size_t n = 0;
    for (auto at = text.find(piece); at != std::string_view::npos;
         at = text.find(piece, at + piece.size()))
        ++n;
    return n;
}

bool contains(std::string_view text, std::string_view piece) {
    return text.find(piece) != std::string_view::npos;
}

// The element `<tag ... id="ID" ...>...</tag>` of an XML text we wrote (one per line pair).
std::string element(std::string_view xml, std::string_view tag, std::string_view id) {
    const std::string open = "<" + std::string(tag) + " id=\"" + std::string(id) + '"';
    const auto begin = xml.find(open);
    BOOST_REQUIRE(begin != std::string_view::npos);
    const auto end = xml.find("</" + std::string(tag) + '>', begin);
    BOOST_REQUIRE(end != std::string_view::npos);
    return std::string(xml.substr(begin, end - begin));
}

// A raw control character (other than the line ends we write) anywhere in the text.
bool has_control_character(std::string_view text) {
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n') || u == 0x7F) return true;
    }
    return false;
}

std::vector<std::vector<std::string>> read_csv(std::string_view text) {
    const io::FileBuffer file = io::FileBuffer::from_text("t.csv", text);
    io::detail::CsvReader reader(file);
    std::vector<std::vector<std::string>> rows;
    std::vector<io::detail::CsvField> row;
    while (reader.next(row)) {
        auto& out = rows.emplace_back();
        for (const io::detail::CsvField& f : row) out.emplace_back(f.value);
    }
    return rows;
}

std::string error_of(const std::function<void()>& write) {
    try {
        write();
    } catch (const InvalidArgument& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(export_formats)

BOOST_AUTO_TEST_CASE(gexf_has_the_1_3_header_one_attribute_block_per_class_and_no_date) {
    const std::string gexf = to_gexf(three());
    BOOST_TEST(gexf.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" "
        "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"));
    BOOST_TEST(contains(
        gexf,
        "<meta>\n    <creator>ricochet</creator>\n    <description>Aster &amp; co</description>"));
    BOOST_TEST(!contains(gexf, "schemaLocation"));
    BOOST_TEST(!contains(gexf, "lastmodifieddate"));
    BOOST_TEST(contains(gexf, "<graph defaultedgetype=\"directed\" mode=\"static\">"));
    BOOST_TEST(count(gexf, "<attributes class=\"node\">") == 1u);
    BOOST_TEST(count(gexf, "<attributes class=\"edge\">") == 1u);
    BOOST_TEST(contains(gexf, "<attribute id=\"kind\" title=\"kind\" type=\"string\"/>"));
    BOOST_TEST(contains(gexf, "<attribute id=\"community\" title=\"community\" type=\"long\"/>"));
    BOOST_TEST(contains(gexf, "<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>"));
    BOOST_TEST(contains(gexf, "<attribute id=\"layer\" title=\"layer\" type=\"string\"/>"));
    BOOST_TEST(gexf.ends_with("</edges>\n  </graph>\n</gexf>\n"));
}

BOOST_AUTO_TEST_CASE(gexf_nodes_carry_label_values_colour_position_and_half_the_diameter) {
    const std::string gexf = to_gexf(three());
    BOOST_TEST(contains(gexf, "<nodes count=\"3\">"));
    BOOST_TEST(count(gexf, "<node ") == 3u);
    const std::string a = element(gexf, "node", "a");
    BOOST_TEST(contains(a, "label=\"Aster\""));
    BOOST_TEST(contains(a, "<attvalue for=\"kind\" value=\"company\"/>"));
    BOOST_TEST(contains(a, "<attvalue for=\"community\" value=\"0\"/>"));
    BOOST_TEST(contains(a, "<attvalue for=\"pagerank\" value=\"0.5\"/>"));
    BOOST_TEST(contains(a, "<viz:color r=\"31\" g=\"119\" b=\"180\"/>"));  // opaque: no a
    BOOST_TEST(contains(a, "<viz:position x=\"0\" y=\"0\"/>"));
    BOOST_TEST(contains(a, "<viz:size value=\"6\"/>"));
    const std::string b = element(gexf, "node", "b");
    BOOST_TEST(contains(b, "label=\"Inès\""));
    BOOST_TEST(contains(b, "<viz:color r=\"255\" g=\"127\" b=\"14\" a=\"0.502\"/>"));  // 128/255
    BOOST_TEST(contains(b, "<viz:position x=\"10.5\" y=\"-20\"/>"));
    BOOST_TEST(contains(b, "<viz:size value=\"4\"/>"));
    const std::string c = element(gexf, "node", "c");
    BOOST_TEST(!contains(c, "viz:position"));  // not laid out
    BOOST_TEST(contains(c, "<viz:size value=\"2.5\"/>"));
    BOOST_TEST(count(gexf, "<viz:position") == 2u);
}

BOOST_AUTO_TEST_CASE(gexf_leaves_undefined_values_out) {
    const std::string b = element(to_gexf(three()), "node", "b");
    BOOST_TEST(contains(b, "<attvalue for=\"kind\" value=\"executive\"/>"));
    BOOST_TEST(!contains(b, "for=\"community\""));  // monostate
    BOOST_TEST(!contains(b, "for=\"pagerank\""));   // NaN
    BOOST_TEST(count(b, "<attvalue ") == 1u);

    Map all_undefined = three();
    all_undefined.vertices[0].values = {std::monostate{}, std::monostate{},
                                        std::numeric_limits<double>::infinity()};
    const std::string a = element(to_gexf(all_undefined), "node", "a");
    BOOST_TEST(!contains(a, "attvalue"));  // no empty <attvalues> either
}

BOOST_AUTO_TEST_CASE(gexf_edges_have_ids_endpoints_kind_weight_and_layer) {
    const std::string gexf = to_gexf(three());
    BOOST_TEST(contains(gexf, "<edges count=\"3\">"));
    BOOST_TEST(count(gexf, "<edge ") == 3u);
    BOOST_TEST(contains(
        gexf,
        "<edge id=\"e0\" source=\"b\" target=\"a\" kind=\"repost\" weight=\"2\">\n"
        "        <attvalues>\n          <attvalue for=\"layer\" value=\"repost\"/>\n"
        "        </attvalues>\n        <viz:color r=\"31\" g=\"119\" b=\"180\" a=\"0.667\"/>\n"
        "        <viz:thickness value=\"2\"/>\n      </edge>"));
    BOOST_TEST(contains(
        gexf, "<edge id=\"e1\" source=\"b\" target=\"a\" kind=\"mention\" weight=\"0.5\">"));
    BOOST_TEST(
        contains(gexf, "<edge id=\"e2\" source=\"b\" target=\"c\" kind=\"quote\" weight=\"1\">"));
}

// ricochet's own GEXF and GraphML importers (io/) read the exports back: the same actors, names,
// kinds and arcs (layer, and the arc weight as the interaction count).
BOOST_AUTO_TEST_CASE(gexf_and_graphml_read_back_through_the_importers) {
    const Map map = with_nasty_label();
    const io::FileBuffer gexf = io::FileBuffer::from_text("t.gexf", to_gexf(map));
    const io::FileBuffer graphml = io::FileBuffer::from_text("t.graphml", to_graphml(map));
    // The nasty text is not a kind: drop that value so the importers accept the file.
    Map readable = map;
    readable.vertices[2].values[0] = std::string("kol");
    const io::FileBuffer gexf_readable = io::FileBuffer::from_text("t.gexf", to_gexf(readable));
    const io::FileBuffer graphml_readable =
        io::FileBuffer::from_text("t.graphml", to_graphml(readable));
    BOOST_CHECK_THROW((void)io::detail::read_gexf(gexf, {}), ParseError);  // "unknown actor kind"
    BOOST_CHECK_THROW((void)io::detail::read_graphml(graphml, {}), ParseError);
    for (const Dataset& d : {io::detail::read_gexf(gexf_readable, {}).dataset,
                             io::detail::read_graphml(graphml_readable, {}).dataset}) {
        BOOST_REQUIRE(d.actors.size() == 3u);
        BOOST_TEST(d.actors[0].id == "a");
        BOOST_TEST(d.actors[0].name == "Aster");
        BOOST_TEST((d.actors[0].kind == ActorKind::company));
        BOOST_TEST(d.actors[1].name == "Inès");
        BOOST_TEST((d.actors[1].kind == ActorKind::executive));
        BOOST_TEST(d.actors[2].name == nasty_shown);
        BOOST_TEST((d.actors[2].kind == ActorKind::kol));
        BOOST_REQUIRE(d.interactions.size() == 3u);
        const std::vector<std::tuple<ActorIndex, ActorIndex, Layer, double>> expected = {
            {1, 0, Layer::repost, 2}, {1, 0, Layer::mention, 0.5}, {1, 2, Layer::quote, 1}};
        for (std::size_t i = 0; i < 3; ++i) {
            const Interaction& x = d.interactions[i];
            BOOST_TEST((std::tuple{x.source, x.target, x.layer, x.count} == expected[i]));
        }
    }
}

BOOST_AUTO_TEST_CASE(graphml_declares_typed_keys_and_writes_data_per_node_and_edge) {
    const std::string graphml = to_graphml(three());
    BOOST_TEST(graphml.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
        "xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
        "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n"
        "  <key id=\"size\" for=\"node\" attr.name=\"size\" attr.type=\"double\"/>\n"
        "  <key id=\"r\" for=\"node\" attr.name=\"r\" attr.type=\"int\"/>\n"
        "  <key id=\"g\" for=\"node\" attr.name=\"g\" attr.type=\"int\"/>\n"
        "  <key id=\"b\" for=\"node\" attr.name=\"b\" attr.type=\"int\"/>\n"
        "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
        "  <key id=\"community\" for=\"node\" attr.name=\"community\" attr.type=\"long\"/>\n"
        "  <key id=\"pagerank\" for=\"node\" attr.name=\"pagerank\" attr.type=\"double\"/>\n"
        "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "  <key id=\"layer\" for=\"edge\" attr.name=\"layer\" attr.type=\"string\"/>\n"
        "  <graph id=\"G\" edgedefault=\"directed\">\n    <desc>Aster &amp; co</desc>\n"));
    BOOST_TEST(count(graphml, "<node ") == 3u);
    BOOST_TEST(count(graphml, "<edge ") == 3u);
    const std::string a = element(graphml, "node", "a");
    for (const char* data :
         {"<data key=\"label\">Aster</data>", "<data key=\"x\">0</data>",
          "<data key=\"y\">0</data>", "<data key=\"size\">6</data>", "<data key=\"r\">31</data>",
          "<data key=\"g\">119</data>", "<data key=\"b\">180</data>",
          "<data key=\"kind\">company</data>", "<data key=\"community\">0</data>",
          "<data key=\"pagerank\">0.5</data>"}) {
        BOOST_TEST(contains(a, data), data);
    }
    const std::string b = element(graphml, "node", "b");
    BOOST_TEST(!contains(b, "key=\"community\""));
    BOOST_TEST(!contains(b, "key=\"pagerank\""));
    BOOST_TEST(!contains(element(graphml, "node", "c"), "key=\"x\""));
    BOOST_TEST(contains(
        graphml,
        "<edge id=\"e1\" source=\"b\" target=\"a\">\n      <data key=\"weight\">0.5</data>\n"
        "      <data key=\"layer\">mention</data>\n    </edge>"));
}

BOOST_AUTO_TEST_CASE(graphology_json_parses_back_with_every_attribute) {
    const std::string text = to_graphology_json(three());
    const nlohmann::json j = nlohmann::json::parse(text);
    BOOST_TEST(j["attributes"]["name"] == "Aster & co");
    BOOST_TEST(j["options"] ==
               nlohmann::json::parse(R"({"type":"directed","multi":true,"allowSelfLoops":false})"));
    BOOST_REQUIRE(j["nodes"].size() == 3u);
    BOOST_REQUIRE(j["edges"].size() == 3u);

    const nlohmann::json& a = j["nodes"][0];
    BOOST_TEST(a["key"] == "a");
    BOOST_TEST(a["attributes"] ==
               nlohmann::json::parse(R"({"label":"Aster","x":0.0,"y":0.0,"size":6.0,
        "color":"#1f77b4","kind":"company","community":0,"pagerank":0.5})"));
    const nlohmann::json& b = j["nodes"][1]["attributes"];
    BOOST_TEST(b["label"] == "Inès");
    BOOST_TEST(b["color"] == "#ff7f0e80");
    BOOST_TEST(b["x"] == 10.5);
    BOOST_TEST(b["community"].is_null());  // undefined: null on purpose, not left out
    BOOST_TEST(b["pagerank"].is_null());
    const nlohmann::json& c = j["nodes"][2]["attributes"];
    BOOST_TEST(!c.contains("x"));
    BOOST_TEST(!c.contains("y"));
    BOOST_TEST(c["size"] == 2.5);

    BOOST_TEST(j["edges"][0] == nlohmann::json::parse(R"({"key":"e0","source":"b","target":"a",
        "attributes":{"layer":"repost","weight":2.0,"size":2.0,"color":"#1f77b4aa"}})"));
    BOOST_TEST(j["edges"][2]["key"] == "e2");
    BOOST_TEST(j["edges"][2]["target"] == "c");
    for (const auto& edge : j["edges"]) BOOST_TEST(!edge["attributes"].contains("type"));
    for (const auto& node : j["nodes"]) BOOST_TEST(!node["attributes"].contains("type"));
    BOOST_TEST(!contains(text, "NaN"));
}

BOOST_AUTO_TEST_CASE(graphology_json_keeps_its_keys_in_a_fixed_order_one_record_per_line) {
    const std::string text = to_graphology_json(three());
    // `&` (like `<` and `>`) as a JSON escape, so a page can inline the file in a <script>.
    BOOST_TEST(text.starts_with(
        "{\"attributes\":{\"name\":\"Aster \\u0026 co\"},\"options\":{\"type\":\"directed\","
        "\"multi\":true,\"allowSelfLoops\":false},\n\"nodes\":[\n{\"key\":\"a\",\"attributes\":"
        "{\"label\":\"Aster\",\"x\":0.0,\"y\":0.0,\"size\":6.0,\"color\":\"#1f77b4\","
        "\"kind\":\"company\",\"community\":0,\"pagerank\":0.5}},\n"));
    BOOST_TEST(count(text, "\n") ==
               1u + 1u + 3u + 1u + 1u + 3u + 1u);  // head, nodes[, 3, ], edges[, 3, ]}
}

BOOST_AUTO_TEST_CASE(csv_tables_have_the_key_columns_numbers_and_empty_undefined_cells) {
    const CsvTables csv = to_csv(three());
    BOOST_TEST(csv.nodes ==
               "id,name,kind,community,pagerank\n"
               "a,Aster,company,0,0.5\n"
               "b,Inès,executive,,\n"
               "c,Cora,kol,2,0.25\n");
    BOOST_TEST(csv.edges ==
               "source,target,layer,weight\n"
               "b,a,repost,2\n"
               "b,a,mention,0.5\n"
               "b,c,quote,1\n");
}

BOOST_AUTO_TEST_CASE(numbers_are_written_to_round_trip) {
    Map map = three();
    map.vertices[0].values[2] = 0.1 + 0.2;
    map.vertices[0].values[1] = std::int64_t{-9007199254740993};  // not representable as a double
    map.vertices[0].position = Point{1e-7, -123456.789};
    map.arcs[0].weight = 1.0 / 3.0;
    const CsvTables csv = to_csv(map);
    BOOST_TEST(contains(csv.nodes, "a,Aster,company,-9007199254740993,0.30000000000000004\n"));
    BOOST_TEST(contains(csv.edges, "b,a,repost,0.3333333333333333\n"));
    const std::string gexf = to_gexf(map);
    BOOST_TEST(contains(gexf, "<viz:position x=\"1e-07\" y=\"-123456.789\"/>"));
    BOOST_TEST(contains(gexf, "weight=\"0.3333333333333333\""));
    const nlohmann::json j = nlohmann::json::parse(to_graphology_json(map));
    BOOST_TEST(j["nodes"][0]["attributes"]["community"].get<std::int64_t>() == -9007199254740993);
    BOOST_TEST(j["nodes"][0]["attributes"]["pagerank"].get<double>() == 0.1 + 0.2);
    BOOST_TEST(j["edges"][0]["attributes"]["weight"].get<double>() == 1.0 / 3.0);
}

// Vertex keys named like what a format reserves get `attr_` in front, in that format only, and
// until the name is free.
BOOST_AUTO_TEST_CASE(colliding_key_names_are_prefixed_per_format) {
    Map map;
    map.vertex_keys = {{"type", AttributeType::text},   {"x", AttributeType::real},
                       {"label", AttributeType::text},  {"id", AttributeType::text},
                       {"weight", AttributeType::real}, {"attr_x", AttributeType::real}};
    map.vertices = {vertex("v", "V", {}, 4, Point{1, 2}, {"t", 1.5, "l", "i", 0.25, 2.5})};

    const nlohmann::json j = nlohmann::json::parse(to_graphology_json(map));
    BOOST_TEST(j["nodes"][0]["attributes"] ==
               nlohmann::json::parse(R"({"label":"V","x":1.0,"y":2.0,"size":2.0,
        "color":"#000000","attr_type":"t","attr_x":1.5,"attr_label":"l","id":"i","weight":0.25,"attr_attr_x":2.5})"));

    const std::string graphml = to_graphml(map);
    BOOST_TEST(contains(
        graphml, "<key id=\"attr_x\" for=\"node\" attr.name=\"attr_x\" attr.type=\"double\"/>"));
    BOOST_TEST(contains(graphml, "<key id=\"attr_label\" for=\"node\" attr.name=\"attr_label\""));
    BOOST_TEST(contains(graphml,
                        "<key id=\"type\" for=\"node\" attr.name=\"type\""));  // not reserved here
    BOOST_TEST(contains(graphml, "<key id=\"attr_weight\" for=\"node\" attr.name=\"attr_weight\""));
    BOOST_TEST(contains(graphml, "<key id=\"attr_attr_x\" for=\"node\""));
    BOOST_TEST(contains(graphml, "<key id=\"attr_id\" for=\"node\""));
    BOOST_TEST(count(graphml, "<key id=\"weight\"") == 1u);  // the edge key only
    BOOST_TEST(contains(graphml, "<data key=\"attr_x\">1.5</data>"));
    BOOST_TEST(contains(graphml, "<data key=\"x\">1</data>"));

    const CsvTables csv = to_csv(map);
    BOOST_TEST(csv.nodes == "id,name,type,x,label,attr_id,weight,attr_x\nv,V,t,1.5,l,i,0.25,2.5\n");

    // GEXF attributes live apart from the node's viz data: only Gephi's own columns are taken.
    const std::string gexf = to_gexf(map);
    BOOST_TEST(contains(gexf, "<attribute id=\"type\" title=\"type\" type=\"string\"/>"));
    BOOST_TEST(contains(gexf, "<attvalue for=\"x\" value=\"1.5\"/>"));
    BOOST_TEST(
        contains(gexf, "<attribute id=\"attr_label\" title=\"attr_label\" type=\"string\"/>"));
    BOOST_TEST(contains(gexf, "<attribute id=\"attr_id\" title=\"attr_id\" type=\"string\"/>"));
    BOOST_TEST(contains(gexf, "<attribute id=\"weight\" title=\"weight\" type=\"double\"/>"));
}

BOOST_AUTO_TEST_CASE(the_same_map_gives_the_same_bytes) {
    const Map one = three();
    const Map two = three();
    BOOST_TEST(to_gexf(one) == to_gexf(two));
    BOOST_TEST(to_gexf(one) == to_gexf(one));
    BOOST_TEST(to_graphml(one) == to_graphml(two));
    BOOST_TEST(to_graphology_json(one) == to_graphology_json(two));
    BOOST_TEST(to_csv(one).nodes == to_csv(two).nodes);
    BOOST_TEST(to_csv(one).edges == to_csv(two).edges);
    // ... and only the map: what is drawn but not exported changes nothing.
    Map drawn = three();
    drawn.seed = 42;
    drawn.engine = LayoutEngine::neato;
    drawn.caption = {"seed 42"};
    BOOST_TEST(to_gexf(drawn) == to_gexf(one));
    BOOST_TEST(to_graphology_json(drawn) == to_graphology_json(one));
}

BOOST_AUTO_TEST_CASE(a_nasty_label_cannot_break_or_inject_into_xml) {
    const Map map = with_nasty_label();
    for (const std::string& xml : {to_gexf(map), to_graphml(map)}) {
        BOOST_TEST(!contains(xml, "<script"));
        BOOST_TEST(!contains(xml, "</svg"));
        BOOST_TEST(!has_control_character(xml));
        BOOST_TEST(!contains(xml, "\xFF"));
        BOOST_TEST(contains(
            xml,
            "&quot;&lt;&gt;&amp;\\ &lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;\xEF\xBF\xBD"));
    }
    const std::string gexf = to_gexf(map);
    BOOST_TEST(count(gexf, "<node ") == 3u);  // the label closed nothing early
    BOOST_TEST(count(gexf, "</node>") == 3u);
}

BOOST_AUTO_TEST_CASE(a_nasty_label_decodes_to_the_sanitised_label_in_json_and_csv) {
    BOOST_REQUIRE(sanitize_label(nasty) == nasty_shown);
    const Map map = with_nasty_label();
    const std::string text = to_graphology_json(map);
    BOOST_TEST(!has_control_character(text));
    BOOST_TEST(
        !contains(text, "<"));  // not even inside strings: </script> cannot close a page's script
    BOOST_TEST(contains(text, "\\u003c/svg\\u003e\\u003cscript\\u003ealert(1)"));
    const nlohmann::json j = nlohmann::json::parse(text);  // throws on invalid UTF-8
    BOOST_TEST(j["attributes"]["name"].get<std::string>() == nasty_shown);
    BOOST_TEST(j["nodes"][2]["attributes"]["label"].get<std::string>() == nasty_shown);
    BOOST_TEST(j["nodes"][2]["attributes"]["kind"].get<std::string>() == nasty_shown);

    const CsvTables csv = to_csv(map);
    BOOST_TEST(!has_control_character(csv.nodes));
    const auto rows = read_csv(csv.nodes);  // io's RFC 4180 reader, which also checks UTF-8
    BOOST_REQUIRE(rows.size() == 4u);
    BOOST_REQUIRE(rows[3].size() == 5u);
    BOOST_TEST(rows[3][0] == "c");
    BOOST_TEST(rows[3][1] == nasty_shown);
    BOOST_TEST(rows[3][2] == nasty_shown);
    BOOST_TEST(rows[3][3] == "2");
}

BOOST_AUTO_TEST_CASE(csv_cells_with_commas_quotes_line_ends_and_edge_spaces_read_back) {
    Map map = three();
    map.vertices[0].key = "a, \"quoted\"";
    map.vertices[0].label = " Aster\nPharma ";
    map.vertices[0].values[0] = std::string("x,y");
    const CsvTables csv = to_csv(map);
    const auto nodes = read_csv(csv.nodes);
    BOOST_REQUIRE(nodes.size() == 4u);
    BOOST_TEST(nodes[1][0] == "a, \"quoted\"");
    BOOST_TEST(nodes[1][1] == " Aster Pharma ");  // the line end became a space, the spaces stay
    BOOST_TEST(nodes[1][2] == "x,y");
    const auto edges = read_csv(csv.edges);
    BOOST_REQUIRE(edges.size() == 4u);
    BOOST_TEST(edges[1][1] == "a, \"quoted\"");
    BOOST_TEST(edges[1][2] == "repost");
}

// Null map: every file is still complete and valid (the schema wants <edges>, even empty).
BOOST_AUTO_TEST_CASE(the_null_map_gives_complete_empty_files) {
    const Map map{};
    const std::string gexf = to_gexf(map);
    BOOST_TEST(
        contains(gexf, "<nodes count=\"0\">\n    </nodes>\n    <edges count=\"0\">\n    </edges>"));
    BOOST_TEST(!contains(gexf, "<attributes class=\"edge\">"));
    BOOST_TEST(contains(to_graphml(map), "<graph id=\"G\" edgedefault=\"directed\">\n  </graph>"));
    const nlohmann::json j = nlohmann::json::parse(to_graphology_json(map));
    BOOST_TEST(j["nodes"].empty());
    BOOST_TEST(j["edges"].empty());
    BOOST_TEST(to_csv(map).nodes == "id,name\n");
    BOOST_TEST(to_csv(map).edges == "source,target,layer,weight\n");
}

BOOST_AUTO_TEST_CASE(a_value_of_the_wrong_type_or_a_broken_map_is_refused) {
    Map wrong = three();
    wrong.vertices[2].values[1] = 2.5;  // a real in an integer column
    const std::string message =
        "export: the value of \"community\" for vertex \"c\" does not match the key's type";
    BOOST_TEST(error_of([&] { (void)to_gexf(wrong); }) == message);
    BOOST_TEST(error_of([&] { (void)to_graphml(wrong); }) == message);
    BOOST_TEST(error_of([&] { (void)to_graphology_json(wrong); }) == message);
    BOOST_TEST(error_of([&] { (void)to_csv(wrong); }) == message);
    wrong.vertices[2].values[1] = std::string("2");
    BOOST_TEST(error_of([&] { (void)to_csv(wrong); }) == message);

    Map integer_as_real = three();
    integer_as_real.vertices[2].values[2] = std::int64_t{1};  // an integer is a real number too
    BOOST_TEST(contains(to_csv(integer_as_real).nodes, "c,Cora,kol,2,1\n"));

    Map broken = three();
    broken.vertices[1].size = 0;
    BOOST_CHECK_THROW((void)to_gexf(broken), InvalidArgument);  // check_map's own message

    Map alike = three();
    alike.vertices[0].key = "x\x01";
    alike.vertices[1].key = "x\x02";  // both "x " once printable
    BOOST_TEST(error_of([&] { (void)to_graphml(alike); }) ==
               "export: two vertex keys become the same text once made printable, got \"x \"");
}

BOOST_AUTO_TEST_SUITE_END()
