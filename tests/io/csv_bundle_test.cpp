// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
using ricochet::testing::TempDir;

BOOST_AUTO_TEST_SUITE(csv_bundle)

BOOST_AUTO_TEST_CASE(reads_quoting_lists_platform_columns_and_a_bom) {
    TempDir dir;
    dir.write("b/actors.csv",
              "\xEF\xBB\xBFid,name,kind,organisation,role,function,sector,accounts.linkedin,followers.linkedin,notes\r\n"
              "org,\"Aster, \"\"the lab\"\"\",company,,,,labs_biotech,aster,1200,ignored\r\n"
              "ceo,Claire,executive,org,\"Présidente\ndu directoire\",ceo,,claire,,\r\n");
    dir.write("b/posts.csv",
              "id,author,platform,time,type,parent,mentions,reactions,comments,shares,corporate,topics\n"
              "p1,org,linkedin,2021-03-01T09:00:00Z,original,,,120,10,5,true,diabète;obésité\n"
              "p2, ceo ,linkedin,2021-03-01T09:20:00Z,repost,p1,org; ceo,40,,,,\n");
    dir.write("b/engagements.csv", "actor,post,type,time\nceo,p1,reaction,\norg,p2,comment,2021-03-02\n");
    dir.write("b/interactions.csv", "source,target,layer,count,time\norg,ceo,mention,3,\n");
    const io::ReadResult r = io::read_dataset(dir.path() / "b");
    BOOST_TEST((r.format == io::InputFormat::csv_bundle));
    const Dataset& d = r.dataset;
    BOOST_REQUIRE(d.actors.size() == 2u);
    BOOST_TEST(d.actors[0].name == "Aster, \"the lab\"");
    BOOST_TEST(d.actors[0].accounts.at("linkedin") == "aster");
    BOOST_TEST(d.actors[0].followers.at("linkedin") == 1200u);
    BOOST_TEST(d.actors[1].role == "Présidente\ndu directoire");
    BOOST_TEST(*d.actors[1].organisation == 0u);
    BOOST_TEST(d.actors[1].followers.empty());
    BOOST_REQUIRE(d.posts.size() == 2u);
    BOOST_TEST((d.posts[0].topics == std::vector<std::string>{"diabète", "obésité"}));
    BOOST_TEST((d.posts[0].corporate == true));
    BOOST_TEST(d.posts[1].author == 1u);
    BOOST_TEST((d.posts[1].mentions == std::vector<ActorIndex>{0, 1}));
    BOOST_TEST(d.posts[1].comments == 0u);
    BOOST_TEST(!d.posts[1].corporate.has_value());
    BOOST_REQUIRE(d.engagements.size() == 2u);
    BOOST_TEST(!d.engagements[0].time.has_value());
    BOOST_TEST(d.interactions.at(0).count == 3.0);
}

BOOST_AUTO_TEST_CASE(only_actors_csv_is_required) {
    TempDir dir;
    dir.write("b/actors.csv", "id\nx\ny\n");
    const io::ReadResult r = io::read_dataset(dir.path() / "b");
    BOOST_TEST(r.dataset.actors.size() == 2u);
    BOOST_TEST(r.dataset.posts.empty());
}

BOOST_AUTO_TEST_CASE(header_problems_are_reported_on_line_one) {
    TempDir dir;
    dir.write("a/actors.csv", "id,name,id\nx,X,y\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "a"), ParseError,
                          mentions("a/actors.csv:1:9: duplicate column, got \"id\""));
    dir.write("b/actors.csv", "");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "b"), ParseError,
                          mentions("b/actors.csv:1:1: empty file, expected a header row"));
}

BOOST_AUTO_TEST_CASE(text_after_a_closing_quote_is_an_error) {
    TempDir dir;
    dir.write("b/actors.csv", "id,name\nx,\"X\"y\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "b"), ParseError,
                          mentions("b/actors.csv:2:6: expected a comma after a quoted field, got \"y\""));
}

BOOST_AUTO_TEST_CASE(positions_point_at_the_text_of_a_trimmed_cell) {
    TempDir dir;
    dir.write("b/actors.csv", "id,kind\na,  bogus\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "b"), ParseError,
                          mentions("b/actors.csv:2:5: unknown actor kind"));
    dir.write("c/actors.csv", "id\na\n");
    dir.write("c/posts.csv", "id,author,platform,time\np, zed,t,2021-01-01\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "c"), ParseError,
                          mentions("c/posts.csv:2:4: unknown actor, got \"zed\""));
}

BOOST_AUTO_TEST_CASE(cells_are_typed) {
    TempDir dir;
    dir.write("b/actors.csv", "id\nx\n");
    dir.write("b/posts.csv", "id,author,platform,time,corporate\np,x,t,2021-01-01,maybe\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "b"), ParseError,
                          mentions("b/posts.csv:2:18: \"corporate\" must be true or false, got \"maybe\""));
    dir.write("c/actors.csv", "id\nx\n");
    dir.write("c/interactions.csv", "source,target,layer,count\nx,x,mention,-1\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "c"), ParseError,
                          mentions("c/interactions.csv:2:13: \"count\" must be a number from 1e-9 to 1e12, got \"-1\""));
    dir.write("d/actors.csv", "id\nx\n");
    dir.write("d/posts.csv", "id,author,platform,time\np,,t,2021-01-01\n");
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path() / "d"), ParseError,
                          mentions("d/posts.csv:2:3: \"author\" must not be empty"));
}

BOOST_AUTO_TEST_SUITE_END()
