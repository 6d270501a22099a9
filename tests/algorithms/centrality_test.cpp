// SPDX-License-Identifier: MIT
// Centrality measures on graphs drawn here, with values worked out by hand (derivations in the
// comments), the edge cases of STYLE.md, and invariants. NetworkX and igraph check the same
// measures on real graphs in tests/oracle/centrality_oracle.py.
#include <omp.h>

#include <boost/test/unit_test.hpp>
#include <bit>
#include <cmath>
#include <numeric>

#include "algorithms/centrality/betweenness.hpp"
#include "algorithms/centrality/clustering.hpp"
#include "algorithms/centrality/eigenvector.hpp"
#include "algorithms/centrality/harmonic.hpp"
#include "algorithms/centrality/hits.hpp"
#include "algorithms/centrality/katz.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/measures.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/centrality/strength.hpp"
#include "algorithms/synthetic/random.hpp"
#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
using ricochet::testing::graph_of;
using ricochet::testing::mutual_graph;

namespace {

struct WeightedArc {
    VertexId source;
    VertexId target;
    double weight;
    Layer layer = Layer::repost;
};

Graph weighted_graph(std::size_t n, std::initializer_list<WeightedArc> arcs) {
    GraphBuilder builder(n);
    for (const auto& a : arcs) builder.add_arc(a.source, a.target, a.layer, a.weight);
    return std::move(builder).build();
}

// STYLE.md's 64-diamond chain: junctions j0..j64, and between j(i-1) and j(i) two relays a(i),
// b(i) with arcs j(i-1) -> a(i), b(i) -> j(i). 193 vertices, 2^64 shortest paths end to end.
// Vertex ids: junction k is 3k, a(i) is 3i - 2, b(i) is 3i - 1.
Graph diamond_chain(int diamonds) {
    GraphBuilder builder(static_cast<std::size_t>(3 * diamonds + 1));
    for (int i = 1; i <= diamonds; ++i) {
        const auto before = static_cast<VertexId>(3 * (i - 1));
        const auto a = static_cast<VertexId>(3 * i - 2);
        const auto b = static_cast<VertexId>(3 * i - 1);
        const auto after = static_cast<VertexId>(3 * i);
        builder.add_arc(before, a, Layer::repost, 1.0);
        builder.add_arc(before, b, Layer::repost, 1.0);
        builder.add_arc(a, after, Layer::repost, 1.0);
        builder.add_arc(b, after, Layer::repost, 1.0);
    }
    return std::move(builder).build();
}

// A seeded random multi-layer digraph.
Graph random_graph(std::size_t n, std::size_t arcs, std::uint64_t seed, bool weighted = true) {
    Random random(seed);
    GraphBuilder builder(n);
    for (std::size_t i = 0; i < arcs; ++i) {
        const auto u = static_cast<VertexId>(random.below(n));
        const auto v = static_cast<VertexId>(random.below(n));
        if (u == v) continue;
        builder.add_arc(u, v, static_cast<Layer>(random.below(6)), weighted ? static_cast<double>(1 + random.below(5)) : 1.0);
    }
    return std::move(builder).build();
}

double sum(const std::vector<double>& values) { return std::accumulate(values.begin(), values.end(), 0.0); }

void check_close(const std::vector<double>& got, const std::vector<double>& expected, double tolerance) {
    BOOST_TEST_REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        BOOST_TEST(std::abs(got[i] - expected[i]) <= tolerance, "value " << i << ": got " << got[i]
                                                                         << ", expected " << expected[i]);
    }
}

// Equal values, NaN equal to NaN.
bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](double x, double y) {
               return std::bit_cast<std::uint64_t>(x) == std::bit_cast<std::uint64_t>(y);
           });
}

bool all_finite(const std::vector<double>& values) {
    return std::all_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(strength_suite)

//   0 =repost 2, quote 1=> 1 <-mention 3- 2      (parallel layers are separate arcs)
BOOST_AUTO_TEST_CASE(strengths_sum_weights_and_amplifiers_count_distinct_sources) {
    const Graph g = weighted_graph(3, {{0, 1, 2.0, Layer::repost}, {0, 1, 1.0, Layer::quote},
                                       {2, 1, 3.0, Layer::mention}, {1, 0, 0.5, Layer::repost}});
    check_close(in_strength(g), {0.5, 6.0, 0.0}, 0);
    check_close(out_strength(g), {3.0, 0.5, 3.0}, 0);
    check_close(in_strength(g, LayerSet{}.with(Layer::repost)), {0.5, 2.0, 0.0}, 0);
    check_close(out_strength(g, LayerSet{}.with(Layer::mention)), {0.0, 0.0, 3.0}, 0);
    check_close(distinct_amplifiers(g), {1, 2, 0}, 0);
}

BOOST_AUTO_TEST_CASE(null_and_edgeless_graphs) {
    BOOST_TEST(in_strength(Graph{}).empty());
    check_close(distinct_amplifiers(graph_of(2, {})), {0, 0}, 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(pagerank_suite)

BOOST_AUTO_TEST_CASE(null_graph_and_singleton) {
    const IterativeResult null = pagerank(Graph{});
    BOOST_TEST(null.values.empty());
    BOOST_TEST(null.converged);
    check_close(pagerank(graph_of(1, {})).values, {1.0}, 1e-15);
}

// n = 2, 0 -> 1, 1 dangling (its score spreads uniformly):
//   x0 = (1-d)/2 + d x1/2,  x1 = 1 - x0  =>  x0 = 0.5 / (1 + d/2) = 0.5 / 1.425.
BOOST_AUTO_TEST_CASE(two_vertices_with_a_dangling_one) {
    const IterativeResult r = pagerank(graph_of(2, {{0, 1}}), {.limits = {.tolerance = 1e-14}});
    BOOST_TEST(r.converged);
    check_close(r.values, {0.5 / 1.425, 1 - 0.5 / 1.425}, 1e-12);
}

// Star into a dangling centre: leaves 1, 2, 3 -> 0.  x_l = (1-d)/4 + d x0/4, x0 = 1 - 3 x_l
//   => x0 = (1 - 3(1-d)/4) / (1 + 3d/4) = 0.8875 / 1.6375.
BOOST_AUTO_TEST_CASE(star_into_a_dangling_centre) {
    const IterativeResult r = pagerank(graph_of(4, {{1, 0}, {2, 0}, {3, 0}}), {.limits = {.tolerance = 1e-14}});
    const double centre = 0.8875 / 1.6375;
    check_close(r.values, {centre, (1 - centre) / 3, (1 - centre) / 3, (1 - centre) / 3}, 1e-12);
}

// 0 -> 1 (w 3), 0 -> 2 (w 1), 1 -> 0, 2 -> 0. With t = (1-d)/3 = 0.05:
//   x1 = t + d 3/4 x0, x2 = t + d 1/4 x0, x0 = t + d (x1 + x2) = t + d (2t + d x0)
//   => x0 = 0.135 / (1 - 0.7225).
BOOST_AUTO_TEST_CASE(weights_split_the_score) {
    const Graph g = weighted_graph(3, {{0, 1, 3.0}, {0, 2, 1.0}, {1, 0, 1.0}, {2, 0, 1.0}});
    const IterativeResult r = pagerank(g, {.limits = {.tolerance = 1e-14}});
    const double x0 = 0.135 / 0.2775;
    check_close(r.values, {x0, 0.05 + 0.6375 * x0, 0.05 + 0.2125 * x0}, 1e-12);
    // Unweighted, the split is even: x1 = x2.
    const IterativeResult even = pagerank(g, {.weighted = false, .limits = {.tolerance = 1e-14}});
    BOOST_TEST(std::abs(even.values[1] - even.values[2]) < 1e-14);
}

// Personalised on path 0 -> 1 -> 2 from seed 0; 2 is dangling and its score jumps like the
// teleport, to the seed: x0 = (1-d) + d x2, x1 = d x0, x2 = d x1, so x0 (1 - d^3) = 1 - d and
// x0 = 1 / (1 + d + d^2).
BOOST_AUTO_TEST_CASE(personalised_from_one_seed) {
    const double d = 0.85;
    const double x0 = 1 / (1 + d + d * d);
    const IterativeResult r = pagerank(graph_of(3, {{0, 1}, {1, 2}}), {.seeds = {0}, .limits = {.tolerance = 1e-14}});
    check_close(r.values, {x0, d * x0, d * d * x0}, 1e-12);
    // Two seeds share the teleport; a repeated seed counts once. Star 1, 2 -> 0 from seeds {1, 2}:
    // x1 = x2 = (1 - d + d x0) / 2 and x0 = d (x1 + x2), so x0 = d (1 - d) / (1 - d^2) = d / (1 + d).
    const IterativeResult two = pagerank(graph_of(3, {{1, 0}, {2, 0}}), {.seeds = {1, 2, 2}, .limits = {.tolerance = 1e-14}});
    check_close(two.values, {d / (1 + d), 0.5 / (1 + d), 0.5 / (1 + d)}, 1e-12);
}

BOOST_AUTO_TEST_CASE(disconnected_cycles_share_equally) {
    const IterativeResult r = pagerank(graph_of(4, {{0, 1}, {1, 0}, {2, 3}, {3, 2}}));
    check_close(r.values, {0.25, 0.25, 0.25, 0.25}, 1e-12);
}

BOOST_AUTO_TEST_CASE(diamond_chain_sums_to_one) {
    const IterativeResult r = pagerank(diamond_chain(64));
    BOOST_TEST(r.converged);
    BOOST_TEST(all_finite(r.values));
    BOOST_TEST(std::abs(sum(r.values) - 1) < 1e-12);
}

// Both methods solve the same system: on a graph with a giant strongly connected component and
// on a nearly acyclic one, with and without seeds, they agree to the tolerance.
BOOST_AUTO_TEST_CASE(power_iteration_and_component_solve_agree) {
    for (const auto& [n, arcs] : {std::pair<std::size_t, std::size_t>{300, 1500}, {300, 250}}) {
        const Graph g = random_graph(n, arcs, 21);
        for (const std::vector<VertexId>& seeds : {std::vector<VertexId>{}, std::vector<VertexId>{3, 7}}) {
            const IterationLimits limits{.tolerance = 1e-13};
            const IterativeResult power =
                pagerank(g, {.seeds = seeds, .limits = limits, .method = PageRankMethod::power_iteration});
            const IterativeResult solve =
                pagerank(g, {.seeds = seeds, .limits = limits, .method = PageRankMethod::components});
            BOOST_TEST(power.converged);
            BOOST_TEST(solve.converged);
            check_close(solve.values, power.values, 1e-12);
            BOOST_TEST(std::abs(sum(solve.values) - 1) < 1e-12);
        }
    }
}

BOOST_AUTO_TEST_CASE(bad_options_are_refused) {
    const Graph g = graph_of(2, {{0, 1}});
    BOOST_CHECK_THROW((void)pagerank(g, {.damping = 1.0}), InvalidArgument);
    BOOST_CHECK_THROW((void)pagerank(g, {.seeds = {2}}), InvalidArgument);
    BOOST_CHECK_THROW((void)pagerank(g, {.limits = {.tolerance = 0}}), InvalidArgument);
}

// The iteration stops at the limit and says so (a 2-cycle with a tail: power iteration).
BOOST_AUTO_TEST_CASE(iteration_limit_is_reported) {
    const IterativeResult r = pagerank(graph_of(3, {{0, 1}, {1, 0}, {1, 2}}),
                                       {.limits = {.tolerance = 1e-15, .max_iterations = 2}});
    BOOST_TEST(!r.converged);
    BOOST_TEST(r.iterations == 2u);
    BOOST_TEST(r.residual > 1e-15);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(hits_suite)

// Bipartite: hubs 0, 1; authorities 2, 3; 0 -> 2 (w 2), 0 -> 3 (w 1), 1 -> 2 (w 1).
// A^T A on (2, 3) = [[5, 2], [2, 1]]: top eigenvalue 3 + 2 sqrt 2, eigenvector (1, sqrt 2 - 1),
// so authority = (1, sqrt 2 - 1) / sqrt 2 = (0.7071, 0.2929); hub = A a = (2 + (sqrt2 - 1), 1)
// normalised = (1 + sqrt 2, 1) / (2 + sqrt 2) = (0.7071, 0.2929).
BOOST_AUTO_TEST_CASE(weighted_bipartite_hand_values) {
    const Graph g = weighted_graph(4, {{0, 2, 2.0}, {0, 3, 1.0}, {1, 2, 1.0}});
    const HitsResult r = hits(g, {.limits = {.tolerance = 1e-14}});
    BOOST_TEST(r.converged);
    const double big = 1 / std::sqrt(2.0);
    check_close(r.authority, {0, 0, big, 1 - big}, 1e-12);
    check_close(r.hub, {big, 1 - big, 0, 0}, 1e-12);
}

BOOST_AUTO_TEST_CASE(star_of_amplifiers) {
    const HitsResult r = hits(graph_of(4, {{1, 0}, {2, 0}, {3, 0}}));
    check_close(r.authority, {1, 0, 0, 0}, 1e-12);
    check_close(r.hub, {0, 1.0 / 3, 1.0 / 3, 1.0 / 3}, 1e-12);
}

BOOST_AUTO_TEST_CASE(graphs_without_arcs_score_zero) {
    BOOST_TEST(hits(Graph{}).authority.empty());
    const HitsResult r = hits(graph_of(2, {}));
    check_close(r.authority, {0, 0}, 0);
    check_close(r.hub, {0, 0}, 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(betweenness_suite)

//   0 -> 1 -> 2: only the pair (0, 2) passes through 1.
BOOST_AUTO_TEST_CASE(path_of_three) {
    check_close(betweenness(graph_of(3, {{0, 1}, {1, 2}})), {0, 1, 0}, 0);
    check_close(betweenness(graph_of(3, {{0, 1}, {1, 2}}), {.normalized = true}), {0, 0.5, 0}, 0);
}

BOOST_AUTO_TEST_CASE(edge_cases_give_zero_not_nan) {
    BOOST_TEST(betweenness(Graph{}).empty());
    check_close(betweenness(graph_of(1, {})), {0}, 0);
    check_close(betweenness(graph_of(2, {{0, 1}, {1, 0}}), {.normalized = true}), {0, 0}, 0);
    // Disconnected: two paths of three.
    check_close(betweenness(graph_of(6, {{0, 1}, {1, 2}, {3, 4}, {4, 5}})), {0, 1, 0, 0, 1, 0}, 0);
}

// Junction k (vertex 3k) lies on every shortest path from the 3k vertices before it to the
// 3(64 - k) after it: b = 9 k (64 - k). Relay a(i) carries half of the paths from the 3i - 2
// vertices up to junction i-1 to the 3(64 - i) + 1 from junction i on. The path counts reach
// 2^64: an integer counter overflows, a double does not.
BOOST_AUTO_TEST_CASE(diamond_chain_with_double_path_counts) {
    const std::vector<double> b = betweenness(diamond_chain(64));
    BOOST_TEST_REQUIRE(b.size() == 193u);
    for (std::size_t k = 0; k <= 64; ++k) {
        const double expected = 9.0 * static_cast<double>(k * (64 - k));
        BOOST_TEST(std::abs(b[3 * k] - expected) <= 1e-12 * std::max(1.0, expected), "junction " << k);
    }
    for (std::size_t i = 1; i <= 64; ++i) {
        const double expected = static_cast<double>((3 * i - 2) * (3 * (64 - i) + 1)) / 2;
        BOOST_TEST(std::abs(b[3 * i - 2] - expected) <= 1e-12 * expected, "relay a" << i);
        BOOST_TEST(std::abs(b[3 * i - 1] - expected) <= 1e-12 * expected, "relay b" << i);
    }
}

// 1,100 diamonds: 2^1100 shortest paths end to end, beyond a double (1.8e308): such sources are
// redone with long double counts and the hand formula still holds.
BOOST_AUTO_TEST_CASE(path_counts_beyond_double) {
    const std::vector<double> b = betweenness(diamond_chain(1100));
    BOOST_TEST(all_finite(b));
    for (const std::size_t k : {1u, 550u, 1099u}) {
        const double expected = 9.0 * static_cast<double>(k * (1100 - k));
        BOOST_TEST(std::abs(b[3 * k] - expected) <= 1e-9 * expected, "junction " << k);
    }
    const std::size_t i = 700;
    const double relay = static_cast<double>((3 * i - 2) * (3 * (1100 - i) + 1)) / 2;
    BOOST_TEST(std::abs(b[3 * i - 2] - relay) <= 1e-9 * relay);
    const SampledBetweenness s = sampled_betweenness(diamond_chain(1100), {.samples = 2000, .seed = 4});
    BOOST_TEST(all_finite(s.values));
    BOOST_TEST(s.values[3 * 550] > 0);
}

// An arc too short to register against the distance (length 1e-12 after a path of length 1)
// joins no two vertices at the same distance, whatever the order of the arcs: s -> a (w 1),
// a -> b (w 1e12), s -> b (w 1): d(a) = d(b) = 1 up to 1e-10, and b(a) = 0.
BOOST_AUTO_TEST_CASE(tiny_arcs_make_no_tie_at_equal_distance) {
    const BetweennessOptions weighted{.lengths = PathLength::inverse_weight};
    const Graph one = weighted_graph(3, {{0, 1, 1.0}, {1, 2, 1e12}, {0, 2, 1.0}});
    const Graph other = weighted_graph(3, {{0, 2, 1.0}, {2, 1, 1e12}, {0, 1, 1.0}});  // a and b swapped
    check_close(betweenness(one, weighted), {0, 0, 0}, 0);
    check_close(betweenness(other, weighted), {0, 0, 0}, 0);
}

// 0 -> 1 -> 2 with lengths 1 + 1 against the direct arc 0 -> 2 of length 1 / w.
BOOST_AUTO_TEST_CASE(inverse_weight_lengths_and_ties) {
    const BetweennessOptions weighted{.lengths = PathLength::inverse_weight};
    auto through_1 = [&](double w) {
        return betweenness(weighted_graph(3, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, w}}), weighted)[1];
    };
    BOOST_TEST(through_1(0.4) == 1.0);  // direct length 2.5 > 2
    BOOST_TEST(through_1(0.6) == 0.0);  // 1.67 < 2
    BOOST_TEST(through_1(0.5) == 0.5);  // 2 = 2: two shortest paths
    // Sums of 1/3 tie with 1 up to rounding: 0 -> 1 -> 2 -> 3 (w 3 each) against 0 -> 3 (w 1).
    // b(1): all of (0, 2) and half of (0, 3); b(2): all of (1, 3) and half of (0, 3).
    const Graph thirds = weighted_graph(4, {{0, 1, 3.0}, {1, 2, 3.0}, {2, 3, 3.0}, {0, 3, 1.0}});
    check_close(betweenness(thirds, weighted), {0, 1.5, 1.5, 0}, 1e-12);
    // Hops ignore weights.
    BOOST_TEST(betweenness(weighted_graph(3, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 0.1}}))[1] == 0.0);
}

BOOST_AUTO_TEST_CASE(parallel_layers_count_as_one_arc) {
    const Graph g = weighted_graph(3, {{0, 1, 1.0, Layer::repost}, {0, 1, 1.0, Layer::quote}, {1, 2, 1.0}});
    check_close(betweenness(g), {0, 1, 0}, 0);
}

BOOST_AUTO_TEST_CASE(subset_of_sources_sums_over_them) {
    const Graph g = graph_of(4, {{0, 1}, {1, 2}, {2, 3}});
    // From 0: pairs (0,2), (0,3) through 1; (0,3) through 2. From 1: (1,3) through 2.
    check_close(betweenness(g, {.sources = {0}}), {0, 2, 1, 0}, 0);
    check_close(betweenness(g, {.sources = {1, 0, 1}}), {0, 2, 2, 0}, 0);
    BOOST_CHECK_THROW((void)betweenness(g, {.sources = {4}}), InvalidArgument);
}

BOOST_AUTO_TEST_CASE(same_bits_for_any_thread_count) {
    const Graph g = random_graph(300, 1500, 7);
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const auto one = betweenness(g, {.lengths = PathLength::inverse_weight});
    const auto sampled_one = sampled_betweenness(g, {.epsilon = 0.05, .seed = 3}).values;
    const auto harmonic_one = harmonic_centrality(g);
    const auto pagerank_one = pagerank(g).values;
    omp_set_num_threads(2);
    BOOST_TEST((betweenness(g, {.lengths = PathLength::inverse_weight}) == one));
    BOOST_TEST((sampled_betweenness(g, {.epsilon = 0.05, .seed = 3}).values == sampled_one));
    BOOST_TEST((harmonic_centrality(g) == harmonic_one));
    BOOST_TEST((pagerank(g).values == pagerank_one));
    omp_set_num_threads(threads);
}

// Above parallel_pass_work the power iterations run on every thread: still the same bits.
BOOST_AUTO_TEST_CASE(power_iterations_same_bits_above_the_parallel_threshold) {
    const Graph g = random_graph(250000, 900000, 8);
    BOOST_TEST_REQUIRE(g.vertex_count() + std::size_t{g.arc_count()} >= parallel_pass_work);
    const int threads = omp_get_max_threads();
    std::vector<std::vector<double>> runs[2];
    for (const int t : {1, 2}) {
        omp_set_num_threads(t);
        // 30 iterations each: enough to compare bits, whether or not they converge by then.
        const IterationLimits limits{.max_iterations = 30};
        const HitsResult h = hits(g, {.limits = limits});
        runs[t - 1] = {pagerank(g, {.limits = limits, .method = PageRankMethod::power_iteration}).values,
                       h.authority, h.hub, eigenvector_centrality(g, {.limits = limits}).values,
                       katz_centrality(g, {.alpha = 0.01, .limits = limits}).values};
    }
    omp_set_num_threads(threads);
    for (std::size_t i = 0; i < runs[0].size(); ++i) {
        BOOST_TEST(all_finite(runs[0][i]), "measure " << i);  // Katz converged (NaN otherwise)
        BOOST_TEST(same_bits(runs[0][i], runs[1][i]), "measure " << i);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(sampled_betweenness_suite)

// r = ceil(0.5 / eps^2 (floor(log2(VD - 2)) + 1 + ln(1/delta))): VD 100 -> floor(log2 98) = 6.
BOOST_AUTO_TEST_CASE(sample_count_formula) {
    BOOST_TEST(rk_sample_count(0.1, 0.1, 100) == 466.0);  // 50 x (7 + 2.302585) = 465.13
    BOOST_TEST(std::abs(rk_epsilon(466, 0.1, 100) - std::sqrt(0.5 * (7 + std::log(10.0)) / 466)) < 1e-15);
    BOOST_TEST(rk_sample_count(0.1, 0.1, 2) == rk_sample_count(0.1, 0.1, 3));  // no log term
}

// The (epsilon, delta) guarantee, checked on random graphs against the exact values; with
// delta = 0.1 a failure would be possible but these seeds are fixed: the check is that the
// estimates are within epsilon, as they are with probability 0.9 each.
BOOST_AUTO_TEST_CASE(estimates_within_epsilon_of_exact) {
    for (const std::uint64_t seed : {1u, 2u, 3u}) {
        const Graph g = random_graph(200, 600, seed);
        const double n = g.vertex_count();
        const std::vector<double> exact = betweenness(g);
        for (const PathLength lengths : {PathLength::hops, PathLength::inverse_weight}) {
            const std::vector<double> exact_l = betweenness(g, {.lengths = lengths});
            const SampledBetweenness s = sampled_betweenness(g, {.lengths = lengths, .epsilon = 0.02, .seed = seed});
            BOOST_TEST(static_cast<double>(s.samples) == rk_sample_count(0.02, 0.1, s.vertex_diameter_bound));
            double worst = 0;
            for (std::size_t v = 0; v < exact_l.size(); ++v) {
                worst = std::max(worst, std::abs(s.values[v] - exact_l[v]) / (n * (n - 1)));
            }
            BOOST_TEST(worst <= 0.02, "seed " << seed << ": worst error " << worst);
        }
        (void)exact;
    }
}

// Every sampled path through the diamond chain crosses the junctions between its ends: the
// estimate of the middle junction is close to its exact share 9 * 32 * 32 / (193 * 192).
BOOST_AUTO_TEST_CASE(diamond_chain_sampling) {
    const Graph g = diamond_chain(64);
    const SampledBetweenness s = sampled_betweenness(g, {.epsilon = 0.01, .seed = 5});
    const double exact = 9.0 * 32 * 32;
    BOOST_TEST(std::abs(s.values[96] - exact) / (193.0 * 192) <= 0.01);
    BOOST_TEST(all_finite(s.values));
}

BOOST_AUTO_TEST_CASE(same_seed_same_values_and_samples_option) {
    const Graph g = random_graph(100, 400, 11);
    const auto a = sampled_betweenness(g, {.samples = 500, .seed = 9});
    const auto b = sampled_betweenness(g, {.samples = 500, .seed = 9});
    const auto c = sampled_betweenness(g, {.samples = 500, .seed = 10});
    BOOST_TEST((a.values == b.values));
    BOOST_TEST((a.values != c.values));
    BOOST_TEST(a.samples == 500u);
    BOOST_TEST(a.epsilon == rk_epsilon(500, 0.1, a.vertex_diameter_bound));
    BOOST_CHECK_THROW((void)sampled_betweenness(g, {.epsilon = 0}), InvalidArgument);
    BOOST_CHECK_THROW((void)sampled_betweenness(g, {.delta = 1}), InvalidArgument);
    BOOST_CHECK_THROW((void)sampled_betweenness(g, {.samples = 0}), InvalidArgument);
    BOOST_CHECK_THROW((void)sampled_betweenness(g, {.samples = 2'000'000'000}), InvalidArgument);
    // 1e-10 would need about 10^21 samples: refused, not cast into a wrong count.
    try {
        (void)sampled_betweenness(g, {.epsilon = 1e-10});
        BOOST_ERROR("no exception");
    } catch (const InvalidArgument& e) {
        BOOST_TEST(std::string(e.what()).find("betweenness: epsilon 1e-10 needs") == 0u);
    }
}

BOOST_AUTO_TEST_CASE(tiny_graphs) {
    BOOST_TEST(sampled_betweenness(Graph{}).values.empty());
    check_close(sampled_betweenness(graph_of(2, {{0, 1}})).values, {0, 0}, 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(harmonic_suite)

//   0 -> 1 -> 2: H(1) = 1 (from 0), H(2) = 1 + 1/2 (from 1 and 0).
BOOST_AUTO_TEST_CASE(path_of_three) {
    check_close(harmonic_centrality(graph_of(3, {{0, 1}, {1, 2}})), {0, 1, 1.5}, 0);
    check_close(harmonic_centrality(graph_of(3, {{0, 1}, {1, 2}}), {.normalized = true}), {0, 0.5, 0.75}, 0);
}

// Lengths 1/w: 0 -> 1 (w 4), 1 -> 2 (w 2): d(0,1) = 0.25, d(1,2) = 0.5, d(0,2) = 0.75.
BOOST_AUTO_TEST_CASE(weighted_lengths) {
    const Graph g = weighted_graph(3, {{0, 1, 4.0}, {1, 2, 2.0}});
    check_close(harmonic_centrality(g, {.lengths = PathLength::inverse_weight}), {0, 4, 2 + 1 / 0.75}, 1e-12);
}

BOOST_AUTO_TEST_CASE(edge_cases) {
    BOOST_TEST(harmonic_centrality(Graph{}).empty());
    check_close(harmonic_centrality(graph_of(1, {}), {.normalized = true}), {0}, 0);
    check_close(harmonic_centrality(graph_of(4, {{0, 1}, {2, 3}})), {0, 1, 0, 1}, 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(eigenvector_katz_suite)

BOOST_AUTO_TEST_CASE(cycle_is_uniform) {
    const IterativeResult r = eigenvector_centrality(graph_of(3, {{0, 1}, {1, 2}, {2, 0}}));
    BOOST_TEST(r.converged);
    check_close(r.values, {1 / std::sqrt(3.0), 1 / std::sqrt(3.0), 1 / std::sqrt(3.0)}, 1e-9);
}

// Undirected star K(1,3): lambda = sqrt 3, centre = sqrt 3 x leaf, norm 1 => leaf = 1/sqrt 6.
// Bipartite: plain power iteration would oscillate; the shift I + A does not.
BOOST_AUTO_TEST_CASE(bipartite_star) {
    const IterativeResult r = eigenvector_centrality(mutual_graph(4, {{0, 1}, {0, 2}, {0, 3}}),
                                                     {.limits = {.tolerance = 1e-13}});
    BOOST_TEST(r.converged);
    const double leaf = 1 / std::sqrt(6.0);
    check_close(r.values, {std::sqrt(3.0) * leaf, leaf, leaf, leaf}, 1e-9);
}

// No directed cycle: eigenvalue 0 only, no eigenvector to report (whatever the tolerance).
BOOST_AUTO_TEST_CASE(acyclic_graph_is_undefined) {
    const IterativeResult r = eigenvector_centrality(graph_of(3, {{0, 1}, {1, 2}}), {.limits = {.tolerance = 1e-3}});
    BOOST_TEST(!r.converged);
    BOOST_TEST(r.iterations == 0u);
    BOOST_TEST(std::all_of(r.values.begin(), r.values.end(), [](double x) { return std::isnan(x); }));
    const IterativeResult none = eigenvector_centrality(graph_of(2, {}));
    check_close(none.values, {0, 0}, 0);
}

// 0 -> 1 -> 2, alpha 0.5, beta 1: x = (1, 1.5, 1.75) before scaling to norm 1.
BOOST_AUTO_TEST_CASE(katz_on_a_path) {
    const KatzResult r = katz_centrality(graph_of(3, {{0, 1}, {1, 2}}), {.alpha = 0.5});
    BOOST_TEST(r.converged);
    const double norm = std::sqrt(1 + 2.25 + 1.75 * 1.75);
    check_close(r.values, {1 / norm, 1.5 / norm, 1.75 / norm}, 1e-12);
    BOOST_TEST(r.alpha == 0.5);
}

// A 2-cycle has spectral radius 1: alpha 2 diverges, values NaN, not converged; alpha 1.0001
// diverges too slowly to pass 1e150 within the limit: still NaN, not a number that looks fine.
BOOST_AUTO_TEST_CASE(katz_divergence_is_reported) {
    const KatzResult r = katz_centrality(graph_of(2, {{0, 1}, {1, 0}}), {.alpha = 2.0});
    BOOST_TEST(!r.converged);
    BOOST_TEST(std::isnan(r.values[0]));
    const KatzResult slow = katz_centrality(graph_of(2, {{0, 1}, {1, 0}}), {.alpha = 1.0001, .limits = {.max_iterations = 1000}});
    BOOST_TEST(!slow.converged);
    BOOST_TEST(slow.iterations == 1000u);
    BOOST_TEST(std::isnan(slow.values[1]));
    BOOST_CHECK_THROW((void)katz_centrality(graph_of(2, {}), {.alpha = -1.0}), InvalidArgument);
}

// Default alpha: 0.1 unless the bound min(largest in-strength, largest out-strength) can reach
// 10; with weights 20 on a 2-cycle the bound is 20 and alpha = 0.9 / 20, which converges.
BOOST_AUTO_TEST_CASE(katz_default_alpha) {
    BOOST_TEST(default_katz_alpha(graph_of(2, {{0, 1}, {1, 0}}), true) == 0.1);
    const Graph heavy = weighted_graph(2, {{0, 1, 20.0}, {1, 0, 20.0}});
    BOOST_TEST(default_katz_alpha(heavy, true) == 0.9 / 20);
    BOOST_TEST(default_katz_alpha(heavy, false) == 0.1);
    const KatzResult r = katz_centrality(heavy);
    BOOST_TEST(r.converged);
    check_close(r.values, {1 / std::sqrt(2.0), 1 / std::sqrt(2.0)}, 1e-12);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(core_clustering_suite)

// K4 on {0,1,2,3} (both directions) plus 3 -> 4: undirected cores 3, 3, 3, 3, 1.
BOOST_AUTO_TEST_CASE(k4_with_a_pendant) {
    GraphBuilder builder(5);
    for (VertexId u = 0; u < 4; ++u) {
        for (VertexId v = 0; v < 4; ++v) {
            if (u != v) builder.add_arc(u, v, Layer::repost, 1.0);
        }
    }
    builder.add_arc(3, 4, Layer::mention, 1.0);
    const Graph g = std::move(builder).build();
    BOOST_TEST((core_numbers(g) == std::vector<std::uint32_t>{3, 3, 3, 3, 1}));
    // In: 4 has one amplifier (3) but is removed with in-degree 1 after... it keeps it: 1.
    BOOST_TEST((core_numbers(g, CoreMode::in) == std::vector<std::uint32_t>{3, 3, 3, 3, 1}));
    // Out: 4 amplifies nobody: 0.
    BOOST_TEST((core_numbers(g, CoreMode::out) == std::vector<std::uint32_t>{3, 3, 3, 3, 0}));
}

// Star of amplifiers 1, 2, 3 -> 0: in-core 0 everywhere (the leaves have no amplifier, and
// without them the centre has none); a directed 3-cycle has in- and out-core 1.
BOOST_AUTO_TEST_CASE(directed_cores) {
    const Graph star = graph_of(4, {{1, 0}, {2, 0}, {3, 0}});
    BOOST_TEST((core_numbers(star, CoreMode::in) == std::vector<std::uint32_t>{0, 0, 0, 0}));
    BOOST_TEST((core_numbers(star) == std::vector<std::uint32_t>{1, 1, 1, 1}));
    const Graph cycle = graph_of(3, {{0, 1}, {1, 2}, {2, 0}});
    BOOST_TEST((core_numbers(cycle, CoreMode::in) == std::vector<std::uint32_t>{1, 1, 1}));
    BOOST_TEST((core_numbers(cycle, CoreMode::out) == std::vector<std::uint32_t>{1, 1, 1}));
    BOOST_TEST((core_numbers(cycle) == std::vector<std::uint32_t>{2, 2, 2}));
    BOOST_TEST(core_numbers(Graph{}).empty());
}

// Triangle 0-1-2 (arcs in one direction only) plus 2 -> 3: C(2) = 1 triangle of 3 pairs.
BOOST_AUTO_TEST_CASE(triangle_with_a_pendant) {
    const Graph g = graph_of(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 2}});
    check_close(local_clustering(g), {1, 1, 1.0 / 3, 0}, 1e-15);
    BOOST_TEST(local_clustering(Graph{}).empty());
    check_close(local_clustering(graph_of(2, {{0, 1}})), {0, 0}, 0);
}

// Counting triangles by orientation equals counting them naively on random graphs.
BOOST_AUTO_TEST_CASE(clustering_matches_naive_count) {
    const Graph g = random_graph(60, 400, 5);
    const std::vector<double> fast = local_clustering(g);
    std::vector<std::vector<bool>> adjacent(60, std::vector<bool>(60, false));
    for (VertexId u = 0; u < 60; ++u) {
        g.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) { adjacent[u][v] = adjacent[v][u] = true; });
    }
    for (VertexId v = 0; v < 60; ++v) {
        double links = 0;
        double degree = 0;
        for (VertexId a = 0; a < 60; ++a) {
            if (!adjacent[v][a]) continue;
            ++degree;
            for (VertexId b = a + 1; b < 60; ++b) links += adjacent[v][b] && adjacent[a][b];
        }
        const double expected = degree < 2 ? 0 : 2 * links / (degree * (degree - 1));
        BOOST_TEST(std::abs(fast[v] - expected) < 1e-15);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(measures_suite)

// Self-interactions make no arc, so they change no measure; parallel interactions add up.
BOOST_AUTO_TEST_CASE(self_loops_dropped_parallel_interactions_summed) {
    Dataset with = testing::dataset_with_actors({"a", "b", "c"});
    with.interactions = {{0, 1, Layer::repost, 1.0, {}}, {0, 1, Layer::repost, 2.0, {}},
                         {1, 2, Layer::mention, 1.0, {}}, {1, 1, Layer::repost, 5.0, {}}};
    Dataset without = with;
    without.interactions.pop_back();
    const CentralityOptions options{.measures = all_measures()};
    const CentralityTable a = compute_centrality(build_influence_graph(with).graph, options);
    const CentralityTable b = compute_centrality(build_influence_graph(without).graph, options);
    BOOST_TEST_REQUIRE(a.columns.size() == b.columns.size());
    for (std::size_t i = 0; i < a.columns.size(); ++i) {
        BOOST_TEST(a.columns[i].name == b.columns[i].name);
        BOOST_TEST(same_bits(a.columns[i].values, b.columns[i].values), a.columns[i].name);
    }
    BOOST_TEST(a.columns[0].name == "in_strength");
    check_close(a.columns[0].values, {0, 3, 0.5}, 0);  // a mention weighs 0.5 by default
}

BOOST_AUTO_TEST_CASE(columns_follow_the_measures) {
    const Graph g = weighted_graph(3, {{0, 1, 1.0, Layer::quote}, {1, 2, 1.0, Layer::mention}});
    const CentralityTable t = compute_centrality(
        g, {.measures = {Measure::hits, Measure::layer_strength, Measure::core, Measure::katz}});
    std::vector<std::string> names;
    for (const auto& c : t.columns) names.push_back(c.name);
    BOOST_TEST((names == std::vector<std::string>{"authority", "hub", "in_quote", "out_quote", "in_mention",
                                                  "out_mention", "core", "in_core", "out_core", "katz"}));
    BOOST_TEST(t.diagnostics.size() == 2u);
    BOOST_TEST(t.diagnostics[0].measure == "hits");
    BOOST_TEST(*t.diagnostics[1].alpha == 0.1);
}

BOOST_AUTO_TEST_SUITE_END()
