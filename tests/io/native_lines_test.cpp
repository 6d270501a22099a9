// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
using ricochet::testing::TempDir;

BOOST_AUTO_TEST_SUITE(native_lines)

BOOST_AUTO_TEST_CASE(reads_records_of_every_kind_with_blank_lines_and_crlf) {
    TempDir dir;
    const auto path = dir.write("data.jsonl",
        "{\"format\": \"ricochet\", \"version\": 1}\r\n"
        "{\"record\": \"actor\", \"id\": \"x\", \"kind\": \"kol\"}\r\n"
        "\n"
        "{\"id\": \"y\", \"record\": \"actor\"}\n"
        "{\"record\": \"post\", \"id\": \"p\", \"author\": \"x\", \"platform\": \"twitter\", \"time\": \"2021-01-01T10:00:00Z\", \"mentions\": [\"y\"]}\n"
        "{\"record\": \"engagement\", \"actor\": \"y\", \"post\": \"p\", \"type\": \"share\"}\n"
        "{\"record\": \"interaction\", \"source\": \"y\", \"target\": \"x\", \"layer\": \"quote\", \"count\": 2.5}\n");
    const io::ReadResult r = io::read_dataset(path);
    BOOST_TEST((r.format == io::InputFormat::native_lines));
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 2u);
    BOOST_TEST((d.actors[0].kind == ActorKind::kol));
    BOOST_TEST(d.actors[1].id == "y");
    BOOST_REQUIRE(d.posts.size() == 1u);
    BOOST_TEST((d.posts[0].mentions == std::vector<ActorIndex>{1}));
    BOOST_REQUIRE(d.engagements.size() == 1u);
    BOOST_TEST((d.engagements[0].type == EngagementType::share));
    BOOST_REQUIRE(d.interactions.size() == 1u);
    BOOST_TEST(d.interactions[0].count == 2.5);
    BOOST_TEST((d.interactions[0].layer == Layer::quote));
}

BOOST_AUTO_TEST_CASE(errors_name_the_line_of_the_record) {
    TempDir dir;
    const auto path = dir.write("data.jsonl",
        "{\"format\": \"ricochet\", \"version\": 1}\n"
        "{\"record\": \"actor\", \"id\": \"x\"}\n"
        "{\"record\": \"post\", \"id\": \"p\", \"author\": \"x\", \"platform\": \"t\", \"time\": \"noon\"}\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(path), ParseError,
                          mentions("data.jsonl:3:71: \"time\" must be an ISO 8601 time, got \"noon\""));
}

BOOST_AUTO_TEST_CASE(a_header_alone_is_an_empty_dataset) {
    TempDir dir;
    const auto r = io::read_dataset(dir.write("data.jsonl", "{\"format\": \"ricochet\", \"version\": 1}\n"));
    BOOST_TEST(r.dataset.actors.empty());
}

BOOST_AUTO_TEST_CASE(an_empty_file_has_no_header) {
    TempDir dir;
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("data.jsonl", "\n\n")), ParseError,
                          mentions("empty input, expected a {\"format\": \"ricochet\"} header line"));
}

BOOST_AUTO_TEST_CASE(a_line_must_be_an_object_with_a_record_kind) {
    TempDir dir;
    const std::string header = "{\"format\": \"ricochet\", \"version\": 1}\n";
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("a.jsonl", header + "[1, 2]\n")), ParseError,
                          mentions("a.jsonl:2:1: a line must be a JSON object"));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("b.jsonl", header + "{\"id\": \"x\"}\n")), ParseError,
                          mentions("b.jsonl:2:1: a line has no \"record\" field"));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.write("c.jsonl", header + "{\"record\": \"actor\", \"id\": \"x\"} {}\n")),
                          ParseError, mentions("c.jsonl:2:32: unexpected content after the document"));
}

BOOST_AUTO_TEST_SUITE_END()
