// SPDX-License-Identifier: MIT
// Several inputs merged into one dataset, and identities merging accounts into actors.
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/identities.hpp"
#include "io/merge.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::TempDir;

namespace {

Actor make_actor(std::string id, std::string name = {}) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    return a;
}

Post make_post(std::string id, ActorIndex author, std::uint64_t reactions) {
    Post p;
    p.id = std::move(id);
    p.author = author;
    p.platform = "twitter";
    p.reactions = reactions;
    return p;
}

std::string error_of(const std::filesystem::path& path) {
    return ricochet::testing::parse_error_of([&] { return io::read_identities(path); });
}

const char* const tweet_by_alice =
    R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "user": {"id_str": "1", "screen_name": "Alice", "name": "alice m"}, "entities": {"user_mentions": [{"id_str": "2", "screen_name": "bob"}]}})";

}  // namespace

BOOST_AUTO_TEST_SUITE(import)

BOOST_AUTO_TEST_CASE(merge_unites_actors_and_posts_by_id) {
    Dataset first;
    first.actors = {make_actor("a"), make_actor("b", "B")};
    first.actors[0].followers["twitter"] = 5;
    first.posts = {make_post("p", 0, 3)};
    first.interactions = {{0, 1, Layer::mention, 2.0, std::nullopt}};
    Dataset second;
    second.actors = {make_actor("c"), make_actor("a", "A")};
    second.actors[1].followers["twitter"] = 8;
    second.actors[1].kind = ActorKind::kol;
    second.posts = {make_post("p", 1, 5), make_post("q", 0, 1)};
    second.posts[1].type = PostType::repost;
    second.posts[1].parent = 0;
    second.interactions = {{1, 0, Layer::repost, 1.0, std::nullopt}};
    const Dataset d = io::merge_datasets({first, second});
    BOOST_REQUIRE(d.actors.size() == 3u);  // a, b, c
    BOOST_TEST(d.actors[0].name == "A");   // filled by the second
    BOOST_TEST((d.actors[0].kind == ActorKind::kol));
    BOOST_TEST(d.actors[0].followers.at("twitter") == 8u);
    BOOST_TEST(d.actors[2].id == "c");
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].reactions == 5u);  // the largest count
    BOOST_TEST(d.posts[0].author == 0u);     // the first occurrence's author
    BOOST_TEST(d.posts[1].author == 2u);     // c
    BOOST_TEST(*d.posts[1].parent == 0u);
    BOOST_REQUIRE(d.interactions.size() == 2u);
    BOOST_TEST(d.interactions[1].source == 0u);  // a
    BOOST_TEST(d.interactions[1].target == 2u);  // c
    check_dataset(d);
}

BOOST_AUTO_TEST_CASE(identities_merge_accounts_across_platforms_and_set_kinds_and_organisations) {
    TempDir dir;
    const auto tweets = dir.write("t.json", tweet_by_alice);
    const auto edges = dir.write("l.edgelist", "alice-m bob-l\n");
    const auto identities = dir.write("ids.csv",
                                      "id,name,kind,organisation,platform,handle\n"
                                      "alice,Alice Martin,executive,org-aster,twitter,@ALICE\n"
                                      "alice,,,,linkedin,https://www.linkedin.com/in/Alice-M/\n"
                                      "org-aster,Laboratoires Aster,company,,,\n");
    // The edge list's actors have no accounts: identities match accounts only, so alice-m stays.
    io::ReadOptions options;
    options.identities = identities;
    const io::ReadResult r = io::read_inputs({tweets, edges}, options);
    const Dataset& d = r.dataset;
    const auto index = actor_index(d);
    BOOST_REQUIRE(index.contains("alice"));
    BOOST_REQUIRE(index.contains("org-aster"));
    BOOST_TEST(!index.contains("twitter:1"));
    BOOST_TEST(index.contains("twitter:2"));
    BOOST_TEST(index.contains("alice-m"));
    const Actor& alice = d.actors[index.at("alice")];
    BOOST_TEST(alice.name == "Alice Martin");
    BOOST_TEST((alice.kind == ActorKind::executive));
    BOOST_TEST(d.actors[*alice.organisation].id == "org-aster");
    BOOST_TEST(alice.accounts.at("twitter") == "Alice");  // the data's spelling is kept
    BOOST_TEST(alice.accounts.at("linkedin") == "alice-m");
    BOOST_TEST((d.actors[index.at("org-aster")].kind == ActorKind::company));
    BOOST_TEST(d.actors.size() == 5u);  // alice-m, bob-l, alice, bob (twitter:2), org-aster
    BOOST_TEST(d.posts[0].author == index.at("alice"));
}

// datasets/example: aster.json (22 arcs, datasets/example/README.md) + tweets.jsonl (three
// tweets) with identities.csv mapping the three Twitter users to aster.json's actors. The tweets
// add org-aster -> paul-girard (repost), paul-girard -> org-aster (mention; aster.json only has
// a reaction on that pair), fpd -> paul-girard (reply); fpd -> paul-girard (mention) is already
// there (p5). So 11 actors, 16 posts, 25 arcs.
BOOST_AUTO_TEST_CASE(the_example_tweets_join_the_aster_dataset_through_identities) {
    const std::string dir = RICOCHET_DATASETS_DIR "/example/";
    io::ReadOptions options;
    options.identities = dir + "identities.csv";
    const Dataset d = io::read_inputs({dir + "aster.json", dir + "tweets.jsonl"}, options).dataset;
    BOOST_TEST(d.actors.size() == 11u);
    BOOST_TEST(d.posts.size() == 16u);
    const auto index = actor_index(d);
    BOOST_TEST(d.actors[index.at("org-aster")].accounts.at("twitter") == "LabAster");
    BOOST_TEST(d.actors[index.at("org-aster")].accounts.at("linkedin") == "laboratoires-aster");
    BOOST_TEST(d.actors[index.at("paul-girard")].followers.at("twitter") == 12150u);  // the larger
    BOOST_TEST(d.actors[index.at("fpd")].name == "France Patients Diabète");  // aster.json's
    const InfluenceGraph g = build_influence_graph(d);
    BOOST_TEST(g.graph.arc_count() == 25u);
}

// Inputs merge in command-line order, Twitter files at the place of the first of them: the
// first occurrence of an actor gives its fields.
BOOST_AUTO_TEST_CASE(inputs_merge_in_the_order_given) {
    TempDir dir;
    const auto tweets = dir.write("t.json", tweet_by_alice);
    const auto native = dir.write("n.json", R"({"format": "ricochet", "version": 1, "actors": [{"id": "twitter:1", "name": "From native", "kind": "kol"}]})");
    const Dataset first = io::read_inputs({tweets, native}, {}).dataset;
    BOOST_TEST(first.actors[0].id == "twitter:1");
    BOOST_TEST(first.actors[0].name == "alice m");
    const Dataset second = io::read_inputs({native, tweets}, {}).dataset;
    BOOST_TEST(second.actors[0].name == "From native");
    BOOST_TEST((second.actors[0].kind == ActorKind::kol));
    BOOST_TEST(second.actors[0].accounts.at("twitter") == "Alice");  // filled by the tweets
}

// An identity's organisation may be named by the data's id of an account the identities rename.
BOOST_AUTO_TEST_CASE(an_organisation_named_by_a_renamed_id_follows_the_rename) {
    TempDir dir;
    io::ReadOptions options;
    options.identities = dir.write("ids.csv", "id,kind,organisation,platform,handle\n"
                                              "acme,company,,twitter,alice\n"
                                              "bob,executive,twitter:1,twitter,bob\n");
    const Dataset d = io::read_dataset(dir.write("t.json", tweet_by_alice), options).dataset;
    const auto index = actor_index(d);
    BOOST_REQUIRE(index.contains("bob"));
    BOOST_TEST(!index.contains("twitter:1"));
    BOOST_TEST(d.actors[*d.actors[index.at("bob")].organisation].id == "acme");
    BOOST_TEST(d.actors.size() == 2u);
}

// A company page in the identities is the importer's company actor; identical engagement events
// are kept once whether one input is given or several.
BOOST_AUTO_TEST_CASE(identities_know_company_pages_and_imports_drop_repeated_events) {
    TempDir dir;
    const auto reactions = dir.write("Reactions.csv",
                                     "Date,Type,Link\n"
                                     "2023-01-10 08:30:00,LIKE,https://www.linkedin.com/posts/aster-labs_x-activity-7018848977264046040-AbCd\n"
                                     "2023-01-10 08:30:00,LIKE,https://www.linkedin.com/posts/aster-labs_x-activity-7018848977264046040-AbCd\n");
    io::ReadOptions options;
    options.identities = dir.write("ids.csv", "id,kind,platform,handle\n"
                                              "org-aster,company,linkedin,https://www.linkedin.com/company/Aster-Labs/\n");
    const Dataset d = io::read_inputs({reactions}, options).dataset;
    const auto index = actor_index(d);
    BOOST_TEST(!index.contains("linkedin:aster-labs"));
    BOOST_TEST(index.contains("org-aster"));
    BOOST_TEST(d.engagements.size() == 1u);
    BOOST_TEST(io::read_inputs({reactions, reactions}, {}).dataset.engagements.size() == 1u);
}

BOOST_AUTO_TEST_CASE(identity_rows_that_contradict_each_other_are_errors) {
    TempDir dir;
    BOOST_TEST(error_of(dir.write("a.csv", "id,platform,handle\na,twitter,x\nb,twitter,@X\n")) ==
               dir.path().string() + "/a.csv:3:11: this account is already given to actor \"a\", got \"@X\"");
    BOOST_TEST(error_of(dir.write("b.csv", "id,kind\na,kol\na,media\n")) ==
               dir.path().string() + "/b.csv:3:3: another row gives this actor another kind, got \"media\"");
    BOOST_TEST(error_of(dir.write("c.csv", "id,kind\na,ceo\n")) ==
               dir.path().string() +
                   "/c.csv:2:3: unknown actor kind (expected executive, company, association, kol, media, "
                   "institution or other), got \"ceo\"");
    BOOST_TEST(error_of(dir.write("d.csv", "id,handle,platform,team\n")) ==
               dir.path().string() +
                   "/d.csv:1:20: unknown column (expected id, name, kind, organisation, platform, handle), got \"team\"");
    BOOST_TEST(error_of(dir.write("e.csv", "id,platform,handle\na,twitter,\n")) ==
               dir.path().string() + "/e.csv:2:11: a platform needs a handle and a handle a platform");
}

BOOST_AUTO_TEST_SUITE_END()
