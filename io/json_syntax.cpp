// SPDX-License-Identifier: MIT
#include "io/json_syntax.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "io/utf8.hpp"

namespace ricochet::io {
namespace {

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Checker {
public:
    Checker(std::string_view text, std::size_t max_depth, bool number_ranges)
        : m_s(text), m_max_depth(max_depth), m_number_ranges(number_ranges) {}

    std::optional<JsonSyntaxError> run() {
        std::vector<char> stack;  // '{' or '['
        while (true) {
            // Expect a value.
            skip_ws();
            if (at_end()) return end("unexpected end of input, expected a value");
            const char c = m_s[m_i];
            if (c == '{' || c == '[') {
                if (stack.size() >= m_max_depth) {
                    return error("nesting deeper than " + std::to_string(m_max_depth) + " levels");
                }
                stack.push_back(c);
                ++m_i;
                skip_ws();
                if (at_end()) return end("unexpected end of input");
                if (m_s[m_i] == (c == '{' ? '}' : ']')) {
                    ++m_i;
                    stack.pop_back();
                } else if (c == '{') {
                    if (auto e = key()) return e;
                    continue;
                } else {
                    continue;
                }
            } else if (auto e = scalar()) {
                return e;
            }
            // After a value: close containers or go on to the next element.
            while (true) {
                skip_ws();
                if (stack.empty()) {
                    if (!at_end()) {
                        auto trailing = error("unexpected content after the document");
                        trailing->trailing = true;
                        return trailing;
                    }
                    return std::nullopt;
                }
                if (at_end()) return end("unexpected end of input");
                const char top = stack.back();
                const char d = m_s[m_i];
                if (d == ',') {
                    ++m_i;
                    if (top == '{') {
                        skip_ws();
                        if (auto e = key()) return e;
                    }
                    break;
                }
                if (d == (top == '{' ? '}' : ']')) {
                    ++m_i;
                    stack.pop_back();
                    continue;
                }
                return error(top == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
            }
        }
    }

private:
    bool at_end() const { return m_i >= m_s.size(); }
    void skip_ws() {
        while (!at_end() && is_ws(m_s[m_i])) ++m_i;
    }
    std::optional<JsonSyntaxError> error(std::string message) const {
        return JsonSyntaxError{m_i, std::move(message), false};
    }
    std::optional<JsonSyntaxError> error_at(std::size_t offset, std::string message) const {
        return JsonSyntaxError{offset, std::move(message), false};
    }
    std::optional<JsonSyntaxError> end(std::string message) const {
        return JsonSyntaxError{m_s.size(), std::move(message), true};
    }

    // A key and its colon; m_i is at the key.
    std::optional<JsonSyntaxError> key() {
        if (at_end()) return end("unexpected end of input, expected a string key");
        if (m_s[m_i] != '"') return error("expected a string key");
        if (auto e = string()) return e;
        skip_ws();
        if (at_end()) return end("unexpected end of input, expected ':'");
        if (m_s[m_i] != ':') return error("expected ':'");
        ++m_i;
        return std::nullopt;
    }

    std::optional<JsonSyntaxError> scalar() {
        const char c = m_s[m_i];
        if (c == '"') return string();
        if (c == '-' || is_digit(c)) return number();
        for (const std::string_view word : {"true", "false", "null"}) {
            if (m_s.substr(m_i, word.size()) == word) {
                m_i += word.size();
                return std::nullopt;
            }
        }
        return error("expected a value");
    }

    std::optional<JsonSyntaxError> string() {
        const std::size_t start = m_i++;
        while (true) {
            if (at_end()) return error_at(start, "unterminated string");
            const auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return std::nullopt;
            }
            if (c < 0x20) return error("control character in a string (escape it)");
            if (c == '\\') {
                if (auto e = escape()) return e;
                continue;
            }
            if (c >= 0x80) {
                std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                length = std::min(length, m_s.size() - m_i);
                if (find_invalid_utf8(m_s.substr(m_i, length)) || c < 0xC2) {
                    return JsonSyntaxError{m_i, "invalid UTF-8", false, 1};
                }
                m_i += length;
                continue;
            }
            ++m_i;
        }
    }

    std::optional<JsonSyntaxError> escape() {
        const std::size_t start = m_i++;
        if (at_end()) return error_at(start, "unterminated string");
        const char c = m_s[m_i];
        if (c != 'u') {
            if (std::string_view("\"\\/bfnrt").find(c) == std::string_view::npos) {
                return error_at(start, "invalid escape in a string");
            }
            ++m_i;
            return std::nullopt;
        }
        const auto code = hex4(m_i + 1);
        if (!code) return error_at(start, "invalid \\u escape in a string");
        m_i += 5;
        if (*code >= 0xDC00 && *code <= 0xDFFF) return error_at(start, "lone low surrogate in a string");
        if (*code >= 0xD800 && *code <= 0xDBFF) {
            const auto low = m_s.substr(m_i, 2) == "\\u" ? hex4(m_i + 2) : std::nullopt;
            if (!low || *low < 0xDC00 || *low > 0xDFFF) {
                return error_at(start, "unpaired high surrogate in a string");
            }
            m_i += 6;
        }
        return std::nullopt;
    }

    std::optional<unsigned> hex4(std::size_t at) const {
        if (at + 4 > m_s.size()) return std::nullopt;
        unsigned value = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
            const char h = m_s[k];
            if (!is_hex(h)) return std::nullopt;
            value = value * 16 + static_cast<unsigned>(is_digit(h) ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        return value;
    }

    std::optional<JsonSyntaxError> number() {
        const std::size_t start = m_i;
        const auto digits = [&] {
            const std::size_t first = m_i;
            while (!at_end() && is_digit(m_s[m_i])) ++m_i;
            return m_i > first;
        };
        if (m_s[m_i] == '-') ++m_i;
        if (at_end()) return error_at(start, "invalid number");
        if (m_s[m_i] == '0') {
            ++m_i;
        } else if (!digits()) {
            return error_at(start, "invalid number");
        }
        if (!at_end() && m_s[m_i] == '.') {
            ++m_i;
            if (!digits()) return error_at(start, "invalid number");
        }
        if (!at_end() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            ++m_i;
            if (!at_end() && (m_s[m_i] == '+' || m_s[m_i] == '-')) ++m_i;
            if (!digits()) return error_at(start, "invalid number");
        }
        if (!at_end() && (is_digit(m_s[m_i]) || m_s[m_i] == '.' || m_s[m_i] == '-' ||
                          m_s[m_i] == '+' || (m_s[m_i] | 0x20) == 'e' ||
                          ((m_s[m_i] | 0x20) >= 'a' && (m_s[m_i] | 0x20) <= 'z'))) {
            return error_at(start, "invalid number");
        }
        // Well-formed, but can it be represented? simdjson (like most readers) rejects integers
        // outside 64 bits and numbers beyond the largest double; say so at the number.
        if (!m_number_ranges) return std::nullopt;
        const std::string token(m_s.substr(start, m_i - start));
        if (token.find_first_of(".eE") == std::string::npos) {
            std::int64_t signed_value = 0;
            std::uint64_t unsigned_value = 0;
            const char* first = token.data();
            const char* last = token.data() + token.size();
            const bool fits = token[0] == '-' ? std::from_chars(first, last, signed_value).ec == std::errc{}
                                              : std::from_chars(first, last, unsigned_value).ec == std::errc{};
            if (!fits) return error_at(start, "integer out of the 64-bit range");
        } else if (std::isinf(std::strtod(token.c_str(), nullptr))) {
            return error_at(start, "number out of range");
        }
        return std::nullopt;
    }

    std::string_view m_s;
    std::size_t m_max_depth;
    bool m_number_ranges;
    std::size_t m_i = 0;
};

}  // namespace

std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text, std::size_t max_depth,
                                                      bool number_ranges) {
    return Checker(text, max_depth, number_ranges).run();
}

std::string_view token_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return {};
    std::size_t end = offset;
    if (text[offset] == '"') {
        // A string token: up to its closing quote (or the end of the line).
        for (end = offset + 1; end < text.size() && text[end] != '\n'; ++end) {
            if (text[end] == '\\') {
                ++end;
            } else if (text[end] == '"') {
                return text.substr(offset + 1, end - offset - 1);
            }
        }
        return text.substr(offset, std::min(end, text.size()) - offset);
    }
    while (end < text.size() && !is_ws(text[end]) &&
           std::string_view(",:[]{}").find(text[end]) == std::string_view::npos) {
        ++end;
    }
    if (end == offset) end = offset + 1;  // a lone delimiter
    return text.substr(offset, end - offset);
}

}  // namespace ricochet::io
