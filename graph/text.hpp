// SPDX-License-Identifier: MIT
#pragma once
// Small text rules every layer shares, so that a weight or a UTF-8 sequence is judged the same
// way by the command line, the readers and the label escaper.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ricochet {

/// Length of the valid UTF-8 sequence at the start of `text` (Unicode 15, table 3-7: no overlong
/// forms, no surrogates, nothing above U+10FFFF), or 0 when it does not start with one.
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text);

/// `text` as a number in [low, high] (`1`, `0.5`, `2e3`), or nullopt for anything else
/// (out of range, `nan`, `inf`, `1x`, an empty text).
[[nodiscard]] std::optional<double> parse_number_in(std::string_view text, double low, double high);

/// `text` without leading and trailing spaces and tabs.
[[nodiscard]] std::string_view trim_blanks(std::string_view text);

/// `text` with ASCII letters in lower case (other bytes, UTF-8 included, unchanged).
[[nodiscard]] std::string ascii_lower(std::string_view text);

/// An RFC 4180 cell for writing: quoted when it holds a comma, a quote, a line end or edge
/// spaces (which a reader would trim).
[[nodiscard]] std::string csv_cell(std::string_view text);
/// csv_cell for text a spreadsheet will open (the report tables, not the dataset bundle): a cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return and is not a number gets a
/// leading `'`, so that Excel and LibreOffice show it as text instead of evaluating it as a
/// formula (OWASP "CSV injection"); numbers such as -3 are left alone.
[[nodiscard]] std::string csv_text_cell(std::string_view text);
/// The shortest text that reads back as the same double ("0.25", "3", "1e-07").
[[nodiscard]] std::string number_text(double value);

}  // namespace ricochet
