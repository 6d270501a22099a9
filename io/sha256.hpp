// SPDX-License-Identifier: MIT
#pragma once
// SHA-256 (FIPS 180-4), for the run manifest of `ricochet analyze`: which input made a report.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ricochet::io {

/// Incremental SHA-256.
class Sha256 {
public:
    void update(std::string_view data);
    /// The digest as 64 lower-case hexadecimal digits; the object is spent afterwards.
    [[nodiscard]] std::string hex_digest();

private:
    void block(const unsigned char* p);
    std::array<std::uint32_t, 8> m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                         0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::array<unsigned char, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;  ///< bytes
};

/// SHA-256 of `text`.
[[nodiscard]] std::string sha256(std::string_view text);

/// SHA-256 of an input: a file's bytes; for a folder (a CSV bundle), of each regular file's name,
/// a NUL byte, its size as decimal text, a NUL byte and its bytes, files in name order.
/// @throws IoError when a file cannot be read.
[[nodiscard]] std::string input_sha256(const std::filesystem::path& path);

}  // namespace ricochet::io
