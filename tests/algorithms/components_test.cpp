// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <random>

#include "algorithms/structure/components.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
using ricochet::testing::graph_of;

BOOST_AUTO_TEST_SUITE(weak_components_suite)

BOOST_AUTO_TEST_CASE(null_graph_has_no_component) {
    const auto r = weak_components(Graph{});
    BOOST_TEST(r.count() == 0u);
    BOOST_TEST(r.largest() == 0u);
}

BOOST_AUTO_TEST_CASE(singleton_and_edgeless_graphs_have_one_component_per_vertex) {
    BOOST_TEST(weak_components(graph_of(1, {})).count() == 1u);
    const auto r = weak_components(graph_of(3, {}));
    BOOST_TEST(r.count() == 3u);
    BOOST_TEST(r.largest() == 1u);
}

//   0 -> 1 <- 2     3 -> 4     5
// Direction is ignored: {0,1,2}, {3,4}, {5}, numbered by smallest vertex.
BOOST_AUTO_TEST_CASE(drawn_graph_has_three_components_numbered_by_smallest_vertex) {
    const auto r = weak_components(graph_of(6, {{0, 1}, {2, 1}, {3, 4}}));
    BOOST_TEST(r.count() == 3u);
    BOOST_TEST((r.component == std::vector<VertexId>{0, 0, 0, 1, 1, 2}));
    BOOST_TEST((r.sizes == std::vector<VertexId>{3, 2, 1}));
    BOOST_TEST(r.largest() == 3u);
}

//   0 -member-> 1   (structural arcs can be left out)
BOOST_AUTO_TEST_CASE(layers_outside_the_set_do_not_connect) {
    const Graph g = graph_of(2, {{0, 1}}, Layer::member);
    BOOST_TEST(weak_components(g).count() == 1u);
    BOOST_TEST(weak_components(g, LayerSet::interactions()).count() == 2u);
}

BOOST_AUTO_TEST_CASE(adding_an_isolated_vertex_adds_one_component) {
    const auto a = weak_components(graph_of(4, {{0, 1}, {2, 3}}));
    const auto b = weak_components(graph_of(5, {{0, 1}, {2, 3}}));
    BOOST_TEST(b.count() == a.count() + 1);
    BOOST_TEST(b.largest() == a.largest());
}

// Reference: breadth-first search over an undirected adjacency matrix, O(n^2).
BOOST_AUTO_TEST_CASE(agrees_with_breadth_first_search_on_random_graphs) {
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 50; ++trial) {
        const VertexId n = 1 + static_cast<VertexId>(rng() % 40);
        const std::size_t m = rng() % (2 * n);
        GraphBuilder b(n);
        std::vector<std::vector<bool>> adjacent(n, std::vector<bool>(n, false));
        for (std::size_t i = 0; i < m; ++i) {
            const auto u = static_cast<VertexId>(rng() % n);
            const auto v = static_cast<VertexId>(rng() % n);
            if (u == v) continue;
            b.add_arc(u, v, Layer::repost, 1.0);
            adjacent[u][v] = adjacent[v][u] = true;
        }
        const auto r = weak_components(std::move(b).build());
        std::vector<int> seen(n, -1);
        int components = 0;
        for (VertexId s = 0; s < n; ++s) {
            if (seen[s] >= 0) continue;
            std::vector<VertexId> queue{s};
            seen[s] = components;
            for (std::size_t q = 0; q < queue.size(); ++q) {
                for (VertexId v = 0; v < n; ++v) {
                    if (adjacent[queue[q]][v] && seen[v] < 0) {
                        seen[v] = components;
                        queue.push_back(v);
                    }
                }
            }
            ++components;
        }
        BOOST_TEST(r.count() == static_cast<VertexId>(components));
        for (VertexId v = 0; v < n; ++v) BOOST_TEST(r.component[v] == static_cast<VertexId>(seen[v]));
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(strong_components_suite)

//   0 -> 1 -> 2 -> 0 (a cycle)  ->  3 <-> 4  ->  5        6 alone
// Components {0,1,2}, {3,4}, {5}, {6}; every arc goes from a later component to an earlier one.
BOOST_AUTO_TEST_CASE(drawn_graph_in_reverse_topological_order) {
    const Graph g = graph_of(7, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 3}, {4, 5}});
    const StrongComponentsResult r = strong_components(g);
    BOOST_TEST(r.count() == 4u);
    BOOST_TEST(r.largest() == 3u);
    std::vector<VertexId> component(7);
    std::vector<std::vector<VertexId>> members(r.count());
    for (VertexId c = 0; c < r.count(); ++c) {
        for (VertexId i = r.start[c]; i < r.start[c + 1]; ++i) {
            component[r.order[i]] = c;
            members[c].push_back(r.order[i]);
        }
        std::sort(members[c].begin(), members[c].end());
    }
    BOOST_TEST(component[0] == component[1]);
    BOOST_TEST(component[1] == component[2]);
    BOOST_TEST(component[3] == component[4]);
    BOOST_TEST((members[component[0]] == std::vector<VertexId>{0, 1, 2}));
    BOOST_TEST((members[component[5]] == std::vector<VertexId>{5}));
    // Sinks first: 5 before {3,4} before {0,1,2}.
    BOOST_TEST(component[5] < component[3]);
    BOOST_TEST(component[3] < component[0]);
    for (VertexId u = 0; u < 7; ++u) {
        g.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) { BOOST_TEST(component[u] >= component[v]); });
    }
}

// Same component exactly when each reaches the other (reachability by plain search), and every
// arc goes inside a component or to an earlier one, on seeded random graphs of every density.
BOOST_AUTO_TEST_CASE(matches_mutual_reachability_on_random_graphs) {
    std::mt19937_64 random(3);
    for (const std::size_t arcs : {20u, 60u, 120u, 400u}) {
        const VertexId n = 60;
        GraphBuilder builder(n);
        for (std::size_t i = 0; i < arcs; ++i) {
            const auto u = static_cast<VertexId>(random() % n);
            const auto v = static_cast<VertexId>(random() % n);
            if (u != v) builder.add_arc(u, v, Layer::repost, 1.0);
        }
        const Graph g = std::move(builder).build();
        std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
        for (VertexId s = 0; s < n; ++s) {
            std::vector<VertexId> todo{s};
            reach[s][s] = true;
            while (!todo.empty()) {
                const VertexId u = todo.back();
                todo.pop_back();
                g.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) {
                    if (!reach[s][v]) {
                        reach[s][v] = true;
                        todo.push_back(v);
                    }
                });
            }
        }
        const StrongComponentsResult r = strong_components(g);
        BOOST_TEST_REQUIRE(r.order.size() == std::size_t{n});
        for (VertexId u = 0; u < n; ++u) {
            for (VertexId v = 0; v < n; ++v) {
                BOOST_TEST((r.component[u] == r.component[v]) == (reach[u][v] && reach[v][u]));
            }
            g.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) { BOOST_TEST(r.component[u] >= r.component[v]); });
        }
    }
}

BOOST_AUTO_TEST_CASE(null_graph_and_a_long_path_without_recursion_limits) {
    BOOST_TEST(strong_components(Graph{}).count() == 0u);
    GraphBuilder builder(200000);
    for (VertexId v = 0; v + 1 < 200000; ++v) builder.add_arc(v, v + 1, Layer::repost, 1.0);
    builder.add_arc(199999, 0, Layer::repost, 1.0);  // one cycle through everything
    const StrongComponentsResult r = strong_components(std::move(builder).build());
    BOOST_TEST(r.count() == 1u);
    BOOST_TEST(r.largest() == 200000u);
}

BOOST_AUTO_TEST_SUITE_END()
