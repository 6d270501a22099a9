// SPDX-License-Identifier: MIT
#pragma once
// Instants in UTC, ISO 8601 parsing and formatting, and the time window that filters posts,
// engagement events and interactions before the influence graph is built.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ricochet {

/// An instant in UTC with one-second resolution (fractions of a second are truncated on input).
using Time = std::chrono::sys_seconds;

/// The instants ricochet represents: years 0000 to 9999, as ISO 8601 writes them with 4 digits.
inline constexpr Time earliest_time{std::chrono::seconds{-62167219200}};  // 0000-01-01T00:00:00Z
inline constexpr Time latest_time{std::chrono::seconds{253402300799}};    // 9999-12-31T23:59:59Z

/// Parses ISO 8601: `YYYY-MM-DD`, or a date, `T` (or a space), `HH:MM[:SS[.fraction]]` and an
/// optional zone `Z`, `±HH:MM`, `±HHMM` or `±HH` (no zone means UTC). Calendar-checked
/// (2021-02-29 is rejected). Returns nullopt when `text` is not such a time.
[[nodiscard]] std::optional<Time> parse_time(std::string_view text);

/// True when `text` is a date alone (`YYYY-MM-DD`), which a window's `until` extends to the day's end.
[[nodiscard]] bool is_date_only(std::string_view text);

/// Formats as `YYYY-MM-DDTHH:MM:SSZ`.
[[nodiscard]] std::string format_time(Time time);

/// A closed interval of time; an unset bound is open. Records whose time is unknown are outside
/// any window that has a bound (they are dropped and counted, never silently kept).
struct TimeWindow {
    std::optional<Time> since;  ///< first instant inside the window
    std::optional<Time> until;  ///< last instant inside the window

    [[nodiscard]] bool is_bounded() const noexcept { return since || until; }
    [[nodiscard]] bool contains(Time time) const noexcept {
        return (!since || time >= *since) && (!until || time <= *until);
    }
    [[nodiscard]] bool contains(const std::optional<Time>& time) const noexcept {
        return time ? contains(*time) : !is_bounded();
    }
};

/// Builds a window from the user's `--since`/`--until` texts (either may be empty). A date alone
/// in `until` means the end of that day (23:59:59), so `--until 2021-10-15` includes the 15th.
/// @throws InvalidArgument naming the option when a text is not a time or since > until.
[[nodiscard]] TimeWindow make_time_window(std::string_view since, std::string_view until);

}  // namespace ricochet
