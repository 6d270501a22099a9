// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::TempDir;

namespace {

Dataset example() {
    return io::read_dataset(ricochet::testing::datasets_dir() / "example/aster.json").dataset;
}

// The example plus what it lacks: interactions (with and without time) and awkward text.
Dataset rich_example() {
    Dataset d = example();
    d.actors[9].name = "Santé \"Hebdo\", l'actu\nen bref \\ <b>";
    d.actors[10].role = " leading and trailing spaces ";
    d.interactions.push_back({0, 1, Layer::mention, 2.5, std::nullopt});
    d.interactions.push_back({1, 0, Layer::quote, 1.0, parse_time("2021-04-01T12:00:00Z")});
    return d;
}

std::string native(const Dataset& d) {
    std::ostringstream out;
    io::write_native_json(d, out);
    return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(writers)

BOOST_AUTO_TEST_CASE(native_json_round_trips) {
    const Dataset d = rich_example();
    TempDir dir;
    const auto path = dir.write("out.json", native(d));
    BOOST_TEST((io::read_dataset(path).dataset == d));
}

BOOST_AUTO_TEST_CASE(native_lines_round_trip) {
    const Dataset d = rich_example();
    std::ostringstream out;
    io::write_native_lines(d, out);
    TempDir dir;
    BOOST_TEST((io::read_dataset(dir.write("out.jsonl", out.str())).dataset == d));
}

BOOST_AUTO_TEST_CASE(csv_bundle_round_trips) {
    const Dataset d = rich_example();
    TempDir dir;
    io::write_csv_bundle(d, dir.path() / "bundle");
    BOOST_TEST((io::read_dataset(dir.path() / "bundle").dataset == d));
}

BOOST_AUTO_TEST_CASE(native_json_is_deterministic_one_record_per_line) {
    const Dataset d = rich_example();
    const std::string a = native(d);
    BOOST_TEST(a == native(d));
    BOOST_TEST(a.starts_with("{\"format\":\"ricochet\",\"version\":1,\n\"actors\":[\n{\"id\":\"org-aster\",\"name\":\"Laboratoires Aster\",\"kind\":\"company\""));
    // A line per section opening, per record and per section closing, and the last one.
    const auto lines = static_cast<std::size_t>(std::count(a.begin(), a.end(), '\n'));
    BOOST_TEST(lines == 4 + 4 + 1 + d.actors.size() + d.posts.size() + d.engagements.size() + d.interactions.size());
}

BOOST_AUTO_TEST_CASE(empty_dataset_writes_empty_sections) {
    BOOST_TEST(native(Dataset{}) ==
               "{\"format\":\"ricochet\",\"version\":1,\n\"actors\":[],\n\"posts\":[],\n\"engagements\":[],\n\"interactions\":[]}\n");
}

BOOST_AUTO_TEST_CASE(csv_bundle_refuses_ids_that_contain_the_list_separator) {
    Dataset d = ricochet::testing::dataset_with_actors({"a;b", "c"});
    d.posts.push_back(Post{.id = "p", .author = 1, .platform = "t", .mentions = {0}});
    TempDir dir;
    BOOST_CHECK_EXCEPTION(io::write_csv_bundle(d, dir.path() / "b"), InvalidArgument,
                          ricochet::testing::mentions("cannot contain ';', got \"a;b\""));
    // Nothing is written, not even actors.csv, which came before the bad list.
    BOOST_TEST(!std::filesystem::exists(dir.path() / "b"));
}

BOOST_AUTO_TEST_SUITE_END()
