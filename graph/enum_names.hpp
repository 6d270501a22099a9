// SPDX-License-Identifier: MIT
#pragma once
// One table of names per enumeration, so that parsing, printing and the documented vocabulary
// cannot drift apart. Each enum E specialises EnumNames<E> with `names` in declaration order.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ricochet {

template <class E>
struct EnumNames;

/// The canonical lowercase name of `value`, as written in files and on the command line.
template <class E>
[[nodiscard]] constexpr std::string_view to_string(E value) {
    return EnumNames<E>::names[static_cast<std::size_t>(value)];
}

/// Every value of E, in declaration order.
template <class E>
[[nodiscard]] constexpr auto all_values() {
    std::array<E, EnumNames<E>::names.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<E>(i);
    return values;
}

/// The value named `name` (exact, lowercase), or nullopt.
template <class E>
[[nodiscard]] constexpr std::optional<E> parse_enum(std::string_view name) {
    for (std::size_t i = 0; i < EnumNames<E>::names.size(); ++i) {
        if (EnumNames<E>::names[i] == name) return static_cast<E>(i);
    }
    return std::nullopt;
}

/// "a, b or c": the accepted names, for error messages.
template <class E>
[[nodiscard]] std::string choices() {
    std::string text;
    const auto& names = EnumNames<E>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) text += i + 1 == names.size() ? " or " : ", ";
        text += names[i];
    }
    return text;
}

}  // namespace ricochet
