// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/layer.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(layers)

BOOST_AUTO_TEST_CASE(default_weights_are_the_documented_ones) {
    const LayerWeights w;
    BOOST_TEST(w[Layer::repost] == 1.0);
    BOOST_TEST(w[Layer::quote] == 1.0);
    BOOST_TEST(w[Layer::reply] == 0.5);
    BOOST_TEST(w[Layer::comment] == 0.5);
    BOOST_TEST(w[Layer::mention] == 0.5);
    BOOST_TEST(w[Layer::reaction] == 0.1);
    BOOST_TEST(w[Layer::member] == 1.0);
}

BOOST_AUTO_TEST_CASE(weights_override_only_the_named_layers) {
    const LayerWeights w = parse_layer_weights("repost=2, mention=0.3");
    BOOST_TEST(w[Layer::repost] == 2.0);
    BOOST_TEST(w[Layer::mention] == 0.3, tt::tolerance(1e-15));
    BOOST_TEST(w[Layer::quote] == 1.0);
    BOOST_TEST(w[Layer::reaction] == 0.1);
}

BOOST_AUTO_TEST_CASE(rejects_weights_that_are_not_positive_numbers) {
    BOOST_CHECK_EXCEPTION((void)parse_layer_weights("repost=0"), InvalidArgument,
                          mentions("--weights: the weight of repost must be a number from 1e-6 to 1e6, got \"0\""));
    for (const char* bad : {"repost=-1", "repost=nan", "repost=inf", "repost=", "repost=1x"}) {
        BOOST_CHECK_THROW((void)parse_layer_weights(bad), InvalidArgument);
    }
    BOOST_CHECK_EXCEPTION((void)parse_layer_weights("repost"), InvalidArgument,
                          mentions("--weights: expected layer=weight, got \"repost\""));
    BOOST_CHECK_EXCEPTION((void)parse_layer_weights("likes=1"), InvalidArgument,
                          mentions("--weights: unknown layer (expected repost, quote, reply, comment, "
                                   "mention, reaction or member), got \"likes\""));
}

BOOST_AUTO_TEST_CASE(layer_sets_parse_lists_and_the_two_names) {
    const LayerSet set = parse_layer_set("repost,quote");
    BOOST_TEST(set.contains(Layer::repost));
    BOOST_TEST(set.contains(Layer::quote));
    BOOST_TEST(!set.contains(Layer::mention));
    BOOST_TEST((parse_layer_set("all") == LayerSet::all()));
    const LayerSet interactions = parse_layer_set("interactions");
    BOOST_TEST(!interactions.contains(Layer::member));
    BOOST_TEST(interactions.contains(Layer::reaction));
    BOOST_CHECK_EXCEPTION((void)parse_layer_set("repost,retweet"), InvalidArgument,
                          mentions("--layers: unknown layer"));
    BOOST_CHECK_THROW((void)parse_layer_set(""), InvalidArgument);
}

BOOST_AUTO_TEST_SUITE_END()
