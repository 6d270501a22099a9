// SPDX-License-Identifier: MIT
#include "graph/error.hpp"

#include "graph/text.hpp"

namespace ricochet {
namespace {

std::string locate(const std::string& file, std::uint64_t line, std::uint64_t column,
                   const std::string& message, std::string_view token, bool has_token) {
    std::string text = file;
    if (line > 0) text += ':' + std::to_string(line);
    if (line > 0 && column > 0) text += ':' + std::to_string(column);
    text += ": " + message;
    if (has_token) text += ", got " + quote_token(token);
    return text;
}

}  // namespace

ParseError::ParseError(std::string file, std::uint64_t line, std::uint64_t column,
                       std::string message, std::string_view token, bool has_token)
    : Error(locate(file, line, column, message, token, has_token)),
      m_file(std::move(file)),
      m_line(line),
      m_column(column),
      m_message(std::move(message)) {}

std::string quote_token(std::string_view token) {
    constexpr std::size_t max_shown = 40;
    std::string out = "\"";
    std::size_t shown = 0;
    while (!token.empty() && shown < max_shown) {
        const auto c = static_cast<unsigned char>(token[0]);
        const std::size_t length = utf8_sequence_length(token);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F || length == 0) {
            static constexpr char digits[] = "0123456789ABCDEF";
            out += "\\x";
            out += digits[c >> 4];
            out += digits[c & 0xF];
        } else {
            out.append(token.substr(0, length));
            token.remove_prefix(length);
            ++shown;
            continue;
        }
        token.remove_prefix(1);
        ++shown;
    }
    if (!token.empty()) out += "...";
    return out + '"';
}

}  // namespace ricochet
