// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <random>
#include <set>

#include "algorithms/structure/pair_structure.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
using ricochet::testing::graph_of;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(pair_structure)

BOOST_AUTO_TEST_CASE(undefined_on_graphs_too_small_to_have_them) {
    BOOST_TEST(!reciprocity(Graph{}).has_value());
    BOOST_TEST(!density(Graph{}).has_value());
    BOOST_TEST(!density(graph_of(1, {})).has_value());
    BOOST_TEST(!reciprocity(graph_of(3, {})).has_value());  // no linked pair
    BOOST_TEST(*density(graph_of(3, {})) == 0.0);
}

BOOST_AUTO_TEST_CASE(two_vertices_linked_both_ways_are_fully_reciprocal_and_dense) {
    const Graph g = graph_of(2, {{0, 1}, {1, 0}});
    BOOST_TEST(*reciprocity(g) == 1.0);
    BOOST_TEST(*density(g) == 1.0);
}

//   0 <-> 1 -> 2 -> 0      3 -> 1
// Linked pairs: 0->1, 1->0, 1->2, 2->0, 3->1 = 5; reciprocated: 0->1 and 1->0 = 2.
// reciprocity 2/5; density 5 / (4 * 3).
BOOST_AUTO_TEST_CASE(drawn_graph_matches_hand_values) {
    const Graph g = graph_of(4, {{0, 1}, {1, 0}, {1, 2}, {2, 0}, {3, 1}});
    BOOST_TEST(linked_pair_count(g) == 5u);
    BOOST_TEST(*reciprocity(g) == 0.4, tt::tolerance(1e-15));
    BOOST_TEST(*density(g) == 5.0 / 12.0, tt::tolerance(1e-15));
}

//   0 -repost-> 1, 0 -mention-> 1, 1 -reaction-> 0: one pair each way, whatever the layers.
BOOST_AUTO_TEST_CASE(several_layers_between_two_vertices_count_as_one_pair) {
    GraphBuilder b(2);
    b.add_arc(0, 1, Layer::repost, 1);
    b.add_arc(0, 1, Layer::mention, 1);
    b.add_arc(1, 0, Layer::reaction, 1);
    const Graph g = std::move(b).build();
    BOOST_TEST(linked_pair_count(g) == 2u);
    BOOST_TEST(*reciprocity(g) == 1.0);
    BOOST_TEST(*reciprocity(g, LayerSet{}.with(Layer::repost)) == 0.0);
}

BOOST_AUTO_TEST_CASE(complete_directed_graph_has_density_one) {
    GraphBuilder b(5);
    for (VertexId u = 0; u < 5; ++u) {
        for (VertexId v = 0; v < 5; ++v) {
            if (u != v) b.add_arc(u, v, Layer::quote, 1);
        }
    }
    const Graph g = std::move(b).build();
    BOOST_TEST(*density(g) == 1.0);
    BOOST_TEST(*reciprocity(g) == 1.0);
}

BOOST_AUTO_TEST_CASE(isolated_vertex_keeps_reciprocity_and_scales_density) {
    const Graph a = graph_of(3, {{0, 1}, {1, 0}, {1, 2}});
    const Graph b = graph_of(4, {{0, 1}, {1, 0}, {1, 2}});
    BOOST_TEST(*reciprocity(a) == *reciprocity(b));
    BOOST_TEST(*density(b) == *density(a) * 6.0 / 12.0, tt::tolerance(1e-15));
}

// Reference: a set of ordered pairs.
BOOST_AUTO_TEST_CASE(agree_with_a_set_of_pairs_on_random_multigraphs) {
    std::mt19937_64 rng(11);
    for (int trial = 0; trial < 50; ++trial) {
        const VertexId n = 2 + static_cast<VertexId>(rng() % 30);
        GraphBuilder b(n);
        std::set<std::pair<VertexId, VertexId>> pairs;
        const std::size_t m = rng() % (3 * n);
        for (std::size_t i = 0; i < m; ++i) {
            const auto u = static_cast<VertexId>(rng() % n);
            const auto v = static_cast<VertexId>(rng() % n);
            if (u == v) continue;
            b.add_arc(u, v, static_cast<Layer>(rng() % 6), 1.0);
            pairs.emplace(u, v);
        }
        const Graph g = std::move(b).build();
        std::size_t mutual = 0;
        for (const auto& [u, v] : pairs) mutual += pairs.count({v, u});
        BOOST_TEST(linked_pair_count(g) == pairs.size());
        BOOST_TEST(*density(g) == double(pairs.size()) / (double(n) * (n - 1)), tt::tolerance(1e-15));
        if (pairs.empty()) {
            BOOST_TEST(!reciprocity(g).has_value());
        } else {
            BOOST_TEST(*reciprocity(g) == double(mutual) / double(pairs.size()), tt::tolerance(1e-15));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
