// SPDX-License-Identifier: MIT
// The bad-input corpus (tests/bad_inputs/expected.txt): every file must fail with exactly the
// message worked out by hand, and never crash or half-read.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "graph/error.hpp"
#include "io/dataset_io.hpp"
#include "io/file_buffer.hpp"
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

BOOST_AUTO_TEST_CASE(a_line_longer_than_the_limit_is_an_error_at_its_line) {
    // The limit excludes the line ending (LF or CRLF); the token is the line's first 40 bytes.
    const auto buffer = io::FileBuffer::from_text("t.csv", "a\nbbb\r\ncccc\nd");
    BOOST_CHECK_NO_THROW(io::check_line_lengths(buffer, 4));
    try {
        io::check_line_lengths(buffer, 3);
        BOOST_FAIL("no error");
    } catch (const ParseError& e) {
        BOOST_TEST(std::string(e.what()) == "t.csv:3:1: line longer than 3 bytes (the limit), got \"cccc\"");
    }
    // The last line, without a line ending, counts too.
    BOOST_CHECK_THROW(io::check_line_lengths(io::FileBuffer::from_text("u", "a\nbbbbb"), 4), ParseError);
}

BOOST_AUTO_TEST_CASE(a_two_gigabyte_line_is_refused_with_its_line_number) {
    // Generated here, not committed: an edge list whose second line is 2 GiB + 3 bytes of one id.
    TempDir dir;
    const auto path = dir.path() / "huge.edgelist";
    {
        std::ofstream out(path, std::ios::binary);
        out << "a b\n";
        const std::string block(std::size_t{1} << 20, 'x');
        for (int i = 0; i < 2048; ++i) out.write(block.data(), static_cast<std::streamsize>(block.size()));
        out << "yyy b\n";
        BOOST_REQUIRE(out.good());
    }
    const std::string message = error_of(path);
    BOOST_TEST(message.ends_with("huge.edgelist:2:1: line longer than 67108864 bytes (the limit), got \"" +
                                 std::string(40, 'x') + "\""),
               message.substr(0, 200));
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
