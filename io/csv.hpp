// SPDX-License-Identifier: MIT
#pragma once
// Internal to io/: an RFC 4180 CSV tokenizer (comma separator, "double quotes" with "" inside,
// CRLF or LF line ends, a UTF-8 byte-order mark skipped) that keeps the offset of every field
// for error messages.
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "graph/text.hpp"
#include "io/file_buffer.hpp"

namespace ricochet::io::detail {

using ricochet::csv_cell;
using ricochet::csv_text_cell;
using ricochet::number_text;

struct CsvField {
    std::string_view value;  ///< unquoted text; valid until the next call to next()
    std::size_t offset = 0;  ///< byte offset of the field in the file
    bool quoted = false;     ///< quoted fields keep their spaces; unquoted ones are trimmed by users
};

class CsvReader {
public:
    /// @throws ParseError when the file is not valid UTF-8.
    explicit CsvReader(const FileBuffer& file);

    /// Reads the next row into `row`; false at the end. Blank lines are skipped.
    /// @throws ParseError for an unterminated quoted field or text after a closing quote.
    bool next(std::vector<CsvField>& row);

    /// Byte offset where the last row read starts.
    [[nodiscard]] std::size_t row_offset() const { return m_row_offset; }
    /// The text of the last row read (its first physical line), for messages.
    [[nodiscard]] std::string_view row_text() const;

    /// Throws the ParseError for `message` at byte `offset`, showing `token`.
    [[noreturn]] void fail(std::size_t offset, const std::string& message, std::string_view token,
                           bool has_token = true) const;

private:
    const FileBuffer& m_file;
    std::size_t m_pos = 0;
    std::size_t m_row_offset = 0;
    std::deque<std::string> m_unescaped;  // storage for quoted fields that contained ""
};

}  // namespace ricochet::io::detail
