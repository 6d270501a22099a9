// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>
#include <simdjson.h>

#include <random>

#include "io/json_syntax.hpp"

using namespace ricochet::io;

BOOST_AUTO_TEST_SUITE(json_syntax)

BOOST_AUTO_TEST_CASE(accepts_well_formed_documents) {
    for (const char* good : {"[18446744073709551615, -9223372036854775808, 1e-400, 1.7976931348623157e308]",
                             "{}", "[]", " {\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\"]} ",
                             "\"x\"", "0", "-0.0", "{\"a\":{\"b\":{\"c\":[]}}}", "\"\\ud83d\\ude00\""}) {
        BOOST_TEST(!find_json_syntax_error(good).has_value(), good);
    }
}

BOOST_AUTO_TEST_CASE(places_each_kind_of_error) {
    struct Case {
        const char* text;
        std::size_t offset;
        const char* message;
    };
    for (const Case c : {Case{"{\"a\" 1}", 5, "expected ':'"},
                         Case{"{\"a\": 1 \"b\": 2}", 8, "expected ',' or '}'"},
                         Case{"[1 2]", 3, "expected ',' or ']'"},
                         Case{"[01]", 1, "invalid number"},
                         Case{"[1.]", 1, "invalid number"},
                         Case{"[-]", 1, "invalid number"},
                         Case{"[tru]", 1, "expected a value"},
                         Case{"{\"a\": \"x\\q\"}", 8, "invalid escape in a string"},
                         Case{"[\"\\ud800\"]", 2, "unpaired high surrogate in a string"},
                         Case{"[\"\\udc00\"]", 2, "lone low surrogate in a string"},
                         Case{"[\"a\tb\"]", 3, "control character in a string (escape it)"},
                         Case{"[\"abc", 1, "unterminated string"},
                         Case{"{} []", 3, "unexpected content after the document"},
                         Case{"[\"\xC0\xAF\"]", 2, "invalid UTF-8"},
                         Case{"[\"\xED\xA0\x80\"]", 2, "invalid UTF-8"},
                         Case{"[1, 18446744073709551616]", 4, "integer out of the 64-bit range"},
                         Case{"[-9223372036854775809]", 1, "integer out of the 64-bit range"},
                         Case{"{\"x\": 1.7976931348623159e308}", 6, "number out of range"},
                         Case{"[-1e400]", 1, "number out of range"}}) {
        const auto e = find_json_syntax_error(c.text);
        BOOST_REQUIRE_MESSAGE(e, c.text);
        BOOST_TEST(e->offset == c.offset, c.text);
        BOOST_TEST(e->message == c.message, c.text);
    }
}

BOOST_AUTO_TEST_CASE(an_early_end_has_no_token) {
    const auto e = find_json_syntax_error("{\"a\": [1, 2");
    BOOST_REQUIRE(e);
    BOOST_TEST(e->at_end);
    BOOST_TEST(e->offset == 11u);
}

// Oracle: simdjson's DOM parser, which validates fully. Random mutations of a valid document
// must be judged the same by both (apart from depth limits, which are not exercised here).
BOOST_AUTO_TEST_CASE(agrees_with_simdjson_on_mutated_documents) {
    const std::string seed =
        R"({"format": "ricochet", "version": 1, "actors": [{"id": "x\u00e9", "n": [1.5e-3, -2, true, null, 1844674407370955161, 1.797693134862315e308]}]})";
    const std::string alphabet = "{}[]\":,.-+eE0123456789 \\tnulfase\xC3\xA9\x80";
    std::mt19937_64 rng(3);
    simdjson::dom::parser parser;
    int disagreements = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        std::string text = seed;
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int k = 0; k < edits; ++k) {
            const std::size_t at = rng() % text.size();
            const char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
                case 0: text[at] = c; break;
                case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                default: text.erase(at, 1);
            }
        }
        simdjson::dom::element root;
        const bool simdjson_ok = !parser.parse(simdjson::padded_string(text)).get(root);
        const bool checker_ok = !find_json_syntax_error(text).has_value();
        if (simdjson_ok != checker_ok) {
            ++disagreements;
            BOOST_TEST_MESSAGE("disagree on: " << text);
        }
    }
    BOOST_TEST(disagreements == 0);
}

BOOST_AUTO_TEST_SUITE_END()
