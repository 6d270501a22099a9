// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"
#include "io/gexf_reader.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;

namespace {

io::ReadResult read(std::string_view text, io::ReadOptions options = {}) {
    const auto file = io::FileBuffer::from_text("t.gexf", text);
    return io::detail::read_gexf(file, options);
}

std::string error_of(std::string_view text, io::ReadOptions options = {}) {
    return ricochet::testing::parse_error_of([&] { return read(text, options); });
}

// Lines 1-2: the root and the graph; then `body` from line 3.
std::string gexf(std::string_view body, std::string_view graph = "defaultedgetype=\"directed\"",
                 std::string_view ns = "http://gexf.net/1.3") {
    return "<gexf xmlns=\"" + std::string(ns) + "\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n<graph " +
           std::string(graph) + ">\n" + std::string(body) + "</graph>\n</gexf>\n";
}

const std::string node_attributes = R"(<attributes class="node">
<attribute id="0" title="kind" type="string"/>
<attribute id="1" title="Organisation" type="string"/>
<attribute id="2" title="function" type="string"/>
<attribute id="3" title="score" type="double"/>
</attributes>
<attributes class="edge">
<attribute id="0" title="layer" type="string"/>
<attribute id="1" title="time" type="string"/>
<attribute id="2" title="weight" type="double"/>
</attributes>
)";

}  // namespace

BOOST_AUTO_TEST_SUITE(gexf_reader)

//   ana --repost (kind) x2--> cora      ana: executive of cora, ceo
//   bio --quote (layer attvalue, at a time)--> ana
//   bio --mention (kind) weight from the attvalue x4--> cora
BOOST_AUTO_TEST_CASE(a_drawn_directed_graph_maps_every_field) {
    const io::ReadResult r = read(gexf(node_attributes + R"(<nodes>
<node id="ana" label="Ana &lt;CEO&gt;"><attvalues><attvalue for="0" value="executive"/><attvalue for="1" value="cora"/>
  <attvalue for="2" value="ceo"/><attvalue for="3" value="0.5"/></attvalues><viz:size value="3"/></node>
<node id="bio"/>
<node id="cora" label="Cora"><attvalues><attvalue for="0" value="company"/></attvalues></node>
</nodes>
<edges>
<edge id="e0" source="ana" target="cora" kind="repost" weight="2"/>
<edge id="e1" source="bio" target="ana" kind="repost"><attvalues><attvalue for="0" value="quote"/>
  <attvalue for="1" value="2021-03-01"/></attvalues><viz:thickness value="2"/></edge>
<edge id="e2" source="bio" target="cora" kind="mention"><attvalues><attvalue for="2" value="4"/></attvalues></edge>
</edges>
)"));
    BOOST_TEST((r.format == io::InputFormat::gexf));
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "ana");
    BOOST_TEST(d.actors[0].name == "Ana <CEO>");
    BOOST_TEST((d.actors[0].kind == ActorKind::executive));
    BOOST_TEST((d.actors[0].organisation == std::optional<ActorIndex>(2)));
    BOOST_TEST((d.actors[0].function == std::optional<Function>(Function::ceo)));
    BOOST_TEST(d.actors[1].name == "");
    BOOST_TEST((d.actors[1].kind == ActorKind::other));
    BOOST_TEST((d.actors[2].kind == ActorKind::company));
    BOOST_REQUIRE(d.interactions.size() == 3u);
    BOOST_TEST(d.interactions[0].source == 0u);
    BOOST_TEST(d.interactions[0].target == 2u);
    BOOST_TEST(d.interactions[0].count == 2.0);
    BOOST_TEST((d.interactions[0].layer == Layer::repost));
    BOOST_TEST(d.interactions[1].source == 1u);
    BOOST_TEST(d.interactions[1].target == 0u);
    BOOST_TEST((d.interactions[1].layer == Layer::quote));  // the layer attribute wins over kind
    BOOST_REQUIRE(d.interactions[1].time.has_value());
    BOOST_TEST(format_time(*d.interactions[1].time) == "2021-03-01T00:00:00Z");
    BOOST_TEST(d.interactions[2].count == 4.0);
    BOOST_TEST((d.interactions[2].layer == Layer::mention));
}

//   a --- b (undirected by default), b <-> c (mutual), c --> a (type directed), a --- a
BOOST_AUTO_TEST_CASE(undirected_and_mutual_edges_become_two_interactions) {
    const io::ReadResult r = read(gexf(R"(<nodes><node id="a"/><node id="b"/><node id="c"/></nodes>
<edges>
<edge source="a" target="b"/>
<edge source="b" target="c" type="mutual"/>
<edge source="c" target="a" type="directed"/>
<edge source="a" target="a"/>
</edges>
)", "mode=\"static\""));
    const auto& i = r.dataset.interactions;
    BOOST_REQUIRE(i.size() == 6u);
    const std::pair<ActorIndex, ActorIndex> want[] = {{0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 0}, {0, 0}};
    for (std::size_t k = 0; k < 6; ++k) {
        BOOST_TEST(i[k].source == want[k].first, "interaction " << k);
        BOOST_TEST(i[k].target == want[k].second, "interaction " << k);
    }
    BOOST_TEST(build_influence_graph(r.dataset).graph.arc_count() == 5u);
}

BOOST_AUTO_TEST_CASE(mutual_default_and_undirected_edges_in_a_directed_graph) {
    const io::ReadResult r = read(gexf(R"(<nodes><node id="a"/><node id="b"/></nodes>
<edges><edge source="a" target="b"/><edge source="b" target="a" type="undirected"/></edges>
)", "defaultedgetype=\"mutual\""));
    BOOST_TEST(r.dataset.interactions.size() == 4u);
}

BOOST_AUTO_TEST_CASE(defaults_apply_and_dynamic_values_are_ignored) {
    const io::ReadResult r = read(gexf(R"(<attributes class="node" mode="static">
<attribute id="k" title="kind" type="string"><default>media</default></attribute>
</attributes>
<attributes class="edge" mode="dynamic">
<attribute id="w" title="weight" type="double"><default>7</default></attribute>
</attributes>
<attributes class="edge" mode="static">
<attribute id="l" title="Layer" type="string"><default>comment</default></attribute>
<attribute id="t" title="timestamp" type="string"/>
</attributes>
<nodes><node id="a"/><node id="b"><attvalues><attvalue for="k" value="kol"/></attvalues></node></nodes>
<edges>
<edge source="a" target="b"><attvalues><attvalue for="w" value="3"/><attvalue for="t" value="2020-01-01" start="2020"/></attvalues></edge>
<edge source="b" target="a" timestamp="2021-05-01T12:00:00Z"><attvalues><attvalue for="l" value="reaction"/></attvalues></edge>
</edges>
)", "defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"dateTime\""));
    const Dataset& d = r.dataset;
    BOOST_TEST((d.actors.at(0).kind == ActorKind::media));
    BOOST_TEST((d.actors.at(1).kind == ActorKind::kol));
    BOOST_REQUIRE(d.interactions.size() == 2u);
    BOOST_TEST(d.interactions[0].count == 1.0);  // dynamic weight (and its default) ignored
    BOOST_TEST((d.interactions[0].layer == Layer::comment));
    BOOST_TEST(!d.interactions[0].time.has_value());  // a dynamic attvalue
    BOOST_TEST((d.interactions[1].layer == Layer::reaction));
    BOOST_REQUIRE(d.interactions[1].time.has_value());
    BOOST_TEST(format_time(*d.interactions[1].time) == "2021-05-01T12:00:00Z");
}

BOOST_AUTO_TEST_CASE(numeric_timestamps_are_left_alone) {
    const io::ReadResult r = read(gexf(R"(<nodes><node id="a"/><node id="b"/></nodes>
<edges><edge source="a" target="b" timestamp="3.5"/></edges>
)", "defaultedgetype=\"directed\" timeformat=\"double\""));
    BOOST_TEST(!r.dataset.interactions.at(0).time.has_value());
}

BOOST_AUTO_TEST_CASE(gexf_1_1_and_1_2_namespaces_and_attvalue_ids) {
    const std::string text = R"(<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">
<graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="name" type="string"/></attributes>
<nodes><node id="1"><attvalues><attvalue id="0" value="Old style"/></attvalues></node><node id="2"/></nodes>
<edges><edge id="0" source="1" target="2"/></edges></graph></gexf>)";
    const Dataset d = read(text).dataset;
    BOOST_TEST(d.actors.at(0).name == "Old style");
    BOOST_TEST(d.interactions.size() == 1u);
}

BOOST_AUTO_TEST_CASE(the_bundled_gexf_files_read_as_counted_by_hand) {
    const auto dir = ricochet::testing::datasets_dir() / "graphs";
    const Dataset sample = io::read_dataset(dir / "sample13.gexf").dataset;
    BOOST_REQUIRE(sample.actors.size() == 2u);
    BOOST_TEST(sample.actors[0].name == "Jane Doe & Co <CEO>");
    BOOST_TEST((sample.actors[0].kind == ActorKind::executive));
    BOOST_TEST((sample.actors[1].kind == ActorKind::company));
    BOOST_REQUIRE(sample.interactions.size() == 1u);
    BOOST_TEST(sample.interactions[0].count == 3.0);  // the weight attribute, not the dynamic values
    BOOST_TEST((sample.interactions[0].layer == Layer::repost));

    const Dataset aster = io::read_dataset(dir / "aster_mutual.gexf").dataset;
    BOOST_REQUIRE(aster.actors.size() == 5u);
    BOOST_TEST(aster.actors[0].sector == "labs_biotech");
    BOOST_TEST((aster.actors[4].kind == ActorKind::other));  // the <default>
    BOOST_TEST(aster.interactions.size() == 7u);
    const InfluenceGraph g = build_influence_graph(aster);
    BOOST_TEST(g.graph.arc_count() == 7u);
    BOOST_TEST(ricochet::testing::arc_weight(g.graph, 1, 0, Layer::repost) == 2.0);
    BOOST_TEST(ricochet::testing::arc_weight(g.graph, 3, 2, Layer::mention) == 0.5);

    const Dataset dolphins = io::read_dataset(dir / "dolphins.gexf").dataset;
    BOOST_TEST(dolphins.actors.size() == 62u);
    BOOST_TEST(dolphins.actors[0].name == "Beak");
    BOOST_TEST(dolphins.interactions.size() == 318u);
    const Dataset karate = io::read_dataset(dir / "karate_weighted.gexf").dataset;
    BOOST_TEST(karate.interactions.size() == 156u);
    BOOST_TEST(karate.interactions[0].count == 4.0);  // Zachary's count for 0 - 1
    BOOST_TEST(karate.interactions[1].count == 4.0);
}

BOOST_AUTO_TEST_CASE(unknown_nodes_are_errors_unless_lenient) {
    const std::string text = gexf("<nodes><node id=\"a\"/></nodes>\n<edges><edge source=\"ghost\" target=\"a\"/></edges>\n");
    // Line 4: `<edges><edge source="` is 21 characters.
    BOOST_TEST(error_of(text) == "t.gexf:4:22: unknown actor, got \"ghost\"");
    io::ReadOptions lenient;
    lenient.lenient = true;
    const io::ReadResult r = read(text, lenient);
    BOOST_TEST(r.dataset.interactions.empty());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].message == "interactions skipped: unknown actor");
}

BOOST_AUTO_TEST_CASE(bad_values_are_errors_at_the_value) {
    // node_attributes holds 11 lines: the nodes start on line 14.
    BOOST_TEST(error_of(gexf(node_attributes + "<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"ceo\"/>"
                                               "</attvalues></node></nodes>\n")) ==
               "t.gexf:14:57: unknown actor kind (expected executive, company, association, kol, media, "
               "institution or other), got \"ceo\"");
    BOOST_TEST(error_of(gexf(node_attributes + "<nodes><node id=\"a\"><attvalues><attvalue for=\"2\" value=\"boss\"/>"
                                               "</attvalues></node></nodes>\n")) ==
               "t.gexf:14:57: unknown function (expected ceo, medical, communication, rnd, legal, hr, finance, "
               "marketing, digital or other), got \"boss\"");
    BOOST_TEST(error_of(gexf("<edges><edge source=\"a\" target=\"b\" weight=\"abc\"/></edges>\n")) ==
               "t.gexf:3:44: \"weight\" must be a number from 1e-9 to 1e12, got \"abc\"");
    BOOST_TEST(error_of(gexf("<edges><edge source=\"a\" target=\"b\" weight=\"0\"/></edges>\n")) ==
               "t.gexf:3:44: \"weight\" must be a number from 1e-9 to 1e12, got \"0\"");
    BOOST_TEST(error_of(gexf(node_attributes + "<edges><edge source=\"a\" target=\"b\"><attvalues><attvalue for=\"1\" "
                                               "value=\"soon\"/></attvalues></edge></edges>\n")) ==
               "t.gexf:14:72: \"time\" must be an ISO 8601 time, got \"soon\"");
}

BOOST_AUTO_TEST_CASE(structure_errors_name_what_is_wrong) {
    BOOST_TEST(error_of(gexf("<nodes><node id=\"a\"/>\n<node id=\"a\"/></nodes>\n")) ==
               "t.gexf:4:11: duplicate actor id, got \"a\"");
    BOOST_TEST(error_of(gexf("<nodes><node id=\"a\"><attvalues><attvalue for=\"9\" value=\"x\"/></attvalues></node></nodes>\n")) ==
               "t.gexf:3:47: unknown attribute (no <attribute> with this id), got \"9\"");
    BOOST_TEST(error_of(gexf("<nodes><node id=\"g\">\n<nodes><node id=\"a\"/></nodes></node></nodes>\n")) ==
               "t.gexf:4:1: nested nodes (hierarchical graphs) are not supported, got \"<nodes\"");
    BOOST_TEST(error_of(gexf("<attributes class=\"graph\"/>\n")) ==
               "t.gexf:3:20: \"class\" must be node or edge, got \"graph\"");
    BOOST_TEST(error_of(gexf("<attributes class=\"node\"><attribute id=\"0\" title=\"a\"/><attribute id=\"0\" title=\"b\"/></attributes>\n")) ==
               "t.gexf:3:70: duplicate attribute id, got \"0\"");
    BOOST_TEST(error_of(gexf("<edges><edge source=\"a\" target=\"b\" type=\"both\"/></edges>\n")) ==
               "t.gexf:3:42: \"type\" must be directed, undirected or mutual, got \"both\"");
    BOOST_TEST(error_of(gexf("", "defaultedgetype=\"sideways\"")) ==
               "t.gexf:2:25: \"defaultedgetype\" must be directed, undirected or mutual, got \"sideways\"");
    BOOST_TEST(error_of(gexf("<edges><edge target=\"b\"/></edges>\n")) == "t.gexf:3:8: an <edge> has no \"source\"");
    BOOST_TEST(error_of("<gexf><graph/>\n<graph/></gexf>") ==
               "t.gexf:2:1: a second <graph> (ricochet reads one graph per file), got \"<graph\"");
    BOOST_TEST(error_of("<?xml version=\"1.0\"?>\n<graphml/>") ==
               "t.gexf:2:1: not a GEXF document (the root element must be <gexf>), got \"graphml\"");
}

BOOST_AUTO_TEST_CASE(malformed_and_hostile_xml_is_refused) {
    BOOST_TEST(error_of("") == "t.gexf:1:1: empty file, expected an XML document");
    BOOST_TEST(error_of("<gexf>\n<graph>\n<nodes><node id=\"a\"></nodes>") ==
               "t.gexf:3:21: malformed XML: mismatched tag, got \"</nodes>\"");
    BOOST_TEST(error_of("<gexf>\n<graph>\n<nodes><node id=\"a\"/>") ==
               "t.gexf:3:22: unexpected end of input, <nodes> is not closed");
    BOOST_TEST(error_of("<gexf>\n<graph>\n<nodes><node id=\"a\" label=\"\xC3\x28\"/>") ==
               "t.gexf:3:28: invalid UTF-8, got \"\\xC3\"");
    BOOST_TEST(error_of("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf SYSTEM \"http://example.com/gexf.dtd\">\n<gexf/>") ==
               "t.gexf:2:1: DTDs are not allowed, got \"<!DOCTYPE\"");
    std::string deep = "<gexf>";
    for (int i = 0; i < 1000; ++i) deep += "<graph>";
    // The 257th element: after "<gexf>" (6 bytes) and 255 "<graph>" (1,785 bytes).
    BOOST_TEST(error_of(deep) == "t.gexf:1:1792: nesting deeper than 256 levels, got \"<graph>\"");
}

BOOST_AUTO_TEST_CASE(read_dataset_detects_gexf_by_name_and_by_content) {
    ricochet::testing::TempDir dir;
    const std::string text = gexf("<nodes><node id=\"a\"/></nodes>\n");
    BOOST_TEST((io::read_dataset(dir.write("g.gexf", text)).format == io::InputFormat::gexf));
    BOOST_TEST((io::read_dataset(dir.write("g.xml", text)).format == io::InputFormat::gexf));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("bad.gexf", "<gexf>")), ParseError,
                          mentions("bad.gexf:1:7: unexpected end of input, <gexf> is not closed"));
}

// GEXF 1.3's edge `kind` is any word that tells parallel edges apart: a layer when it names one.
BOOST_AUTO_TEST_CASE(an_edge_kind_that_names_no_layer_is_ignored) {
    const auto file = io::FileBuffer::from_text("k.gexf",
        "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph defaultedgetype=\"directed\">"
        "<nodes><node id=\"a\"/><node id=\"b\"/></nodes><edges>"
        "<edge source=\"a\" target=\"b\" kind=\"friendship\"/><edge source=\"b\" target=\"a\" kind=\"mention\"/>"
        "</edges></graph></gexf>");
    io::ReadOptions options;
    options.edge_layer = Layer::reply;
    const Dataset d = io::detail::read_gexf(file, options).dataset;
    BOOST_REQUIRE(d.interactions.size() == 2u);
    BOOST_TEST((d.interactions[0].layer == Layer::reply));  // "friendship": the default layer
    BOOST_TEST((d.interactions[1].layer == Layer::mention));
}

BOOST_AUTO_TEST_SUITE_END()
