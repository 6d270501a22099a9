// SPDX-License-Identifier: MIT
// The Twitter importer on tiny tweets whose every expected value is worked out by hand from
// io/TWITTER.md. Real API payloads are checked against the independent oracle
// (tests/oracle/twitter_oracle.py).
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "io/twitter_reader.hpp"
#include "support/test_support.hpp"

#include <omp.h>

using namespace ricochet;

namespace {

io::ReadResult read(std::string_view text, bool lenient = false) {
    const auto file = io::FileBuffer::from_text("t.json", text);
    io::ReadOptions options;
    options.lenient = lenient;
    return io::detail::read_twitter(file, options);
}

std::string error_of(std::string_view text) {
    return ricochet::testing::parse_error_of([&] { return read(text); });
}

ActorIndex actor(const Dataset& d, std::string_view id) {
    const auto it = std::find_if(d.actors.begin(), d.actors.end(), [&](const Actor& a) { return a.id == id; });
    BOOST_REQUIRE(it != d.actors.end());
    return static_cast<ActorIndex>(it - d.actors.begin());
}

const Post& post(const Dataset& d, std::string_view id) {
    const auto it = std::find_if(d.posts.begin(), d.posts.end(), [&](const Post& p) { return p.id == id; });
    BOOST_REQUIRE(it != d.posts.end());
    return *it;
}

// Distinct arcs (source id, target id, layer) of the influence graph, sorted.
std::vector<std::string> arcs(const Dataset& d) {
    const InfluenceGraph g = build_influence_graph(d);
    std::vector<std::string> out;
    for (VertexId v = 0; v < g.graph.vertex_count(); ++v) {
        g.graph.for_each_out_arc(v, [&](VertexId target, const ArcProperties& arc) {
            out.push_back(d.actors[v].id + ">" + d.actors[target].id + ":" + std::string(to_string(arc.layer)));
        });
    }
    std::sort(out.begin(), out.end());
    return out;
}

using Strings = std::vector<std::string>;

const char* const user_a = R"({"id": 1, "id_str": "1", "screen_name": "alice", "name": "Alice", "followers_count": 10})";
const char* const user_b = R"({"id_str": "2", "screen_name": "bob", "name": "Bob", "followers_count": 20})";
const char* const user_c = R"({"id_str": "3", "screen_name": "carol", "name": "Carol"})";

}  // namespace

BOOST_AUTO_TEST_SUITE(twitter_reader)

// A retweet (10, by alice) of a quote (9, by bob, mentioning dave) of an original (8, by carol).
BOOST_AUTO_TEST_CASE(v1_retweet_of_a_quote_gives_one_repost_arc_and_the_embedded_tweets_their_own) {
    const std::string text = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id": 10, "id_str": "10", "user": )") +
                             user_a + R"(, "favorite_count": 5, "retweet_count": 7,
 "retweeted_status": {"created_at": "Wed Oct 10 20:00:00 +0000 2018", "id_str": "9", "user": )" + user_b +
                             R"(, "favorite_count": 5, "retweet_count": 7, "quote_count": 1, "reply_count": 2,
   "quoted_status": {"created_at": "Tue Oct 09 08:00:00 +0000 2018", "id_str": "8", "user": )" + user_c +
                             R"(},
   "entities": {"user_mentions": [{"id_str": "4", "screen_name": "dave"}]}},
 "entities": {"user_mentions": [{"id_str": "2", "screen_name": "bob"}, {"id_str": "4", "screen_name": "dave"}]}})";
    const io::ReadResult r = read(text);
    const Dataset& d = r.dataset;
    BOOST_TEST((r.format == io::InputFormat::twitter));
    BOOST_TEST(d.actors.size() == 4u);  // alice, bob, carol, dave
    BOOST_TEST(d.actors[actor(d, "twitter:1")].name == "Alice");
    BOOST_TEST(d.actors[actor(d, "twitter:1")].accounts.at("twitter") == "alice");
    BOOST_TEST(d.actors[actor(d, "twitter:1")].followers.at("twitter") == 10u);
    BOOST_TEST(d.actors[actor(d, "twitter:4")].accounts.at("twitter") == "dave");
    BOOST_TEST(d.actors[actor(d, "twitter:4")].name.empty());  // known only from a mention
    BOOST_REQUIRE(d.posts.size() == 3u);
    const Post& original = post(d, "twitter:8");
    const Post& quote = post(d, "twitter:9");
    const Post& retweet = post(d, "twitter:10");
    BOOST_TEST((original.type == PostType::original));
    BOOST_TEST((quote.type == PostType::quote));
    BOOST_TEST(d.posts[*quote.parent].id == "twitter:8");
    BOOST_TEST((retweet.type == PostType::repost));
    BOOST_TEST(d.posts[*retweet.parent].id == "twitter:9");
    BOOST_TEST(retweet.mentions.empty());  // a retweet's mentions are the original's
    BOOST_TEST(retweet.engagement() == 0u);  // its counts are the original's, copied
    BOOST_TEST(quote.reactions == 5u);
    BOOST_TEST(quote.shares == 8u);  // retweets 7 + quotes 1
    BOOST_TEST(quote.comments == 2u);
    BOOST_TEST(format_time(retweet.time) == "2018-10-10T20:19:24Z");
    BOOST_TEST(format_time(original.time) == "2018-10-09T08:00:00Z");
    BOOST_TEST(d.interactions.empty());
    BOOST_TEST(arcs(d) == (Strings{"twitter:1>twitter:2:repost", "twitter:2>twitter:3:quote",
                                   "twitter:2>twitter:4:mention"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(v1_reply_to_a_missing_parent_still_gives_the_reply_arc_and_extended_mentions) {
    const io::ReadResult r = read(std::string(R"([{"created_at": "Thu Feb 29 23:59:59 +0100 2024", "id_str": "20", "user": )") +
                                  user_a + R"(,
  "in_reply_to_status_id_str": "19", "in_reply_to_user_id_str": "5", "in_reply_to_screen_name": "eve",
  "truncated": true, "favorite_count": 3, "retweet_count": 2, "quote_count": 1, "reply_count": 4,
  "entities": {"user_mentions": [{"id_str": "5", "screen_name": "eve"}]},
  "extended_tweet": {"full_text": "@eve @fay hello", "entities": {"user_mentions": [{"id_str": "5", "screen_name": "eve"}, {"id_str": "6", "screen_name": "fay"}]}}}])");
    const Dataset& d = r.dataset;
    BOOST_TEST(d.actors.size() == 3u);
    const Post& reply = post(d, "twitter:20");
    BOOST_TEST((reply.type == PostType::reply));
    BOOST_TEST(!reply.parent);
    BOOST_TEST(format_time(reply.time) == "2024-02-29T22:59:59Z");  // +0100 to UTC
    BOOST_TEST(reply.reactions == 3u);
    BOOST_TEST(reply.shares == 3u);
    BOOST_TEST(reply.comments == 4u);
    BOOST_REQUIRE(reply.mentions.size() == 2u);
    BOOST_TEST(d.actors[reply.mentions[1]].accounts.at("twitter") == "fay");
    BOOST_REQUIRE(d.interactions.size() == 1u);
    BOOST_TEST((d.interactions[0].layer == Layer::reply));
    BOOST_TEST(d.actors[d.interactions[0].target].id == "twitter:5");
    BOOST_TEST(format_time(*d.interactions[0].time) == "2024-02-29T22:59:59Z");
    BOOST_TEST(arcs(d) == (Strings{"twitter:1>twitter:5:mention", "twitter:1>twitter:5:reply",
                                   "twitter:1>twitter:6:mention"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(v2_page_resolves_authors_through_includes_and_falls_back_on_the_rt_mention) {
    const io::ReadResult r = read(R"({"data": [
 {"id": "30", "author_id": "1", "created_at": "2021-01-01T00:00:00.000Z", "text": "RT @Bob: hi",
  "referenced_tweets": [{"type": "retweeted", "id": "29"}],
  "entities": {"mentions": [{"start": 3, "end": 7, "username": "Bob", "id": "2"}]}},
 {"id": "31", "author_id": "2", "created_at": "2021-01-02T10:00:00.000Z", "text": "look",
  "referenced_tweets": [{"type": "quoted", "id": "28"}, {"type": "replied_to", "id": "32"}],
  "public_metrics": {"like_count": 7, "retweet_count": 1, "reply_count": 0, "quote_count": 2}}],
 "includes": {"users": [{"id": "1", "username": "alice", "name": "Alice"},
                        {"id": "2", "username": "Bob", "name": "Bob", "public_metrics": {"followers_count": 99}},
                        {"id": "3", "username": "cy", "name": "Cy"}],
              "tweets": [{"id": "32", "author_id": "3", "created_at": "2021-01-02T09:00:00.000Z", "text": "q"}]},
 "meta": {"result_count": 2}, "__twarc": {"version": "2.0"}})");
    const Dataset& d = r.dataset;
    BOOST_TEST(d.actors.size() == 3u);
    BOOST_TEST(d.actors[actor(d, "twitter:2")].followers.at("twitter") == 99u);
    BOOST_TEST(d.actors[actor(d, "twitter:3")].name == "Cy");
    BOOST_TEST(d.posts.size() == 3u);
    const Post& quote = post(d, "twitter:31");
    BOOST_TEST((quote.type == PostType::quote));  // quote wins over reply; the reply is an interaction
    BOOST_TEST(!quote.parent);                    // tweet 28 is not in the data
    BOOST_TEST(quote.reactions == 7u);
    BOOST_TEST(quote.shares == 3u);
    BOOST_TEST(arcs(d) == (Strings{"twitter:1>twitter:2:repost", "twitter:2>twitter:3:reply"}),
               boost::test_tools::per_element());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "quotes of a tweet whose author is unknown: no quote arc");
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].first == "t.json:5:2: tweet 31");
}

BOOST_AUTO_TEST_CASE(twarc2_flattened_lines_use_the_merged_author_and_the_snowflake_time) {
    const io::ReadResult r = read(
        R"({"id": "1380242597881409537", "author_id": "1", "author": {"id": "1", "username": "alice", "name": "Alice"}, "referenced_tweets": [{"type": "replied_to", "id": "39", "author_id": "7", "author": {"id": "7", "username": "gus", "name": "Gus"}}], "entities": {"mentions": [{"username": "gus"}, {"username": "nobody"}]}, "__twarc": {}})"
        "\n"
        R"({"delete": {"status": {"id_str": "5"}}})"
        "\n");
    const Dataset& d = r.dataset;
    BOOST_TEST(d.actors.size() == 2u);
    BOOST_TEST(d.actors[actor(d, "twitter:7")].name == "Gus");
    const Post& reply = post(d, "twitter:1380242597881409537");
    BOOST_TEST(format_time(reply.time) == "2021-04-08T19:34:13Z");  // (id >> 22) + 1288834974657 ms
    BOOST_TEST((reply.type == PostType::reply));
    BOOST_TEST(arcs(d) == (Strings{"twitter:1>twitter:7:mention", "twitter:1>twitter:7:reply"}),
               boost::test_tools::per_element());
    BOOST_REQUIRE(r.warnings.size() == 2u);
    BOOST_TEST(r.warnings[0].message == "stream notices skipped (delete, limit, errors, ...)");
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[1].message == "mentions of a username not found among the users read: no mention arc");
}

BOOST_AUTO_TEST_CASE(search_responses_and_premium_results_are_containers) {
    const std::string tweet = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "user": )") + user_a + "}";
    for (const std::string& text : {R"({"statuses": [)" + tweet + R"(], "search_metadata": {"count": 1}})",
                                    R"({"results": [)" + tweet + R"(], "next": "x"})"}) {
        const Dataset d = read(text).dataset;
        BOOST_TEST(d.posts.size() == 1u);
        BOOST_TEST(d.actors.size() == 1u);
    }
}

BOOST_AUTO_TEST_CASE(a_tweet_seen_twice_is_one_post_with_the_largest_counts) {
    const std::string a = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "favorite_count": 4, "retweet_count": 9, "user": )") + user_a + "}";
    const std::string b = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "favorite_count": 6, "retweet_count": 1, "user": )") + user_a + "}";
    const std::string reply = std::string(R"({"created_at": "Thu Oct 11 20:19:24 +0000 2018", "id_str": "12", "in_reply_to_status_id_str": "11", "in_reply_to_user_id_str": "1", "user": )") + user_b + "}";
    // Across two files read together: the reply in the second file finds its parent in the first.
    const auto first = io::FileBuffer::from_text("a.jsonl", a + "\n" + b + "\n");
    const auto second = io::FileBuffer::from_text("b.json", reply);
    io::detail::TwitterReader reader({});
    reader.read(first);
    reader.read(second);
    const Dataset d = std::move(reader).finish().dataset;
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST(d.posts[0].reactions == 6u);
    BOOST_TEST(d.posts[0].shares == 9u);
    BOOST_TEST(d.posts[*d.posts[1].parent].id == "twitter:11");
    BOOST_TEST(d.interactions.empty());
    BOOST_TEST(arcs(d) == (Strings{"twitter:2>twitter:1:reply"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bad_tweets_are_errors_with_their_place) {
    BOOST_TEST(error_of(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "5", "text": "hi"})") ==
               "t.json:1:1: a tweet has no \"user\"");
    BOOST_TEST(error_of(R"([{"id": 5, "created_at": "Wed Oct 10 20:19:24 +0000 2018"}])") ==
               "t.json:1:2: a tweet has no \"id_str\" (v1.1) or \"id\" (v2)");
    BOOST_TEST(error_of(R"({"id": 5, "user": {"id_str": "1"}})") ==
               "t.json:1:1: not a tweet, a tweet array, a search response or a v2 page");
    BOOST_TEST(error_of(R"({"id_str": 5, "user": {"id_str": "1"}})") ==
               "t.json:1:12: \"id_str\" must be a string of digits, got \"5\"");
    BOOST_TEST(error_of(R"({"id_str": "5", "created_at": "2018-10-10", "user": {"id_str": "1"}})") ==
               "t.json:1:31: \"created_at\" must be a Twitter time, got \"2018-10-10\"");
    BOOST_TEST(error_of(R"({"id_str": "5", "created_at": "Wed Oct 10 20:19:24 +0000 2018", "user": {"screen_name": "x"}})") ==
               "t.json:1:73: a user has no \"id_str\"");
    BOOST_TEST(error_of(R"({"id_str": "5", "created_at": "Wed Oct 10 20:19:24 +0000 2018", "favorite_count": -1, "user": {"id_str": "1"}})") ==
               "t.json:1:83: \"favorite_count\" must be an integer from 0 to 10^9, got \"-1\"");
    BOOST_TEST(error_of(R"({"data": [{"id": "7", "text": "x"}]})") == "t.json:1:11: a v2 tweet has no \"author_id\"");
    BOOST_TEST(error_of(R"({"users": [], "next_cursor": 0})") ==
               "t.json:1:1: not a tweet, a tweet array, a search response or a v2 page");
    BOOST_TEST(error_of("") == "t.json:1:1: no tweets found (expected Twitter API v1.1 or v2 JSON)");
    BOOST_TEST(error_of(R"({"meta": {"result_count": 0}})") ==
               "t.json:1:1: no tweets found (expected Twitter API v1.1 or v2 JSON)");
    BOOST_TEST(error_of("42") ==
               "t.json:1:1: expected a tweet, an array of tweets, a search response or a v2 page, got \"42\"");
}

BOOST_AUTO_TEST_CASE(malformed_json_lines_stop_strictly_and_are_skipped_leniently) {
    const std::string good = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "user": )") + user_a + "}";
    const std::string text = good + "\n" + R"({"id_str": "12", "created_at": "Wed Oct 10 20:19:24 +0000 2018"})" +
                             "\n" + R"({"id_str": "13", "user": )" + "\n" + good + "\n";
    BOOST_TEST(error_of(text) == "t.json:2:1: a tweet has no \"user\"");
    const io::ReadResult r = read(text, true);
    BOOST_TEST(r.dataset.posts.size() == 1u);  // line 4 is line 1 again
    BOOST_REQUIRE(r.warnings.size() == 2u);
    BOOST_TEST(r.warnings[0].message == "lines skipped: not valid");
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].first == "t.json:3:26: unexpected end of input, expected a value");
    BOOST_TEST(r.warnings[1].message == "tweets skipped: not valid");
    BOOST_TEST(r.warnings[1].first == "t.json:2:1: a tweet has no \"user\"");
    // Truncated: strict reports the end of the document.
    BOOST_TEST(error_of(R"([{"id_str": "5")") == "t.json:1:16: unexpected end of input");
}

BOOST_AUTO_TEST_CASE(read_dataset_detects_twitter_json_by_content) {
    BOOST_TEST((io::detect_input_format(RICOCHET_DATASETS_DIR "/tweets/v1_1_who_timeline_2020/who_tweets_2020-04.json.gz") ==
                io::InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(RICOCHET_DATASETS_DIR "/example/aster.json") == io::InputFormat::native));
}

namespace {

std::string tweet(const std::string& id, const std::string& extra = {}) {
    return R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": ")" + id +
           R"(", "user": {"id_str": "1", "screen_name": "a"})" + extra + "}";
}

}  // namespace

// Documents are separated by whitespace, lines do not matter (io/TWITTER.md) — also when the
// file has a fault and is read again by the exact checker to place it.
BOOST_AUTO_TEST_CASE(several_documents_on_a_line_and_pretty_documents_are_documents) {
    const std::string two_on_a_line = tweet("11") + " " + tweet("12") + "\n" + tweet("13") + "\n";
    BOOST_TEST(read(two_on_a_line).dataset.posts.size() == 3u);
    const std::string broken = tweet("11") + " " + tweet("12") + "\n{\"id_str\": \"13\", \n";
    // The second line, `{"id_str": "13", `, ends after 17 characters: the error is at column 18.
    BOOST_TEST(error_of(broken) == "t.json:2:18: unexpected end of input, expected a string key");
    const io::ReadResult lenient = read(broken, true);
    BOOST_TEST(lenient.dataset.posts.size() == 2u);
    BOOST_REQUIRE(lenient.warnings.size() == 1u);
    BOOST_TEST(lenient.warnings[0].message == "lines skipped: not valid");
    // Pretty-printed documents one after another, the last one broken on its third line.
    const std::string pretty = "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\",\n \"id_str\": \"21\",\n"
                               " \"user\": {\"id_str\": \"1\"}}\n[\n" + tweet("22") + ",\n" + tweet("23") + "\n]\n"
                               "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\",\n \"id_str\": \"24\",\n \"user\": {\n";
    BOOST_TEST(read(pretty.substr(0, pretty.rfind("{\"created_at\""))).dataset.posts.size() == 3u);
    BOOST_TEST(error_of(pretty) == "t.json:11:1: unexpected end of input");  // the end of the file
}

// Values the importer does not read are not checked beyond JSON structure, whichever pass reads
// the file: an integer beyond 64 bits in an unused field stays acceptable when another line is bad.
BOOST_AUTO_TEST_CASE(unused_values_are_judged_alike_by_both_passes) {
    const std::string big = tweet("11", R"(, "big": 123456789012345678901234567890)");
    BOOST_TEST(read(big + "\n" + tweet("12") + "\n").dataset.posts.size() == 2u);
    const std::string text = big + "\n" + tweet("12") + "\n{\"id_str\": \n";
    BOOST_TEST(error_of(text) == "t.json:3:12: unexpected end of input, expected a value");
    const io::ReadResult lenient = read(text, true);
    BOOST_TEST(lenient.dataset.posts.size() == 2u);
    BOOST_REQUIRE(lenient.warnings.size() == 1u);
    BOOST_TEST(lenient.warnings[0].count == 1u);
}

BOOST_AUTO_TEST_CASE(a_byte_order_mark_is_skipped) {
    BOOST_TEST(read("\xEF\xBB\xBF" + tweet("11") + "\r\n").dataset.posts.size() == 1u);
    BOOST_TEST(read("\xEF\xBB\xBF" + tweet("11") + "\n{\"id_str\": \n", true).dataset.posts.size() == 1u);
}

// Tweets 11 and 12 quote each other: impossible on Twitter, possible in a file. The loop is cut
// where it closes (at 12, met second) and both quote arcs are kept.
BOOST_AUTO_TEST_CASE(parent_links_that_loop_are_cut_and_kept_as_interactions) {
    const std::string text = std::string(R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "11", "quoted_status_id_str": "12", "user": )") +
                             user_a + "}\n" +
                             R"({"created_at": "Wed Oct 10 20:19:25 +0000 2018", "id_str": "12", "quoted_status_id_str": "11", "user": )" +
                             user_b + "}\n";
    const io::ReadResult r = read(text);
    const Dataset& d = r.dataset;
    BOOST_TEST(d.posts[*post(d, "twitter:11").parent].id == "twitter:12");
    BOOST_TEST(!post(d, "twitter:12").parent);
    BOOST_REQUIRE(d.interactions.size() == 1u);
    BOOST_TEST((d.interactions[0].layer == Layer::quote));
    BOOST_TEST(arcs(d) == (Strings{"twitter:1>twitter:2:quote", "twitter:2>twitter:1:quote"}),
               boost::test_tools::per_element());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].message == "parent links that loop: kept as interactions");
    BOOST_TEST(r.warnings[0].first == "t.json:2:1: tweet 12");
    check_dataset(d);
}

BOOST_AUTO_TEST_CASE(shares_stay_within_the_data_model) {
    const Dataset d = read(tweet("11", R"(, "retweet_count": 900000000, "quote_count": 900000000)")).dataset;
    BOOST_TEST(d.posts[0].shares == 1000000000u);  // 1.8 x 10^9 capped at 10^9
}

BOOST_AUTO_TEST_CASE(public_metrics_must_be_an_object) {
    BOOST_TEST(error_of(R"({"id": "1460323737035677698", "author_id": "5", "public_metrics": "lots"})") ==
               "t.json:1:67: \"public_metrics\" must be an object, got \"lots\"");
    BOOST_TEST(error_of(R"({"data": [{"id": "1460323737035677698", "author_id": "5"}], "includes": {"users": [{"id": "5", "public_metrics": 3}]}})") ==
               "t.json:1:114: \"public_metrics\" must be an object, got \"3\"");
    BOOST_TEST(read(R"({"id": "1460323737035677698", "author_id": "5", "public_metrics": null})").dataset.posts.size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(twitter_parallel)

namespace {

std::string sample_lines() {
    // Real streaming lines (v1.1) then twarc2 flattened lines (v2): 172 documents.
    std::string text(io::FileBuffer::load(RICOCHET_DATASETS_DIR "/tweets/v1_1_python_twitter_testdata/streaming/lines.json.gz").text());
    if (!text.ends_with('\n')) text += '\n';
    text += io::FileBuffer::load(RICOCHET_DATASETS_DIR "/tweets/v2_twarc_csv_testdata/flat.jsonl.gz").text();
    return text;
}

io::ReadResult read_with(const std::string& text, int threads, std::size_t threshold, bool lenient = false) {
    omp_set_num_threads(threads);
    const auto file = io::FileBuffer::from_text("lines.jsonl", text);
    io::ReadOptions options;
    options.lenient = lenient;
    io::detail::TwitterReader reader(options);
    reader.set_parallel_threshold(threshold);
    reader.read(file);
    io::ReadResult result = std::move(reader).finish();
    omp_set_num_threads(1);
    return result;
}

void check_same(const io::ReadResult& a, const io::ReadResult& b) {
    BOOST_TEST((a.dataset == b.dataset));
    BOOST_REQUIRE(a.warnings.size() == b.warnings.size());
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
        BOOST_TEST(a.warnings[i].message == b.warnings[i].message);
        BOOST_TEST(a.warnings[i].count == b.warnings[i].count);
        BOOST_TEST(a.warnings[i].first == b.warnings[i].first);
    }
}

}  // namespace

// A file cut into parts read by several threads gives exactly what one thread reading it
// whole gives: the same actors and posts in the same order, the same warnings.
BOOST_AUTO_TEST_CASE(parts_read_in_parallel_give_the_sequential_result) {
    const std::string text = sample_lines();
    const io::ReadResult sequential = read_with(text, 1, 0);
    BOOST_TEST(sequential.dataset.posts.size() > 150u);
    for (const int threads : {2, 3, 7}) check_same(sequential, read_with(text, threads, 0));
    check_same(sequential, read_with(text, 2, std::size_t{1} << 40));  // not cut at all
}

// A first line that is a whole tweet, then a pretty-printed array: a cut may fall inside the
// array, and the file must still read as one thread reads it.
BOOST_AUTO_TEST_CASE(a_cut_inside_a_document_falls_back_to_one_reading) {
    const std::string one = R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "1", "user": {"id_str": "9"}})";
    std::string text = one + "\n[\n";
    for (int i = 2; i < 400; ++i) {
        text += R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": ")" + std::to_string(i) +
                R"(", "user": {"id_str": "9"}},)" + "\n";
    }
    text += one + "\n]\n";
    const io::ReadResult sequential = read_with(text, 1, 0);
    BOOST_TEST(sequential.dataset.posts.size() == 399u);
    for (const int threads : {2, 5}) check_same(sequential, read_with(text, threads, 0));
}

BOOST_AUTO_TEST_CASE(errors_and_warnings_of_later_parts_are_those_of_one_reading) {
    std::string text = sample_lines();
    // A tweet without user in the last part, and a line simdjson rejects near the end.
    const std::string bad = R"({"created_at": "Wed Oct 10 20:19:24 +0000 2018", "id_str": "7"})";
    text.insert(text.rfind("\n{", text.size() - 2) + 1, bad + "\n");
    const io::ReadResult sequential = read_with(text, 1, 0, true);
    check_same(sequential, read_with(text, 2, 0, true));
    const auto skipped = std::find_if(sequential.warnings.begin(), sequential.warnings.end(),
                                      [](const io::ReadWarning& w) { return w.message == "tweets skipped: not valid"; });
    BOOST_REQUIRE(skipped != sequential.warnings.end());
    BOOST_TEST(skipped->count == 1u);
    BOOST_TEST(skipped->first == "lines.jsonl:172:1: a tweet has no \"user\"");
    std::string broken = text + "{\"id_str\": \n";
    const io::ReadResult lenient = read_with(broken, 2, 0, true);
    check_same(read_with(broken, 1, 0, true), lenient);
    for (const int threads : {1, 2}) {
        try {
            (void)read_with(text, threads, 0);
            BOOST_FAIL("a tweet without user must stop a strict reading");
        } catch (const ParseError& e) {
            BOOST_TEST(std::string(e.what()).ends_with(": a tweet has no \"user\""));
            BOOST_TEST(e.line() == 172u);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
