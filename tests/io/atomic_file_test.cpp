// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "io/atomic_file.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::read_text;
using ricochet::testing::TempDir;

namespace {

std::size_t files_in(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(commit_replaces_the_target) {
    TempDir dir;
    const auto target = dir.write("out.txt", "old");
    io::write_file_atomically(target, "new content");
    BOOST_TEST(read_text(target) == "new content");
    BOOST_TEST(files_in(dir.path()) == 1u);
}

BOOST_AUTO_TEST_CASE(without_commit_the_previous_file_is_intact_and_nothing_is_left) {
    TempDir dir;
    const auto target = dir.write("out.txt", "previous");
    {
        io::AtomicFile file(target);
        file.stream() << "half of a new";
    }
    BOOST_TEST(read_text(target) == "previous");
    BOOST_TEST(files_in(dir.path()) == 1u);
}

BOOST_AUTO_TEST_CASE(a_failed_write_throws_and_leaves_the_target_intact) {
    TempDir dir;
    const auto target = dir.write("out.txt", "previous");
    {
        io::AtomicFile file(target);
        file.stream() << "partial";
        file.stream().setstate(std::ios::badbit);  // as a full disk would
        BOOST_CHECK_EXCEPTION(file.commit(), IoError, ricochet::testing::mentions("write failed"));
    }
    BOOST_TEST(read_text(target) == "previous");
    BOOST_TEST(files_in(dir.path()) == 1u);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error_and_creates_nothing) {
    TempDir dir;
    BOOST_CHECK_THROW(io::write_file_atomically(dir.path() / "no" / "out.txt", "x"), IoError);
    BOOST_TEST(files_in(dir.path()) == 0u);
}

BOOST_AUTO_TEST_CASE(a_new_file_gets_the_usual_permissions) {
    TempDir dir;
    io::write_file_atomically(dir.path() / "out.txt", "x");
    const auto perms = std::filesystem::status(dir.path() / "out.txt").permissions();
    BOOST_TEST(((perms & std::filesystem::perms::others_read) != std::filesystem::perms::none));
}

BOOST_AUTO_TEST_SUITE_END()
