// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <zlib.h>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
using ricochet::testing::TempDir;

namespace {

Dataset read_edges(std::string_view text, const std::string& name = "g.edgelist",
                   io::ReadOptions options = {}) {
    TempDir dir;
    return io::read_dataset(dir.write(name, text), options).dataset;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(edge_list)

BOOST_AUTO_TEST_CASE(reads_whitespace_columns_comments_and_first_appearance_order) {
    const Dataset d = read_edges("# Higgs-style\n% another comment\n\n88 12 3\n12\t7\n  7   88  \r\n");
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "88");
    BOOST_TEST(d.actors[1].id == "12");
    BOOST_TEST(d.actors[2].id == "7");
    BOOST_REQUIRE(d.interactions.size() == 3u);
    BOOST_TEST(d.interactions[0].source == 0u);
    BOOST_TEST(d.interactions[0].target == 1u);
    BOOST_TEST(d.interactions[0].count == 3.0);
    BOOST_TEST(d.interactions[1].count == 1.0);
    BOOST_TEST((d.interactions[2].layer == Layer::repost));
}

BOOST_AUTO_TEST_CASE(reads_comma_separated_rows_with_a_header_and_quotes) {
    const Dataset d = read_edges("Source,Target,Weight\n\"Dr Ana\", Bob Lee ,2\n", "g.csv");
    BOOST_REQUIRE(d.actors.size() == 2u);
    BOOST_TEST(d.actors[0].id == "Dr Ana");
    BOOST_TEST(d.actors[1].id == "Bob Lee");
    BOOST_TEST(d.interactions.at(0).count == 2.0);
}

BOOST_AUTO_TEST_CASE(skips_a_byte_order_mark_before_a_header) {
    const Dataset d = read_edges("\xEF\xBB\xBFsource,target\na,b\n", "bom.csv");
    BOOST_REQUIRE(d.actors.size() == 2u);
    BOOST_TEST(d.actors[0].id == "a");
}

BOOST_AUTO_TEST_CASE(weights_stay_in_a_range_whose_sums_cannot_overflow) {
    BOOST_CHECK_EXCEPTION(read_edges("a b 1e13\n"), ParseError,
                          mentions("g.edgelist:1:5: expected a weight from 1e-9 to 1e12, got \"1e13\""));
    BOOST_CHECK_EXCEPTION(read_edges("a b 5e-324\n"), ParseError, mentions("expected a weight from 1e-9 to 1e12"));
    // The largest counts with the largest layer weight still add up to a finite arc weight.
    InfluenceOptions options;
    options.weights = parse_layer_weights("repost=1e6");
    const Dataset d = read_edges("a b 1e12\na b 1e12\na b 1e12\n");
    BOOST_TEST(ricochet::testing::arc_weight(build_influence_graph(d, options).graph, 0, 1, Layer::repost) == 3e18);
}

BOOST_AUTO_TEST_CASE(reads_time_and_layer_columns) {
    const Dataset d = read_edges("a b 1 1341100972 mention\nb a 2 2021-03-01T09:00:00Z\nc a\n");
    BOOST_REQUIRE(d.interactions.size() == 3u);
    BOOST_TEST(format_time(*d.interactions[0].time) == "2012-07-01T00:02:52Z");
    BOOST_TEST((d.interactions[0].layer == Layer::mention));
    BOOST_TEST(format_time(*d.interactions[1].time) == "2021-03-01T09:00:00Z");
    BOOST_TEST((d.interactions[1].layer == Layer::repost));
    BOOST_TEST(!d.interactions[2].time.has_value());
}

BOOST_AUTO_TEST_CASE(edge_layer_option_sets_the_layer_of_rows_without_one) {
    const Dataset d = read_edges("a b\n", "g.edgelist", {.edge_layer = Layer::reply});
    BOOST_TEST((d.interactions.at(0).layer == Layer::reply));
}

// Column 1 amplified column 2: "a b" is a -> b, and repeated rows add up.
BOOST_AUTO_TEST_CASE(rows_become_arcs_from_column_one_to_column_two) {
    const Dataset d = read_edges("a b 2\na b 3\nb a\nc c 4\n");
    const InfluenceGraph ig = build_influence_graph(d);
    BOOST_TEST(ig.graph.arc_count() == 2u);
    BOOST_TEST(ricochet::testing::arc_weight(ig.graph, 0, 1, Layer::repost) == 5.0);
    BOOST_TEST(ricochet::testing::arc_weight(ig.graph, 1, 0, Layer::repost) == 1.0);
    BOOST_TEST(ig.self_interactions == 1u);
    BOOST_TEST(ig.graph.vertex_count() == 3u);  // c exists, though only in a self-loop
}

BOOST_AUTO_TEST_CASE(reads_gzip_whatever_its_name) {
    TempDir dir;
    const std::string text = "1 2\n2 3\n";
    const auto path = dir.path() / "edges.data";
    gzFile out = gzopen(path.c_str(), "wb");
    gzwrite(out, text.data(), static_cast<unsigned>(text.size()));
    gzclose(out);
    const Dataset d = io::read_dataset(path).dataset;
    BOOST_TEST(d.actors.size() == 3u);
    BOOST_TEST(d.interactions.size() == 2u);
}

BOOST_AUTO_TEST_CASE(empty_and_comment_only_files_are_empty_datasets) {
    BOOST_TEST(read_edges("").actors.empty());
    BOOST_TEST(read_edges("# nothing\n").interactions.empty());
}

BOOST_AUTO_TEST_CASE(errors_give_line_and_column_of_the_token) {
    BOOST_CHECK_EXCEPTION(read_edges("a b\n\n# c\nx y 1e999\n"), ParseError,
                          mentions("g.edgelist:4:5: expected a weight from 1e-9 to 1e12, got \"1e999\""));
    BOOST_CHECK_EXCEPTION(read_edges("a,,1\n", "g.csv"), ParseError,
                          mentions("g.csv:1:3: empty id, got \"\""));
}

BOOST_AUTO_TEST_SUITE_END()
