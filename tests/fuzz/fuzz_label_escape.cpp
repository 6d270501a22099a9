// SPDX-License-Identifier: MIT
// Whatever a label holds, the escaped forms are valid UTF-8 without control characters, XML text
// has no raw markup, a DOT string has no unescaped quote, a Graphviz text has only doubled
// backslashes, and every export of a map with that label keeps it as text.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "graph/error.hpp"
#include "io/utf8.hpp"
#include "visual/escape.hpp"
#include "visual/export.hpp"

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
    const std::string graphviz = visual::graphviz_text(label);
    for (std::size_t i = 0; i < graphviz.size(); ++i) {
        if (graphviz[i] == '\\' && (i + 1 == graphviz.size() || graphviz[++i] != '\\')) {
            fail("graphviz_text left a single backslash");
        }
    }
    // The label as a name, a key and a value of a two-vertex map, through every writer.
    visual::Map map;
    map.title = std::string(label);
    map.vertex_keys = {{"kind", visual::AttributeType::text}};
    map.vertices.push_back({"k", std::string(label), {}, 5, false, false, {}, std::nullopt, {std::string(label)}});
    map.vertices.push_back({"k2" + std::string(label), "b", {}, 5, false, false, {}, visual::Point{1, 2}, {{}}});
    map.arcs.push_back({0, 1, Layer::repost, 1, {}, 1, false, {}});
    try {
        for (const std::string& xml_file : {visual::to_gexf(map), visual::to_graphml(map)}) {
            if (io::find_invalid_utf8(xml_file)) fail("an XML export is not UTF-8");
            if (xml_file.find(xml) == std::string::npos) fail("an XML export lost the escaped label");
            if (xml_file.find("<script") != std::string::npos && label.find("<script") != std::string_view::npos) {
                fail("an XML export holds raw markup from the label");
            }
        }
        const std::string json = visual::to_graphology_json(map);
        if (json.find('<') != std::string::npos) fail("the JSON export holds a raw '<'");
        (void)visual::to_csv(map);
    } catch (const InvalidArgument&) {
        // Two keys that only differ by control characters: refused, as documented.
    }
    return 0;
}
