// SPDX-License-Identifier: MIT
#pragma once
// A whole input file in memory, padded for simdjson, with gzip inflated transparently, and the
// translation from a byte offset to the line and column that error messages show.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace ricochet::io {

/// 1-based line and column (the column counts UTF-8 characters, as editors do).
struct TextPosition {
    std::uint64_t line = 1;
    std::uint64_t column = 1;
};

/// The longest line a line-oriented format (JSON Lines, CSV, edge lists) may have: 64 MiB. A
/// whole JSON document may be one line of any length.
inline constexpr std::size_t max_line_bytes = std::size_t{64} << 20;

/// Line and column of byte `offset` in `text`.
[[nodiscard]] TextPosition position_at(std::string_view text, std::size_t offset);

class FileBuffer {
public:
    /// Bytes readable after the end of the text (simdjson reads ahead up to this many).
    static constexpr std::size_t padding = 64;

    /// Reads `path`; a gzip file (by its magic bytes, whatever its name) is inflated.
    /// @throws IoError when the file cannot be opened or read, or is not valid gzip.
    [[nodiscard]] static FileBuffer load(const std::filesystem::path& path);
    /// A buffer holding `text`, named `name` in messages (for tests and fuzzers).
    [[nodiscard]] static FileBuffer from_text(std::string name, std::string_view text);

    [[nodiscard]] std::string_view text() const { return {m_data.get(), m_size}; }
    [[nodiscard]] const char* data() const { return m_data.get(); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    /// The name used in messages: the path as the user gave it.
    [[nodiscard]] const std::string& name() const { return m_name; }
    /// Position of a pointer into text() (or of offset size() when p is past the end).
    [[nodiscard]] TextPosition position_of(const char* p) const;

private:
    FileBuffer(std::string name, std::unique_ptr<char[]> data, std::size_t size)
        : m_name(std::move(name)), m_data(std::move(data)), m_size(size) {}
    std::string m_name;
    std::unique_ptr<char[]> m_data;  // m_size bytes of text then `padding` zero bytes
    std::size_t m_size = 0;
};

/// @throws ParseError `FILE:LINE:1: line longer than 67108864 bytes (the limit), got "..."` for the
/// first line of `file` longer than `limit` bytes, its ending (LF, CRLF, or a CR before the end
/// of the file) excluded. `cr_ends_line`: a lone CR ends a line too, as in CSV. One pass.
void check_line_lengths(const FileBuffer& file, std::size_t limit = max_line_bytes, bool cr_ends_line = false);

}  // namespace ricochet::io
