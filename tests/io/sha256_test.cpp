// SPDX-License-Identifier: MIT
// SHA-256 against the FIPS 180-2 appendix B vectors and Python's hashlib.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "io/sha256.hpp"

using namespace ricochet::io;

BOOST_AUTO_TEST_SUITE(sha256_digest)

BOOST_AUTO_TEST_CASE(fips_vectors) {
    BOOST_TEST(sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    BOOST_TEST(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    BOOST_TEST(sha256(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

BOOST_AUTO_TEST_CASE(pieces_give_the_same_digest) {
    // 55, 56 and 64 bytes sit on the padding's edges.
    for (const std::size_t n : {55u, 56u, 63u, 64u, 65u, 1000u}) {
        const std::string text(n, 'x');
        Sha256 hash;
        hash.update(text.substr(0, n / 3));
        hash.update(text.substr(n / 3));
        BOOST_TEST(hash.hex_digest() == sha256(text));
    }
}

BOOST_AUTO_TEST_CASE(folder_digest_covers_names_sizes_and_bytes_in_name_order) {
    const auto dir = std::filesystem::temp_directory_path() / "ricochet-sha256-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "sub");
    std::ofstream(dir / "b.csv") << "2";
    std::ofstream(dir / "a.csv") << "1";
    const std::string expected = sha256(std::string("a.csv\0" "1\0" "1" "b.csv\0" "1\0" "2", 18));
    BOOST_TEST(input_sha256(dir) == expected);
    BOOST_TEST(input_sha256(dir / "a.csv") == sha256("1"));
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
