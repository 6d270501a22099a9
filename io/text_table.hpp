// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: terminal tables aligned on character widths (UTF-8 code points, so that
// accented names line up).
#include <string>
#include <string_view>
#include <vector>

namespace ricochet::io::detail {

/// Characters (UTF-8 code points) in `text`.
[[nodiscard]] std::size_t display_width(std::string_view text);

/// `text` padded with spaces to `width` characters: after it, or before it when `right`.
[[nodiscard]] std::string padded(std::string_view text, std::size_t width, bool right = false);

/// The rows, one line each, cells separated by two spaces, each column as wide as its widest
/// cell: right-aligned where `right[c]`, left-aligned elsewhere; no trailing spaces.
[[nodiscard]] std::string aligned_rows(const std::vector<std::vector<std::string>>& rows,
                                       const std::vector<bool>& right);

}  // namespace ricochet::io::detail
