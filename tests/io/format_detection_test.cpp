// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using io::InputFormat;
using ricochet::testing::TempDir;

BOOST_AUTO_TEST_SUITE(format_detection)

BOOST_AUTO_TEST_CASE(by_name) {
    TempDir dir;
    BOOST_TEST((io::detect_input_format(dir.write("a.json", "{}")) == InputFormat::native));
    BOOST_TEST((io::detect_input_format(dir.write("a.JSONL", "{}")) == InputFormat::native_lines));
    BOOST_TEST((io::detect_input_format(dir.write("a.ndjson.gz", "")) == InputFormat::native_lines));
    BOOST_TEST((io::detect_input_format(dir.write("a.edgelist.gz", "")) == InputFormat::edgelist));
    BOOST_TEST((io::detect_input_format(dir.write("a.csv", "")) == InputFormat::edgelist));
    BOOST_TEST((io::detect_input_format(dir.write("a.txt", "{")) == InputFormat::edgelist));
    BOOST_TEST((io::detect_input_format(dir.path()) == InputFormat::csv_bundle));
}

BOOST_AUTO_TEST_CASE(by_content_when_the_name_says_nothing) {
    TempDir dir;
    BOOST_TEST((io::detect_input_format(dir.write("a", "1 2\n")) == InputFormat::edgelist));
    BOOST_TEST((io::detect_input_format(dir.write("b", "\n {\"format\": \"ricochet\",\n \"version\": 1}")) ==
                InputFormat::native));
    BOOST_TEST((io::detect_input_format(dir.write("c", "{\"format\": \"ricochet\", \"version\": 1}\n{}")) ==
                InputFormat::native_lines));
    // A whole document on one line is not a JSON Lines header: it holds more than format/version.
    BOOST_TEST((io::detect_input_format(dir.write("d", R"({"format": "ricochet", "version": 1, "actors": []})")) ==
                InputFormat::native));
}

BOOST_AUTO_TEST_CASE(twitter_and_xml_by_content) {
    TempDir dir;
    // The first key of one family decides: "id_str" is Twitter's, "format" ours.
    BOOST_TEST((io::detect_input_format(dir.write("a.json", R"({"text": "x", "id_str": "1"})")) ==
                InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("b.jsonl", "{\"data\": []}\n{\"data\": []}\n")) ==
                InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("c", R"([{"id": "1"}])")) == InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("d.json", R"({"text": "x", "actors": []})")) ==
                InputFormat::native));
    // Neither family: native, whose reader says what a ricochet document needs.
    BOOST_TEST((io::detect_input_format(dir.write("e.json", R"({"nodes": []})")) == InputFormat::native));
    BOOST_TEST((io::detect_input_format(dir.write("f.xml", "<?xml version=\"1.0\"?>\n<gexf version=\"1.3\">")) ==
                InputFormat::gexf));
    BOOST_TEST((io::detect_input_format(dir.write("g.xml", "<?xml version=\"1.0\"?>\n<graphml>")) ==
                InputFormat::graphml));
    BOOST_TEST((io::detect_input_format(dir.write("h.GraphML", "")) == InputFormat::graphml));
    BOOST_TEST((io::detect_input_format(dir.write("i.gexf.gz", "")) == InputFormat::gexf));
}

// Only the first document decides: a fault further on (invalid UTF-8 on line 2) is for the
// reader to place; stream notices are Twitter's.
BOOST_AUTO_TEST_CASE(the_first_document_decides) {
    TempDir dir;
    BOOST_TEST((io::detect_input_format(dir.write("a.jsonl", "{\"id_str\": \"1\"}\n{\"text\": \"\xff\"}\n")) ==
                InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("b.json", "{\"created_at\": \"x\",\n \"text\": \"\xff\"}\n")) ==
                InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("c.json", "{\"friends\": [1, 2]}\n{\"id_str\": \"1\"}\n")) ==
                InputFormat::twitter));
    BOOST_TEST((io::detect_input_format(dir.write("d.jsonl", "{\"errors\": [], \"meta\": {}}\n")) ==
                InputFormat::twitter));
}

BOOST_AUTO_TEST_CASE(a_mapping_makes_a_csv_linkedin) {
    TempDir dir;
    const auto csv = dir.write("engagers.csv", "Post URL,Engager URL\n");
    io::ReadOptions options;
    BOOST_TEST((io::input_format(csv, options) == InputFormat::edgelist));
    options.mapping = dir.write("m.json", "{}");
    BOOST_TEST((io::input_format(csv, options) == InputFormat::linkedin));
    // Not a CSV: the mapping does not change what the content says.
    BOOST_TEST((io::input_format(dir.write("t.json", R"({"id_str": "1"})"), options) == InputFormat::twitter));
    // Nor does it change an edge list named as one.
    BOOST_TEST((io::input_format(dir.write("g.edgelist", "a b\n"), options) == InputFormat::edgelist));
    options.format = InputFormat::edgelist;
    BOOST_TEST((io::input_format(csv, options) == InputFormat::edgelist));
}

BOOST_AUTO_TEST_CASE(an_explicit_format_overrides_detection) {
    TempDir dir;
    const auto path = dir.write("weird.json", "a b 2\n");
    const io::ReadResult r = io::read_dataset(path, {.format = InputFormat::edgelist});
    BOOST_TEST(r.dataset.interactions.size() == 1u);
    BOOST_CHECK_THROW((void)io::read_dataset(path), ParseError);
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(path, {.format = InputFormat::csv_bundle}), IoError,
                          ricochet::testing::mentions("is a file, expected a folder for format csv-bundle"));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(dir.path(), {.format = InputFormat::native}), IoError,
                          ricochet::testing::mentions("is a folder, expected a file for format native"));
}

BOOST_AUTO_TEST_SUITE_END()
