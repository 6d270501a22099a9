// SPDX-License-Identifier: MIT
// Independent cascade and linear threshold by Monte Carlo, against exact values.
#include <boost/test/unit_test.hpp>

#include <omp.h>

#include <cmath>

#include "algorithms/diffusion/simulation.hpp"
#include "graph/error.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;

namespace {

// Content flows 0 -> 1 -> 2, 0 -> 3, 3 -> 4 (a tree), and 5 alone.
HopGraph tree(double a, double b, double c, double d) {
    return hop_graph_of(6, {{0, 1, a}, {1, 2, b}, {0, 3, c}, {3, 4, d}});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(diffusion)

BOOST_AUTO_TEST_CASE(probability_one_reaches_exactly_the_reachable_set) {
    const HopGraph hops = tree(1, 1, 1, 1);
    const VertexId from_root[] = {0}, from_three[] = {3, 3}, alone[] = {5};
    for (const DiffusionModel model : {DiffusionModel::ic, DiffusionModel::lt}) {
        const SpreadEstimate all = expected_spread(hops, from_root, {model, 200, 7});
        BOOST_TEST(all.mean == 5.0);
        BOOST_TEST(all.standard_error == 0.0);
        BOOST_TEST(expected_spread(hops, from_three, {model, 50, 7}).mean == 2.0);  // 3 and 4; duplicates once
        BOOST_TEST(expected_spread(hops, alone, {model, 50, 7}).mean == 1.0);
    }
}

BOOST_AUTO_TEST_CASE(on_a_tree_the_spread_is_the_sum_of_path_products) {
    // E = 1 + a + ab + c + cd; IC and LT agree on a tree (one in-hop per vertex).
    const double a = 0.6, b = 0.5, c = 0.3, d = 0.9;
    const double exact = 1 + a + a * b + c + c * d;
    const VertexId root[] = {0};
    for (const DiffusionModel model : {DiffusionModel::ic, DiffusionModel::lt}) {
        const SpreadEstimate e = expected_spread(tree(a, b, c, d), root, {model, 200000, 3});
        BOOST_TEST(std::abs(e.mean - exact) < 4 * e.standard_error, "mean " << e.mean << " exact " << exact);
        BOOST_TEST(e.low < e.mean);
        BOOST_TEST(e.high > e.mean);
    }
}

BOOST_AUTO_TEST_CASE(linear_threshold_adds_the_weights_of_active_in_neighbours) {
    // 0 -> 2 (0.3), 1 -> 2 (0.4): with both seeds, 2 is active with probability 0.3 + 0.4.
    // IC instead: 1 - 0.7 x 0.6 = 0.58.
    const HopGraph hops = hop_graph_of(3, {{0, 2, 0.3}, {1, 2, 0.4}});
    const VertexId both[] = {0, 1};
    const SpreadEstimate lt = expected_spread(hops, both, {DiffusionModel::lt, 200000, 5});
    BOOST_TEST(std::abs(lt.mean - 2.7) < 4 * lt.standard_error);
    const SpreadEstimate ic = expected_spread(hops, both, {DiffusionModel::ic, 200000, 5});
    BOOST_TEST(std::abs(ic.mean - 2.58) < 4 * ic.standard_error);
    // Weights adding up to more than 1 are scaled: 0.8 and 0.6 become 4/7 and 3/7, sure together.
    const HopGraph heavy = hop_graph_of(3, {{0, 2, 0.8}, {1, 2, 0.6}});
    BOOST_TEST(expected_spread(heavy, both, {DiffusionModel::lt, 1000, 5}).mean == 3.0);
    const VertexId one[] = {0};
    const SpreadEstimate half = expected_spread(heavy, one, {DiffusionModel::lt, 200000, 5});
    BOOST_TEST(std::abs(half.mean - (1 + 0.8 / 1.4)) < 4 * half.standard_error);
}

BOOST_AUTO_TEST_CASE(same_seed_same_estimate_with_any_number_of_threads) {
    const HopGraph hops = tree(0.5, 0.5, 0.5, 0.5);
    const VertexId root[] = {0};
    const int threads = omp_get_max_threads();
    omp_set_num_threads(1);
    const SpreadEstimate one = expected_spread(hops, root, {DiffusionModel::ic, 5000, 11});
    omp_set_num_threads(2);
    const SpreadEstimate two = expected_spread(hops, root, {DiffusionModel::ic, 5000, 11});
    omp_set_num_threads(threads);
    BOOST_TEST(one.mean == two.mean);
    BOOST_TEST(one.standard_error == two.standard_error);
    BOOST_TEST(expected_spread(hops, root, {DiffusionModel::ic, 5000, 12}).mean != one.mean);
}

BOOST_AUTO_TEST_CASE(weighted_cascade_and_constant_probabilities) {
    //   influence arcs: 1 -> 0 (repost and mention), 2 -> 0, 2 -> 1: 1 amplifies one actor,
    //   2 amplifies two. Content hops: 0 -> 1 (1), 0 -> 2 (1/2), 1 -> 2 (1/2).
    GraphBuilder builder(3);
    builder.add_arc(1, 0, Layer::repost, 1);
    builder.add_arc(1, 0, Layer::mention, 1);
    builder.add_arc(2, 0, Layer::repost, 1);
    builder.add_arc(2, 1, Layer::quote, 1);
    const Graph graph = std::move(builder).build();
    const HopGraph wc = weighted_cascade_hops(graph);
    BOOST_TEST(wc.hop_count() == 3u);
    BOOST_TEST(wc.probability(0, 1) == 1.0);
    BOOST_TEST(wc.probability(0, 2) == 0.5);
    BOOST_TEST(wc.probability(1, 2) == 0.5);
    BOOST_TEST(constant_hops(graph, 0.2).probability(1, 2) == 0.2);
    const VertexId root[] = {0};
    BOOST_TEST(expected_spread(constant_hops(graph, 0), root, {DiffusionModel::ic, 100, 1}).mean == 1.0);  // p = 0: the seeds
    BOOST_TEST(expected_spread(constant_hops(graph, 1), root, {DiffusionModel::ic, 100, 1}).mean == 3.0);
    BOOST_CHECK_THROW((void)constant_hops(graph, 1.5), InvalidArgument);
    const VertexId bad[] = {3};
    BOOST_CHECK_THROW((void)expected_spread(wc, bad), InvalidArgument);
    BOOST_CHECK_THROW((void)expected_spread(wc, root, {DiffusionModel::ic, 0, 1}), InvalidArgument);
}

BOOST_AUTO_TEST_CASE(null_graph_and_no_seed) {
    const HopGraph empty = hop_graph_of(0, {});
    BOOST_TEST(expected_spread(empty, {}, {DiffusionModel::ic, 10, 1}).mean == 0.0);
}

BOOST_AUTO_TEST_CASE(prefix_spreads_equal_the_spreads_of_the_prefixes_on_the_same_worlds) {
    // One pass gives, bit for bit, what separate evaluations of each prefix give (same worlds);
    // a repeated seed adds nothing; the means are exact quotients of integer sums, so a prefix
    // that reaches everything in every world has mean n and no error.
    const HopGraph hops = hop_graph_of(6, {{0, 1, 0.6}, {1, 2, 0.5}, {0, 3, 0.3}, {3, 4, 0.9}, {5, 4, 0.4}, {2, 5, 0.7}});
    const VertexId seeds[] = {3, 0, 3, 5, 2};
    for (const DiffusionModel model : {DiffusionModel::ic, DiffusionModel::lt}) {
        const SpreadOptions options{model, 3001, 11, 77};
        const std::vector<SpreadEstimate> prefixes = prefix_spreads(hops, seeds, options);
        BOOST_TEST_REQUIRE(prefixes.size() == 5u);
        for (std::size_t j = 0; j < 5; ++j) {
            const SpreadEstimate alone = expected_spread(hops, std::span<const VertexId>(seeds).first(j + 1), options);
            BOOST_TEST(prefixes[j].mean == alone.mean);
            BOOST_TEST(prefixes[j].standard_error == alone.standard_error);
            if (j > 0) BOOST_TEST(prefixes[j].mean >= prefixes[j - 1].mean);  // monotone world by world
        }
        BOOST_TEST(prefixes[2].mean == prefixes[1].mean);
        BOOST_TEST(prefixes[2].standard_error == prefixes[1].standard_error);
        // Other worlds (another first_world) give another estimate of the same quantity.
        const SpreadOptions shifted{model, 3001, 11, 77 + 3001};  // worlds that do not overlap
        BOOST_TEST(expected_spread(hops, seeds, shifted).mean != expected_spread(hops, seeds, options).mean);
    }
    const HopGraph sure = hop_graph_of(3, {{0, 1, 1}, {1, 2, 1}});
    const VertexId root[] = {0};
    const SpreadEstimate all = expected_spread(sure, root, {DiffusionModel::ic, 7, 1});
    BOOST_TEST(all.mean == 3.0);
    BOOST_TEST(all.standard_error == 0.0);
    BOOST_TEST(prefix_spreads(sure, {}, {DiffusionModel::ic, 7, 1}).empty());
}

BOOST_AUTO_TEST_SUITE_END()
