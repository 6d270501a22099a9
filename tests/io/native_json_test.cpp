// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
using ricochet::testing::TempDir;

namespace {

io::ReadResult read_json(std::string_view text, bool lenient = false) {
    TempDir dir;
    return io::read_dataset(dir.write("data.json", text), {.lenient = lenient});
}

std::string document(std::string_view actors, std::string_view posts = "",
                     std::string_view engagements = "") {
    return std::string(R"({"format": "ricochet", "version": 1, "actors": [)") + std::string(actors) +
           "],\n\"posts\": [" + std::string(posts) + "],\n\"engagements\": [" +
           std::string(engagements) + "]}";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(native_json)

BOOST_AUTO_TEST_CASE(reads_every_field_of_the_example) {
    const io::ReadResult r = io::read_dataset(ricochet::testing::datasets_dir() / "example/aster.json");
    BOOST_TEST((r.format == io::InputFormat::native));
    BOOST_TEST(r.warnings.empty());
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 11u);
    const Actor& claire = d.actors[2];
    BOOST_TEST(claire.id == "claire-martin");
    BOOST_TEST(claire.name == "Claire Martin");
    BOOST_TEST((claire.kind == ActorKind::executive));
    BOOST_TEST(d.actors[*claire.organisation].id == "org-aster");
    BOOST_TEST(claire.role == "Présidente");
    BOOST_TEST((claire.function == Function::ceo));
    BOOST_TEST(claire.accounts.at("linkedin") == "claire-martin-aster");
    BOOST_TEST(claire.followers.at("linkedin") == 5400u);
    BOOST_TEST(d.actors[0].sector == "labs_biotech");
    BOOST_REQUIRE(d.posts.size() == 13u);
    const Post& p3 = d.posts[2];
    BOOST_TEST(p3.id == "p3");
    BOOST_TEST((p3.type == PostType::quote));
    BOOST_TEST(d.posts[*p3.parent].id == "p1");
    BOOST_TEST((p3.mentions == std::vector<ActorIndex>{7}));
    BOOST_TEST(d.posts[0].topics.at(0) == "diabète");
    BOOST_TEST((d.posts[0].corporate == true));
    BOOST_TEST(!p3.corporate.has_value());
    BOOST_TEST(format_time(d.posts[7].time) == "2021-03-03T14:00:00Z");  // "15:00:00+01:00"
    BOOST_REQUIRE(d.engagements.size() == 5u);
    BOOST_TEST(!d.engagements[1].time.has_value());
    BOOST_TEST((d.engagements[2].type == EngagementType::share));
    BOOST_CHECK_NO_THROW(check_dataset(d));
}

BOOST_AUTO_TEST_CASE(sections_may_come_in_any_order_and_parents_after_children) {
    const auto r = read_json(R"({"posts": [
        {"id": "b", "author": "x", "platform": "linkedin", "time": "2021-01-02", "type": "repost", "parent": "a"},
        {"id": "a", "author": "x", "platform": "linkedin", "time": "2021-01-01"}],
      "version": 1, "actors": [{"id": "x"}], "format": "ricochet"})");
    BOOST_REQUIRE(r.dataset.posts.size() == 2u);
    BOOST_TEST(*r.dataset.posts[0].parent == 1u);
}

BOOST_AUTO_TEST_CASE(defaults_apply_to_absent_and_null_optional_fields) {
    const auto r = read_json(document(
        R"({"id": "x", "name": null, "kind": null, "organisation": null, "role": null, "function": null,
            "sector": null, "accounts": null, "followers": null})",
        R"({"id": "p", "author": "x", "platform": "twitter", "time": "2021-01-01", "type": null,
            "parent": null, "mentions": null, "reactions": null, "comments": null, "shares": null,
            "corporate": null, "topics": null})",
        R"({"actor": "x", "post": "p", "type": "reaction", "time": null})"));
    const Actor& x = r.dataset.actors.at(0);
    BOOST_TEST((x.kind == ActorKind::other));
    BOOST_TEST(x.name.empty());
    BOOST_TEST(!x.organisation.has_value());
    const Post& p = r.dataset.posts.at(0);
    BOOST_TEST((p.type == PostType::original));
    BOOST_TEST(p.reactions + p.comments + p.shares == 0u);
}

BOOST_AUTO_TEST_CASE(required_fields_cannot_be_null) {
    BOOST_CHECK_EXCEPTION(read_json(document(R"({"id": null})")), ParseError,
                          mentions("\"id\" must be a string, got \"null\""));
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})", R"({"id": "p", "author": "x", "platform": "t", "time": "2021-01-01", "type": 3})")),
        ParseError, mentions("\"type\" must be a string, got \"3\""));
}

BOOST_AUTO_TEST_CASE(any_key_given_twice_is_an_error) {
    BOOST_CHECK_EXCEPTION(
        read_json(R"({"format": "ricochet", "version": 1, "actors": [{"id": "a"}], "actors": [{"id": "b"}]})"),
        ParseError, mentions("data.json:1:63: duplicate field \"actors\""));
    BOOST_CHECK_EXCEPTION(read_json(document(R"({"id": "a", "accounts": {"x": "1", "x": "2"}})")), ParseError,
                          mentions("duplicate field \"x\""));
    TempDir dir;
    BOOST_CHECK_EXCEPTION(
        (void)io::read_dataset(dir.write("d.jsonl", "{\"format\": \"ricochet\", \"version\": 1}\n"
                                                      "{\"record\": \"actor\", \"id\": \"a\", \"record\": \"post\"}\n")),
        ParseError, mentions("d.jsonl:2:32: duplicate field \"record\""));
}

BOOST_AUTO_TEST_CASE(numbers_beyond_what_a_reader_can_hold_are_placed_exactly) {
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})", "\n" R"({"id": "p", "author": "x", "platform": "t", "time": "2021-01-01", "shares": 18446744073709551616})")),
        ParseError, mentions("data.json:3:77: integer out of the 64-bit range, got \"18446744073709551616\""));
    BOOST_CHECK_EXCEPTION(read_json(document(R"({"id": "x", "score": 1e400})")), ParseError,
                          mentions("data.json:1:70: number out of range, got \"1e400\""));
    TempDir dir;
    BOOST_CHECK_EXCEPTION(
        (void)io::read_dataset(dir.write("n.jsonl", "{\"format\": \"ricochet\", \"version\": 1}\n"
                                                      "{\"record\": \"actor\", \"id\": \"a\", \"n\": 99999999999999999999}\n")),
        ParseError, mentions("n.jsonl:2:37: integer out of the 64-bit range"));
}

BOOST_AUTO_TEST_CASE(counts_above_a_billion_are_refused_so_sums_cannot_wrap) {
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})", R"({"id": "p", "author": "x", "platform": "t", "time": "2021-01-01", "reactions": 1000000001})")),
        ParseError, mentions("\"reactions\" must be an integer from 0 to 10^9, got \"1000000001\""));
    const auto r = read_json(document(R"({"id": "x"})", R"({"id": "p", "author": "x", "platform": "t", "time": "2021-01-01", "reactions": 1000000000})"));
    BOOST_TEST(r.dataset.posts.at(0).reactions == 1000000000u);
}

BOOST_AUTO_TEST_CASE(strict_mode_stops_at_the_first_problem_in_file_order) {
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})",
                           "\n" R"({"id": "p1", "author": "nobody", "platform": "t", "time": "2021-01-01"},)"
                           "\n" R"({"id": "p1", "author": "x", "platform": "t", "time": "2021-01-01"})")),
        ParseError, mentions("data.json:3:24: unknown actor, got \"nobody\""));
    // Lenient mode skips unknown references but still refuses a malformed record.
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})",
                           R"({"id": "p1", "author": "x", "platform": "t", "time": "2021-01-01"},
                              {"id": "p2", "author": "nobody", "platform": "t", "time": "2021-01-01", "parent": "p1"})"),
                  true),
        ParseError, mentions("an original post cannot have a parent"));
}

BOOST_AUTO_TEST_CASE(repeated_mentions_count_once) {
    const auto r = read_json(document(R"({"id": "x"}, {"id": "y"})",
                                      R"({"id": "p", "author": "x", "platform": "t", "time": "2021-01-01", "mentions": ["y", "y", "x"]})"));
    BOOST_TEST((r.dataset.posts.at(0).mentions == std::vector<ActorIndex>{1, 0}));
}

BOOST_AUTO_TEST_CASE(unicode_escapes_are_decoded) {
    const auto r = read_json(document(R"({"id": "x", "name": "Ren\u00e9e \"R\" \ud83d\ude00"})"));
    BOOST_TEST(r.dataset.actors.at(0).name == "Ren\xC3\xA9" "e \"R\" \xF0\x9F\x98\x80");
}

BOOST_AUTO_TEST_CASE(unknown_fields_are_ignored) {
    const auto r = read_json(R"({"format": "ricochet", "version": 1, "generator": {"x": [1, 2]},
                                 "actors": [{"id": "x", "colour": "blue"}]})");
    BOOST_TEST(r.dataset.actors.size() == 1u);
}

BOOST_AUTO_TEST_CASE(unknown_author_is_an_error_at_its_token) {
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})",
                           "\n" R"(  {"id": "p", "author": "zed", "platform": "t", "time": "2021-01-01"})")),
        ParseError, mentions("data.json:3:25: unknown actor, got \"zed\""));
}

BOOST_AUTO_TEST_CASE(lenient_skips_unknown_references_and_counts_them) {
    const auto r = read_json(
        document(R"({"id": "x", "organisation": "nowhere"})",
                 R"({"id": "p1", "author": "x", "platform": "t", "time": "2021-01-01"},
                    {"id": "p2", "author": "zed", "platform": "t", "time": "2021-01-01"},
                    {"id": "p3", "author": "x", "platform": "t", "time": "2021-01-01", "mentions": ["who"]},
                    {"id": "p4", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "p2"},
                    {"id": "p5", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "p4"},
                    {"id": "p6", "author": "x", "platform": "t", "time": "2021-01-01", "type": "reply", "parent": "gone"},
                    {"id": "p7", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "p1"})",
                 R"({"actor": "x", "post": "p2", "type": "reaction"},
                    {"actor": "x", "post": "p99", "type": "reaction"},
                    {"actor": "ghost", "post": "p1", "type": "reaction"},
                    {"actor": "x", "post": "p7", "type": "comment"})"),
        true);
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].id == "p1");
    BOOST_TEST(d.posts[1].id == "p7");
    BOOST_TEST(*d.posts[1].parent == 0u);
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST(d.engagements[0].post == 1u);
    BOOST_TEST(!d.actors[0].organisation.has_value());
    std::map<std::string, std::uint64_t> counts;
    for (const auto& w : r.warnings) counts[w.message] = w.count;
    BOOST_TEST(counts["organisation links dropped: unknown organisation"] == 1u);
    BOOST_TEST(counts["posts skipped: unknown author"] == 1u);
    BOOST_TEST(counts["posts skipped: unknown mentioned actor"] == 1u);
    BOOST_TEST(counts["posts skipped: unknown parent post"] == 1u);
    BOOST_TEST(counts["posts skipped: parent post skipped"] == 2u);  // p4 (p2 skipped) then p5
    BOOST_TEST(counts["engagement events skipped: post skipped"] == 1u);
    BOOST_TEST(counts["engagement events skipped: unknown post"] == 1u);
    BOOST_TEST(counts["engagement events skipped: unknown actor"] == 1u);
    for (const auto& w : r.warnings) BOOST_TEST(w.first.starts_with(std::string("/")));  // a located example
    BOOST_CHECK_NO_THROW(check_dataset(d));
}

BOOST_AUTO_TEST_CASE(parent_chains_must_not_loop) {
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})",
                           R"({"id": "a", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "b"},
                              {"id": "b", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "a"})")),
        ParseError, mentions("the chain of parents loops back"));
    BOOST_CHECK_EXCEPTION(
        read_json(document(R"({"id": "x"})",
                           R"({"id": "a", "author": "x", "platform": "t", "time": "2021-01-01", "type": "repost", "parent": "a"})")),
        ParseError, mentions("a post cannot be its own parent, got \"a\""));
}

BOOST_AUTO_TEST_CASE(deep_parent_chains_are_resolved_without_recursion) {
    std::string posts = R"({"id": "p0", "author": "x", "platform": "t", "time": "2021-01-01"})";
    const int depth = 100000;
    for (int i = depth; i >= 1; --i) {  // children before parents: the worst order
        posts += ",{\"id\":\"p" + std::to_string(i) + "\",\"author\":\"x\",\"platform\":\"t\",\"time\":\"2021-01-01\",\"type\":\"repost\",\"parent\":\"p" + std::to_string(i - 1) + "\"}";
    }
    const auto r = read_json(document(R"({"id": "x"})", posts));
    BOOST_TEST(r.dataset.posts.size() == static_cast<std::size_t>(depth + 1));
}

BOOST_AUTO_TEST_SUITE_END()
