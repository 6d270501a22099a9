// SPDX-License-Identifier: MIT
#include "visual/escape.hpp"

namespace ricochet::visual {
namespace {

// Length of the valid UTF-8 sequence at text[0] (Unicode table 3-7), or 0.
std::size_t sequence_length(std::string_view text) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b0 = b(0);
    if (b0 < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) length = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0) low = 0xA0;
        if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0) low = 0x90;
        if (b0 == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        if (b(i) < (i == 1 ? low : 0x80) || b(i) > (i == 1 ? high : 0xBF)) return 0;
    }
    return length;
}

}  // namespace

std::string sanitize_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const std::size_t length = sequence_length(text);
        if (length == 0) {
            out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
            text.remove_prefix(1);
            continue;
        }
        const auto c = static_cast<unsigned char>(text[0]);
        if (length == 1 && (c < 0x20 || c == 0x7F)) out += ' ';
        else out.append(text.substr(0, length));
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

std::string quote_dot(std::string_view text) {
    std::string out = "\"";
    for (const char c : sanitize_label(text)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

}  // namespace ricochet::visual
