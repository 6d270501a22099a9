// SPDX-License-Identifier: MIT
#include "io/text_table.hpp"

#include <algorithm>

namespace ricochet::io::detail {

std::size_t display_width(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

std::string padded(std::string_view text, std::size_t width, bool right) {
    const std::size_t have = display_width(text);
    if (have >= width) return std::string(text);
    const std::string fill(width - have, ' ');
    return right ? fill + std::string(text) : std::string(text) + fill;
}

std::string aligned_rows(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& right) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size(), 0);
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0) line += "  ";
            line += padded(row[c], widths[c], c < right.size() && right[c]);
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + '\n';
    }
    return out;
}

}  // namespace ricochet::io::detail
