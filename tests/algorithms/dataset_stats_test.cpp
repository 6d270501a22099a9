// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "algorithms/summary/dataset_stats.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
namespace tt = boost::test_tools;

namespace {

std::size_t at(auto value) { return static_cast<std::size_t>(value); }

DatasetStats stats_of(const Dataset& d, const InfluenceOptions& options = {}) {
    return dataset_stats(d, build_influence_graph(d, options), options);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dataset_stats_suite)

// datasets/example/aster.json: every figure below was counted by hand from the file (see
// datasets/example/README.md, where the arcs are listed one by one).
BOOST_AUTO_TEST_CASE(example_dataset_matches_the_hand_count) {
    const Dataset d = io::read_dataset(ricochet::testing::datasets_dir() / "example/aster.json").dataset;
    const DatasetStats s = stats_of(d);
    BOOST_TEST(s.actors() == 11u);
    BOOST_TEST(s.actors_by_kind[at(ActorKind::executive)] == 5u);
    BOOST_TEST(s.actors_by_kind[at(ActorKind::company)] == 2u);
    BOOST_TEST(s.posts() == 13u);
    BOOST_TEST(s.posts_by_type[at(PostType::original)] == 5u);
    BOOST_TEST(s.posts_by_type[at(PostType::repost)] == 4u);
    BOOST_TEST(s.posts_by_type[at(PostType::comment)] == 2u);
    BOOST_TEST(s.posts_on("linkedin") == 11u);
    BOOST_TEST(s.posts_on("twitter") == 2u);
    BOOST_TEST(s.post_engagement().reactions == 590u);
    BOOST_TEST(s.post_engagement().comments == 42u);
    BOOST_TEST(s.post_engagement().shares == 38u);
    BOOST_TEST(s.engagement_on("twitter").total() == 105u);
    BOOST_TEST(s.posts_by_platform_and_kind.at("linkedin")[at(ActorKind::executive)] == 8u);
    BOOST_TEST(s.posts_by_platform_and_kind.at("twitter")[at(ActorKind::media)] == 1u);
    BOOST_TEST(s.post_engagement_by_platform_and_kind.at("linkedin")[at(ActorKind::executive)].total() == 355u);
    BOOST_TEST(s.post_engagement_by_platform_and_kind.at("twitter")[at(ActorKind::kol)].total() == 100u);
    BOOST_TEST(s.accounts.at("linkedin")[at(ActorKind::executive)] == 1u);
    BOOST_TEST(s.accounts.at("linkedin")[at(ActorKind::company)] == 1u);
    BOOST_TEST(s.accounts.at("twitter")[at(ActorKind::kol)] == 1u);
    BOOST_TEST(s.engagements() == 5u);
    BOOST_TEST(s.vertices == 11u);
    BOOST_TEST(s.arcs == 22u);
    const std::array<ArcId, layer_count> by_layer{4, 1, 1, 3, 5, 3, 5};
    BOOST_TEST(s.arcs_by_layer == by_layer, tt::per_element());
    BOOST_TEST(s.self_interactions == 2u);
    BOOST_TEST(s.components == 3u);
    BOOST_TEST(s.largest_component == 9u);
    BOOST_TEST(*s.reciprocity == 2.0 / 14.0, tt::tolerance(1e-15));
    BOOST_TEST(*s.density == 14.0 / 110.0, tt::tolerance(1e-15));
    BOOST_TEST(format_time(*s.first_time) == "2021-03-01T09:00:00Z");
    BOOST_TEST(format_time(*s.last_time) == "2021-03-08T18:00:00Z");
}

BOOST_AUTO_TEST_CASE(example_dataset_in_a_window_matches_the_hand_count) {
    const Dataset d = io::read_dataset(ricochet::testing::datasets_dir() / "example/aster.json").dataset;
    InfluenceOptions options;
    options.window = make_time_window("2021-03-02", "2021-03-04");
    const DatasetStats s = stats_of(d, options);
    BOOST_TEST(s.posts() == 6u);
    BOOST_TEST(s.post_engagement().total() == 427u);
    BOOST_TEST(s.engagements() == 2u);
    BOOST_TEST(s.arcs == 13u);
    BOOST_TEST(s.self_interactions == 0u);
    BOOST_TEST(s.components == 6u);
    BOOST_TEST(s.largest_component == 5u);
    BOOST_TEST(*s.reciprocity == 2.0 / 7.0, tt::tolerance(1e-15));
    BOOST_TEST(format_time(*s.last_time) == "2021-03-04T09:00:00Z");
}

BOOST_AUTO_TEST_CASE(null_dataset_has_undefined_ratios_and_no_time_span) {
    const DatasetStats s = stats_of(Dataset{});
    BOOST_TEST(s.vertices == 0u);
    BOOST_TEST(s.components == 0u);
    BOOST_TEST(!s.reciprocity.has_value());
    BOOST_TEST(!s.density.has_value());
    BOOST_TEST(!s.first_time.has_value());
}

BOOST_AUTO_TEST_CASE(member_arcs_do_not_join_components) {
    Dataset d = ricochet::testing::dataset_with_actors({"org", "exec"});
    d.actors[1].organisation = 0;
    const DatasetStats s = stats_of(d);
    BOOST_TEST(s.arcs == 1u);
    BOOST_TEST(s.components == 2u);
    BOOST_TEST(*s.density == 0.0);
}

// Higgs subsets: vertices, arcs and self-loops counted with awk/sort (datasets/README.md).
BOOST_AUTO_TEST_CASE(higgs_subsets_match_the_counts_made_with_shell_tools) {
    struct Expected {
        const char* file;
        VertexId vertices;
        ArcId arcs;
        std::uint64_t self_loops;
    };
    for (const Expected e : {Expected{"higgs/higgs-retweet-20k.edgelist.gz", 25442, 20000, 0},
                             Expected{"higgs/higgs-mention-20k.edgelist.gz", 24125, 19309, 691},
                             Expected{"higgs/higgs-reply-20k.edgelist.gz", 26738, 19792, 208}}) {
        const Dataset d = io::read_dataset(ricochet::testing::datasets_dir() / e.file).dataset;
        const DatasetStats s = stats_of(d);
        BOOST_TEST(s.vertices == e.vertices, e.file);
        BOOST_TEST(s.arcs == e.arcs, e.file);
        BOOST_TEST(s.self_interactions == e.self_loops, e.file);
        BOOST_TEST(s.interactions == 20000u, e.file);
    }
}

BOOST_AUTO_TEST_SUITE_END()
