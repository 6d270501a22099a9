// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace ricochet::io {

/// Offset of the first byte of `text` that is not part of valid UTF-8 (overlong forms,
/// surrogates and code points above U+10FFFF are invalid), or nullopt when all of it is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

}  // namespace ricochet::io
