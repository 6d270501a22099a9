// SPDX-License-Identifier: MIT
#include "graph/time.hpp"

#include "graph/error.hpp"

namespace ricochet {
namespace {

using namespace std::chrono;

// Reads exactly `digits` decimal digits at text[pos]; advances pos.
std::optional<int> read_digits(std::string_view text, std::size_t& pos, std::size_t digits) {
    if (pos + digits > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    pos += digits;
    return value;
}

bool accept(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::optional<sys_days> read_date(std::string_view text, std::size_t& pos) {
    const auto y = read_digits(text, pos, 4);
    if (!y || !accept(text, pos, '-')) return std::nullopt;
    const auto m = read_digits(text, pos, 2);
    if (!m || !accept(text, pos, '-')) return std::nullopt;
    const auto d = read_digits(text, pos, 2);
    if (!d) return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)},
                              day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    return sys_days{date};
}

// Zone designator: "", "Z", "+HH", "+HHMM", "+HH:MM"; returns the offset to subtract.
std::optional<seconds> read_zone(std::string_view text, std::size_t& pos) {
    if (pos == text.size()) return seconds{0};
    if (accept(text, pos, 'Z') || accept(text, pos, 'z')) return seconds{0};
    int sign = 0;
    if (accept(text, pos, '+')) sign = 1;
    else if (accept(text, pos, '-')) sign = -1;
    else return std::nullopt;
    const auto hh = read_digits(text, pos, 2);
    if (!hh || *hh > 23) return std::nullopt;
    int mm = 0;
    if (pos < text.size()) {
        accept(text, pos, ':');
        const auto m = read_digits(text, pos, 2);
        if (!m || *m > 59) return std::nullopt;
        mm = *m;
    }
    return seconds{sign * (*hh * 3600 + mm * 60)};
}

}  // namespace

std::optional<Time> parse_time(std::string_view text) {
    std::size_t pos = 0;
    const auto date = read_date(text, pos);
    if (!date) return std::nullopt;
    if (pos == text.size()) return Time{*date};
    if (!(accept(text, pos, 'T') || accept(text, pos, 't') || accept(text, pos, ' '))) {
        return std::nullopt;
    }
    const auto hh = read_digits(text, pos, 2);
    if (!hh || *hh > 23 || !accept(text, pos, ':')) return std::nullopt;
    const auto mm = read_digits(text, pos, 2);
    if (!mm || *mm > 59) return std::nullopt;
    int ss = 0;
    if (accept(text, pos, ':')) {
        const auto s = read_digits(text, pos, 2);
        if (!s || *s > 60) return std::nullopt;  // 60: a leap second
        ss = *s;
        if (accept(text, pos, '.') || accept(text, pos, ',')) {
            const std::size_t first = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
            if (pos == first) return std::nullopt;
        }
    }
    const auto zone = read_zone(text, pos);
    if (!zone || pos != text.size()) return std::nullopt;
    const Time time = Time{*date} + hours{*hh} + minutes{*mm} + seconds{ss} - *zone;
    if (time < earliest_time || time > latest_time) return std::nullopt;  // a zone crossed year 0 or 9999
    return time;
}

bool is_date_only(std::string_view text) {
    std::size_t pos = 0;
    return read_date(text, pos) && pos == text.size();
}

std::string format_time(Time time) {
    const auto day_start = floor<days>(time);
    const year_month_day date{day_start};
    const hh_mm_ss clock{time - day_start};
    // Years 0 to 9999 (see earliest_time, latest_time): every field has a fixed width.
    const auto two = [](long value) { return std::string{char('0' + value / 10), char('0' + value % 10)}; };
    const int y = static_cast<int>(date.year());
    return two(y / 100) + two(y % 100) + '-' + two(static_cast<unsigned>(date.month())) + '-' +
           two(static_cast<unsigned>(date.day())) + 'T' + two(clock.hours().count()) + ':' +
           two(clock.minutes().count()) + ':' + two(static_cast<long>(clock.seconds().count())) + 'Z';
}

TimeWindow make_time_window(std::string_view since, std::string_view until) {
    TimeWindow window;
    if (!since.empty()) {
        window.since = parse_time(since);
        if (!window.since) {
            throw InvalidArgument("--since: expected an ISO 8601 time such as 2021-01-31, got " +
                                  quote_token(since));
        }
    }
    if (!until.empty()) {
        window.until = parse_time(until);
        if (!window.until) {
            throw InvalidArgument("--until: expected an ISO 8601 time such as 2021-10-15, got " +
                                  quote_token(until));
        }
        if (is_date_only(until)) *window.until += days{1} - seconds{1};
    }
    if (window.since && window.until && *window.since > *window.until) {
        throw InvalidArgument("--since: the window starts after it ends, got " +
                              quote_token(since) + " > " + quote_token(until));
    }
    return window;
}

}  // namespace ricochet
