// SPDX-License-Identifier: MIT
#include "io/utf8.hpp"

#include <simdjson.h>

namespace ricochet::io {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
    // Slow path, only on invalid input: find where (Unicode 15, table 3-7).
    std::size_t i = 0;
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    while (i < text.size()) {
        const unsigned char b0 = byte(i);
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b0 < 0x80) length = 1;
        else if (b0 >= 0xC2 && b0 <= 0xDF) length = 2;
        else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0) low = 0xA0;
            if (b0 == 0xED) high = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0) low = 0x90;
            if (b0 == 0xF4) high = 0x8F;
        } else {
            return i;
        }
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char b = byte(i + k);
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (b < lo || b > hi) return i;
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace ricochet::io
