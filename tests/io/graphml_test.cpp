// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"
#include "io/graphml_reader.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;

namespace {

io::ReadResult read(std::string_view text, io::ReadOptions options = {}) {
    const auto file = io::FileBuffer::from_text("t.graphml", text);
    return io::detail::read_graphml(file, options);
}

// The message of the ParseError reading `text` throws ("(no error)" when it reads).
std::string error_of(std::string_view text, io::ReadOptions options = {}) {
    return ricochet::testing::parse_error_of([&] { return read(text, options); });
}

const std::string head = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
)";

std::string in_graph(std::string_view keys, std::string_view body, std::string_view edgedefault = "directed") {
    return head + std::string(keys) + "<graph edgedefault=\"" + std::string(edgedefault) + "\">\n" +
           std::string(body) + "</graph>\n</graphml>\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(graphml_reader)

//   ana --repost x3--> bio      ana: executive of cora
//   bio --mention----> cora     at 2021-03-01T09:00:00Z
//   cora: company "Cora Labs", sector medtech
BOOST_AUTO_TEST_CASE(a_drawn_directed_graph_maps_every_field) {
    const io::ReadResult r = read(in_graph(R"(<key id="n" for="node" attr.name="name" attr.type="string"/>
<key id="k" for="node" attr.name="Kind" attr.type="string"/>
<key id="o" for="node" attr.name="organization" attr.type="string"/>
<key id="s" for="node" attr.name="sector" attr.type="string"/>
<key id="r" for="node" attr.name="role" attr.type="string"/>
<key id="f" for="node" attr.name="function" attr.type="string"/>
<key id="x" for="node" attr.name="pagerank" attr.type="double"/>
<key id="w" for="edge" attr.name="Edge Weight" attr.type="double"/>
<key id="l" for="edge" attr.name="layer" attr.type="string"/>
<key id="t" for="edge" attr.name="timestamp" attr.type="string"/>
)", R"(<node id="ana"><data key="n">Ana &amp; Co</data><data key="k">executive</data><data key="o">cora</data>
  <data key="r">Directrice de la communication</data><data key="f">communication</data><data key="x">0.5</data></node>
<node id="bio"/>
<node id="cora"><data key="n"> Cora Labs </data><data key="k">company</data><data key="s">medtech</data></node>
<edge source="ana" target="bio"><data key="w">3</data></edge>
<edge source="bio" target="cora"><data key="l">mention</data><data key="t">2021-03-01T10:00:00+01:00</data></edge>
)"));
    BOOST_TEST((r.format == io::InputFormat::graphml));
    BOOST_TEST(r.warnings.empty());
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "ana");
    BOOST_TEST(d.actors[0].name == "Ana & Co");
    BOOST_TEST((d.actors[0].kind == ActorKind::executive));
    BOOST_TEST((d.actors[0].organisation == std::optional<ActorIndex>(2)));
    BOOST_TEST(d.actors[0].role == "Directrice de la communication");
    BOOST_TEST((d.actors[0].function == std::optional<Function>(Function::communication)));
    BOOST_TEST(d.actors[1].id == "bio");
    BOOST_TEST(d.actors[1].name == "");
    BOOST_TEST((d.actors[1].kind == ActorKind::other));
    BOOST_TEST(d.actors[2].name == "Cora Labs");
    BOOST_TEST((d.actors[2].kind == ActorKind::company));
    BOOST_TEST(d.actors[2].sector == "medtech");
    BOOST_REQUIRE(d.interactions.size() == 2u);
    const Interaction& first = d.interactions[0];
    BOOST_TEST(first.source == 0u);
    BOOST_TEST(first.target == 1u);
    BOOST_TEST(first.count == 3.0);
    BOOST_TEST((first.layer == Layer::repost));
    BOOST_TEST(!first.time.has_value());
    const Interaction& second = d.interactions[1];
    BOOST_TEST(second.source == 1u);
    BOOST_TEST(second.target == 2u);
    BOOST_TEST(second.count == 1.0);
    BOOST_TEST((second.layer == Layer::mention));
    BOOST_REQUIRE(second.time.has_value());
    BOOST_TEST(format_time(*second.time) == "2021-03-01T09:00:00Z");
}

//   a --- b   (undirected: a->b and b->a)
//   a --> c   (directed="true" overrides edgedefault)
//   c --- c   (an undirected self-loop is one interaction)
BOOST_AUTO_TEST_CASE(undirected_edges_become_one_interaction_per_direction) {
    const io::ReadResult r = read(in_graph("", R"(<node id="a"/><node id="b"/><node id="c"/>
<edge source="a" target="b"/>
<edge source="a" target="c" directed="true"/>
<edge source="c" target="c"/>
)", "undirected"));
    const auto& i = r.dataset.interactions;
    BOOST_REQUIRE(i.size() == 4u);
    BOOST_TEST(i[0].source == 0u);
    BOOST_TEST(i[0].target == 1u);
    BOOST_TEST(i[1].source == 1u);
    BOOST_TEST(i[1].target == 0u);
    BOOST_TEST(i[2].source == 0u);
    BOOST_TEST(i[2].target == 2u);
    BOOST_TEST(i[3].source == 2u);
    BOOST_TEST(i[3].target == 2u);
    // The influence graph: a<->b and a->c; the self-loop is counted, not an arc.
    const InfluenceGraph g = build_influence_graph(r.dataset);
    BOOST_TEST(g.graph.arc_count() == 3u);
}

BOOST_AUTO_TEST_CASE(directed_false_makes_one_edge_undirected_and_edges_default_to_directed) {
    const io::ReadResult r = read(head + R"(<graph><node id="a"/><node id="b"/>
<edge source="a" target="b"/><edge source="b" target="a" directed="false"/></graph></graphml>)");
    BOOST_REQUIRE(r.dataset.interactions.size() == 3u);
    BOOST_TEST(r.dataset.interactions[2].source == 0u);
    BOOST_TEST(r.dataset.interactions[2].target == 1u);
}

BOOST_AUTO_TEST_CASE(key_defaults_apply_where_data_is_missing) {
    const io::ReadResult r = read(in_graph(R"(<key id="k" for="node" attr.name="kind" attr.type="string"><default>kol</default></key>
<key id="w" for="all" attr.name="weight" attr.type="double"><default>2.5</default></key>
<key id="l" attr.name="layer"><default>reply</default></key>
)", R"(<node id="a"/><node id="b"><data key="k">media</data></node>
<edge source="a" target="b"/><edge source="b" target="a"><data key="w">4</data><data key="l">quote</data></edge>
)"));
    const Dataset& d = r.dataset;
    BOOST_TEST((d.actors.at(0).kind == ActorKind::kol));
    BOOST_TEST((d.actors.at(1).kind == ActorKind::media));
    BOOST_REQUIRE(d.interactions.size() == 2u);
    BOOST_TEST(d.interactions[0].count == 2.5);
    BOOST_TEST((d.interactions[0].layer == Layer::reply));
    BOOST_TEST(d.interactions[1].count == 4.0);
    BOOST_TEST((d.interactions[1].layer == Layer::quote));
}

BOOST_AUTO_TEST_CASE(edges_without_a_layer_take_the_edge_layer_option) {
    io::ReadOptions options;
    options.edge_layer = Layer::mention;
    const io::ReadResult r = read(in_graph("", "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>\n"), options);
    BOOST_TEST((r.dataset.interactions.at(0).layer == Layer::mention));
}

BOOST_AUTO_TEST_CASE(yed_keys_without_type_and_node_labels_give_names) {
    const std::string yed = R"(<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d0" attr.name="description"/>
  <key for="node" id="d1" yfiles.type="nodegraphics"/>
  <key for="node" id="d2" attr.name="Label"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d0">ignored</data><data key="d1"><y:ShapeNode><y:Geometry x="1" y="2"/>
      <y:NodeLabel alignment="center">Dr Lina Moreau</y:NodeLabel><y:NodeLabel>second</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d1"><y:GenericNode><y:NodeLabel>yEd name</y:NodeLabel></y:GenericNode></data>
      <data key="d2">explicit label</data></node>
    <node id="n2"><port name="p"/></node>
  </graph>
</graphml>
)";
    const Dataset d = read(yed).dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].name == "Dr Lina Moreau");
    BOOST_TEST(d.actors[1].name == "explicit label");
    BOOST_TEST(d.actors[2].name == "");
}

BOOST_AUTO_TEST_CASE(the_yed_dataset_reads_as_counted_by_hand) {
    const auto path = ricochet::testing::datasets_dir() / "graphs" / "yed_team.graphml";
    const io::ReadResult r = io::read_dataset(path);
    BOOST_TEST((r.format == io::InputFormat::graphml));
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 5u);
    BOOST_TEST(d.actors[0].name == "Aster Pharma");
    BOOST_TEST(d.actors[1].name == "Claire Martin");
    BOOST_TEST((d.actors[1].organisation == std::optional<ActorIndex>(0)));
    BOOST_TEST(d.actors[4].name == "Dr Lina Moreau");
    BOOST_TEST((d.actors[4].kind == ActorKind::kol));
    BOOST_REQUIRE(d.interactions.size() == 8u);
    BOOST_TEST(d.interactions[0].count == 3.0);
    BOOST_TEST((d.interactions[0].layer == Layer::repost));  // the key's <default>
    BOOST_TEST((d.interactions[2].layer == Layer::mention));
    BOOST_TEST(d.interactions[7].count == 0.5);
    // n2 -> n0 twice (repost) merges: 3 repost, 1 quote, 2 reply, 1 mention, 2 member arcs.
    const InfluenceGraph g = build_influence_graph(d);
    BOOST_TEST(g.graph.arc_count() == 9u);
    BOOST_TEST(ricochet::testing::arc_weight(g.graph, 2, 0, Layer::repost) == 1.5);
}

BOOST_AUTO_TEST_CASE(networkx_files_read_with_every_node_and_both_directions) {
    const Dataset karate = io::read_dataset(ricochet::testing::datasets_dir() / "graphs" / "karate.graphml").dataset;
    BOOST_TEST(karate.actors.size() == 34u);
    BOOST_TEST(karate.interactions.size() == 156u);
    const Dataset books = io::read_dataset(ricochet::testing::datasets_dir() / "graphs" / "polbooks.graphml").dataset;
    BOOST_TEST(books.actors.size() == 105u);
    BOOST_TEST(books.actors[0].id == "1000 Years for Revenge");
    BOOST_TEST(books.interactions.size() == 882u);
}

BOOST_AUTO_TEST_CASE(unknown_nodes_are_errors_unless_lenient) {
    const std::string text = in_graph("", "<node id=\"a\"/>\n<edge source=\"a\" target=\"zed\"/>\n", "undirected");
    // Line 5 (the edge): `<edge source="a" target="` is 25 characters.
    BOOST_TEST(error_of(text) == "t.graphml:5:26: unknown actor, got \"zed\"");
    io::ReadOptions lenient;
    lenient.lenient = true;
    const io::ReadResult r = read(text, lenient);
    BOOST_TEST(r.dataset.actors.size() == 1u);
    BOOST_TEST(r.dataset.interactions.empty());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "interactions skipped: unknown actor");
    BOOST_TEST(r.warnings[0].count == 2u);  // one per direction
    BOOST_TEST(r.warnings[0].first == "t.graphml:5:26: unknown actor, got \"zed\"");
}

BOOST_AUTO_TEST_CASE(unknown_organisations_are_errors_or_dropped_links) {
    const std::string text = in_graph("<key id=\"o\" for=\"node\" attr.name=\"organisation\"/>\n",
                                      "<node id=\"a\"><data key=\"o\">acme</data></node>\n");
    // Line 5: `<node id="a"><data key="o">` is 27 characters.
    BOOST_TEST(error_of(text) == "t.graphml:5:28: unknown organisation, got \"acme\"");
    io::ReadOptions lenient;
    lenient.lenient = true;
    const io::ReadResult r = read(text, lenient);
    BOOST_TEST(!r.dataset.actors.at(0).organisation.has_value());
    BOOST_TEST(r.warnings.at(0).message == "organisation links dropped: unknown organisation");
}

BOOST_AUTO_TEST_CASE(bad_values_are_errors_at_the_value) {
    const std::string keys = R"(<key id="w" for="edge" attr.name="Weight"/>
<key id="k" for="node" attr.name="kind"/>
<key id="t" for="edge" attr.name="time"/>
<key id="l" for="edge" attr.name="layer"/>
)";
    // Line 8 in each (two lines of head, four keys, the graph): the first element of the graph.
    BOOST_TEST(error_of(in_graph(keys, "<node id=\"a\"><data key=\"k\">Executive</data></node>\n")) ==
               "t.graphml:8:28: unknown actor kind (expected executive, company, association, kol, media, "
               "institution or other), got \"Executive\"");
    BOOST_TEST(error_of(in_graph(keys, "<edge source=\"a\" target=\"b\"><data key=\"w\"> -2 </data></edge>\n")) ==
               "t.graphml:8:44: \"Weight\" must be a number from 1e-9 to 1e12, got \"-2\"");
    BOOST_TEST(error_of(in_graph(keys, "<edge source=\"a\" target=\"b\"><data key=\"w\">1e13</data></edge>\n")) ==
               "t.graphml:8:43: \"Weight\" must be a number from 1e-9 to 1e12, got \"1e13\"");
    BOOST_TEST(error_of(in_graph(keys, "<edge source=\"a\" target=\"b\"><data key=\"t\">2021-02-30</data></edge>\n")) ==
               "t.graphml:8:43: \"time\" must be an ISO 8601 time, got \"2021-02-30\"");
    BOOST_TEST(error_of(in_graph(keys, "<edge source=\"a\" target=\"b\"><data key=\"l\">retweet</data></edge>\n")) ==
               "t.graphml:8:43: unknown layer (expected repost, quote, reply, comment, mention, reaction or "
               "member), got \"retweet\"");
}

BOOST_AUTO_TEST_CASE(structure_errors_name_what_is_wrong) {
    // Line 4 holds the graph's first element (no keys); `<node id="` is 10 characters.
    BOOST_TEST(error_of(in_graph("", "<node id=\"a\"/>\n<node id=\"a\"/>\n")) ==
               "t.graphml:5:11: duplicate actor id, got \"a\"");
    BOOST_TEST(error_of(in_graph("", "<node id=\"\"/>\n")) == "t.graphml:4:11: \"id\" must not be empty, got \"\"");
    BOOST_TEST(error_of(in_graph("", "<node/>\n")) == "t.graphml:4:1: a <node> has no \"id\"");
    BOOST_TEST(error_of(in_graph("", "<edge target=\"a\"/>\n")) == "t.graphml:4:1: an <edge> has no \"source\"");
    BOOST_TEST(error_of(in_graph("", "<node id=\"a\"><data key=\"d9\">x</data></node>\n")) ==
               "t.graphml:4:25: unknown key (no <key> with this id), got \"d9\"");
    BOOST_TEST(error_of(in_graph("", "<hyperedge><endpoint node=\"a\"/></hyperedge>\n")) ==
               "t.graphml:4:1: hyperedges are not supported, got \"<hyperedge\"");
    BOOST_TEST(error_of(in_graph("", "<node id=\"a\">\n  <graph id=\"inner\"/></node>\n")) ==
               "t.graphml:5:3: nested graphs are not supported, got \"<graph\"");
    BOOST_TEST(error_of(head + "<key id=\"k\"/><key id=\"k\"/></graphml>") ==
               "t.graphml:3:23: duplicate key id, got \"k\"");
    BOOST_TEST(error_of(head + "<graph/>\n<graph/></graphml>") ==
               "t.graphml:4:1: a second <graph> (ricochet reads one graph per file), got \"<graph\"");
    BOOST_TEST(error_of(head + "<graph edgedefault=\"both\"/></graphml>") ==
               "t.graphml:3:21: \"edgedefault\" must be directed or undirected, got \"both\"");
    BOOST_TEST(error_of(in_graph("", "<edge source=\"a\" target=\"b\" directed=\"yes\"/>\n")) ==
               "t.graphml:4:39: \"directed\" must be true or false, got \"yes\"");
    BOOST_TEST(error_of("<?xml version=\"1.0\"?>\n<gexf version=\"1.3\"/>\n") ==
               "t.graphml:2:1: not a GraphML document (the root element must be <graphml>), got \"gexf\"");
}

BOOST_AUTO_TEST_CASE(malformed_xml_is_an_error_at_its_position) {
    BOOST_TEST(error_of("") == "t.graphml:1:1: empty file, expected an XML document");
    BOOST_TEST(error_of(" \n\t") == "t.graphml:1:1: empty file, expected an XML document");
    BOOST_TEST(error_of("<graphml>\n<graph>\n<node id=\"a\">\n") ==
               "t.graphml:4:1: unexpected end of input, <node> is not closed");
    BOOST_TEST(error_of("<graphml>\n<graph>\n<node id=\"a") ==
               "t.graphml:3:1: unexpected end of input, got \"<node id=\\\"a\"");
    BOOST_TEST(error_of("<graphml>\n  <graph></grap>\n") ==
               "t.graphml:2:10: malformed XML: mismatched tag, got \"</grap>\"");
    BOOST_TEST(error_of("<graphml>\n<node id=\"é\" id=\"b\"/>") ==
               "t.graphml:2:14: malformed XML: duplicate attribute, got \"id=\\\"b\\\"/>\"");
    BOOST_TEST(error_of("<graphml>&nbsp;</graphml>") == "t.graphml:1:10: malformed XML: undefined entity, got \"&nbsp;\"");
    BOOST_TEST(error_of("<graphml/>\n<graphml/>") ==
               "t.graphml:2:1: malformed XML: junk after document element, got \"<graphml/>\"");
    BOOST_TEST(error_of("<graphml>\n<graph><node id=\"caf\xC3\xA9\xE9\"/>") ==
               "t.graphml:2:22: invalid UTF-8, got \"\\xE9\"");
}

BOOST_AUTO_TEST_CASE(dtds_are_refused_before_any_entity_is_declared) {
    // XXE: an external entity that would read a local file.
    const std::string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n  <!ENTITY xxe SYSTEM \"file:///etc/hostname\">\n]>\n"
                            "<graphml><graph><node id=\"&xxe;\"/></graph></graphml>\n";
    BOOST_TEST(error_of(xxe) == "t.graphml:2:1: DTDs are not allowed, got \"<!DOCTYPE\"");
    // Billion laughs: ten levels of ten-fold expansion.
    std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int level = 1; level <= 9; ++level) {
        laughs += "<!ENTITY lol" + std::to_string(level) + " \"";
        for (int i = 0; i < 10; ++i) laughs += "&lol" + (level > 1 ? std::to_string(level - 1) : std::string()) + ";";
        laughs += "\">";
    }
    laughs += "]>\n<graphml><graph><node id=\"&lol9;\"/></graph></graphml>\n";
    BOOST_TEST(error_of(laughs) == "t.graphml:2:1: DTDs are not allowed, got \"<!DOCTYPE\"");
    // Without a DOCTYPE an entity is simply undefined.
    BOOST_TEST(error_of("<graphml><graph><node id=\"&xxe;\"/></graph></graphml>") ==
               "t.graphml:1:27: malformed XML: undefined entity, got \"&xxe;\"");
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_the_cap_is_an_error) {
    std::string deep = "<graphml>";
    for (int i = 0; i < 300; ++i) deep += "<d>";
    // The 257th element is the 256th <d>: after "<graphml>" (9 bytes) and 255 "<d>" (765 bytes).
    BOOST_TEST(error_of(deep) == "t.graphml:1:775: nesting deeper than 256 levels, got \"<d>\"");
    std::string fine = "<graphml>";
    for (int i = 0; i < 255; ++i) fine += "<d>";
    for (int i = 0; i < 255; ++i) fine += "</d>";
    BOOST_TEST(read(fine + "</graphml>").dataset.actors.empty());
}

BOOST_AUTO_TEST_CASE(columns_count_characters_and_survive_crlf_and_entities) {
    // Line 2 of a CRLF file: `<graph><node id="é"/><node id="` is 31 characters (é is one).
    const std::string text = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\r\n"
                             "<graph><node id=\"\xC3\xA9\"/><node id=\"&#233;\"/></graph></graphml>\r\n";
    BOOST_TEST(error_of(text) == "t.graphml:2:32: duplicate actor id, got \"\xC3\xA9\"");
}

BOOST_AUTO_TEST_CASE(read_dataset_detects_graphml_by_name_and_by_content) {
    ricochet::testing::TempDir dir;
    const std::string text = in_graph("", "<node id=\"a\"/>\n");
    BOOST_TEST((io::read_dataset(dir.write("g.graphml", text)).format == io::InputFormat::graphml));
    BOOST_TEST((io::read_dataset(dir.write("g.xml", text)).format == io::InputFormat::graphml));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("bad.graphml", "<graphml>")), ParseError,
                          mentions("bad.graphml:1:10: unexpected end of input, <graphml> is not closed"));
}

BOOST_AUTO_TEST_CASE(graph_level_data_must_name_a_declared_key) {
    BOOST_TEST(error_of(R"(<graphml><graph edgedefault="directed"><data key="nokey">x</data></graph></graphml>)") ==
               "t.graphml:1:51: unknown key (no <key> with this id), got \"nokey\"");
}

BOOST_AUTO_TEST_SUITE_END()
