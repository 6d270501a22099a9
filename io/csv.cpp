// SPDX-License-Identifier: MIT
#include "io/csv.hpp"

#include <algorithm>
#include <charconv>

#include "graph/error.hpp"
#include "io/utf8.hpp"

namespace ricochet::io::detail {

CsvReader::CsvReader(const FileBuffer& file) : m_file(file) {
    const std::string_view text = file.text();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
    if (const auto bad = find_invalid_utf8(text)) {
        fail(*bad, "invalid UTF-8", text.substr(*bad, 1));
    }
}

void CsvReader::fail(std::size_t offset, const std::string& message, std::string_view token,
                     bool has_token) const {
    const TextPosition p = position_at(m_file.text(), offset);
    throw ParseError(m_file.name(), p.line, p.column, message, token, has_token);
}

std::string_view CsvReader::row_text() const {
    const std::string_view text = m_file.text();
    std::size_t end = text.find('\n', m_row_offset);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(m_row_offset, end - m_row_offset);
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    return row;
}

bool CsvReader::next(std::vector<CsvField>& row) {
    const std::string_view text = m_file.text();
    row.clear();
    m_unescaped.clear();
    // Skip blank lines.
    while (m_pos < text.size() && (text[m_pos] == '\n' || text[m_pos] == '\r')) ++m_pos;
    if (m_pos >= text.size()) return false;
    m_row_offset = m_pos;
    while (true) {
        const std::size_t start = m_pos;
        if (m_pos < text.size() && text[m_pos] == '"') {
            std::size_t i = m_pos + 1;
            std::string* unescaped = nullptr;
            std::size_t piece = i;
            while (true) {
                const std::size_t quote = text.find('"', i);
                if (quote == std::string_view::npos) {
                    const std::size_t line_end = std::min(text.find_first_of("\r\n", start), text.size());
                    fail(start, "unterminated quoted field", text.substr(start, line_end - start));
                }
                if (quote + 1 < text.size() && text[quote + 1] == '"') {
                    if (unescaped == nullptr) unescaped = &m_unescaped.emplace_back();
                    unescaped->append(text.substr(piece, quote + 1 - piece));
                    i = piece = quote + 2;
                    continue;
                }
                if (unescaped != nullptr) {
                    unescaped->append(text.substr(piece, quote - piece));
                    row.push_back({*unescaped, start, true});
                } else {
                    row.push_back({text.substr(start + 1, quote - start - 1), start, true});
                }
                m_pos = quote + 1;
                break;
            }
            const bool at_end = m_pos >= text.size() || text[m_pos] == ',' ||
                                text[m_pos] == '\n' || text[m_pos] == '\r';
            if (!at_end) {
                fail(m_pos, "expected a comma after a quoted field", text.substr(m_pos, 1));
            }
        } else {
            while (m_pos < text.size() && text[m_pos] != ',' && text[m_pos] != '\n' &&
                   text[m_pos] != '\r') {
                ++m_pos;
            }
            row.push_back({text.substr(start, m_pos - start), start});
        }
        if (m_pos < text.size() && text[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // End of row: CRLF, LF, lone CR, or end of file.
        if (m_pos < text.size() && text[m_pos] == '\r') ++m_pos;
        if (m_pos < text.size() && text[m_pos] == '\n') ++m_pos;
        return true;
    }
}

}  // namespace ricochet::io::detail
