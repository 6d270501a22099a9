// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "visual/escape.hpp"

using namespace ricochet::visual;

BOOST_AUTO_TEST_SUITE(escape)

BOOST_AUTO_TEST_CASE(printable_text_is_unchanged) {
    BOOST_TEST(sanitize_label("Inès Petit — Directrice médicale 😀") == "Inès Petit — Directrice médicale 😀");
}

BOOST_AUTO_TEST_CASE(control_characters_become_spaces_and_bad_bytes_a_replacement) {
    BOOST_TEST(sanitize_label("a\nb\tc\rd\x01" "e\x7F") == "a b c d e ");
    BOOST_TEST(sanitize_label("Ren\xE9" "e") == "Ren\xEF\xBF\xBD" "e");
    BOOST_TEST(sanitize_label("\xF0\x9F\x98") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // truncated
    BOOST_TEST(sanitize_label("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

BOOST_AUTO_TEST_CASE(xml_noncharacters_are_replaced) {
    BOOST_TEST(sanitize_label("x\xEF\xBF\xBFy\xEF\xBF\xBE") == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
    BOOST_TEST(sanitize_label("\xEF\xBF\xBD") == "\xEF\xBF\xBD");  // U+FFFD itself is fine
}

BOOST_AUTO_TEST_CASE(markup_cannot_be_injected_into_xml_or_html) {
    BOOST_TEST(escape_xml("<script>alert('x')</script> & \"co\"") ==
               "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
    BOOST_TEST(escape_xml("a]]>b") == "a]]&gt;b");
}

BOOST_AUTO_TEST_CASE(dot_strings_cannot_be_closed_early_or_expand_escapes) {
    BOOST_TEST(quote_dot("say \"hi\"") == "\"say \\\"hi\\\"\"");
    BOOST_TEST(quote_dot("\\N \\G") == "\"\\\\N \\\\G\"");
    BOOST_TEST(quote_dot("end\\") == "\"end\\\\\"");
    BOOST_TEST(quote_dot("line\nbreak") == "\"line break\"");
}

BOOST_AUTO_TEST_SUITE_END()
