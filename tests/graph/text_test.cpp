// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/text.hpp"

using namespace ricochet;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(utf8_sequences_follow_unicode_table_3_7) {
    BOOST_TEST(utf8_sequence_length("a") == 1u);
    BOOST_TEST(utf8_sequence_length("\xC3\xA9") == 2u);          // é
    BOOST_TEST(utf8_sequence_length("\xE2\x80\x94") == 3u);      // —
    BOOST_TEST(utf8_sequence_length("\xF0\x9F\x98\x80") == 4u);  // 😀
    BOOST_TEST(utf8_sequence_length("\xF4\x8F\xBF\xBF") == 4u);  // U+10FFFF
    for (const char* bad : {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80",
                            "\xF0\x80\x80\xAF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF",
                            "\xC3", "\xE2\x80", "\xC3\x28"}) {
        BOOST_TEST(utf8_sequence_length(bad) == 0u);
    }
    BOOST_TEST(utf8_sequence_length("") == 0u);
}

BOOST_AUTO_TEST_CASE(numbers_in_a_closed_range_only) {
    BOOST_TEST(*parse_number_in("1", 1e-9, 1e12) == 1.0);
    BOOST_TEST(*parse_number_in("0.25", 1e-9, 1e12) == 0.25);
    BOOST_TEST(*parse_number_in("1e12", 1e-9, 1e12) == 1e12);  // bounds included
    BOOST_TEST(*parse_number_in("1e-9", 1e-9, 1e12) == 1e-9);
    for (const char* bad : {"", "0", "-1", "nan", "inf", "-inf", "1x", " 1", "1e999", "0x10",
                            "1.0000001e12", "5e-324"}) {
        BOOST_TEST(!parse_number_in(bad, 1e-9, 1e12).has_value(), bad);
    }
}

BOOST_AUTO_TEST_CASE(report_cells_that_a_spreadsheet_would_evaluate_become_text) {
    BOOST_TEST(csv_text_cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    BOOST_TEST(csv_text_cell("+33 1 23") == "'+33 1 23");
    BOOST_TEST(csv_text_cell("@SUM(A1)") == "'@SUM(A1)");
    BOOST_TEST(csv_text_cell("-cmd|x!A0") == "'-cmd|x!A0");
    BOOST_TEST(csv_text_cell("\tx") == "'\tx");
    BOOST_TEST(csv_text_cell("-3") == "-3");       // a number stays a number
    BOOST_TEST(csv_text_cell("-0.25") == "-0.25");
    BOOST_TEST(csv_text_cell("Dr =x") == "Dr =x");  // only the first character counts
    BOOST_TEST(csv_text_cell("a,b") == "\"a,b\"");
    BOOST_TEST(csv_text_cell("") == "");
}

BOOST_AUTO_TEST_SUITE_END()
