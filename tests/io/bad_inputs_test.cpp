// SPDX-License-Identifier: MIT
// The bad-input corpus (tests/bad_inputs/expected.txt): every file must fail with exactly the
// message worked out by hand, and never crash or half-read.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::TempDir;

namespace {

struct Case {
    std::string file;
    std::string message;
};

std::vector<Case> corpus() {
    std::ifstream in(std::filesystem::path(RICOCHET_BAD_INPUTS_DIR) / "expected.txt");
    std::vector<Case> cases;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const auto bar = line.find(" | ");
        cases.push_back({line.substr(0, bar), line.substr(bar + 3)});
    }
    return cases;
}

std::string error_of(const std::filesystem::path& path, const io::ReadOptions& options = {}) {
    try {
        (void)io::read_dataset(path, options);
    } catch (const ParseError& e) {
        return e.what();
    } catch (const IoError& e) {
        return e.what();
    }
    return "(no error)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_inputs)

BOOST_AUTO_TEST_CASE(every_corpus_file_fails_with_its_message) {
    const std::vector<Case> cases = corpus();
    BOOST_TEST(cases.size() >= 40u);
    for (const Case& c : cases) {
        const auto path = std::filesystem::path(RICOCHET_BAD_INPUTS_DIR) / c.file;
        const std::string message = error_of(path);
        BOOST_TEST(message.ends_with(c.message), c.file << "\n   got: " << message << "\n  want: " << c.message);
        BOOST_TEST(message.starts_with(path.string()), c.file);
    }
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_an_error_at_the_level_too_deep) {
    TempDir dir;
    const std::string prefix = R"({"format": "ricochet", "version": 1, "x": )";
    const std::size_t depth = 100000;
    const auto path = dir.write("deep.json", prefix + std::string(depth, '[') + std::string(depth, ']') + "}");
    const std::string message = error_of(path);
    const std::string column = std::to_string(prefix.size() + 1023 + 1);
    BOOST_TEST(message.ends_with("deep.json:1:" + column + ": nesting deeper than 1024 levels, got \"[\""), message);
}

BOOST_AUTO_TEST_CASE(deep_nesting_in_a_line_is_an_error_too) {
    TempDir dir;
    const auto path = dir.write("deep.jsonl", "{\"format\": \"ricochet\", \"version\": 1}\n" +
                                                   std::string(5000, '[') + std::string(5000, ']') + "\n");
    BOOST_TEST(error_of(path).ends_with("deep.jsonl:2:1025: nesting deeper than 1024 levels, got \"[\""),
               error_of(path));
}

BOOST_AUTO_TEST_CASE(unknown_references_are_errors_unless_lenient) {
    const auto path = std::filesystem::path(RICOCHET_BAD_INPUTS_DIR) / "unknown_actor.json";
    const io::ReadResult r = io::read_dataset(path, {.lenient = true});
    BOOST_TEST(r.dataset.posts.empty());
    BOOST_REQUIRE(r.warnings.size() == 1u);
    BOOST_TEST(r.warnings[0].count == 1u);
    BOOST_TEST(r.warnings[0].message == "posts skipped: unknown author");
    BOOST_TEST(r.warnings[0].first.ends_with("unknown_actor.json:3:34: unknown actor, got \"nobody\""));
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_io_error) {
    BOOST_CHECK_THROW((void)io::read_dataset("/nonexistent/ricochet/data.json"), IoError);
}

BOOST_AUTO_TEST_CASE(a_corrupt_gzip_file_is_an_io_error) {
    TempDir dir;
    const auto path = dir.write("data.edgelist.gz", std::string("\x1f\x8b\x08\x00garbage", 11));
    BOOST_CHECK_EXCEPTION((void)io::read_dataset(path), IoError,
                          ricochet::testing::mentions("truncated or corrupt gzip data"));
}

BOOST_AUTO_TEST_SUITE_END()
