// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/model.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;

BOOST_AUTO_TEST_SUITE(model)

BOOST_AUTO_TEST_CASE(enum_names_round_trip) {
    for (const ActorKind k : all_values<ActorKind>()) BOOST_TEST((parse_enum<ActorKind>(to_string(k)) == k));
    for (const Function f : all_values<Function>()) BOOST_TEST((parse_enum<Function>(to_string(f)) == f));
    for (const PostType t : all_values<PostType>()) BOOST_TEST((parse_enum<PostType>(to_string(t)) == t));
    for (const Layer l : all_values<Layer>()) BOOST_TEST((parse_enum<Layer>(to_string(l)) == l));
    BOOST_TEST(!parse_enum<ActorKind>("Executive").has_value());
    BOOST_TEST(choices<EngagementType>() == "reaction, comment or share");
}

BOOST_AUTO_TEST_CASE(each_echo_type_has_its_layer) {
    BOOST_TEST(!echo_layer(PostType::original).has_value());
    BOOST_TEST((echo_layer(PostType::repost) == Layer::repost));
    BOOST_TEST((echo_layer(PostType::quote) == Layer::quote));
    BOOST_TEST((echo_layer(PostType::reply) == Layer::reply));
    BOOST_TEST((echo_layer(PostType::comment) == Layer::comment));
    BOOST_TEST((engagement_layer(EngagementType::share) == Layer::repost));
    BOOST_TEST((engagement_layer(EngagementType::reaction) == Layer::reaction));
    BOOST_TEST((engagement_layer(EngagementType::comment) == Layer::comment));
}

BOOST_AUTO_TEST_CASE(teams_are_organisations_with_their_executives) {
    Dataset d = ricochet::testing::dataset_with_actors({"org-a", "kol", "exec-1", "org-b", "exec-2", "exec-3"});
    d.actors[0].kind = d.actors[3].kind = ActorKind::company;
    for (ActorIndex e : {2u, 4u, 5u}) d.actors[e].kind = ActorKind::executive;
    d.actors[2].organisation = 3;
    d.actors[4].organisation = 0;
    d.actors[5].organisation = 3;
    d.actors[1].organisation = 0;  // a KOL affiliated to org-a is not in its leadership team
    const std::vector<Team> t = teams(d);
    BOOST_REQUIRE(t.size() == 2u);
    BOOST_TEST(t[0].organisation == 0u);
    BOOST_TEST((t[0].members == std::vector<ActorIndex>{0, 4}));
    BOOST_TEST(t[1].organisation == 3u);
    BOOST_TEST((t[1].members == std::vector<ActorIndex>{3, 2, 5}));
}

BOOST_AUTO_TEST_CASE(teams_are_disjoint_when_an_organisation_is_nested) {
    // x is an executive of org-a and the organisation of z; org-b's only executive y leads w.
    Dataset d = ricochet::testing::dataset_with_actors({"org-a", "x", "z", "a1", "org-b", "y", "w"});
    d.actors[0].kind = d.actors[4].kind = ActorKind::company;
    for (ActorIndex e : {1u, 2u, 3u, 5u, 6u}) d.actors[e].kind = ActorKind::executive;
    d.actors[1].organisation = 0;
    d.actors[2].organisation = 1;
    d.actors[3].organisation = 0;
    d.actors[5].organisation = 4;
    d.actors[6].organisation = 5;
    const std::vector<Team> t = teams(d);
    BOOST_REQUIRE(t.size() == 3u);  // org-b is left without an executive
    BOOST_TEST((t[0].members == std::vector<ActorIndex>{0, 3}));
    BOOST_TEST((t[1].members == std::vector<ActorIndex>{1, 2}));
    BOOST_TEST((t[2].members == std::vector<ActorIndex>{5, 6}));
}

BOOST_AUTO_TEST_CASE(label_falls_back_to_the_id) {
    Actor a{.id = "x"};
    BOOST_TEST(a.label() == "x");
    a.name = "Xavier";
    BOOST_TEST(a.label() == "Xavier");
}

BOOST_AUTO_TEST_CASE(check_dataset_finds_broken_invariants) {
    Dataset d = ricochet::testing::dataset_with_actors({"a", "b"});
    BOOST_CHECK_NO_THROW(check_dataset(d));
    d.actors[1].id = "a";
    BOOST_CHECK_EXCEPTION(check_dataset(d), InvalidArgument, mentions("duplicate actor id, got \"a\""));
    d.actors[1].id = "b";
    d.actors[0].organisation = 0;
    BOOST_CHECK_EXCEPTION(check_dataset(d), InvalidArgument, mentions("its own organisation"));
    d.actors[0].organisation.reset();
    d.posts.push_back(Post{.id = "p", .author = 5});
    BOOST_CHECK_EXCEPTION(check_dataset(d), InvalidArgument, mentions("author index out of range"));
    d.posts[0].author = 0;
    d.posts[0].parent = 0;
    d.posts[0].type = PostType::repost;
    BOOST_CHECK_EXCEPTION(check_dataset(d), InvalidArgument, mentions("bad parent"));
    d.posts[0].parent.reset();
    d.interactions.push_back({0, 1, Layer::mention, 0.0, std::nullopt});
    BOOST_CHECK_EXCEPTION(check_dataset(d), InvalidArgument, mentions("interaction count out of range"));
}

BOOST_AUTO_TEST_SUITE_END()
