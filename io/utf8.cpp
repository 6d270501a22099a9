// SPDX-License-Identifier: MIT
#include "io/utf8.hpp"

#include <simdjson.h>

#include "graph/text.hpp"

namespace ricochet::io {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
    // Slow path, only on invalid input: find where.
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text.substr(i));
        if (length == 0) return i;
        i += length;
    }
    return std::nullopt;
}

}  // namespace ricochet::io
