// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>

#include "graph/error.hpp"
#include "graph/graph.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::arc_weight;
using ricochet::testing::mentions;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(graph_builder)

BOOST_AUTO_TEST_CASE(null_graph_has_no_vertex_and_no_arc) {
    const Graph g = GraphBuilder(0).build();
    BOOST_TEST(g.vertex_count() == 0u);
    BOOST_TEST(g.arc_count() == 0u);
    BOOST_TEST(Graph{}.vertex_count() == 0u);
}

BOOST_AUTO_TEST_CASE(edgeless_graph_keeps_its_vertices) {
    const Graph g = GraphBuilder(4).build();
    BOOST_TEST(g.vertex_count() == 4u);
    BOOST_TEST(g.arc_count() == 0u);
    for (VertexId v = 0; v < 4; ++v) BOOST_TEST(g.out_degree(v) + g.in_degree(v) == 0u);
}

//   0 --repost x2--> 1      parallel interactions of one layer merge (1 + 2.5 = 3.5)
//   0 --mention----> 1      another layer stays a separate arc
//   2 --quote------> 0
BOOST_AUTO_TEST_CASE(parallel_arcs_of_one_layer_merge_and_layers_stay_apart) {
    GraphBuilder b(3);
    b.add_arc(0, 1, Layer::repost, 1.0);
    b.add_arc(2, 0, Layer::quote, 1.0);
    b.add_arc(0, 1, Layer::mention, 0.5);
    b.add_arc(0, 1, Layer::repost, 2.5);
    const Graph g = std::move(b).build();
    BOOST_TEST(g.arc_count() == 3u);
    BOOST_TEST(arc_weight(g, 0, 1, Layer::repost) == 3.5);
    BOOST_TEST(arc_weight(g, 0, 1, Layer::mention) == 0.5);
    BOOST_TEST(arc_weight(g, 2, 0, Layer::quote) == 1.0);
    BOOST_TEST(g.out_degree(0) == 2u);
    BOOST_TEST(g.in_degree(1) == 2u);
    BOOST_TEST(g.in_degree(0) == 1u);
    BOOST_TEST(g.out_degree(1) == 0u);
    BOOST_TEST(g.has_arc(0, 1));
    BOOST_TEST(g.has_arc(2, 0));
    BOOST_TEST(!g.has_arc(1, 0));
    BOOST_TEST(!g.has_arc(0, 2));
    BOOST_TEST(!g.has_arc(1, 1));
}

BOOST_AUTO_TEST_CASE(out_arcs_sorted_by_target_then_layer_and_in_arcs_by_source) {
    GraphBuilder b(5);
    b.add_arc(2, 4, Layer::reaction, 1);
    b.add_arc(2, 1, Layer::mention, 1);
    b.add_arc(2, 1, Layer::repost, 1);
    b.add_arc(3, 1, Layer::quote, 1);
    b.add_arc(0, 1, Layer::reply, 1);
    const Graph g = std::move(b).build();
    std::vector<std::pair<VertexId, Layer>> out;
    g.for_each_out_arc(2, [&](VertexId v, const ArcProperties& a) { out.emplace_back(v, a.layer); });
    const std::vector<std::pair<VertexId, Layer>> expected_out{
        {1, Layer::repost}, {1, Layer::mention}, {4, Layer::reaction}};
    BOOST_TEST((out == expected_out));
    std::vector<std::pair<VertexId, Layer>> in;
    g.for_each_in_arc(1, [&](VertexId u, const ArcProperties& a) { in.emplace_back(u, a.layer); });
    const std::vector<std::pair<VertexId, Layer>> expected_in{
        {0, Layer::reply}, {2, Layer::repost}, {2, Layer::mention}, {3, Layer::quote}};
    BOOST_TEST((in == expected_in));
}

BOOST_AUTO_TEST_CASE(in_arcs_carry_the_same_properties_as_out_arcs) {
    GraphBuilder b(3);
    b.add_arc(0, 2, Layer::repost, 0.25);
    b.add_arc(1, 2, Layer::comment, 4.0);
    const Graph g = std::move(b).build();
    double total = 0;
    g.for_each_in_arc(2, [&](VertexId u, const ArcProperties& a) {
        BOOST_TEST(a.weight == arc_weight(g, u, 2, a.layer));
        total += a.weight;
    });
    BOOST_TEST(total == 4.25);
}

BOOST_AUTO_TEST_CASE(boost_view_agrees_with_the_helpers) {
    const Graph g = ricochet::testing::graph_of(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}});
    BOOST_TEST(boost::num_vertices(g.csr()) == 4u);
    BOOST_TEST(boost::num_edges(g.csr()) == 5u);
    BOOST_TEST(boost::out_degree(VertexId{0}, g.csr()) == g.out_degree(0));
    BOOST_TEST(boost::in_degree(VertexId{2}, g.csr()) == g.in_degree(2));
    const auto [first, last] = boost::edges(g.csr());
    for (auto e = first; e != last; ++e) BOOST_TEST(g.csr()[*e].weight == 1.0);
}

BOOST_AUTO_TEST_CASE(rejects_ids_out_of_range) {
    GraphBuilder b(3);
    BOOST_CHECK_EXCEPTION(b.add_arc(0, 3, Layer::repost, 1), InvalidArgument,
                          mentions("graph builder: vertex id out of range [0, 3), got 3"));
}

BOOST_AUTO_TEST_CASE(rejects_self_loops) {
    GraphBuilder b(3);
    BOOST_CHECK_EXCEPTION(b.add_arc(1, 1, Layer::repost, 1), InvalidArgument,
                          mentions("a self-loop is not an influence arc, got vertex 1"));
}

BOOST_AUTO_TEST_CASE(rejects_weights_that_are_not_positive_and_finite) {
    GraphBuilder b(2);
    for (const double w : {0.0, -1.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
        BOOST_CHECK_EXCEPTION(b.add_arc(0, 1, Layer::repost, w), InvalidArgument,
                              mentions("arc weight must be positive and finite"));
    }
}

BOOST_AUTO_TEST_CASE(rejects_parallel_weights_that_add_up_to_infinity) {
    GraphBuilder b(2);
    b.add_arc(0, 1, Layer::repost, 1e308);
    b.add_arc(0, 1, Layer::repost, 1e308);
    BOOST_CHECK_EXCEPTION((void)std::move(b).build(), InvalidArgument,
                          mentions("the weights of an arc add up to infinity"));
}

BOOST_AUTO_TEST_CASE(rejects_vertex_counts_beyond_32_bit_ids) {
    BOOST_CHECK_EXCEPTION((void)GraphBuilder(std::size_t{1} << 32), InvalidArgument,
                          mentions("too many vertices for 32-bit ids"));
}

BOOST_AUTO_TEST_SUITE_END()
