// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::arc_weight;
namespace tt = boost::test_tools;

namespace {

Time at(const char* text) { return *parse_time(text); }

//  Actors: 0 org (company), 1 ceo and 2 cmo (executives of org), 3 kol.
//  p0  org   original   2021-03-01 09:00
//  p1  ceo   repost p0  2021-03-01 09:10   -> ceo -repost-> org
//  p2  cmo   quote  p0  2021-03-02 10:00   -> cmo -quote-> org, mentions kol and cmo (self)
//  p3  kol   reply  p2  2021-03-05 08:00   -> kol -reply-> cmo
//  p4  ceo   repost p1  2021-03-05 09:00   -> self-interaction (ceo reposts ceo)
//  events: kol reacts to p0 (03-01), kol reacts to p1 (no time: p1's time), org shares p3 (03-06)
//  interactions: kol -mention-> org x3 (no time)
Dataset amplification_dataset() {
    Dataset d = ricochet::testing::dataset_with_actors({"org", "ceo", "cmo", "kol"});
    d.actors[0].kind = ActorKind::company;
    for (ActorIndex e : {1u, 2u}) {
        d.actors[e].kind = ActorKind::executive;
        d.actors[e].organisation = 0;
    }
    d.actors[3].kind = ActorKind::kol;
    auto post = [&](const char* id, ActorIndex author, PostType type, std::optional<PostIndex> parent,
                    const char* time) {
        Post p{.id = id, .author = author, .platform = "linkedin", .time = at(time), .type = type};
        p.parent = parent;
        d.posts.push_back(p);
    };
    post("p0", 0, PostType::original, std::nullopt, "2021-03-01T09:00:00Z");
    post("p1", 1, PostType::repost, 0, "2021-03-01T09:10:00Z");
    post("p2", 2, PostType::quote, 0, "2021-03-02T10:00:00Z");
    d.posts[2].mentions = {3, 2};
    post("p3", 3, PostType::reply, 2, "2021-03-05T08:00:00Z");
    post("p4", 1, PostType::repost, 1, "2021-03-05T09:00:00Z");
    d.engagements = {{3, 0, EngagementType::reaction, at("2021-03-01T12:00:00Z")},
                     {3, 1, EngagementType::reaction, std::nullopt},
                     {0, 3, EngagementType::share, at("2021-03-06T00:00:00Z")}};
    d.interactions = {{3, 0, Layer::mention, 3.0, std::nullopt}};
    check_dataset(d);
    return d;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(influence_graph)

BOOST_AUTO_TEST_CASE(a_graph_over_the_memory_limit_is_refused_before_it_is_built) {
    // 15 records can make an arc (5 posts, 2 mentions, 3 events, 1 interaction, 4 organisation
    // links): 64 x 15 + 32 x 4 actors = 1088 bytes.
    const Dataset d = amplification_dataset();
    BOOST_TEST(influence_graph_bytes(d) == 1088u);
    InfluenceOptions options;
    options.memory_limit = 1088;
    BOOST_TEST(build_influence_graph(d, options).graph.vertex_count() == 4u);
    options.memory_limit = 1000;
    try {
        (void)build_influence_graph(d, options);
        BOOST_FAIL("no error");
    } catch (const ResourceError& e) {
        BOOST_TEST(std::string(e.what()) ==
                   "the influence graph would need about 1.1 KiB for 4 actors and 15 records, more than the 1000 B allowed");
    }
    // The machine's own limit: this test's data fits in whatever this machine has.
    BOOST_TEST(available_memory() > 1088u);
}

BOOST_AUTO_TEST_CASE(the_memory_message_never_shows_two_equal_figures) {
    // 2 actors and 16,381 interactions: 64 x 16,383 records + 32 x 2 = 1,048,576 bytes, 1 MiB.
    Dataset d;
    d.actors = {{.id = "a", .kind = ActorKind::executive}, {.id = "b", .kind = ActorKind::executive}};
    d.interactions.assign(16381, {0, 1, Layer::mention, 1.0, std::nullopt});
    BOOST_TEST(influence_graph_bytes(d) == 1048576u);
    const auto message = [&](std::uint64_t limit) {
        try {
            (void)build_influence_graph(d, {.memory_limit = limit});
        } catch (const ResourceError& e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    const std::string head = "the influence graph would need about ";
    // 976.5625 KiB: rounded to one decimal.
    BOOST_TEST(message(1000000) == head + "1.0 MiB for 2 actors and 16383 records, more than the 976.6 KiB allowed");
    // 1023.999 KiB rounds to 1024.0 KiB, shown as 1.0 MiB, like the need: both exact instead.
    BOOST_TEST(message(1048575) == head + "1048576 B for 2 actors and 16383 records, more than the 1048575 B allowed");
    BOOST_TEST(message(1048576) == "(no error)");
}

BOOST_AUTO_TEST_CASE(every_record_becomes_the_documented_arc) {
    const InfluenceGraph ig = build_influence_graph(amplification_dataset());
    const Graph& g = ig.graph;
    BOOST_TEST(g.vertex_count() == 4u);
    BOOST_TEST(arc_weight(g, 1, 0, Layer::repost) == 1.0);
    BOOST_TEST(arc_weight(g, 2, 0, Layer::quote) == 1.0);
    BOOST_TEST(arc_weight(g, 2, 3, Layer::mention) == 0.5);
    BOOST_TEST(arc_weight(g, 3, 2, Layer::reply) == 0.5);
    BOOST_TEST(arc_weight(g, 3, 0, Layer::reaction) == 0.1, tt::tolerance(1e-15));  // event on p0
    BOOST_TEST(arc_weight(g, 3, 1, Layer::reaction) == 0.1, tt::tolerance(1e-15));  // event on p1
    BOOST_TEST(arc_weight(g, 0, 3, Layer::repost) == 1.0);                          // a share
    BOOST_TEST(arc_weight(g, 3, 0, Layer::mention) == 1.5);                         // 3 x 0.5
    BOOST_TEST(arc_weight(g, 1, 0, Layer::member) == 1.0);
    BOOST_TEST(arc_weight(g, 2, 0, Layer::member) == 1.0);
    BOOST_TEST(g.arc_count() == 10u);
    BOOST_TEST(ig.self_interactions == 2u);  // cmo mentions cmo; ceo reposts ceo
    BOOST_TEST(ig.interactions[static_cast<std::size_t>(Layer::member)] == 2u);
    BOOST_TEST(ig.undated == 0u);
}

BOOST_AUTO_TEST_CASE(weights_scale_the_count_of_each_layer) {
    InfluenceOptions options;
    options.weights = parse_layer_weights("mention=2,reaction=1");
    const Graph g = build_influence_graph(amplification_dataset(), options).graph;
    BOOST_TEST(arc_weight(g, 3, 0, Layer::mention) == 6.0);
    BOOST_TEST(arc_weight(g, 3, 0, Layer::reaction) == 1.0);
    BOOST_TEST(arc_weight(g, 1, 0, Layer::repost) == 1.0);
}

BOOST_AUTO_TEST_CASE(unselected_layers_make_no_arc_and_no_self_interaction) {
    InfluenceOptions options;
    options.layers = parse_layer_set("repost,member");
    const InfluenceGraph ig = build_influence_graph(amplification_dataset(), options);
    BOOST_TEST(ig.graph.arc_count() == 4u);  // ceo->org, org->kol (share), 2 member
    BOOST_TEST(ig.self_interactions == 1u);  // only the self-repost
}

BOOST_AUTO_TEST_CASE(window_filters_posts_events_and_undated_interactions) {
    InfluenceOptions options;
    options.window = make_time_window("2021-03-02", "2021-03-05T08:30:00Z");
    const InfluenceGraph ig = build_influence_graph(amplification_dataset(), options);
    const Graph& g = ig.graph;
    // Kept: p2 (quote, mentions), p3 (reply); p0, p1, p4 and every event are outside.
    BOOST_TEST(arc_weight(g, 2, 0, Layer::quote) == 1.0);
    BOOST_TEST(arc_weight(g, 3, 2, Layer::reply) == 0.5);
    BOOST_TEST(arc_weight(g, 1, 0, Layer::repost) == 0.0);
    BOOST_TEST(arc_weight(g, 3, 0, Layer::reaction) == 0.0);
    BOOST_TEST(arc_weight(g, 3, 0, Layer::mention) == 0.0);  // undated interaction left out
    BOOST_TEST(ig.undated == 1u);
    BOOST_TEST(ig.self_interactions == 1u);
    BOOST_TEST(g.arc_count() == 5u);  // quote, mention cmo->kol, reply, 2 member
}

BOOST_AUTO_TEST_CASE(event_without_time_follows_its_post) {
    InfluenceOptions options;
    options.window = make_time_window("2021-03-01T09:05:00Z", "2021-03-01T09:15:00Z");
    const Graph g = build_influence_graph(amplification_dataset(), options).graph;
    BOOST_TEST(arc_weight(g, 3, 1, Layer::reaction) == 0.1, tt::tolerance(1e-15));  // p1 at 09:10
    BOOST_TEST(arc_weight(g, 3, 0, Layer::reaction) == 0.0);  // its own time, 12:00
}

BOOST_AUTO_TEST_CASE(member_records_ignore_the_window_and_unselected_layers_count_nothing) {
    Dataset d = ricochet::testing::dataset_with_actors({"exec", "org", "kol"});
    d.interactions = {{0, 1, Layer::member, 1.0, std::nullopt},
                      {2, 1, Layer::mention, 1.0, std::nullopt}};
    InfluenceOptions options;
    options.window = make_time_window("2021-01-01", "2021-12-31");
    InfluenceGraph ig = build_influence_graph(d, options);
    BOOST_TEST(arc_weight(ig.graph, 0, 1, Layer::member) == 1.0);
    BOOST_TEST(ig.undated == 1u);  // the mention
    options.layers = parse_layer_set("member");
    ig = build_influence_graph(d, options);
    BOOST_TEST(ig.undated == 0u);  // the mention's layer is not selected: not counted either
    BOOST_TEST(ig.graph.arc_count() == 1u);
}

BOOST_AUTO_TEST_CASE(null_dataset_gives_the_null_graph) {
    const InfluenceGraph ig = build_influence_graph(Dataset{});
    BOOST_TEST(ig.graph.vertex_count() == 0u);
    BOOST_TEST(ig.self_interactions == 0u);
}

BOOST_AUTO_TEST_CASE(isolated_actors_are_vertices) {
    const Dataset d = ricochet::testing::dataset_with_actors({"a", "b", "c"});
    const InfluenceGraph ig = build_influence_graph(d);
    BOOST_TEST(ig.graph.vertex_count() == 3u);
    BOOST_TEST(ig.graph.arc_count() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
