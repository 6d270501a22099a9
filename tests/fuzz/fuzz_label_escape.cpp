// SPDX-License-Identifier: MIT
// Whatever a label holds, the escaped forms are valid UTF-8 without control characters, XML text
// has no raw markup, and a DOT string has no unescaped quote.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "io/utf8.hpp"
#include "visual/escape.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ricochet;
    const std::string_view label(reinterpret_cast<const char*>(data), size);
    const auto fail = [](const char* what) {
        std::fprintf(stderr, "fuzz finding: %s\n", what);
        std::abort();
    };
    const std::string clean = visual::sanitize_label(label);
    if (io::find_invalid_utf8(clean)) fail("sanitize_label left invalid UTF-8");
    for (const char c : clean) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) fail("sanitize_label left a control character");
    }
    // XML 1.0 Char: no surrogates (already invalid UTF-8), no U+FFFE or U+FFFF.
    if (clean.find("\xEF\xBF\xBE") != std::string::npos || clean.find("\xEF\xBF\xBF") != std::string::npos) {
        fail("sanitize_label left a character XML forbids");
    }
    const std::string xml = visual::escape_xml(label);
    if (xml.find_first_of("<>\"'") != std::string::npos) fail("escape_xml left markup");
    for (std::size_t i = 0; i < xml.size(); ++i) {
        if (xml[i] == '&' && xml.compare(i, 4, "&lt;") != 0 && xml.compare(i, 4, "&gt;") != 0 &&
            xml.compare(i, 5, "&amp;") != 0 && xml.compare(i, 6, "&quot;") != 0 && xml.compare(i, 5, "&#39;") != 0) {
            fail("escape_xml left a raw ampersand");
        }
    }
    const std::string dot = visual::quote_dot(label);
    bool escaped = false;
    for (std::size_t i = 1; i + 1 < dot.size(); ++i) {
        if (escaped) {
            escaped = false;
        } else if (dot[i] == '\\') {
            escaped = true;
        } else if (dot[i] == '"') {
            fail("quote_dot left an unescaped quote");
        }
    }
    if (escaped || dot.size() < 2 || dot.front() != '"' || dot.back() != '"') fail("quote_dot is not one string");
    return 0;
}
