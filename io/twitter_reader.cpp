// SPDX-License-Identifier: MIT
#include "io/twitter_reader.hpp"

#include <omp.h>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <exception>
#include <optional>
#include <string>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "graph/time.hpp"
#include "io/json_syntax.hpp"

namespace ricochet::io::detail {
namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using TweetId = std::uint64_t;
using UserId = std::uint64_t;

// simdjson rejected the text (syntax, UTF-8, depth, size): the fast pass stops and the file is
// read again document by document, where the exact checker places the error.
struct SyntaxTrouble {
    error_code code;
};

// A tweet, user or document that breaks the rules of io/TWITTER.md, at a place in the file.
struct Bad {
    const char* at;
    std::string message;
    bool has_token = true;
    std::string_view token = {};  // empty: the token at `at`
};

struct User {
    UserId id = 0;
    std::string handle;
    std::string name;
    std::optional<std::uint64_t> followers;
    bool full = false;  // from a user object (not only a reference)
};

// A user as a document gives it: the views point into the file or the parser's string buffer,
// valid until the document is committed.
struct StagedUser {
    UserId id = 0;
    std::string_view handle;
    std::string_view name;
    std::optional<std::uint64_t> followers;
    bool full = false;
};

// A mention as a document gives it (views valid until the commit).
struct Mention {
    UserId id = 0;          // 0: by username only
    std::string_view name;  // the username (id == 0) or the screen name the mention gives
};

// Tweet ids and user ids to indices: open addressing with linear probing (ids are never 0),
// several times faster than std::unordered_map on millions of inserts.
class IdIndex {
public:
    void reserve(std::size_t n) {
        if (n * 2 > m_keys.size()) rehash(std::bit_ceil(std::max<std::size_t>(n * 2, 16)));
    }
    /// {the index of `key`, true when it was inserted with `value`}.
    std::pair<std::uint32_t, bool> try_emplace(std::uint64_t key, std::uint32_t value) {
        if ((m_size + 1) * 2 > m_keys.size()) rehash(std::max<std::size_t>(16, m_keys.size() * 2));
        std::size_t i = slot(key);
        while (m_keys[i] != 0) {
            if (m_keys[i] == key) return {m_values[i], false};
            i = (i + 1) & m_mask;
        }
        m_keys[i] = key;
        m_values[i] = value;
        ++m_size;
        return {value, true};
    }
    [[nodiscard]] std::optional<std::uint32_t> find(std::uint64_t key) const {
        if (m_keys.empty()) return std::nullopt;
        for (std::size_t i = slot(key); m_keys[i] != 0; i = (i + 1) & m_mask) {
            if (m_keys[i] == key) return m_values[i];
        }
        return std::nullopt;
    }
    void clear() {
        std::fill(m_keys.begin(), m_keys.end(), 0);
        m_size = 0;
    }

private:
    [[nodiscard]] std::size_t slot(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void rehash(std::size_t capacity) {
        std::vector<std::uint64_t> keys(capacity, 0);
        std::vector<std::uint32_t> values(capacity, 0);
        std::swap(keys, m_keys);
        std::swap(values, m_values);
        m_mask = capacity - 1;
        m_shift = static_cast<unsigned>(64 - std::countr_zero(capacity));
        m_size = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != 0) (void)try_emplace(keys[i], values[i]);
        }
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    std::size_t m_mask = 0;
    unsigned m_shift = 64;
    std::size_t m_size = 0;
};

enum class Ref : std::uint8_t { retweet, quote, reply };

struct Reference {
    TweetId tweet = 0;  // 0: unknown (a v1.1 reply to a user only)
    std::optional<UserId> author;  // given with the reference (embedded tweet, flattened author)
};

struct Tweet {
    TweetId id = 0;
    UserId author = 0;
    Time time{};
    std::optional<Reference> retweet;
    std::optional<Reference> quote;
    bool replies = false;
    std::optional<TweetId> reply_tweet;
    std::optional<UserId> reply_user;
    std::optional<UserId> reply_ref_author;  // v2: the replied_to reference's own author_id
    bool v2 = false;
    std::uint32_t mentions_begin = 0;  // into the stage's or the reader's mention list
    std::uint32_t mentions_count = 0;
    std::string rt_username;  // v2: the username after a leading "RT @", lower-case
    std::uint32_t file = 0;
    std::uint64_t reactions = 0;
    std::uint64_t comments = 0;
    std::uint64_t shares = 0;
    const char* at = nullptr;  // the object, for messages (valid while its file lives)
};

// Everything one tweet object holds, before it is known whether it is v1.1 or v2.
struct TweetFields {
    const char* at = nullptr;
    std::optional<TweetId> id_str;   // v1.1
    std::optional<TweetId> id_v2;    // v2 (a string `id`)
    std::optional<UserId> user;      // v1.1 `user.id_str`
    bool has_user = false;
    std::optional<UserId> author_id;  // v2
    std::optional<Time> created_at_v1;   // Twitter's format
    std::optional<Time> created_at_iso;  // ISO 8601
    const char* created_at_at = nullptr;
    bool created_at_given = false;
    std::optional<Reference> retweeted_status;
    std::optional<Reference> quoted_status;
    std::optional<TweetId> quoted_status_id;
    std::optional<TweetId> reply_status;
    std::optional<UserId> reply_user_v1;
    std::optional<UserId> reply_user_v2;
    std::string_view reply_handle;
    std::vector<std::pair<Ref, Reference>> referenced;  // v2
    std::vector<Mention> user_mentions;  // v1.1 entities
    std::vector<Mention> ext_mentions;   // v1.1 extended_tweet.entities
    bool has_ext_entities = false;
    bool truncated = false;
    std::vector<Mention> mentions_v2;  // v2 entities.mentions
    std::string_view rt_username;
    std::optional<std::uint64_t> favorite_count, like_count, reply_count, retweet_count, quote_count;
    bool container = false;  // statuses / results / data / includes seen
    bool notice = false;
};

constexpr std::array<std::string_view, 12> notice_keys{
    "delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "disconnect",
    "warning", "event", "friends", "direct_message", "errors", "meta"};

bool is_notice_key(std::string_view key) {
    return std::find(notice_keys.begin(), notice_keys.end(), key) != notice_keys.end();
}

std::optional<std::uint64_t> parse_digits(std::string_view text) {
    if (text.empty() || text.size() > 19) return std::nullopt;
    std::uint64_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || value == 0) {
        return std::nullopt;
    }
    return value;
}

// `Wed Oct 10 20:19:24 +0000 2018`, C locale, English names; calendar-checked.
std::optional<Time> parse_v1_time(std::string_view s) {
    if (s.size() != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[13] != ':' ||
        s[16] != ':' || s[19] != ' ' || s[25] != ' ' || (s[20] != '+' && s[20] != '-')) {
        return std::nullopt;
    }
    static constexpr std::array<std::string_view, 12> months{
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static constexpr std::array<std::string_view, 7> days{"Mon", "Tue", "Wed", "Thu",
                                                          "Fri", "Sat", "Sun"};
    if (std::find(days.begin(), days.end(), s.substr(0, 3)) == days.end()) return std::nullopt;
    const auto month = std::find(months.begin(), months.end(), s.substr(4, 3));
    if (month == months.end()) return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    const int day = number(8, 2), hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int zone_hours = number(21, 2), zone_minutes = number(23, 2), year = number(26, 4);
    if (day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
        zone_hours < 0 || zone_hours > 23 || zone_minutes < 0 || zone_minutes > 59 || year < 0) {
        return std::nullopt;
    }
    const std::chrono::year_month_day date{
        std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month - months.begin() + 1)},
        std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    const int zone = (s[20] == '-' ? -1 : 1) * (zone_hours * 3600 + zone_minutes * 60);
    const Time time = std::chrono::sys_days{date} +
                      std::chrono::seconds{hour * 3600 + minute * 60 + second - zone};
    if (time < earliest_time || time > latest_time) return std::nullopt;
    return time;
}

// The first snowflake: ids below it carry no time.
constexpr TweetId first_snowflake = (std::uint64_t{1} << 22) * 1000;
constexpr std::int64_t twitter_epoch_ms = 1288834974657;

Time snowflake_time(TweetId id) {
    const auto ms = static_cast<std::int64_t>(id >> 22) + twitter_epoch_ms;
    return Time{std::chrono::seconds{ms / 1000}};
}

}  // namespace

class TwitterReader::Impl {
public:
    explicit Impl(const ReadOptions& options) : m_options(options) {}
    void set_parallel_threshold(std::size_t bytes) { m_parallel_threshold = bytes; }

    void read(const FileBuffer& file) {
        m_file = &file;
        m_files.push_back(&file);
        // The fast pass commits as it goes. If simdjson rejects the file half-way, the tweets and
        // users it added are removed and the file is read again: what it changed in earlier ones
        // (maximum counts, names first seen) the second reading changes again identically.
        const std::size_t tweets = m_tweets.size();
        const std::size_t users = m_users.size();
        // About one tweet per 3 KB and one new user per 6 KB of real exports.
        m_tweets.reserve(tweets + file.size() / 3000);
        m_users.reserve(users + file.size() / 6000);
        m_mentions.reserve(m_mentions.size() + file.size() / 3000);
        m_tweet_index.reserve(tweets + file.size() / 3000);
        m_user_index.reserve(users + file.size() / 6000);
        const auto skipped = m_skipped;
        const auto notices = m_notices;
        // Undoes what a pass committed from this file.
        const auto restore = [&] {
            m_tweets.resize(tweets);
            m_users.resize(users);
            m_tweet_index.clear();
            for (std::size_t i = 0; i < m_tweets.size(); ++i) (void)m_tweet_index.try_emplace(m_tweets[i].id, static_cast<std::uint32_t>(i));
            m_user_index.clear();
            for (std::size_t i = 0; i < m_users.size(); ++i) (void)m_user_index.try_emplace(m_users[i].id, static_cast<std::uint32_t>(i));
            const std::size_t mentions = m_tweets.empty() ? 0 : m_tweets.back().mentions_begin + m_tweets.back().mentions_count;
            m_mentions.resize(mentions);
            std::erase_if(m_mention_names, [&](const auto& entry) { return entry.first >= mentions; });
            m_skipped = skipped;
            m_notices = notices;
            m_stage_tweets.clear();
            m_stage_users.clear();
            m_stage_mentions.clear();
            m_file_tweets = 0;
        };
        m_file_tweets = 0;
        try {
            bool read = false;
            try {
                read = parallel_pass();
            } catch (const SyntaxTrouble&) {
                // A cut fell inside a document that spans lines: read the file whole.
                restore();
            }
            if (!read) fast_pass(m_file->data(), m_file->size());
            end_of_file();
        } catch (const SyntaxTrouble&) {
            restore();
            exact_pass();
        }
    }

    ReadResult finish();

private:
    // --- errors -----------------------------------------------------------------------------

    [[noreturn]] void raise(const Bad& bad) const {
        const auto offset = static_cast<std::size_t>(bad.at - m_file->data());
        const TextPosition p = m_file->position_of(bad.at);
        const std::string_view token = !bad.has_token ? std::string_view{}
                                       : !bad.token.empty() ? bad.token
                                                            : token_at(m_file->text(), offset);
        throw ParseError(m_file->name(), p.line, p.column, bad.message, token, bad.has_token);
    }

    // Strict: the problem stops the import. Lenient: it is counted and the unit is skipped.
    void problem(const Bad& bad, const char* what) {
        if (!m_options.lenient) raise(bad);
        const TextPosition p = m_file->position_of(bad.at);
        auto& warning = m_skipped[what];
        if (warning.count++ == 0) {
            warning.first = m_file->name() + ":" + std::to_string(p.line) + ":" +
                            std::to_string(p.column) + ": " + bad.message;
        }
    }

    template <class T>
    T take(simdjson::simdjson_result<T>&& result) const {
        T value{};
        if (const error_code code = std::move(result).get(value)) throw SyntaxTrouble{code};
        return value;
    }

    static const char* where(od::value& value) { return value.raw_json_token().data(); }

    od::json_type type_of(od::value& value) const { return take(value.type()); }

    // --- scalar fields ----------------------------------------------------------------------

    // A string of digits (a Twitter id); null is "absent" when `nullable`.
    std::optional<std::uint64_t> id_field(od::value& value, std::string_view name, bool nullable) {
        const od::json_type type = type_of(value);
        if (type == od::json_type::null && nullable) return std::nullopt;
        const char* at = where(value);
        if (type != od::json_type::string) {
            throw Bad{at, "\"" + std::string(name) + "\" must be a string of digits"};
        }
        const std::string_view text = take(value.get_string());
        const auto id = parse_digits(text);
        if (!id) throw Bad{at, "\"" + std::string(name) + "\" must be a string of digits"};
        return id;
    }

    std::optional<std::string_view> string_field(od::value& value, std::string_view name) {
        const od::json_type type = type_of(value);
        if (type == od::json_type::null) return std::nullopt;
        if (type != od::json_type::string) {
            throw Bad{where(value), "\"" + std::string(name) + "\" must be a string"};
        }
        return take(value.get_string());
    }

    std::optional<std::uint64_t> count_field(od::value& value, std::string_view name) {
        const od::json_type type = type_of(value);
        if (type == od::json_type::null) return std::nullopt;
        const char* at = where(value);
        std::uint64_t count = 0;
        if (type != od::json_type::number || value.get_uint64().get(count) || count > max_count) {
            throw Bad{at, "\"" + std::string(name) + "\" must be an integer from 0 to 10^9"};
        }
        return count;
    }

    bool bool_field(od::value& value) {
        bool flag = false;
        return type_of(value) == od::json_type::boolean && !value.get_bool().get(flag) && flag;
    }

    od::object object_field(od::value& value, std::string_view name) {
        if (type_of(value) != od::json_type::object) {
            throw Bad{where(value), "\"" + std::string(name) + "\" must be an object"};
        }
        return take(value.get_object());
    }

    od::array array_field(od::value& value, std::string_view name) {
        if (type_of(value) != od::json_type::array) {
            throw Bad{where(value), "\"" + std::string(name) + "\" must be an array"};
        }
        return take(value.get_array());
    }

    // The key as written when it has no escape (Twitter's never do: no copy), else unescaped.
    std::string_view key_of(od::field& field) const {
        const char* raw = field.key().raw();
        for (const char* p = raw;; ++p) {
            if (*p == '"') return {raw, static_cast<std::size_t>(p - raw)};
            if (*p == '\\') return take(field.unescaped_key());
        }
    }

    template <class F>
    void for_each_field(od::object& object, F&& f) {
        for (auto field_result : object) {
            od::field field = take(std::move(field_result));
            f(key_of(field), field.value());
        }
    }

    template <class F>
    void for_each_element(od::array& array, F&& f) {
        for (auto element_result : array) {
            od::value element = take(std::move(element_result));
            f(element);
        }
    }

    // --- users ------------------------------------------------------------------------------

    // A user object (v1.1 `user`, v2 includes.users / author / mention objects). Returns its id;
    // nullopt for an empty object (twarc2 writes {} for a missing user).
    std::optional<UserId> user_object(od::value& value, std::string_view name, bool v2) {
        od::object object = object_field(value, name);
        const char* at = where(value);
        std::optional<UserId> id;
        std::string_view handle;
        std::string_view display;
        std::optional<std::uint64_t> followers;
        bool empty = true;
        // The four fields read come first in real objects: stop once they are all seen and
        // let simdjson skip the rest of the object unparsed.
        unsigned seen = 0;
        for (auto field_result : object) {
            od::field field = take(std::move(field_result));
            const std::string_view key = key_of(field);
            od::value& v = field.value();
            empty = false;
            if (key == (v2 ? "id" : "id_str")) {
                id = id_field(v, key, false);
                seen |= 1U;
            } else if (key == (v2 ? "username" : "screen_name")) {
                if (auto s = string_field(v, key)) handle = *s;
                seen |= 2U;
            } else if (key == "name") {
                if (auto s = string_field(v, key)) display = *s;
                seen |= 4U;
            } else if (!v2 && key == "followers_count") {
                followers = count_field(v, key);
                seen |= 8U;
            } else if (v2 && key == "public_metrics") {
                user_metrics(v, followers);
                seen |= 8U;
            }
            if (seen == 15U) break;
        }
        if (empty) return std::nullopt;
        if (!id) throw Bad{at, std::string("a user has no \"") + (v2 ? "id" : "id_str") + "\"", false};
        m_stage_users.push_back({*id, handle, display, followers, true});
        return id;
    }

    // A user's v2 `public_metrics` (null: absent).
    void user_metrics(od::value& v, std::optional<std::uint64_t>& followers) {
        if (type_of(v) == od::json_type::null) return;
        od::object metrics = object_field(v, "public_metrics");
        for_each_field(metrics, [&](std::string_view k, od::value& m) {
            if (k == "followers_count") followers = count_field(m, k);
        });
    }

    void user_reference(UserId id, std::string_view handle) {
        m_stage_users.push_back({id, handle, {}, std::nullopt, false});
    }

    // --- tweets -----------------------------------------------------------------------------

    void mentions_v1(od::value& value, std::vector<Mention>& out) {
        od::array array = array_field(value, "user_mentions");
        for_each_element(array, [&](od::value& m) {
            od::object object = object_field(m, "user_mentions");
            const char* at = where(m);
            std::optional<UserId> id;
            std::string_view handle;
            for_each_field(object, [&](std::string_view key, od::value& v) {
                if (key == "id_str") id = id_field(v, key, false);
                else if (key == "screen_name") {
                    if (auto s = string_field(v, key)) handle = *s;
                }
            });
            if (!id) throw Bad{at, "a user mention has no \"id_str\"", false};
            out.push_back({*id, handle});
        });
    }

    void entities(od::value& value, TweetFields& t, bool extended) {
        od::object object = object_field(value, "entities");
        for_each_field(object, [&](std::string_view key, od::value& v) {
            if (key == "user_mentions") {
                mentions_v1(v, extended ? t.ext_mentions : t.user_mentions);
            } else if (key == "mentions" && !extended) {
                od::array array = array_field(v, key);
                for_each_element(array, [&](od::value& m) { mention_v2(m, t); });
            }
        });
        if (extended) t.has_ext_entities = true;
    }

    void mention_v2(od::value& m, TweetFields& t) {
        od::object object = object_field(m, "mentions");
        const char* at = where(m);
        std::optional<UserId> id;
        std::string_view username;
        std::string_view display;
        std::optional<std::uint64_t> followers;
        bool user_fields = false;
        for_each_field(object, [&](std::string_view key, od::value& v) {
            if (key == "id") id = id_field(v, key, false);
            else if (key == "username") {
                if (auto s = string_field(v, key)) username = *s;
            } else if (key == "name") {
                if (auto s = string_field(v, key)) display = *s;
                user_fields = true;
            } else if (key == "public_metrics") {
                user_metrics(v, followers);
                user_fields = true;
            }
        });
        if (id) {
            m_stage_users.push_back({*id, username, display, followers, user_fields});
            t.mentions_v2.push_back({*id, {}});
        } else if (!username.empty()) {
            t.mentions_v2.push_back({0, username});
        } else {
            throw Bad{at, "a mention has no \"id\" and no \"username\"", false};
        }
    }

    void referenced_v2(od::value& value, TweetFields& t) {
        od::array array = array_field(value, "referenced_tweets");
        for_each_element(array, [&](od::value& r) {
            od::object object = object_field(r, "referenced_tweets");
            const char* at = where(r);
            std::optional<Ref> kind;
            std::optional<TweetId> id;
            std::optional<UserId> author;
            std::optional<UserId> author_object;
            for_each_field(object, [&](std::string_view key, od::value& v) {
                if (key == "type") {
                    const auto s = string_field(v, key);
                    if (s == "retweeted") kind = Ref::retweet;
                    else if (s == "quoted") kind = Ref::quote;
                    else if (s == "replied_to") kind = Ref::reply;
                    else throw Bad{where(v), "unknown referenced tweet type"};
                } else if (key == "id") {
                    id = id_field(v, key, false);
                } else if (key == "author_id") {
                    author = id_field(v, key, true);
                } else if (key == "author") {
                    author_object = user_object(v, key, true);
                }
            });
            if (!kind) throw Bad{at, "a referenced tweet has no \"type\"", false};
            if (!id) throw Bad{at, "a referenced tweet has no \"id\"", false};
            if (!author) author = author_object;
            if (author) user_reference(*author, {});
            t.referenced.emplace_back(*kind, Reference{*id, author});
        });
    }

    // Parses any object that may be a tweet (or, at the top, a container) in one pass.
    // Returns the fields; embedded tweets are staged as they are met. Keys are dispatched on
    // their length first: a tweet has some 30 keys and most of them are skipped.
    TweetFields tweet_fields(od::value& value, bool top) {
        TweetFields t;
        t.at = where(value);
        od::object object = take(value.get_object());
        for (auto field_result : object) {
            od::field field = take(std::move(field_result));
            const std::string_view key = key_of(field);
            od::value& v = field.value();
            switch (key.size()) {
                case 2:
                    if (key == "id" && type_of(v) == od::json_type::string) t.id_v2 = id_field(v, key, false);
                    break;
                case 4:
                    if (key == "user") {
                        t.has_user = true;
                        t.user = user_object(v, key, false);
                    } else if (key == "text") {
                        rt_prefix(v, t);
                    } else if (top && key == "data") {
                        t.container = true;
                        if (type_of(v) == od::json_type::array) {
                            od::array array = take(v.get_array());
                            for_each_element(array, [&](od::value& e) { unit([&] { tweet_element(e); }); });
                        } else {
                            unit([&] { tweet_element(v); });
                        }
                    } else if (top && key == "meta") {
                        t.notice = true;
                    }
                    break;
                case 6:
                    if (key == "id_str") {
                        t.id_str = id_field(v, key, false);
                    } else if (key == "author") {
                        if (type_of(v) == od::json_type::object) (void)user_object(v, key, true);
                    } else if (top && key == "delete") {
                        t.notice = true;
                    }
                    break;
                case 7:
                    if (top && key == "results") container_array(v, key, t);
                    break;
                case 8:
                    if (key == "entities") {
                        entities(v, t, false);
                    } else if (top && key == "statuses") {
                        container_array(v, key, t);
                    } else if (top && key == "includes") {
                        t.container = true;
                        includes(v);
                    }
                    break;
                case 9:
                    if (key == "author_id") t.author_id = id_field(v, key, false);
                    else if (key == "truncated") t.truncated = bool_field(v);
                    break;
                case 10:
                    if (key == "created_at") created_at(v, t);
                    break;
                case 11:
                    if (key == "reply_count") t.reply_count = count_field(v, key);
                    else if (key == "quote_count") t.quote_count = count_field(v, key);
                    break;
                case 13:
                    if (key == "retweet_count") {
                        t.retweet_count = count_field(v, key);
                    } else if (key == "quoted_status") {
                        if (type_of(v) != od::json_type::null) t.quoted_status = embedded(v, key);
                    }
                    break;
                case 14:
                    if (key == "favorite_count") {
                        t.favorite_count = count_field(v, key);
                    } else if (key == "extended_tweet") {
                        if (type_of(v) == od::json_type::object) {
                            od::object extended = take(v.get_object());
                            for_each_field(extended, [&](std::string_view k, od::value& x) {
                                if (k == "entities") entities(x, t, true);
                            });
                        }
                    } else if (key == "public_metrics") {
                        public_metrics(v, t);
                    }
                    break;
                case 16:
                    if (key == "retweeted_status") {
                        if (type_of(v) != od::json_type::null) t.retweeted_status = embedded(v, key);
                    } else if (key == "in_reply_to_user") {
                        if (type_of(v) == od::json_type::object) (void)user_object(v, key, true);
                    }
                    break;
                case 17:
                    if (key == "referenced_tweets") referenced_v2(v, t);
                    break;
                case 19:
                    if (key == "in_reply_to_user_id" && type_of(v) == od::json_type::string) {
                        t.reply_user_v2 = id_field(v, key, true);
                    }
                    break;
                case 20:
                    if (key == "quoted_status_id_str") t.quoted_status_id = id_field(v, key, true);
                    break;
                case 23:
                    if (key == "in_reply_to_user_id_str") {
                        t.reply_user_v1 = id_field(v, key, true);
                    } else if (key == "in_reply_to_screen_name") {
                        if (auto text = string_field(v, key)) t.reply_handle = *text;
                    }
                    break;
                case 25:
                    if (key == "in_reply_to_status_id_str") t.reply_status = id_field(v, key, true);
                    break;
                default:
                    break;
            }
            if (top && !t.notice && is_notice_key(key)) t.notice = true;
        }
        return t;
    }

    void container_array(od::value& v, std::string_view key, TweetFields& t) {
        t.container = true;
        od::array array = array_field(v, key);
        for_each_element(array, [&](od::value& e) { unit([&] { tweet_element(e); }); });
    }

    void created_at(od::value& v, TweetFields& t) {
        const auto text = string_field(v, "created_at");
        t.created_at_at = where(v);
        if (!text) return;
        t.created_at_given = true;
        if (text->size() == 30 && (*text)[3] == ' ') t.created_at_v1 = parse_v1_time(*text);
        else t.created_at_iso = parse_time(*text);
    }

    // v2 retweets missing from `includes` are attributed by their "RT @name:" prefix: read from
    // the raw text (usernames have no escapes), so that no tweet text is ever unescaped.
    void rt_prefix(od::value& v, TweetFields& t) {
        const od::json_type type = type_of(v);
        if (type == od::json_type::null) return;
        if (type != od::json_type::string) throw Bad{where(v), "\"text\" must be a string"};
        const std::string_view raw = v.raw_json_token();
        if (raw.size() < 5 || raw[0] != '"' || (raw[1] | 0x20) != 'r' || (raw[2] | 0x20) != 't' ||
            raw.substr(3, 2) != " @") {
            return;
        }
        const std::string_view rest = raw.substr(5, 32);
        const auto colon = rest.find(':');
        if (colon == std::string_view::npos || colon == 0) return;
        const std::string_view name = rest.substr(0, colon);
        if (name.find_first_of("\"\\") == std::string_view::npos) t.rt_username = name;
    }

    void public_metrics(od::value& v, TweetFields& t) {
        if (type_of(v) == od::json_type::null) return;
        od::object metrics = object_field(v, "public_metrics");
        for_each_field(metrics, [&](std::string_view k, od::value& x) {
            if (k == "like_count") t.like_count = count_field(x, k);
            else if (k == "reply_count") t.reply_count = count_field(x, k);
            else if (k == "retweet_count") t.retweet_count = count_field(x, k);
            else if (k == "quote_count") t.quote_count = count_field(x, k);
        });
    }

    void includes(od::value& value) {
        od::object object = object_field(value, "includes");
        for_each_field(object, [&](std::string_view key, od::value& v) {
            if (key == "users") {
                od::array array = array_field(v, key);
                for_each_element(array, [&](od::value& u) { unit([&] { (void)user_object(u, key, true); }); });
            } else if (key == "tweets") {
                od::array array = array_field(v, key);
                for_each_element(array, [&](od::value& e) { unit([&] { tweet_element(e); }); });
            }
        });
    }

    // An embedded v1.1 tweet: staged as a tweet of its own; its id and author are the reference.
    Reference embedded(od::value& value, std::string_view name) {
        if (type_of(value) != od::json_type::object) {
            throw Bad{where(value), "\"" + std::string(name) + "\" must be a tweet object"};
        }
        TweetFields fields = tweet_fields(value, false);
        const Tweet& tweet = stage_tweet(fields);
        return {tweet.id, tweet.author};
    }

    // An element that must be a tweet (array element, statuses, data, includes.tweets).
    void tweet_element(od::value& value) {
        if (type_of(value) != od::json_type::object) throw Bad{where(value), "a tweet must be a JSON object"};
        if (!m_oversized.empty()) {
            const char* at = where(value);
            const auto it = std::lower_bound(m_oversized.begin(), m_oversized.end(), at,
                                             [](std::string_view object, const char* p) { return object.data() < p; });
            if (it != m_oversized.end() && it->data() == at) throw Bad{at, oversized_message(), true, *it};
        }
        TweetFields fields = tweet_fields(value, false);
        (void)stage_tweet(fields);
    }

    // Checks the fields of a tweet and stages it.
    const Tweet& stage_tweet(TweetFields& f) {
        Tweet t;
        t.at = f.at;
        const bool v1 = f.id_str.has_value();
        if (v1) {
            if (!f.has_user) throw Bad{f.at, "a tweet has no \"user\"", false};
            if (!f.user) throw Bad{f.at, "a tweet's \"user\" is empty", false};
            if (f.created_at_at == nullptr) throw Bad{f.at, "a tweet has no \"created_at\"", false};
            if (!f.created_at_v1) throw Bad{f.created_at_at, "\"created_at\" must be a Twitter time"};
            t.id = *f.id_str;
            t.author = *f.user;
            t.time = *f.created_at_v1;
            if (f.retweeted_status) t.retweet = f.retweeted_status;
            if (f.quoted_status) t.quote = f.quoted_status;
            else if (f.quoted_status_id) t.quote = Reference{*f.quoted_status_id, std::nullopt};
            t.replies = f.reply_status || f.reply_user_v1;
            t.reply_tweet = f.reply_status;
            t.reply_user = f.reply_user_v1;
            if (f.reply_user_v1) user_reference(*f.reply_user_v1, f.reply_handle);
            // A retweet's entities are the original's: neither arcs nor actors come from them.
            if (!t.retweet) {
                const auto& mentions = (f.truncated && f.has_ext_entities) ? f.ext_mentions : f.user_mentions;
                stage_mentions(t, mentions);
                for (const Mention& m : mentions) user_reference(m.id, m.name);
            }
            t.reactions = f.favorite_count.value_or(0);
        } else {
            if (!f.id_v2) throw Bad{f.at, "a tweet has no \"id_str\" (v1.1) or \"id\" (v2)", false};
            if (!f.author_id) throw Bad{f.at, "a v2 tweet has no \"author_id\"", false};
            t.v2 = true;
            t.id = *f.id_v2;
            t.author = *f.author_id;
            if (f.created_at_iso) {
                t.time = *f.created_at_iso;
            } else if (f.created_at_given) {
                throw Bad{f.created_at_at, "\"created_at\" must be an ISO 8601 time"};
            } else if (t.id >= first_snowflake) {
                t.time = snowflake_time(t.id);
            } else {
                throw Bad{f.at, "a v2 tweet has no \"created_at\" and its id carries no time", false};
            }
            for (auto& [kind, reference] : f.referenced) {
                if (kind == Ref::retweet && !t.retweet) t.retweet = reference;
                else if (kind == Ref::quote && !t.quote) t.quote = reference;
                else if (kind == Ref::reply && !t.reply_tweet) t.reply_tweet = reference.tweet;
                if (kind == Ref::reply && reference.author) t.reply_ref_author = reference.author;
            }
            t.replies = t.reply_tweet || f.reply_user_v2;
            t.reply_user = f.reply_user_v2;
            if (f.reply_user_v2) user_reference(*f.reply_user_v2, {});
            stage_mentions(t, f.mentions_v2);
            t.rt_username = ascii_lower(f.rt_username);
            t.reactions = f.like_count.value_or(0);
        }
        if (t.v2) user_reference(t.author, {});  // a v1.1 author came with its user object
        t.comments = f.reply_count.value_or(0);
        // Each count is at most 10^9; so is their sum, as the data model requires.
        t.shares = std::min(f.retweet_count.value_or(0) + f.quote_count.value_or(0), max_count);
        if (t.retweet) t.reactions = t.comments = t.shares = 0;
        m_stage_tweets.push_back(std::move(t));
        return m_stage_tweets.back();
    }

    void stage_mentions(Tweet& t, const std::vector<Mention>& mentions) {
        t.mentions_begin = static_cast<std::uint32_t>(m_stage_mentions.size());
        t.mentions_count = static_cast<std::uint32_t>(mentions.size());
        m_stage_mentions.insert(m_stage_mentions.end(), mentions.begin(), mentions.end());
    }

    // --- units and documents ----------------------------------------------------------------

    // Runs one unit (a tweet, a user, a line); commits what it staged, or (lenient) drops it.
    template <class F>
    void unit(F&& f) {
        const std::size_t tweets = m_stage_tweets.size();
        const std::size_t users = m_stage_users.size();
        const std::size_t mentions = m_stage_mentions.size();
        try {
            f();
        } catch (const Bad& bad) {
            m_stage_tweets.resize(tweets);
            m_stage_users.resize(users);
            m_stage_mentions.resize(mentions);
            problem(bad, "tweets skipped: not valid");
        }
    }

    // One top-level document.
    void document(od::value& value) {
        const od::json_type type = type_of(value);
        if (type == od::json_type::array) {
            od::array array = take(value.get_array());
            for_each_element(array, [&](od::value& e) { unit([&] { tweet_element(e); }); });
        } else if (type == od::json_type::object) {
            unit([&] {
                TweetFields fields = tweet_fields(value, true);
                if (fields.id_str || fields.author_id) {
                    (void)stage_tweet(fields);
                } else if (fields.container) {
                } else if (fields.notice) {
                    ++m_notices;
                } else {
                    throw Bad{fields.at,
                              "not a tweet, a tweet array, a search response or a v2 page", false};
                }
            });
        } else {
            throw Bad{where(value), "expected a tweet, an array of tweets, a search response or a v2 page"};
        }
        commit();
    }

    // The fast pass: every document of the file through iterate_many.
    void fast_pass(const char* begin, std::size_t size) {
        if (size >= 3 && std::string_view(begin, 3) == "\xEF\xBB\xBF") {
            begin += 3;
            size -= 3;
        }
        // One batch for files up to 64 MiB (any document size); 16 MiB batches above, so a
        // larger document fails here and is reported by the exact pass.
        const std::size_t batch = size <= (std::size_t{64} << 20)
                                      ? std::max<std::size_t>(size, std::size_t{1} << 16)
                                      : std::size_t{16} << 20;
        od::document_stream stream = take(m_parser.iterate_many(begin, size, batch));
        for (auto it = stream.begin(); it != stream.end(); ++it) {
            od::document_reference doc = take(*it);
            if (take(doc.type()) != od::json_type::array && take(doc.type()) != od::json_type::object) {
                throw SyntaxTrouble{simdjson::INCORRECT_TYPE};
            }
            od::value root = take(doc.get_value());
            document(root);
        }
        if (stream.truncated_bytes() > 0) throw SyntaxTrouble{simdjson::TAPE_ERROR};
    }

    // The exact pass, after simdjson rejected something: documents are found and checked by
    // the exact checker (numbers not range-checked, as simdjson On-Demand leaves unread values
    // alone) so that an error is placed exactly. A file whose first line holds whole documents
    // is JSON Lines: each line holds whole documents (any number), and a bad line is the error
    // (lenient: skipped and counted). Otherwise documents may span lines (pretty-printed) and
    // the first error stops the file, lenient or not.
    void exact_pass() {
        const std::string_view text = m_file->text();
        const std::size_t first = skip_blank(text, text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
        const std::size_t first_end = std::min(text.find('\n', first), text.size());
        const auto first_line_error = check(text.substr(first, first_end - first));
        const bool lines = first < text.size() && (!first_line_error || first_line_error->trailing);
        if (!lines) {
            documents(text, first, text.size(), /*lenient_line=*/false);
        } else {
            for (std::size_t start = first; start < text.size();) {
                const std::size_t end = std::min(text.find('\n', start), text.size());
                documents(text, start, end, m_options.lenient);
                start = end + 1;
            }
        }
        end_of_file();
    }

    static std::string oversized_message() {
        return "object longer than " + std::to_string(max_line_bytes) + " bytes (the limit for a tweet or page)";
    }

    // The objects of a top-level array (valid JSON) longer than the line limit, in order.
    static std::vector<std::string_view> oversized_elements(std::string_view array) {
        std::vector<std::string_view> found;
        int depth = 0;
        bool in_string = false;
        bool escaped = false;
        std::size_t start = 0;
        for (std::size_t i = 0; i < array.size(); ++i) {
            const char c = array[i];
            if (in_string) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') in_string = false;
            } else if (c == '"') {
                in_string = true;
            } else if (c == '{' || c == '[') {
                if (depth == 1 && c == '{') start = i;
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth;
                if (depth == 1 && c == '}' && i + 1 - start > max_line_bytes) found.push_back(array.substr(start, i + 1 - start));
            }
        }
        return found;
    }

    static std::size_t skip_blank(std::string_view text, std::size_t at) {
        while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r' || text[at] == '\n')) ++at;
        return at;
    }

    static std::optional<JsonSyntaxError> check(std::string_view scope) {
        return find_json_syntax_error(scope, 1024, /*number_ranges=*/false);
    }

    // Reads the documents of text[begin, end). A bad one: skipped with the rest of the range
    // when `skip` (a JSON Lines line, lenient), else the error.
    void documents(std::string_view text, std::size_t begin, std::size_t end, bool skip) {
        for (std::size_t at = skip_blank(text.substr(0, end), begin); at < end; at = skip_blank(text.substr(0, end), at)) {
            const std::string_view scope = text.substr(at, end - at);
            std::size_t length = scope.size();
            try {
                if (const auto e = check(scope)) {
                    if (!e->trailing) {
                        Bad bad{scope.data() + e->offset, e->message, !e->at_end};
                        if (e->token_length > 0) bad.token = scope.substr(e->offset, e->token_length);
                        throw bad;
                    }
                    length = e->offset;
                }
                // A tweet is a few kilobytes and an API page a few megabytes: an object over the
                // line limit is neither, at the top level or in an array (which may be larger).
                m_oversized.clear();
                if (length > max_line_bytes) {
                    if (scope.front() == '{') throw Bad{scope.data(), oversized_message(), true, scope.substr(0, length)};
                    m_oversized = oversized_elements(scope.substr(0, length));
                }
                exact_document(scope.substr(0, length));
            } catch (const Bad& bad) {
                if (!skip) raise(bad);
                m_stage_tweets.clear();
                m_stage_users.clear();
                m_stage_mentions.clear();
                problem(bad, "lines skipped: not valid");
                return;
            }
            at += length;
        }
    }

    // One document the exact checker accepted.
    void exact_document(std::string_view scope) {
        const auto offset = static_cast<std::size_t>(scope.data() - m_file->data());
        const std::size_t capacity = m_file->size() - offset + FileBuffer::padding;
        try {
            od::document doc = take(m_parser.iterate(scope.data(), scope.size(), capacity));
            const od::json_type type = take(doc.type());
            if (type != od::json_type::array && type != od::json_type::object) {
                throw Bad{scope.data(), "expected a tweet, an array of tweets, a search response or a v2 page"};
            }
            od::value root = take(doc.get_value());
            document(root);
        } catch (const SyntaxTrouble& trouble) {
            throw Bad{scope.data(), std::string("malformed JSON (") + simdjson::error_message(trouble.code) + ")"};
        }
    }

    void end_of_file() {
        if (m_file_tweets == 0) {
            throw ParseError(m_file->name(), 1, 1,
                             "no tweets found (expected Twitter API v1.1 or v2 JSON)", {}, false);
        }
    }

    void merge_user(UserId id, std::string_view handle, std::string_view name,
                    std::optional<std::uint64_t> followers, bool full) {
        const auto [index, inserted] = m_user_index.try_emplace(id, static_cast<std::uint32_t>(m_users.size()));
        if (inserted) {
            m_users.push_back({id, std::string(handle), std::string(name), followers, full});
            return;
        }
        User& known = m_users[index];
        if (full && !known.full) {
            known.full = true;
            known.name = name;
            if (!handle.empty()) known.handle = handle;
        } else if (known.handle.empty() && !handle.empty()) {
            known.handle = handle;
        }
        if (followers && (!known.followers || *followers > *known.followers)) known.followers = followers;
    }

    // Adds a tweet, or raises the counts of the one with its id. `mention(i)` gives the i-th
    // mention of the tweet as (id, lower-case username for id 0).
    template <class MentionAt>
    void merge_tweet(Tweet&& tweet, MentionAt&& mention) {
        const auto [index, inserted] = m_tweet_index.try_emplace(tweet.id, static_cast<std::uint32_t>(m_tweets.size()));
        if (!inserted) {
            Tweet& known = m_tweets[index];
            known.reactions = std::max(known.reactions, tweet.reactions);
            known.comments = std::max(known.comments, tweet.comments);
            known.shares = std::max(known.shares, tweet.shares);
            return;
        }
        const std::uint32_t begin = tweet.mentions_begin;
        tweet.mentions_begin = static_cast<std::uint32_t>(m_mentions.size());
        for (std::uint32_t i = 0; i < tweet.mentions_count; ++i) {
            auto [id, username] = mention(begin + i);
            if (id == 0) m_mention_names.emplace(m_mentions.size(), std::move(username));
            m_mentions.push_back(id);
        }
        m_tweets.push_back(std::move(tweet));
    }

    // Moves what a document staged into the committed tweets and users.
    void commit() {
        for (const StagedUser& user : m_stage_users) {
            merge_user(user.id, user.handle, user.name, user.followers, user.full);
        }
        for (Tweet& tweet : m_stage_tweets) {
            ++m_file_tweets;
            tweet.file = static_cast<std::uint32_t>(m_files.size() - 1);
            merge_tweet(std::move(tweet), [&](std::uint32_t i) {
                const Mention& m = m_stage_mentions[i];
                return std::pair<UserId, std::string>(m.id, m.id == 0 ? ascii_lower(m.name) : std::string());
            });
        }
        m_stage_users.clear();
        m_stage_tweets.clear();
        m_stage_mentions.clear();
    }

    // Appends what another reader read from a later part of the same file, as if this reader
    // had read that part itself: users and tweets in its order, first-seen fields kept,
    // counts and followers the maximum, warnings added up.
    void absorb(Impl&& part) {
        for (const User& user : part.m_users) merge_user(user.id, user.handle, user.name, user.followers, user.full);
        const auto file = static_cast<std::uint32_t>(m_files.size() - 1);
        for (Tweet& tweet : part.m_tweets) {
            tweet.file = file;
            merge_tweet(std::move(tweet), [&](std::uint32_t i) {
                const UserId id = part.m_mentions[i];
                return std::pair<UserId, std::string>(id, id == 0 ? part.m_mention_names.at(i) : std::string());
            });
        }
        m_file_tweets += part.m_file_tweets;
        m_notices += part.m_notices;
        for (auto& [message, warning] : part.m_skipped) {
            auto [it, inserted] = m_skipped.try_emplace(message, warning);
            if (!inserted) it->second.count += warning.count;
        }
    }

    // Large JSON Lines files are cut at line starts into one part per thread; each part is
    // read by its own reader (its own simdjson parser) and the parts are absorbed in file order,
    // so the result is the same bytes whatever the number of threads. Returns false when the
    // file is not cut (small, one thread, or not JSON Lines).
    bool parallel_pass() {
        const std::string_view text = m_file->text();
        const int threads = omp_get_max_threads();
        if (threads < 2 || text.size() < m_parallel_threshold) return false;
        std::size_t first_end = text.find('\n');
        if (first_end == std::string_view::npos) return false;
        std::string_view first_line = text.substr(0, first_end);
        if (first_line.starts_with("\xEF\xBB\xBF")) first_line.remove_prefix(3);
        if (find_json_syntax_error(first_line)) return false;  // a pretty-printed document
        std::vector<std::size_t> starts{0};
        for (int c = 1; c < threads; ++c) {
            const std::size_t at = text.find("\n{", text.size() / static_cast<std::size_t>(threads) * static_cast<std::size_t>(c));
            if (at == std::string_view::npos) break;
            if (at + 1 > starts.back()) starts.push_back(at + 1);
        }
        if (starts.size() < 2) return false;
        starts.push_back(text.size());
        const std::size_t parts = starts.size() - 1;
        std::vector<std::unique_ptr<Impl>> readers(parts);
        for (std::size_t c = 1; c < parts; ++c) {
            readers[c] = std::make_unique<Impl>(m_options);
            readers[c]->m_file = m_file;
            readers[c]->m_files.push_back(m_file);
        }
        // Each part's own simdjson stage-1 thread would make 2 threads per part: one per part.
        for (std::size_t c = 1; c < parts; ++c) readers[c]->m_parser.threaded = false;
        m_parser.threaded = false;
        std::vector<std::exception_ptr> errors(parts);
#pragma omp parallel for num_threads(static_cast<int>(parts)) schedule(static, 1)
        for (std::ptrdiff_t c = 0; c < static_cast<std::ptrdiff_t>(parts); ++c) {
            const auto part = static_cast<std::size_t>(c);
            try {
                Impl& reader = part == 0 ? *this : *readers[part];
                reader.fast_pass(text.data() + starts[part], starts[part + 1] - starts[part]);
            } catch (...) {
                errors[part] = std::current_exception();
            }
        }
        m_parser.threaded = true;
        for (const std::exception_ptr& error : errors) {
            if (error) std::rethrow_exception(error);  // the first in file order
        }
        for (std::size_t c = 1; c < parts; ++c) absorb(std::move(*readers[c]));
        return true;
    }

    const ReadOptions& m_options;
    std::size_t m_parallel_threshold = std::size_t{32} << 20;
    const FileBuffer* m_file = nullptr;
    std::vector<const FileBuffer*> m_files;
    std::uint64_t m_file_tweets = 0;
    od::parser m_parser;
    std::vector<Tweet> m_stage_tweets;
    std::vector<StagedUser> m_stage_users;
    std::vector<Mention> m_stage_mentions;
    std::vector<std::string_view> m_oversized;  // objects over the limit in the array being read
    // committed
    std::vector<Tweet> m_tweets;
    IdIndex m_tweet_index;
    std::vector<User> m_users;
    IdIndex m_user_index;
    std::vector<UserId> m_mentions;  // every committed tweet's mentions, 0 for a username
    std::unordered_map<std::size_t, std::string> m_mention_names;  // position -> lower-case username
    std::map<std::string, ReadWarning> m_skipped;
    std::uint64_t m_notices = 0;
};

ReadResult TwitterReader::Impl::finish() {
    ReadResult result;
    result.format = InputFormat::twitter;
    Dataset& d = result.dataset;
    d.actors.reserve(m_users.size());
    std::unordered_map<std::string, ActorIndex> by_handle;
    for (std::size_t i = 0; i < m_users.size(); ++i) {
        const User& user = m_users[i];
        Actor actor;
        actor.id = "twitter:" + std::to_string(user.id);
        actor.name = user.name;
        if (!user.handle.empty()) {
            actor.accounts.emplace("twitter", user.handle);
            by_handle.try_emplace(ascii_lower(user.handle), static_cast<ActorIndex>(i));
        }
        if (user.followers) actor.followers.emplace("twitter", *user.followers);
        d.actors.push_back(std::move(actor));
    }
    const auto actor_of = [&](UserId id) { return *m_user_index.find(id); };
    const auto tweet_of = [&](TweetId id) -> const Tweet* {
        const auto index = m_tweet_index.find(id);
        return index ? &m_tweets[*index] : nullptr;
    };
    const auto author_of = [&](const Reference& r) -> std::optional<UserId> {
        if (const Tweet* t = tweet_of(r.tweet)) return t->author;
        return r.author;
    };
    const auto mention_user = [&](std::size_t position) -> std::optional<ActorIndex> {
        if (const UserId id = m_mentions[position]; id != 0) return actor_of(id);
        const auto it = by_handle.find(m_mention_names.at(position));
        if (it == by_handle.end()) return std::nullopt;
        return it->second;
    };
    std::map<std::string, ReadWarning> unresolved;
    const auto note = [&](const Tweet& t, const char* what) {
        auto& warning = unresolved[what];
        if (warning.count++ == 0) {
            const FileBuffer& file = *m_files[t.file];
            const TextPosition p = file.position_of(t.at);
            warning.first = file.name() + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                            ": tweet " + std::to_string(t.id);
        }
    };

    d.posts.reserve(m_tweets.size());
    for (const Tweet& t : m_tweets) {
        Post post;
        post.id = "twitter:" + std::to_string(t.id);
        post.author = actor_of(t.author);
        post.platform = "twitter";
        post.time = t.time;
        post.reactions = t.reactions;
        post.comments = t.comments;
        post.shares = t.shares;
        const auto arc = [&](std::optional<UserId> target, std::optional<TweetId> parent, Layer layer,
                             PostType type) {
            // Carried by the post's parent when the post is of this type and the parent is the
            // target's tweet; otherwise a dated interaction.
            if (post.type == type && parent && *parent != t.id && !post.parent) {
                if (const Tweet* p = tweet_of(*parent); p != nullptr && p->author == *target) {
                    post.parent = *m_tweet_index.find(*parent);
                    return;
                }
            }
            d.interactions.push_back({post.author, actor_of(*target), layer, 1.0, t.time});
        };
        if (t.retweet) {
            post.type = PostType::repost;
            std::optional<UserId> target = author_of(*t.retweet);
            if (!target && !t.rt_username.empty() && t.mentions_count > 0) {
                const auto first = mention_user(t.mentions_begin);
                if (first && ascii_lower(m_users[*first].handle) == t.rt_username) target = m_users[*first].id;
            }
            if (target) arc(target, t.retweet->tweet, Layer::repost, PostType::repost);
            else note(t, "retweets of a tweet whose author is unknown: no repost arc");
            d.posts.push_back(std::move(post));
            continue;
        }
        post.type = t.quote ? PostType::quote : t.replies ? PostType::reply : PostType::original;
        if (t.quote) {
            if (const auto target = author_of(*t.quote)) arc(target, t.quote->tweet, Layer::quote, PostType::quote);
            else note(t, "quotes of a tweet whose author is unknown: no quote arc");
        }
        if (t.replies) {
            std::optional<UserId> target = t.reply_user;
            if (!target && t.v2) {
                target = t.reply_ref_author;
                if (!target && t.reply_tweet) {
                    if (const Tweet* p = tweet_of(*t.reply_tweet)) target = p->author;
                }
            }
            if (target) arc(target, t.reply_tweet, Layer::reply, PostType::reply);
            else if (t.v2) note(t, "replies to a tweet whose author is unknown: no reply arc");
        }
        for (std::size_t m = t.mentions_begin; m < t.mentions_begin + t.mentions_count; ++m) {
            const auto target = mention_user(m);
            if (!target) {
                note(t, "mentions of a username not found among the users read: no mention arc");
                continue;
            }
            if (std::find(post.mentions.begin(), post.mentions.end(), *target) == post.mentions.end()) {
                post.mentions.push_back(*target);
            }
        }
        d.posts.push_back(std::move(post));
    }

    // Real tweets only point at older ones, but a file may say anything: a chain of parents
    // that loops is cut where it closes, the link kept as a dated interaction.
    std::vector<std::uint8_t> state(d.posts.size(), 0);  // 0 new, 1 on the current chain, 2 done
    std::vector<PostIndex> chain;
    for (std::size_t i = 0; i < d.posts.size(); ++i) {
        chain.clear();
        std::optional<PostIndex> at = static_cast<PostIndex>(i);
        while (at && state[*at] == 0) {
            state[*at] = 1;
            chain.push_back(*at);
            at = d.posts[*at].parent;
        }
        if (at && state[*at] == 1) {
            Post& closing = d.posts[chain.back()];
            d.interactions.push_back({closing.author, d.posts[*closing.parent].author,
                                      *echo_layer(closing.type), 1.0, closing.time});
            closing.parent.reset();
            const Tweet& t = m_tweets[chain.back()];
            note(t, "parent links that loop: kept as interactions");
        }
        for (const PostIndex p : chain) state[p] = 2;
    }

    for (auto& [message, warning] : m_skipped) {
        warning.message = message;
        result.warnings.push_back(warning);
    }
    if (m_notices > 0) {
        result.warnings.push_back({"stream notices skipped (delete, limit, errors, ...)", m_notices, {}});
    }
    for (auto& [message, warning] : unresolved) {
        warning.message = message;
        result.warnings.push_back(warning);
    }
#ifndef NDEBUG
    // Unique ids and valid indices hold by construction (ids come from IdIndex); the fuzz
    // targets check every dataset the reader returns, debug builds check here too.
    check_dataset(d);
#endif
    return result;
}

TwitterReader::TwitterReader(const ReadOptions& options) : m_impl(std::make_unique<Impl>(options)) {}
TwitterReader::~TwitterReader() = default;
void TwitterReader::set_parallel_threshold(std::size_t bytes) { m_impl->set_parallel_threshold(bytes); }
void TwitterReader::read(const FileBuffer& file) { m_impl->read(file); }
ReadResult TwitterReader::finish() && { return m_impl->finish(); }

ReadResult read_twitter(const FileBuffer& file, const ReadOptions& options) {
    TwitterReader reader(options);
    reader.read(file);
    return std::move(reader).finish();
}

}  // namespace ricochet::io::detail
