// SPDX-License-Identifier: MIT
#pragma once
// The one exception hierarchy of ricochet. `main` in cli/ is the only place that catches these
// and turns them into exit codes (1 for data or runtime failures, 2 for usage errors).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ricochet {

/// Root of every error ricochet throws. Messages read `<operation>: <what is wrong>, got <value>`.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// An argument or option is out of range (a usage error when it comes from the command line).
class InvalidArgument : public Error {
public:
    using Error::Error;
};

/// An input file is malformed. what() reads `FILE:LINE[:COL]: message[, got "token"]`.
class ParseError : public Error {
public:
    /// @param line 1-based; @param column 1-based in characters, 0 when unknown.
    ParseError(std::string file, std::uint64_t line, std::uint64_t column, std::string message,
               std::string_view token = {}, bool has_token = true);

    const std::string& file() const noexcept { return m_file; }
    std::uint64_t line() const noexcept { return m_line; }
    std::uint64_t column() const noexcept { return m_column; }
    const std::string& message() const noexcept { return m_message; }

private:
    std::string m_file;
    std::uint64_t m_line;
    std::uint64_t m_column;
    std::string m_message;
};

/// A file cannot be opened, read or written (exit 1).
class IoError : public Error {
public:
    using Error::Error;
};

/// An input too large for the memory ricochet may use (exit 1).
class ResourceError : public Error {
public:
    using Error::Error;
};

/// A map cannot be laid out or drawn (Graphviz failed; exit 1).
class RenderError : public Error {
public:
    using Error::Error;
};

/// Quotes a token for a message: at most 40 characters, control bytes and quotes escaped, invalid
/// UTF-8 shown as \xNN, so the message itself stays printable whatever the input holds.
std::string quote_token(std::string_view token);

}  // namespace ricochet
