// SPDX-License-Identifier: MIT
#include "visual/escape.hpp"

#include "graph/text.hpp"

namespace ricochet::visual {
std::string sanitize_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const std::size_t length = utf8_sequence_length(text);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            text.remove_prefix(1);
            continue;
        }
        const auto c = static_cast<unsigned char>(text[0]);
        const std::string_view sequence = text.substr(0, length);
        if (length == 1 && (c < 0x20 || c == 0x7F)) {
            out += ' ';
        } else if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") {
            out += "\xEF\xBF\xBD";  // U+FFFE and U+FFFF are not characters XML allows
        } else {
            out.append(sequence);
        }
        text.remove_prefix(length);
    }
    return out;
}

std::string escape_xml(std::string_view text) {
    std::string out;
    for (const char c : sanitize_label(text)) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string html_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (const char c : json) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
    return out;
}

std::string graphviz_text(std::string_view text) {
    std::string out;
    for (const char c : sanitize_label(text)) {
        if (c == '&') {
            out += "&amp;";  // Graphviz decodes HTML entities in plain labels (&#1; would be a raw 0x01)
            continue;
        }
        if (c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string quote_dot(std::string_view text) {
    // The DOT reader turns \" into " and leaves \\ alone, which Graphviz then shows as one
    // backslash: the same text graphviz_text hands cgraph.
    std::string out = "\"";
    for (const char c : graphviz_text(text)) {
        if (c == '"') out += '\\';
        out += c;
    }
    return out + '"';
}

}  // namespace ricochet::visual
