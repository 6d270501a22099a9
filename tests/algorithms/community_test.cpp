// SPDX-License-Identifier: MIT
// Communities on graphs drawn here, with qualities worked out by hand, and invariants of the
// methods (connected Leiden communities, seeded determinism). igraph and leidenalg check the
// same on real graphs in tests/oracle/communities_oracle.py.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <algorithm>
#include <numeric>
#include <random>

#include "algorithms/community/detection.hpp"
#include "algorithms/community/label_propagation.hpp"
#include "algorithms/community/leiden.hpp"
#include "algorithms/community/partition.hpp"
#include "algorithms/community/summary.hpp"
#include "graph/error.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;

namespace {

//   0 - 1        3 - 4
//    \ /   2-3    \ /        two triangles {0,1,2} and {3,4,5} joined by the edge 2 - 3
//     2            5
Graph two_triangles() { return testing::mutual_graph(6, {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}, {2, 3}}); }

Graph random_graph(VertexId n, std::size_t arcs, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    GraphBuilder builder(n);
    for (std::size_t i = 0; i < arcs; ++i) {
        const auto u = static_cast<VertexId>(random() % n);
        const auto v = static_cast<VertexId>(random() % n);
        if (u != v) builder.add_arc(u, v, Layer::mention, 1.0 + static_cast<double>(random() % 3));
    }
    return std::move(builder).build();
}

// Every community induces a connected subgraph: a breadth-first search inside each community
// (independent of split_disconnected, which Leiden itself calls).
bool connected_communities(const Graph& g, const Membership& m) {
    const VertexId n = g.vertex_count();
    std::vector<std::vector<VertexId>> neighbours(n);
    for (VertexId u = 0; u < n; ++u) {
        g.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) {
            neighbours[u].push_back(v);
            neighbours[v].push_back(u);
        });
    }
    std::vector<bool> reached(n, false);
    std::vector<bool> community_seen(community_count(m), false);
    for (VertexId root = 0; root < n; ++root) {
        if (reached[root]) continue;
        if (community_seen[m[root]]) return false;  // a second piece of a community already searched
        community_seen[m[root]] = true;
        std::vector<VertexId> todo{root};
        reached[root] = true;
        while (!todo.empty()) {
            const VertexId v = todo.back();
            todo.pop_back();
            for (const VertexId u : neighbours[v]) {
                if (!reached[u] && m[u] == m[root]) {
                    reached[u] = true;
                    todo.push_back(u);
                }
            }
        }
    }
    return true;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(partition_quality_suite)

// m = 7 edges, each triangle has 3 inside and strength 2+2+3 = 7:
// Q = 2 (3/7 - gamma (7/14)^2) = 6/7 - gamma / 2.
BOOST_AUTO_TEST_CASE(modularity_by_hand) {
    const Adjacency u = undirected_projection(two_triangles());
    const Membership halves{0, 0, 0, 1, 1, 1};
    BOOST_TEST(std::abs(modularity(u, halves) - (6.0 / 7 - 0.5)) < 1e-15);
    BOOST_TEST(std::abs(modularity(u, halves, 2.0) - (6.0 / 7 - 1.0)) < 1e-15);
    BOOST_TEST(std::abs(modularity(u, Membership(6, 0)) - 0.0) < 1e-15);  // one community: 1 - 1
    BOOST_TEST(std::isnan(modularity(undirected_projection(testing::mutual_graph(3, {})), Membership{0, 1, 2})));
}

// Directed 3-cycle 0 -> 1 -> 2 -> 0 plus 3 -> 0: m = 4. Community {0,1,2} and {3}:
// inside 3/4; k_out = (1,1,1,1), k_in = (2,1,1,0): {0,1,2}: 3 x 4 / 16, {3}: 1 x 0.
BOOST_AUTO_TEST_CASE(directed_modularity_by_hand) {
    GraphBuilder builder(4);
    for (const auto& [u, v] : {std::pair<VertexId, VertexId>{0, 1}, {1, 2}, {2, 0}, {3, 0}}) {
        builder.add_arc(u, v, Layer::repost, 1.0);
    }
    const Graph g = std::move(builder).build();
    BOOST_TEST(std::abs(directed_modularity(merged_out_arcs(g), Membership{0, 0, 0, 1}) - (0.75 - 12.0 / 16)) < 1e-15);
}

// CPM with gamma 0.5 on the two triangles: each has e = 3 and 0.5 x 3 x 2 / 2 = 1.5.
BOOST_AUTO_TEST_CASE(cpm_by_hand) {
    const Adjacency u = undirected_projection(two_triangles());
    // The projection sums both directions: each edge weighs 2 there.
    BOOST_TEST(std::abs(cpm_quality(u, Membership{0, 0, 0, 1, 1, 1}, 0.5) - 2 * (6 - 1.5)) < 1e-15);
}

BOOST_AUTO_TEST_CASE(nmi_by_hand) {
    BOOST_TEST(std::abs(normalized_mutual_information({0, 0, 1, 1}, {1, 1, 0, 0}) - 1) < 1e-15);
    BOOST_TEST(std::abs(normalized_mutual_information({0, 0, 1, 1}, {0, 1, 0, 1})) < 1e-15);
    BOOST_TEST(normalized_mutual_information({0, 0, 0}, {0, 0, 0}) == 1.0);
}

BOOST_AUTO_TEST_CASE(renumbering_and_splitting) {
    Membership m{5, 5, 2, 2, 7, 2};
    // Sizes: 2 -> 3, 5 -> 2, 7 -> 1.
    BOOST_TEST(renumber_by_size(m, {0, 1, 2, 3, 4, 5}) == 3u);
    BOOST_TEST((m == Membership{1, 1, 0, 0, 2, 0}));
    // Equal sizes: the community holding the smallest rank first.
    Membership tie{0, 0, 1, 1};
    renumber_by_size(tie, {3, 2, 1, 0});
    BOOST_TEST((tie == Membership{1, 1, 0, 0}));
    // {0, 1, 5} is not connected in the two triangles (5 is in the other one): split.
    Membership loose{0, 0, 1, 1, 1, 0};
    split_disconnected(undirected_projection(two_triangles()), loose);
    BOOST_TEST(community_count(loose) == 3u);
    BOOST_TEST(loose[0] == loose[1]);
    BOOST_TEST(loose[5] != loose[0]);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(community_methods_suite)

BOOST_AUTO_TEST_CASE(every_method_finds_the_two_triangles) {
    for (const CommunityMethod method : {CommunityMethod::leiden, CommunityMethod::louvain, CommunityMethod::lpa}) {
        Membership m = detect_communities(two_triangles(), method, {});
        BOOST_TEST(community_count(m) == 2u, to_string(method));
        BOOST_TEST((m[0] == m[1] && m[1] == m[2] && m[3] == m[4] && m[4] == m[5] && m[0] != m[3]), to_string(method));
    }
}

BOOST_AUTO_TEST_CASE(edge_cases) {
    BOOST_TEST(leiden(Graph{}).empty());
    BOOST_TEST((leiden(testing::mutual_graph(1, {})) == Membership{0}));
    const Membership alone = leiden(testing::mutual_graph(3, {}));
    BOOST_TEST(community_count(alone) == 3u);  // no edge: every vertex alone
    BOOST_TEST(community_count(label_propagation(testing::mutual_graph(3, {}))) == 3u);
    BOOST_TEST(community_count(louvain(testing::mutual_graph(2, {{0, 1}}))) == 1u);
    BOOST_CHECK_THROW((void)leiden(two_triangles(), {.resolution = 0}), InvalidArgument);
}

// Leiden's guarantee and determinism, on seeded random graphs of several densities, for every
// quality function.
BOOST_AUTO_TEST_CASE(leiden_communities_are_connected_and_seeded) {
    for (const std::size_t arcs : {150u, 400u, 1500u}) {
        const Graph g = random_graph(200, arcs, arcs);
        for (const QualityFunction q :
             {QualityFunction::modularity, QualityFunction::directed_modularity, QualityFunction::cpm}) {
            const CommunityOptions options{.quality = q, .resolution = q == QualityFunction::cpm ? 0.05 : 1.0, .seed = 3};
            const Membership a = leiden(g, options);
            BOOST_TEST(connected_communities(g, a));
            BOOST_TEST((a == leiden(g, options)));
            // Never worse than every vertex alone, nor than Louvain by much.
            const Membership singletons = [&] {
                Membership m(g.vertex_count());
                for (VertexId v = 0; v < m.size(); ++v) m[v] = v;
                return m;
            }();
            BOOST_TEST(community_quality(g, a, options) >= community_quality(g, singletons, options));
            BOOST_TEST(community_quality(g, a, options) >= community_quality(g, louvain(g, options), options) - 0.01);
        }
    }
}

// The checker itself: a community in two pieces is caught.
BOOST_AUTO_TEST_CASE(connectivity_checker_catches_pieces) {
    BOOST_TEST(connected_communities(two_triangles(), Membership{0, 0, 0, 1, 1, 1}));
    BOOST_TEST(!connected_communities(two_triangles(), Membership{0, 0, 1, 1, 1, 0}));
}

// Metamorphic: relabelling the vertices leaves modularity unchanged, and Leiden on the relabelled
// graph finds a partition as good (within 0.01) as on the original.
BOOST_AUTO_TEST_CASE(relabelling_vertices) {
    const Graph g = random_graph(300, 1200, 17);
    std::vector<VertexId> to(g.vertex_count());
    std::iota(to.begin(), to.end(), VertexId{0});
    std::shuffle(to.begin(), to.end(), std::mt19937_64(4));
    GraphBuilder builder(g.vertex_count());
    for (VertexId u = 0; u < g.vertex_count(); ++u) {
        g.for_each_out_arc(u, [&](VertexId v, const ArcProperties& arc) { builder.add_arc(to[u], to[v], arc.layer, arc.weight); });
    }
    const Graph h = std::move(builder).build();
    const Membership m = leiden(g);
    Membership moved(m.size());
    for (VertexId v = 0; v < m.size(); ++v) moved[to[v]] = m[v];
    const double q = community_quality(g, m, {});
    BOOST_TEST(std::abs(community_quality(h, moved, {}) - q) < 1e-12);
    BOOST_TEST(std::abs(community_quality(h, leiden(h), {}) - q) < 0.01);
    BOOST_TEST(connected_communities(h, leiden(h)));
}

// Several runs: the best partition and the mean NMI over the pairs.
BOOST_AUTO_TEST_CASE(stability_over_runs) {
    const Graph g = random_graph(150, 600, 5);
    const StableCommunities one = stable_communities(g, CommunityMethod::leiden, {.seed = 7}, 1);
    BOOST_TEST(one.mean_nmi == 1.0);
    BOOST_TEST(one.best_seed == 7u);
    const StableCommunities five = stable_communities(g, CommunityMethod::leiden, {.seed = 7}, 5);
    BOOST_TEST(five.runs == 5u);
    for (std::uint64_t seed = 7; seed < 12; ++seed) {  // the best of the five seeds
        BOOST_TEST(five.best_quality >= community_quality(g, leiden(g, {.seed = seed}), {}));
    }
    BOOST_TEST((five.mean_nmi > 0 && five.mean_nmi <= 1));
    BOOST_TEST((five.best == leiden(g, {.seed = five.best_seed})));
}

// Two triangles of a dataset: who is in each, where the arcs go, who bridges.
BOOST_AUTO_TEST_CASE(summaries_by_hand) {
    Dataset d = testing::dataset_with_actors({"a", "b", "c", "d", "e", "f"});
    d.actors[3].kind = ActorKind::company;
    d.actors[3].sector = "medtech";
    d.actors[4].organisation = 3;
    const Graph g = two_triangles();
    const Membership m{0, 0, 0, 1, 1, 1};
    const std::vector<double> rank{0.1, 0.3, 0.2, 0.1, 0.1, 0.2};
    const auto s = summarise_communities(d, g, m, rank, 2);
    BOOST_TEST_REQUIRE(s.size() == 2u);
    BOOST_TEST(s[0].size == 3u);
    BOOST_TEST((s[0].leaders == std::vector<VertexId>{1, 2}));
    BOOST_TEST(s[0].internal_weight == 6.0);  // 3 edges, both directions
    BOOST_TEST(s[0].outgoing_weight == 1.0);  // 2 -> 3
    BOOST_TEST(s[0].incoming_weight == 1.0);  // 3 -> 2
    // 2 has 6 of weight in all (3 neighbours, both directions), 2 of it with 3: share 1/3.
    BOOST_TEST_REQUIRE(s[0].bridges.size() == 1u);
    BOOST_TEST(s[0].bridges[0].first == 2u);
    BOOST_TEST(std::abs(s[0].bridges[0].second - 1.0 / 3) < 1e-15);
    BOOST_TEST(s[1].kinds.at("company") == 1u);
    BOOST_TEST(s[1].kinds.at("other") == 2u);
    BOOST_TEST(s[1].sectors.at("medtech") == 2u);  // d itself and e through its organisation
    BOOST_TEST(s[1].organisations.at("d") == 2u);  // d itself (a company) and e, its member
}

BOOST_AUTO_TEST_SUITE_END()
