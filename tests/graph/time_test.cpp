// SPDX-License-Identifier: MIT
#include <boost/test/unit_test.hpp>

#include "graph/error.hpp"
#include "graph/time.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using ricochet::testing::mentions;
using namespace std::chrono;

BOOST_AUTO_TEST_SUITE(time_parsing)

// 2021-03-01T09:00:00Z is 1614589200 s after the epoch (date -u -d @1614589200).
constexpr std::int64_t march_first_9h = 1614589200;

std::int64_t epoch(std::string_view text) {
    const auto t = parse_time(text);
    BOOST_REQUIRE_MESSAGE(t, "not parsed: " << text);
    return t->time_since_epoch().count();
}

BOOST_AUTO_TEST_CASE(accepts_every_documented_form_of_one_instant) {
    BOOST_TEST(epoch("2021-03-01T09:00:00Z") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01T09:00Z") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01 09:00:00") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01T09:00:00.999Z") == march_first_9h);  // fractions truncated
    BOOST_TEST(epoch("2021-03-01T10:00:00+01:00") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01T10:00:00+0100") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01T04:00:00-05") == march_first_9h);
    BOOST_TEST(epoch("2021-03-01") == march_first_9h - 9 * 3600);
}

BOOST_AUTO_TEST_CASE(zone_offsets_cross_the_date_line) {
    BOOST_TEST(epoch("2021-03-02T01:00:00+16:00") == march_first_9h);
}

BOOST_AUTO_TEST_CASE(rejects_impossible_dates_and_malformed_text) {
    for (const char* bad : {"2021-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021-03-01T24:00",
                            "2021-03-01T09:60", "2021-03-01T09:00:61", "21-03-01", "2021/03/01",
                            "2021-03-01T09", "2021-03-01T09:00:00ZZ", "2021-03-01T09:00:00+25:00",
                            "", "yesterday", "2021-03-01T09:00:00.", "1614589200"}) {
        BOOST_TEST(!parse_time(bad).has_value(), bad);
    }
}

BOOST_AUTO_TEST_CASE(accepts_leap_days_of_leap_years_only) {
    BOOST_TEST(parse_time("2020-02-29").has_value());
    BOOST_TEST(parse_time("2000-02-29").has_value());
    BOOST_TEST(!parse_time("1900-02-29").has_value());
}

BOOST_AUTO_TEST_CASE(formats_in_utc_and_round_trips) {
    BOOST_TEST(format_time(Time{seconds{march_first_9h}}) == "2021-03-01T09:00:00Z");
    BOOST_TEST(format_time(Time{seconds{0}}) == "1970-01-01T00:00:00Z");
    for (const char* text : {"1999-12-31T23:59:59Z", "2021-10-15T00:00:00Z", "2024-02-29T12:34:56Z"}) {
        BOOST_TEST(format_time(*parse_time(text)) == text);
    }
}

BOOST_AUTO_TEST_CASE(until_a_date_includes_the_whole_day) {
    const TimeWindow window = make_time_window("2021-01-01", "2021-10-15");
    BOOST_TEST(window.contains(*parse_time("2021-01-01T00:00:00Z")));
    BOOST_TEST(window.contains(*parse_time("2021-10-15T23:59:59Z")));
    BOOST_TEST(!window.contains(*parse_time("2021-10-16T00:00:00Z")));
    BOOST_TEST(!window.contains(*parse_time("2020-12-31T23:59:59Z")));
}

BOOST_AUTO_TEST_CASE(until_a_time_is_inclusive_of_that_instant) {
    const TimeWindow window = make_time_window("", "2021-10-15T12:00:00Z");
    BOOST_TEST(window.contains(*parse_time("2021-10-15T12:00:00Z")));
    BOOST_TEST(!window.contains(*parse_time("2021-10-15T12:00:01Z")));
}

BOOST_AUTO_TEST_CASE(unbounded_window_keeps_undated_records_and_bounded_one_drops_them) {
    BOOST_TEST(TimeWindow{}.contains(std::optional<Time>{}));
    BOOST_TEST(!make_time_window("2021-01-01", "").contains(std::optional<Time>{}));
}

BOOST_AUTO_TEST_CASE(rejects_bad_bounds_naming_the_option) {
    BOOST_CHECK_EXCEPTION((void)make_time_window("2021-13-01", ""), InvalidArgument,
                          mentions("--since: expected an ISO 8601 time such as 2021-01-31, got \"2021-13-01\""));
    BOOST_CHECK_EXCEPTION((void)make_time_window("", "soon"), InvalidArgument,
                          mentions("--until: expected an ISO 8601 time"));
    BOOST_CHECK_EXCEPTION((void)make_time_window("2021-05-01", "2021-04-01"), InvalidArgument,
                          mentions("--since: the window starts after it ends"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(time_range)

BOOST_AUTO_TEST_CASE(years_0_to_9999_and_no_further) {
    BOOST_TEST(format_time(*parse_time("0000-01-01T00:00:00Z")) == "0000-01-01T00:00:00Z");
    BOOST_TEST(format_time(*parse_time("9999-12-31T23:59:59Z")) == "9999-12-31T23:59:59Z");
    BOOST_TEST(!parse_time("0000-01-01T00:00:00+01:00").has_value());
    BOOST_TEST(!parse_time("9999-12-31T23:59:59-01:00").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
