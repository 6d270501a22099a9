// SPDX-License-Identifier: MIT
// The LinkedIn importer: every built-in mapping and a custom one on tiny CSVs whose datasets
// were worked out by hand from the rules in README.md ("LinkedIn CSV"), and every error path
// with its exact message.
#include <boost/test/unit_test.hpp>

#include <chrono>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "io/linkedin_reader.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::TempDir;

namespace {

Time at(const char* iso) { return *parse_time(iso); }

io::ReadResult read(std::string_view csv, bool lenient = false) {
    const auto file = io::FileBuffer::from_text("data.csv", csv);
    return io::detail::read_linkedin(file, nullptr, lenient);
}

io::ReadResult read(std::string_view csv, std::string_view mapping, bool lenient = false) {
    const auto file = io::FileBuffer::from_text("data.csv", csv);
    const auto map = io::FileBuffer::from_text("m.json", mapping);
    return io::detail::read_linkedin(file, &map, lenient);
}

std::string error_of(std::string_view csv) {
    return ricochet::testing::parse_error_of([&] { return read(csv); });
}

std::string error_of(std::string_view csv, std::string_view mapping) {
    return ricochet::testing::parse_error_of([&] { return read(csv, mapping); });
}

std::filesystem::path sample(const std::string& name) {
    return ricochet::testing::datasets_dir() / "linkedin" / name;
}

// A custom mapping with every role, used by several cases below.
constexpr std::string_view full_mapping = R"({
  "columns": {"post": "url", "author": "who", "author_name": "name", "time": "when",
              "action": "did", "parent": "of", "parent_author": "by", "parent_author_name": "by name",
              "text": "text", "reactions": "likes", "comments": "comments", "shares": "shares"},
  "actions": {"post": "original", "repost": "repost", "quote": "quote", "reply": "reply",
              "comment": "comment", "like": "reaction", "react*": "reaction", "follow": "skip"}
})";
constexpr std::string_view full_header = "url,who,name,when,did,of,by,by name,text,likes,comments,shares\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(linkedin_reader)

// --- built-in mappings ---------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(shares_csv_makes_original_posts_of_the_member) {
    // BOM, CRLF, a header in other cases, a multi-line cell, an encoded URN, a ugcPost URL.
    const io::ReadResult r = read(
        "\xEF\xBB\xBF" "date,SHARELINK,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n"
        "2023-01-10 08:30:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7018494140506887815/,"
        "\"Line one\r\nline two\",,,PUBLIC\r\n"
        "2023-01-16 17:02:11,https://www.linkedin.com/feed/update/urn:li:ugcPost:7020800123456789012/?utm=x,,,,PUBLIC\r\n");
    BOOST_TEST((r.format == io::InputFormat::linkedin));
    BOOST_TEST(r.warnings.empty());
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 1u);
    BOOST_TEST(d.actors[0].id == "linkedin:me");
    BOOST_TEST(d.actors[0].name == "me");
    BOOST_TEST((d.actors[0].kind == ActorKind::other));
    BOOST_TEST(d.actors[0].accounts.empty());
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].id == "linkedin:7018494140506887815");
    BOOST_TEST(d.posts[0].author == 0u);
    BOOST_TEST(d.posts[0].platform == "linkedin");
    BOOST_TEST((d.posts[0].time == at("2023-01-10T08:30:00Z")));
    BOOST_TEST((d.posts[0].type == PostType::original));
    BOOST_TEST(!d.posts[0].parent.has_value());
    BOOST_TEST(d.posts[0].engagement() == 0u);
    BOOST_TEST(d.posts[1].id == "https://www.linkedin.com/feed/update/urn:li:ugcPost:7020800123456789012");
    BOOST_TEST((d.posts[1].time == at("2023-01-16T17:02:11Z")));
    BOOST_TEST(d.engagements.empty());
}

BOOST_AUTO_TEST_CASE(comments_csv_makes_comments_on_the_linked_post) {
    // Row 2 links a /posts/ URL: its author is the slug, its time the activity id's
    // (7018848977264046040 >> 22 = 1673424000087 ms = 2023-01-11T08:00:00.087Z). Row 3 links a
    // feed URL: the author is unknown, so the comment stays without a parent and is counted.
    const io::ReadResult r = read(
        "Date,Link,Message\n"
        "2023-01-11 09:15:00,https://www.linkedin.com/posts/Claire-Martin_diabetes-activity-7018848977264046040-AbCd,\"Great work, Claire!\"\n"
        "2023-01-12 14:00:00,https://www.linkedin.com/feed/update/urn:li:activity:7019226465514291977/,Congrats\n");
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 2u);
    BOOST_TEST(d.actors[0].id == "linkedin:me");
    BOOST_TEST(d.actors[1].id == "linkedin:claire-martin");
    BOOST_TEST(d.actors[1].accounts.at("linkedin") == "claire-martin");
    BOOST_TEST(d.actors[1].name.empty());
    BOOST_REQUIRE(d.posts.size() == 3u);
    BOOST_TEST(d.posts[0].id == "linkedin:7018848977264046040");
    BOOST_TEST(d.posts[0].author == 1u);
    BOOST_TEST((d.posts[0].type == PostType::original));
    BOOST_TEST((d.posts[0].time == at("2023-01-11T08:00:00Z")));
    BOOST_TEST(d.posts[1].id == "linkedin:7018848977264046040#comment:linkedin:me@2023-01-11T09:15:00Z");
    BOOST_TEST(d.posts[1].author == 0u);
    BOOST_TEST((d.posts[1].type == PostType::comment));
    BOOST_TEST((d.posts[1].parent == PostIndex{0}));
    BOOST_TEST((d.posts[1].time == at("2023-01-11T09:15:00Z")));
    BOOST_TEST(d.posts[2].id == "linkedin:7019226465514291977#comment:linkedin:me@2023-01-12T14:00:00Z");
    BOOST_TEST((d.posts[2].type == PostType::comment));
    BOOST_TEST(!d.posts[2].parent.has_value());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "echo posts kept without their parent: unknown author of the parent post");
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].first ==
               "data.csv:3:21: the author of the post is unknown, got \"https://www.linkedin.com/feed/update/urn...\"");
}

BOOST_AUTO_TEST_CASE(reactions_csv_makes_reaction_events) {
    const io::ReadResult r = read(
        "Date,Type,Link\n"
        "2023-01-11 09:10:00,LIKE,https://www.linkedin.com/posts/claire-martin_x-activity-7018848977264046040-AbCd\n"
        "2023-01-13 18:45:00,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:7019573752649789553\n"
        "2023-01-14 07:05:00,EMPATHY,https://www.linkedin.com/posts/aster-labs_lyon-activity-7019226466943072841-xY9z\n"
        "2023-01-15 07:05:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:7018848977264046040\n");
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[1].id == "linkedin:claire-martin");
    BOOST_TEST(d.actors[2].id == "linkedin:aster-labs");
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].id == "linkedin:7018848977264046040");
    BOOST_TEST((d.posts[0].time == at("2023-01-11T08:00:00Z")));
    BOOST_TEST(d.posts[1].id == "linkedin:7019226466943072841");
    BOOST_TEST(d.posts[1].author == 2u);
    BOOST_TEST((d.posts[1].time == at("2023-01-12T09:00:00Z")));
    // The last row's feed URL names the first post: same activity id, the author is known.
    BOOST_REQUIRE(d.engagements.size() == 3u);
    BOOST_TEST((d.engagements[0] == Engagement{0, 0, EngagementType::reaction, at("2023-01-11T09:10:00Z")}));
    BOOST_TEST((d.engagements[1] == Engagement{0, 1, EngagementType::reaction, at("2023-01-14T07:05:00Z")}));
    BOOST_TEST((d.engagements[2] == Engagement{0, 0, EngagementType::reaction, at("2023-01-15T07:05:00Z")}));
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "engagement events skipped: unknown author of the post");
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].first ==
               "data.csv:3:28: the author of the post is unknown, got \"https://www.linkedin.com/feed/update/urn...\"");
}

BOOST_AUTO_TEST_CASE(activity_extractor_sample_gives_the_hand_computed_dataset) {
    // datasets/linkedin/activity.csv, counted by hand (see its README).
    const io::ReadResult r = io::read_dataset(sample("activity.csv"));
    BOOST_TEST((r.format == io::InputFormat::linkedin));
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "linkedin:claire-martin");
    BOOST_TEST(d.actors[0].name == "Claire Martin");
    BOOST_TEST(d.actors[1].id == "linkedin:paul-durand");
    BOOST_TEST(d.actors[1].name == "Paul Durand");
    BOOST_TEST(d.actors[2].id == "linkedin:aster-labs");
    BOOST_TEST(d.actors[2].name == "Aster Labs");
    BOOST_TEST((d.actors[2].kind == ActorKind::company));
    BOOST_TEST(d.actors[2].accounts.at("linkedin") == "aster-labs");
    BOOST_REQUIRE(d.posts.size() == 5u);
    // Claire's post: rows 1, 2 and 7 (counts 120/14/6, 125/15/7, 130/16/6: the maxima).
    BOOST_TEST(d.posts[0].id == "linkedin:7018848977264046040");
    BOOST_TEST(d.posts[0].author == 0u);
    BOOST_TEST((d.posts[0].time == at("2023-01-11T08:00:00Z")));
    BOOST_TEST(d.posts[0].reactions == 130u);
    BOOST_TEST(d.posts[0].comments == 16u);
    BOOST_TEST(d.posts[0].shares == 7u);
    BOOST_TEST((d.posts[0].mentions == std::vector<ActorIndex>{1, 2}));
    // Paul's repost of it (row 2).
    BOOST_TEST(d.posts[1].id == "linkedin:7018848977264046040#repost:linkedin:paul-durand@2023-01-11T10:30:00Z");
    BOOST_TEST(d.posts[1].author == 1u);
    BOOST_TEST((d.posts[1].type == PostType::repost));
    BOOST_TEST((d.posts[1].parent == PostIndex{0}));
    BOOST_TEST((d.posts[1].time == at("2023-01-11T10:30:00Z")));
    BOOST_TEST(d.posts[1].engagement() == 0u);
    // Aster Labs' post (rows 3, 4): time from the activity id, counts 85/10/2.
    BOOST_TEST(d.posts[2].id == "linkedin:7019226466943072841");
    BOOST_TEST(d.posts[2].author == 2u);
    BOOST_TEST((d.posts[2].type == PostType::original));
    BOOST_TEST((d.posts[2].time == at("2023-01-12T09:00:00Z")));
    BOOST_TEST(d.posts[2].reactions == 85u);
    BOOST_TEST(d.posts[2].comments == 10u);
    BOOST_TEST(d.posts[2].shares == 2u);
    BOOST_TEST((d.posts[2].mentions == std::vector<ActorIndex>{0}));
    // Paul's comment on it (row 3).
    BOOST_TEST(d.posts[3].id == "linkedin:7019226466943072841#comment:linkedin:paul-durand@2023-01-12T11:00:00Z");
    BOOST_TEST((d.posts[3].type == PostType::comment));
    BOOST_TEST((d.posts[3].parent == PostIndex{2}));
    // Paul's own post (row 6): "@claire martin" matches whatever the case.
    BOOST_TEST(d.posts[4].id == "linkedin:7020056940642109696");
    BOOST_TEST(d.posts[4].author == 1u);
    BOOST_TEST((d.posts[4].mentions == std::vector<ActorIndex>{0, 2}));
    BOOST_TEST(d.posts[4].reactions == 40u);
    BOOST_TEST(d.posts[4].comments == 3u);
    BOOST_TEST(d.posts[4].shares == 1u);
    // Claire liked Aster's post (row 4); Paul's "Celebrated" of a post of unknown author is counted.
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0] == Engagement{0, 2, EngagementType::reaction, at("2023-01-12T12:00:00Z")}));
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "engagement events skipped: unknown author of the post");
    BOOST_TEST(r.warnings[0].first.ends_with(
        "activity.csv:8:1: the author of the post is unknown, got \"https://www.linkedin.com/feed/update/urn...\""));
}

BOOST_AUTO_TEST_CASE(activity_extractor_reposts_with_a_shared_post_url) {
    // With sharedPostUrl the row's postUrl is the repost itself and the counts are its own.
    const io::ReadResult r = read(
        "postUrl,type,postContent,likeCount,commentCount,repostCount,postDate,action,profileUrl,sharedPostUrl,author,authorUrl\n"
        "https://www.linkedin.com/feed/update/urn:li:activity:2,Repost,Read this,3,0,0,2024-05-02T10:00:00Z,Reposted,"
        "https://www.linkedin.com/in/bob,https://www.linkedin.com/feed/update/urn:li:activity:1,Ann Lee,https://www.linkedin.com/in/ann-lee\n"
        "https://www.linkedin.com/feed/update/urn:li:activity:1,Text,Hello,9,1,1,2024-05-01T10:00:00Z,reacted (insightful),"
        "https://www.linkedin.com/in/CAROL,,Ann Lee,https://www.linkedin.com/in/ann-lee\n");
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "linkedin:bob");
    BOOST_TEST(d.actors[1].id == "linkedin:ann-lee");
    BOOST_TEST(d.actors[1].name == "Ann Lee");
    BOOST_TEST(d.actors[2].id == "linkedin:carol");
    BOOST_REQUIRE(d.posts.size() == 2u);
    // Activity id 1: 1 >> 22 = 0 ms, but the repost row's time (an upper bound) is not used:
    // the activity id gives the time.
    BOOST_TEST(d.posts[0].id == "linkedin:1");
    BOOST_TEST(d.posts[0].author == 1u);
    BOOST_TEST((d.posts[0].time == at("1970-01-01T00:00:00Z")));
    BOOST_TEST(d.posts[0].reactions == 9u);
    BOOST_TEST(d.posts[0].comments == 1u);
    BOOST_TEST(d.posts[0].shares == 1u);
    BOOST_TEST(d.posts[1].id == "linkedin:2");
    BOOST_TEST(d.posts[1].author == 0u);
    BOOST_TEST((d.posts[1].type == PostType::repost));
    BOOST_TEST((d.posts[1].parent == PostIndex{0}));
    BOOST_TEST((d.posts[1].time == at("2024-05-02T10:00:00Z")));
    BOOST_TEST(d.posts[1].reactions == 3u);
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0] == Engagement{2, 0, EngagementType::reaction, at("2024-05-01T10:00:00Z")}));
}

BOOST_AUTO_TEST_CASE(sample_mapping_files_read_like_the_built_in_mappings) {
    for (const char* name : {"export/Shares.csv", "export/Comments.csv", "export/Reactions.csv", "activity.csv"}) {
        const std::string file = name;
        const std::string mapping = file.starts_with("activity") ? "activity-extractor.json"
                                    : file.find("Shares") != std::string::npos ? "shares.json"
                                    : file.find("Comments") != std::string::npos ? "comments.json"
                                                                                 : "reactions.json";
        const io::ReadResult built_in = io::read_dataset(sample(file));
        const io::ReadResult mapped = io::read_dataset(
            sample(file), {.format = io::InputFormat::linkedin, .mapping = sample("mappings/" + mapping)});
        BOOST_TEST((built_in.format == io::InputFormat::linkedin), file);
        BOOST_TEST((built_in.dataset == mapped.dataset), file);
        BOOST_TEST(!built_in.dataset.posts.empty(), file);
    }
}

// --- custom mappings -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(custom_mapping_with_unix_milliseconds_and_skipped_actions) {
    const io::ReadResult r = io::read_dataset(
        sample("custom/engagers.csv"),
        {.format = io::InputFormat::linkedin, .mapping = sample("custom/engagers.json")});
    const Dataset& d = r.dataset;
    BOOST_TEST(r.warnings.empty());
    BOOST_REQUIRE(d.actors.size() == 4u);
    BOOST_TEST(d.actors[0].id == "linkedin:paul-durand");
    BOOST_TEST(d.actors[0].name == "Paul Durand");
    BOOST_TEST(d.actors[1].id == "linkedin:claire-martin");
    BOOST_TEST(d.actors[1].name == "Claire Martin");
    BOOST_TEST(d.actors[2].id == "linkedin:aster-labs");
    BOOST_TEST((d.actors[2].kind == ActorKind::company));
    BOOST_TEST(d.actors[3].id == "linkedin:jean-roux");
    BOOST_REQUIRE(d.posts.size() == 3u);
    BOOST_TEST(d.posts[0].id == "linkedin:7018848977264046040");
    BOOST_TEST(d.posts[0].author == 1u);
    // 1673431200500 ms: 2023-01-11T10:00:00.5Z, kept to the second.
    BOOST_TEST(d.posts[1].id == "linkedin:7018848977264046040#comment:linkedin:aster-labs@2023-01-11T10:00:00Z");
    BOOST_TEST(d.posts[1].author == 2u);
    BOOST_TEST((d.posts[1].parent == PostIndex{0}));
    BOOST_TEST((d.posts[1].mentions == std::vector<ActorIndex>{1}));
    BOOST_TEST(d.posts[2].id == "linkedin:7018848977264046040#repost:linkedin:jean-roux@2023-01-11T11:00:00Z");
    BOOST_TEST((d.posts[2].type == PostType::repost));
    BOOST_TEST((d.posts[2].time == at("2023-01-11T11:00:00Z")));
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0] == Engagement{0, 0, EngagementType::reaction, at("2023-01-11T09:40:00Z")}));
}

BOOST_AUTO_TEST_CASE(the_mapping_can_name_the_owner) {
    const io::ReadResult r = io::read_dataset(
        sample("export/Shares.csv"),
        {.format = io::InputFormat::linkedin, .mapping = sample("mappings/shares-owner.json")});
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 1u);
    BOOST_TEST(d.actors[0].id == "linkedin:jane-doe");
    BOOST_TEST(d.actors[0].name == "Jane Doe");
    BOOST_TEST(d.actors[0].accounts.at("linkedin") == "jane-doe");
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].author == 0u);
}

BOOST_AUTO_TEST_CASE(echo_rows_with_their_own_post_and_every_meaning) {
    const std::string csv = std::string(full_header) +
        // 2: an original with counts and an @tag of a name known only later
        "urn:li:activity:100,https://www.linkedin.com/in/ann/,Ann,2024-01-01T09:00:00Z,post,,,,Hi @Bob Stone!,5,1,0\n"
        // 3: a quote with its own URL, of post 100 by Ann (the parent author cell wins over nothing)
        "urn:li:activity:200,https://www.linkedin.com/in/bob-stone,Bob Stone,2024-01-01T10:00:00Z,quote,"
        "urn:li:activity:100,https://www.linkedin.com/in/ann,,Look @ann,7,0,0\n"
        // 4: a reply to the quote, without a URL of its own
        ",carol,Carol,2024-01-01T11:00:00Z,reply,urn:li:activity:200,,,,,,\n"
        // 5: a reaction whose type matches the prefix pattern "react*"
        ",carol,,2024-01-01T12:00:00Z,Reacted,urn:li:activity:100,,,,,,\n"
        // 6: skipped
        ",carol,,2024-01-01T13:00:00Z,follow,urn:li:activity:100,,,,,,\n"
        // 7: the original again, later scraped: higher counts are kept, the rest stays
        "urn:li:activity:100,https://www.linkedin.com/in/ann,,2024-01-02T09:00:00Z,post,,,,,4,3,2\n";
    const io::ReadResult r = read(csv, full_mapping);
    const Dataset& d = r.dataset;
    BOOST_TEST(r.warnings.empty());
    BOOST_REQUIRE(d.actors.size() == 3u);
    BOOST_TEST(d.actors[0].id == "linkedin:ann");
    BOOST_TEST(d.actors[0].name == "Ann");
    BOOST_TEST(d.actors[1].id == "linkedin:bob-stone");
    BOOST_TEST(d.actors[2].id == "carol");  // not a URL: the id as written
    BOOST_TEST(d.actors[2].accounts.empty());
    BOOST_REQUIRE(d.posts.size() == 3u);
    BOOST_TEST(d.posts[0].id == "linkedin:100");
    BOOST_TEST((d.posts[0].time == at("2024-01-01T09:00:00Z")));
    BOOST_TEST(d.posts[0].reactions == 5u);
    BOOST_TEST(d.posts[0].comments == 3u);
    BOOST_TEST(d.posts[0].shares == 2u);
    BOOST_TEST((d.posts[0].mentions == std::vector<ActorIndex>{1}));
    BOOST_TEST(d.posts[1].id == "linkedin:200");
    BOOST_TEST((d.posts[1].type == PostType::quote));
    BOOST_TEST((d.posts[1].parent == PostIndex{0}));
    BOOST_TEST(d.posts[1].reactions == 7u);
    BOOST_TEST((d.posts[1].mentions == std::vector<ActorIndex>{0}));
    BOOST_TEST(d.posts[2].id == "linkedin:200#reply:carol@2024-01-01T11:00:00Z");
    BOOST_TEST((d.posts[2].type == PostType::reply));
    BOOST_TEST((d.posts[2].parent == PostIndex{1}));
    BOOST_TEST(d.posts[2].author == 2u);
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0] == Engagement{2, 0, EngagementType::reaction, at("2024-01-01T12:00:00Z")}));
}

BOOST_AUTO_TEST_CASE(mentions_take_the_longest_known_name_and_ignore_the_rest) {
    const std::string csv = std::string(full_header) +
        "p1,ann,Ann,2024-01-01,post,,,,\"@Ann Lee, @ann and @Annie; @Bob, @ANN LEE again\",,,\n"
        "p2,lee,Ann Lee,2024-01-01,post,,,,@,,,\n";
    const Dataset d = read(csv, full_mapping).dataset;
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST((d.posts[0].mentions == std::vector<ActorIndex>{1, 0}));
    BOOST_TEST(d.posts[1].mentions.empty());
}

BOOST_AUTO_TEST_CASE(epoch_seconds_and_a_default_action_for_empty_cells) {
    const std::string mapping = R"({"columns": {"post": "id", "author": "a", "time": "t", "action": "kind"},
        "time_format": "epoch_s", "actions": {"like": "reaction"}, "action": "original"})";
    const io::ReadResult r = read("id,a,t,kind\nx1,ann,1700000000,\nx1,bob,-1,like\n", mapping);
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.posts.size() == 1u);
    BOOST_TEST((d.posts[0].time == at("2023-11-14T22:13:20Z")));
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0].time == at("1969-12-31T23:59:59Z")));
}

BOOST_AUTO_TEST_CASE(a_file_with_only_a_header_is_an_empty_dataset) {
    const io::ReadResult r = read("Date,Link,Message\n");
    BOOST_TEST(r.dataset.actors.empty());
    BOOST_TEST(r.dataset.posts.empty());
}

BOOST_AUTO_TEST_CASE(headers_of_the_built_in_mappings_are_detected) {
    using io::detail::is_linkedin_header;
    BOOST_TEST(is_linkedin_header("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"));
    BOOST_TEST(is_linkedin_header("\xEF\xBB\xBF" "date, link ,\"MESSAGE\"\r"));
    BOOST_TEST(is_linkedin_header("Date,Type,Link"));
    BOOST_TEST(is_linkedin_header("postUrl,imgUrl,type,postContent,likeCount,commentCount,repostCount,postDate,action,profileUrl,timestamp"));
    BOOST_TEST(!is_linkedin_header("Date,Link"));
    BOOST_TEST(!is_linkedin_header("source,target,weight"));
    BOOST_TEST(!is_linkedin_header("postUrl,action,profileUrl"));
    BOOST_TEST(!is_linkedin_header("Date,Link,\"Message"));
    BOOST_TEST(!is_linkedin_header("Date,Link,Messag\xE9"));
    BOOST_TEST(!is_linkedin_header(""));
}

BOOST_AUTO_TEST_CASE(a_mapping_path_goes_through_read_dataset) {
    TempDir dir;
    const auto csv = dir.write("posts.csv", "id,a,t\np,https://www.linkedin.com/in/x,2024-02-03T04:05:06+01:00\n");
    const auto mapping = dir.write("m.json", R"({"columns": {"post": "id", "author": "a", "time": "t"}})");
    const io::ReadResult r = io::read_dataset(csv, {.format = io::InputFormat::linkedin, .mapping = mapping});
    BOOST_REQUIRE(r.dataset.posts.size() == 1u);
    BOOST_TEST(r.dataset.actors.at(0).id == "linkedin:x");
    BOOST_TEST((r.dataset.posts[0].time == at("2024-02-03T03:05:06Z")));
    BOOST_CHECK_THROW((void)io::read_dataset(csv, {.format = io::InputFormat::linkedin,
                                                   .mapping = dir.path() / "none.json"}),
                      IoError);
}

// --- lenient -------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(lenient_skips_bad_rows_and_counts_them) {
    const std::string csv =
        "Date,Link,Message\n"
        "2023-01-11 09:15:00,https://www.linkedin.com/posts/ann_x-activity-7-a,ok\n"
        "yesterday,https://www.linkedin.com/posts/ann_x-activity-7-a,bad time\n"
        "2023-02-30 10:00:00,https://www.linkedin.com/posts/ann_x-activity-7-a,bad day\n"
        "2023-01-12 09:15:00,,no link\n"
        "2023-01-13 09:15:00,https://www.linkedin.com/posts/ann_x-activity-7-a,extra,field\n"
        "2023-01-14 09:15:00,https://www.linkedin.com/posts/ann_x-activity-7-a,ok too\n";
    BOOST_TEST(error_of(csv) == "data.csv:3:1: \"Date\" must be an ISO 8601 time, got \"yesterday\"");
    const io::ReadResult r = read(csv, true);
    BOOST_TEST(r.dataset.posts.size() == 3u);  // Ann's post and two comments
    BOOST_REQUIRE(r.warnings.size() == 3u);
    BOOST_TEST(r.warnings[0].message == "rows skipped: \"Date\" must be an ISO 8601 time");
    BOOST_TEST(r.warnings[0].count == 2u);
    BOOST_TEST(r.warnings[0].first == "data.csv:3:1: \"Date\" must be an ISO 8601 time, got \"yesterday\"");
    BOOST_TEST(r.warnings[1].message == "rows skipped: \"Link\" must not be empty for an echo row");
    BOOST_TEST(r.warnings[1].count == 1u);
    BOOST_TEST(r.warnings[1].first == "data.csv:5:21: \"Link\" must not be empty for an echo row, got \"\"");
    BOOST_TEST(r.warnings[2].message == "rows skipped: the row has 4 fields, the header 3");
    BOOST_TEST(r.warnings[2].first.starts_with("data.csv:6:1: the row has 4 fields, the header 3, got \"2023-01-13"));
}

// --- errors --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(mapping_errors_point_into_the_mapping) {
    const std::string_view csv = "a,b\nx,y\n";
    // A column the header lacks: column 37 is the opening quote of "c".
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a", "author": "c"}})") ==
               "m.json:1:37: column missing from the header of data.csv, got \"c\"");
    BOOST_TEST(error_of(csv, "{\"columns\": {\"post\": \"a\"},\n \"colour\": 1}") ==
               "m.json:2:2: unknown mapping key (expected description, columns, optional, time_format, "
               "actions, action, owner or owner_name), got \"colour\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a", "poster": "b"}})") ==
               "m.json:1:27: unknown column role (expected post, author, author_name, time, action, parent, "
               "parent_author, parent_author_name, text, reactions, comments or shares), got \"poster\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a",}})") == "m.json:1:26: expected a string key, got \"}\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"})") == "m.json:1:26: unexpected end of input");
    BOOST_TEST(error_of(csv, "") == "m.json:1:1: unexpected end of input, expected a value");
    BOOST_TEST(error_of(csv, "[1]") == "m.json:1:1: a mapping must be a JSON object, got \"[\"");
    BOOST_TEST(error_of(csv, "{}") == "m.json:1:1: the mapping has no \"columns\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "columns": {}})") ==
               "m.json:1:28: duplicate key, got \"columns\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": 3}})") == "m.json:1:22: \"post\" must be a string, got \"3\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": " "}})") ==
               "m.json:1:22: a column name must not be empty, got \" \"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "time_format": "unix"})") ==
               "m.json:1:43: unknown time format (expected iso8601, epoch_s or epoch_ms), got \"unix\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "action": "like"})") ==
               "m.json:1:38: unknown action meaning (expected original, repost, quote, reply, comment, "
               "reaction or skip), got \"like\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a", "action": "b"}})") ==
               "m.json:1:37: an action column needs an \"actions\" table, got \"b\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "actions": {"x": "original"}})") ==
               "m.json:1:39: an \"actions\" table needs an action column (\"columns\": {\"action\": ...}), got \"{\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a", "action": "b"}, "actions": {"x": "liked"}})") ==
               "m.json:1:60: unknown action meaning (expected original, repost, quote, reply, comment, "
               "reaction or skip), got \"liked\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "owner": "https://example.com/me"})") ==
               "m.json:1:37: \"owner\" must be a LinkedIn profile URL or an actor id, got \"https://example.com/me\"");
    BOOST_TEST(error_of(csv, R"({"columns": {"post": "a"}, "optional": ["author"]})") ==
               "m.json:1:41: an optional role must be in \"columns\", got \"author\"");
    BOOST_TEST(error_of(csv, "{\"columns\": {\"post\": \"a\\ud800\"}}") ==
               "m.json:1:24: unpaired high surrogate in a string, got \"\\\\ud800\\\"\"");
}

BOOST_AUTO_TEST_CASE(cell_errors_name_the_column_and_the_token) {
    const std::string h(full_header);
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,post,,,,,-3,,\n", full_mapping) ==
               "data.csv:2:28: \"likes\" must be an integer from 0 to 10^9, got \"-3\"");
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,post,,,,,,2.5,\n", full_mapping) ==
               "data.csv:2:29: \"comments\" must be an integer from 0 to 10^9, got \"2.5\"");
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,post,,,,,,,1000000001\n", full_mapping) ==
               "data.csv:2:30: \"shares\" must be an integer from 0 to 10^9, got \"1000000001\"");
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,Followed,,,,,,,\n", full_mapping) ==
               "data.csv:2:19: unknown action (expected post, repost, quote, reply, comment, like, react* or "
               "follow), got \"Followed\"");
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,,,,,,,,\n", full_mapping) ==
               "data.csv:2:19: \"did\" must not be empty, got \"\"");
    BOOST_TEST(error_of(h + "p,,,2024-01-01,post,,,,,,,\n", full_mapping) ==
               "data.csv:2:3: \"who\" must not be empty, got \"\"");
    BOOST_TEST(error_of(h + "p,https://www.linkedin.com/feed/,,2024-01-01,post,,,,,,,\n", full_mapping) ==
               "data.csv:2:3: \"who\" must be a LinkedIn profile URL (linkedin.com/in/NAME, /company/NAME) "
               "or an actor id, got \"https://www.linkedin.com/feed/\"");
    BOOST_TEST(error_of(h + "p,ann,,,post,,,,,,,\n", full_mapping) ==
               "data.csv:2:1: no time for the post (no time in the row, no activity id in the URL), got \"p\"");
    BOOST_TEST(error_of(h + ",ann,,2024-01-01,post,,,,,,,\n", full_mapping) ==
               "data.csv:2:1: \"url\" must not be empty for an original row, got \"\"");
    BOOST_TEST(error_of(h + "p,ann,,2024-01-01,comment,p,,,,,,\n", full_mapping) ==
               "data.csv:2:27: a post cannot be its own parent, got \"p\"");
    BOOST_TEST(error_of(h + "q,ann,,2024-01-01,comment,p,,,,,,\n"
                            "p,bob,,2024-01-01,comment,q,,,,,,\n", full_mapping) ==
               "data.csv:2:27: the chain of parents loops back, got \"p\"");
    BOOST_TEST(error_of("id,a,t\nx,ann,17e8\n", R"({"columns": {"post": "id", "author": "a", "time": "t"},
                                                    "time_format": "epoch_ms"})") ==
               "data.csv:2:7: \"t\" must be Unix milliseconds, got \"17e8\"");
    BOOST_TEST(error_of("id,a,t\nx,ann,253402300800\n", R"({"columns": {"post": "id", "author": "a", "time": "t"},
                                                    "time_format": "epoch_s"})") ==
               "data.csv:2:7: \"t\" must be Unix seconds, got \"253402300800\"");
}

BOOST_AUTO_TEST_CASE(file_errors_of_the_built_in_mappings) {
    BOOST_TEST(error_of("") == "data.csv:1:1: empty file, expected a header row");
    BOOST_TEST(error_of("Date,Link\n2023-01-01,x\n") ==
               "data.csv:1:1: no built-in LinkedIn mapping reads this header (Shares.csv: Date, ShareLink, "
               "ShareCommentary; Comments.csv: Date, Link, Message; Reactions.csv: Date, Type, Link; activity "
               "extractor: postUrl, type, postContent, likeCount, commentCount, repostCount, postDate, action, "
               "profileUrl); give a mapping file, got \"Date,Link\"");
    BOOST_TEST(error_of("Date,Link,Message,link\n") == "data.csv:1:19: duplicate column, got \"link\"");
    BOOST_TEST(error_of("Date,Link,Message\n2023-01-01,\"https://x,oops\n") ==
               "data.csv:2:12: unterminated quoted field, got \"\\\"https://x,oops\"");
    BOOST_TEST(error_of("Date,Link,Message\n2023-01-01,x,caf\xC3\n") == "data.csv:2:17: invalid UTF-8, got \"\\xC3\"");
    BOOST_TEST(error_of("Date,Type,Link\n2023-01-01 10:00,LIKE,https://www.linkedin.com/in/ann\n,LIKE,\n") ==
               "data.csv:3:7: \"Link\" must not be empty for a reaction row, got \"\"");
    // Lenient does not skip what is wrong with the file itself.
    BOOST_CHECK_THROW((void)read("Date,Link,Message\n\"x\n", true), ParseError);
}

// Review findings: punctuation and emoji end a name; the slug's own words may say "activity";
// only linkedin.com and its subdomains are LinkedIn; percent-encoded slugs are decoded.
BOOST_AUTO_TEST_CASE(mentions_end_at_punctuation_and_emoji) {
    const std::string csv = std::string(full_header) +
        "p1,ann,Ann Lee,2024-01-01,post,,,,\"Thanks @Ann Lee\xE2\x80\x99s team\",,,\n"
        "p2,bob,Bob,2024-01-01,post,,,,\"Bravo @Ann Lee\xF0\x9F\x8E\x89 and @J\xC3\xA9r\xC3\xB4me\",,,\n"
        "p3,jer,J\xC3\xA9r\xC3\xB4me,2024-01-01,post,,,,\"@J\xC3\xA9r\xC3\xB4me2 is not @J\xC3\xA9r\xC3\xB4me\",,,\n";
    const Dataset d = read(csv, full_mapping).dataset;
    BOOST_REQUIRE(d.posts.size() == 3u);
    BOOST_TEST((d.posts[0].mentions == std::vector<ActorIndex>{0}));     // Ann Lee, before ’s
    BOOST_TEST((d.posts[1].mentions == std::vector<ActorIndex>{0, 2}));  // before the emoji; Jérôme
    BOOST_TEST((d.posts[2].mentions == std::vector<ActorIndex>{2}));     // not "Jérôme2"
}

BOOST_AUTO_TEST_CASE(many_at_signs_and_names_stay_linear) {
    std::string csv = std::string(full_header);
    for (int i = 1; i <= 1500; ++i) csv += "p" + std::to_string(i) + ",a" + std::to_string(i) + "," + std::string(static_cast<std::size_t>(i), 'a') + ",2024-01-01,post,,,,,,,\n";
    csv += "px,z,Z,2024-01-01,post,,,,\"" + std::string(2'000'000, '@') + "\",,,\n";
    const auto start = std::chrono::steady_clock::now();
    const Dataset d = read(csv, full_mapping).dataset;
    BOOST_TEST(d.posts.size() == 1501u);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST(seconds < 5.0);  // was minutes
}

BOOST_AUTO_TEST_CASE(activity_ids_are_read_where_linkedin_puts_them) {
    const std::string header = "postUrl,type,postContent,likeCount,commentCount,repostCount,postDate,action,profileUrl\n";
    const Dataset d = read(header +
        "https://www.linkedin.com/posts/jane-doe_physical-activity-2023-guidelines-activity-7018848977264046040-AbCd,Text,x,1,0,0,2023-01-11,Posted,https://www.linkedin.com/in/jane-doe/\n"
        "https://www.linkedin.com/feed/update/urn:li:ugcPost:7018848977264046999?commentUrn=urn%3Ali%3Aactivity%3A7018848977264046111,Text,x,1,0,0,2023-01-11,Posted,https://www.linkedin.com/in/jane-doe/\n"
        "https://www.linkedin.com/pulse/physical-activity-2023-tips-jane-doe/,Article,x,1,0,0,2023-01-12,Posted,https://www.linkedin.com/in/jane-doe/\n").dataset;
    BOOST_REQUIRE(d.posts.size() == 3u);
    BOOST_TEST(d.posts[0].id == "linkedin:7018848977264046040");  // the last -activity-<id>-
    BOOST_TEST(d.posts[1].id == "https://www.linkedin.com/feed/update/urn:li:ugcPost:7018848977264046999");  // not the query's URN
    BOOST_TEST(d.posts[2].id == "https://www.linkedin.com/pulse/physical-activity-2023-tips-jane-doe");
    BOOST_TEST(format_time(d.posts[2].time) == "2023-01-12T00:00:00Z");  // the row's, not "2023 >> 22"
}

BOOST_AUTO_TEST_CASE(profiles_are_on_linkedin_com_only_and_decoded) {
    const std::string header = "postUrl,type,postContent,likeCount,commentCount,repostCount,postDate,action,profileUrl\n";
    const std::string row = "https://www.linkedin.com/posts/x_y-activity-7018848977264046040-AbCd,Text,x,1,0,0,2023-01-11,Posted,";
    BOOST_TEST(error_of(header + row + "https://evil.example/redirect?to=linkedin.com/in/victim\n").find(
                   "must be a LinkedIn profile") != std::string::npos);
    BOOST_TEST(error_of(header + row + "https://notlinkedin.com/in/x\n").find("must be a LinkedIn profile") !=
               std::string::npos);
    const Dataset d = read(header + row + "https://fr.linkedin.com/in/j%C3%A9r%C3%B4me-Dupont/\n" +
                           "https://www.linkedin.com/posts/x_z-activity-7018848977264046041-AbCd,Text,x,1,0,0,2023-01-11,Posted,https://www.linkedin.com/in/j\xC3\xA9r\xC3\xB4me-dupont\n").dataset;
    BOOST_REQUIRE(d.actors.size() == 1u);  // both spellings are one actor
    BOOST_TEST(d.actors[0].id == "linkedin:j\xC3\xA9r\xC3\xB4me-dupont");
}

BOOST_AUTO_TEST_CASE(a_mapping_without_post_or_parent_column_is_refused_up_front) {
    BOOST_TEST(error_of("who,when\nx,1\n", R"({"columns": {"author": "who", "time": "when"}, "action": "reaction"})") ==
               "m.json:1:13: the mapping names neither a \"post\" nor a \"parent\" column, got \"{\"");
}

BOOST_AUTO_TEST_CASE(linkedin_slugs_for_identities) {
    BOOST_TEST(*io::detail::linkedin_slug("https://www.linkedin.com/company/Aster-Labs/?x=1") == "aster-labs");
    BOOST_TEST(*io::detail::linkedin_slug("www.linkedin.com/in/jane-doe") == "jane-doe");
    BOOST_TEST(!io::detail::linkedin_slug("jane-doe"));
    BOOST_TEST(!io::detail::linkedin_slug("https://example.com/in/jane-doe"));
}

BOOST_AUTO_TEST_SUITE_END()
