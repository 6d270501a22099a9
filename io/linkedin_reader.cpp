// SPDX-License-Identifier: MIT
#include "io/linkedin_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/error.hpp"
#include "graph/text.hpp"
#include "io/csv.hpp"
#include "io/utf8.hpp"
#include "io/dataset_assembler.hpp"
#include "io/json_syntax.hpp"

namespace ricochet::io::detail {
namespace {

// --- vocabulary ------------------------------------------------------------------------------

// What a mapped column holds. The row is one activity of `author` at `time`.
enum class Role : std::uint8_t {
    post, author, author_name, time, action, parent, parent_author, parent_author_name, text,
    reactions, comments, shares
};
constexpr std::array<std::string_view, 12> role_names{
    "post", "author", "author_name", "time", "action", "parent", "parent_author",
    "parent_author_name", "text", "reactions", "comments", "shares"};
constexpr std::size_t role_count = role_names.size();

// What an action value means.
enum class Meaning : std::uint8_t { original, repost, quote, reply, comment, reaction, skip };
constexpr std::array<std::string_view, 7> meaning_names{"original", "repost", "quote", "reply",
                                                        "comment",  "reaction", "skip"};

enum class TimeFormat : std::uint8_t { iso8601, epoch_s, epoch_ms };
constexpr std::array<std::string_view, 3> time_format_names{"iso8601", "epoch_s", "epoch_ms"};

constexpr std::array<std::string_view, 8> mapping_keys{
    "description", "columns", "optional", "time_format", "actions", "action", "owner", "owner_name"};

template <std::size_t N>
std::string listing(const std::array<std::string_view, N>& names) {
    std::string text;
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) text += i + 1 == N ? " or " : ", ";
        text += names[i];
    }
    return text;
}

template <std::size_t N>
std::optional<std::size_t> index_of(const std::array<std::string_view, N>& names, std::string_view name) {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name) return i;
    }
    return std::nullopt;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }


// The length of the character at `at` when it is part of a word (an ASCII letter or digit, or a
// letter of the Latin, Greek, Cyrillic, Arabic, Indic, Thai, CJK or Hangul blocks), else 0:
// punctuation such as ’ and emoji end a name.
std::size_t word_char(std::string_view text, std::size_t at) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') ? 1 : 0;
    const std::size_t length = utf8_sequence_length(text.substr(at));
    if (length == 0) return 0;
    char32_t code = c & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
    for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    const bool letter = (code >= 0xC0 && code <= 0x24F && code != 0xD7 && code != 0xF7) ||
                        (code >= 0x370 && code <= 0x58F) || (code >= 0x600 && code <= 0x6FF) ||
                        (code >= 0x900 && code <= 0xEFF) || (code >= 0x1E00 && code <= 0x1FFF) ||
                        (code >= 0x3040 && code <= 0x30FF) || (code >= 0x4E00 && code <= 0x9FFF) ||
                        (code >= 0xAC00 && code <= 0xD7AF);
    return letter ? length : 0;
}

// --- actors and posts from cells -------------------------------------------------------------

struct ActorIdentity {
    std::string id;
    std::string account;  // the LinkedIn vanity name, empty for a plain id
    ActorKind kind = ActorKind::other;
};

// The path of a LinkedIn URL (lower-case, without query and fragment), when `low` (a lower-case
// cell) is one: `http(s)://`, then a host that is linkedin.com or one of its subdomains
// (`www.`, `fr.`, ...), or the host alone (`www.linkedin.com/in/x`). nullopt: not a URL at all;
// "" for a URL of another site.
std::optional<std::string_view> linkedin_path(std::string_view low) {
    std::string_view rest = low;
    const bool scheme = rest.starts_with("http://") || rest.starts_with("https://");
    if (scheme) rest.remove_prefix(rest.find("//") + 2);
    const std::size_t slash = rest.find('/');
    std::string_view host = rest.substr(0, slash);
    if (!scheme && host.find('.') == std::string_view::npos) return std::nullopt;  // a plain id
    host = host.substr(0, host.find(':'));  // a port
    const bool linkedin = host == "linkedin.com" || host.ends_with(".linkedin.com");
    if (!linkedin) {
        if (scheme || host.starts_with("www.") || host.ends_with(".com") || rest.find('/') != std::string_view::npos) return "";
        return std::nullopt;
    }
    if (slash == std::string_view::npos) return "";
    std::string_view path = rest.substr(slash + 1);
    return path.substr(0, path.find_first_of("?#"));
}

// %XX sequences decoded when they make valid UTF-8 (`j%C3%A9r%C3%B4me` -> `jérôme`).
std::string percent_decoded(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return find_invalid_utf8(out) ? std::string(text) : out;
}

// `https://www.linkedin.com/in/Jane-Doe/?x=1` -> linkedin:jane-doe; company, showcase and school
// pages likewise (their slug percent-decoded and lower-case); a cell that is not a URL is the
// actor id as written. nullopt: a URL that is not a LinkedIn profile or page.
std::optional<ActorIdentity> actor_identity(std::string_view cell) {
    const std::string low = ascii_lower(cell);
    const auto path = linkedin_path(low);
    if (!path) return ActorIdentity{std::string(cell), "", ActorKind::other};
    const std::size_t slash = path->find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    const std::string_view section = path->substr(0, slash);
    const std::string slug = ascii_lower(percent_decoded(path->substr(slash + 1, path->find('/', slash + 1) - slash - 1)));
    if (slug.empty()) return std::nullopt;
    ActorKind kind = ActorKind::other;
    if (section == "company" || section == "showcase") kind = ActorKind::company;
    else if (section == "school") kind = ActorKind::institution;
    else if (section != "in") return std::nullopt;
    return ActorIdentity{"linkedin:" + slug, slug, kind};
}

}  // namespace

std::optional<std::string> linkedin_slug(std::string_view cell) {
    const std::string low = ascii_lower(trim_blanks(cell));
    if (!linkedin_path(low)) return std::nullopt;  // not a URL
    const auto identity = actor_identity(trim_blanks(cell));
    if (!identity || identity->account.empty()) return std::nullopt;
    return identity->account;
}

namespace {

struct PostKey {
    std::string id;
    std::optional<Time> activity_time;  // from the activity id
    std::optional<ActorIdentity> author;  // from a /posts/<slug>_ URL
};

// Digits at the start of `text`.
std::string_view leading_digits(std::string_view text) {
    std::size_t n = 0;
    while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
    return text.substr(0, n);
}

// A LinkedIn activity id is 63 bits whose first 41 are Unix milliseconds: id / 2^22.
std::optional<Time> activity_time(std::string_view digits) {
    std::uint64_t id = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
    if (ec != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
    const auto ms = static_cast<std::int64_t>(id >> 22);
    return Time{std::chrono::seconds{ms / 1000}};
}

PostKey post_key(std::string_view cell) {
    std::string url(cell);
    // %3A is ':' in URNs that were URL-encoded.
    for (std::size_t p = url.find('%'); p != std::string::npos && p + 2 < url.size(); p = url.find('%', p + 1)) {
        if (url[p + 1] == '3' && lower(url[p + 2]) == 'a') url.replace(p, 3, ":");
    }
    PostKey key;
    const std::string low = ascii_lower(url);
    // The activity id: an URN anywhere but in the query or fragment, or in a /posts/ URL the last
    // `-activity-<15 to 19 digits>` followed by '-', '/' or the end (the words of the post's slug
    // may hold "-activity-2023-" too).
    const std::string_view searched = std::string_view(low).substr(0, low.find_first_of("?#"));
    std::string_view digits;
    if (const std::size_t at = searched.find("urn:li:activity:"); at != std::string_view::npos) {
        digits = leading_digits(searched.substr(at + 16));
    } else if (searched.find("linkedin.com/posts/") != std::string_view::npos) {
        for (std::size_t hit = searched.rfind("-activity-"); hit != std::string_view::npos;
             hit = hit == 0 ? std::string_view::npos : searched.rfind("-activity-", hit - 1)) {
            const std::string_view run = leading_digits(searched.substr(hit + 10));
            const std::size_t after = hit + 10 + run.size();
            if (run.size() >= 15 && run.size() <= 19 &&
                (after == searched.size() || searched[after] == '-' || searched[after] == '/')) {
                digits = run;
                break;
            }
        }
    }
    if (!digits.empty()) {
        key.id = "linkedin:" + std::string(digits);
        key.activity_time = activity_time(digits);
    }
    if (key.id.empty()) {
        std::string_view id = url;
        if (low.starts_with("http://") || low.starts_with("https://")) {
            id = id.substr(0, id.find_first_of("?#"));
            while (id.size() > 1 && id.back() == '/') id.remove_suffix(1);
        }
        key.id = id;
    }
    if (const std::size_t posts = low.find("linkedin.com/posts/"); posts != std::string::npos) {
        const std::string_view rest = std::string_view(low).substr(posts + 19);
        const std::size_t underscore = rest.find('_');
        const std::size_t stop = rest.find_first_of("/?#");
        if (underscore != std::string_view::npos && underscore > 0 && underscore < stop) {
            const std::string slug(rest.substr(0, underscore));
            key.author = ActorIdentity{"linkedin:" + slug, slug, ActorKind::other};
        }
    }
    return key;
}

// --- the mapping document --------------------------------------------------------------------

// A JSON value with the offset of every value and key, read from text that
// find_json_syntax_error() has already accepted.
struct JsonMember;

struct JsonNode {
    enum class Kind : std::uint8_t { object, array, string, other };
    Kind kind = Kind::other;
    std::size_t offset = 0;
    std::string text;  // a string's decoded value
    std::vector<JsonMember> members;  // in document order
    std::vector<JsonNode> items;
};

// std::vector may hold a type incomplete at its declaration, std::pair may not (libc++ and
// clang reject it): hence a struct rather than pair<pair<key, offset>, JsonNode>.
struct JsonMember {
    std::pair<std::string, std::size_t> first;  // (key, offset of the key)
    JsonNode second;
};

class JsonWalker {
public:
    JsonWalker(const FileBuffer& file) : m_file(file), m_text(file.text()) {}

    JsonNode value() {
        skip_space();
        JsonNode node;
        node.offset = m_pos;
        const char c = m_text[m_pos];
        if (c == '{') {
            node.kind = JsonNode::Kind::object;
            ++m_pos;
            skip_space();
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return node;
            }
            while (true) {
                skip_space();
                const std::size_t key_at = m_pos;
                std::string key = string();
                skip_space();
                ++m_pos;  // ':'
                node.members.push_back(JsonMember{std::pair{std::move(key), key_at}, value()});
                skip_space();
                if (m_text[m_pos++] == '}') return node;
            }
        }
        if (c == '[') {
            node.kind = JsonNode::Kind::array;
            ++m_pos;
            skip_space();
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return node;
            }
            while (true) {
                node.items.push_back(value());
                skip_space();
                if (m_text[m_pos++] == ']') return node;
            }
        }
        if (c == '"') {
            node.kind = JsonNode::Kind::string;
            node.text = string();
            return node;
        }
        while (m_pos < m_text.size() && std::string_view(",]} \t\r\n").find(m_text[m_pos]) == std::string_view::npos) {
            ++m_pos;
        }
        return node;
    }

private:
    void skip_space() {
        while (m_pos < m_text.size() && std::string_view(" \t\r\n").find(m_text[m_pos]) != std::string_view::npos) {
            ++m_pos;
        }
    }

    std::string string() {
        const std::size_t start = m_pos;
        std::size_t i = start + 1;
        while (m_text[i] != '"') i += m_text[i] == '\\' ? 2u : 1u;
        m_pos = i + 1;
        const std::string_view token = m_text.substr(start, m_pos - start);
        if (token.find('\\') == std::string_view::npos) return std::string(token.substr(1, token.size() - 2));
        try {
            return nlohmann::json::parse(token).get<std::string>();
        } catch (const nlohmann::json::exception&) {
            const TextPosition p = position_at(m_text, start);
            throw ParseError(m_file.name(), p.line, p.column, "invalid escape in a string", token);
        }
    }

    const FileBuffer& m_file;
    std::string_view m_text;
    std::size_t m_pos = 0;
};

struct MappedColumn {
    std::string name;         // as the mapping writes it
    std::size_t offset = 0;   // of the name in the mapping text
    bool optional = false;    // may be missing from the header
};

struct ActionRule {
    std::string pattern;  // lower-case, without the trailing '*'
    bool prefix = false;
    Meaning meaning = Meaning::original;
};

struct Mapping {
    const FileBuffer* file = nullptr;
    std::array<std::optional<MappedColumn>, role_count> columns;
    TimeFormat time_format = TimeFormat::iso8601;
    std::vector<ActionRule> actions;
    std::string action_choices;  // "Posted, Reposted or Liked", for messages
    std::optional<Meaning> action;
    ActorIdentity owner{"linkedin:me", "", ActorKind::other};
    std::string owner_name = "me";
};

class MappingParser {
public:
    explicit MappingParser(const FileBuffer& file) : m_file(file) {}

    Mapping parse() {
        const std::string_view text = m_file.text();
        if (const auto e = find_json_syntax_error(text)) {
            if (e->at_end) fail(e->offset, e->message, "", false);
            fail(e->offset, e->message,
                 e->token_length > 0 ? text.substr(e->offset, e->token_length) : token_at(text, e->offset));
        }
        const JsonNode root = JsonWalker(m_file).value();
        if (root.kind != JsonNode::Kind::object) fail(root.offset, "a mapping must be a JSON object");
        Mapping m;
        m.file = &m_file;
        const JsonNode* columns = nullptr;
        const JsonNode* optional = nullptr;
        const JsonNode* actions = nullptr;
        bool owner = false;
        bool owner_name = false;
        std::unordered_set<std::string> seen;
        for (const auto& [key, value] : root.members) {
            const auto& [name, at] = key;
            if (!seen.insert(name).second) fail(at, "duplicate key", name);
            if (name == "columns") {
                columns = &object(value, name);
            } else if (name == "optional") {
                optional = &value;
                if (value.kind != JsonNode::Kind::array) fail(value.offset, "\"optional\" must be an array of column roles");
            } else if (name == "actions") {
                actions = &object(value, name);
            } else if (name == "time_format") {
                m.time_format = static_cast<TimeFormat>(choice(value, time_format_names, "time format"));
            } else if (name == "action") {
                m.action = static_cast<Meaning>(choice(value, meaning_names, "action meaning"));
            } else if (name == "owner") {
                const std::string& id = string(value, name);
                const auto identity = actor_identity(trim_blanks(id));
                if (trim_blanks(id).empty() || !identity) {
                    fail(value.offset, "\"owner\" must be a LinkedIn profile URL or an actor id", id);
                }
                m.owner = *identity;
                owner = true;
            } else if (name == "owner_name") {
                m.owner_name = string(value, name);
                owner_name = true;
            } else if (name == "description") {
                (void)string(value, name);
            } else {
                fail(at, "unknown mapping key (expected " + listing(mapping_keys) + ")", name);
            }
        }
        if (owner && !owner_name) m.owner_name.clear();
        if (columns == nullptr) fail(root.offset, "the mapping has no \"columns\"", "", false);
        seen.clear();
        for (const auto& [key, value] : columns->members) {
            const auto& [name, at] = key;
            if (!seen.insert(name).second) fail(at, "duplicate key", name);
            const auto role = index_of(role_names, name);
            if (!role) fail(at, "unknown column role (expected " + listing(role_names) + ")", name);
            const std::string& column = string(value, name);
            if (trim_blanks(column).empty()) fail(value.offset, "a column name must not be empty", column);
            m.columns[*role] = MappedColumn{std::string(trim_blanks(column)), value.offset, false};
        }
        if (optional != nullptr) {
            for (const JsonNode& item : optional->items) {
                const std::size_t role = choice(item, role_names, "column role");
                if (!m.columns[role]) fail(item.offset, "an optional role must be in \"columns\"", item.text);
                m.columns[role]->optional = true;
            }
        }
        const auto& action_column = m.columns[static_cast<std::size_t>(Role::action)];
        if (action_column && actions == nullptr) {
            fail(action_column->offset, "an action column needs an \"actions\" table", action_column->name);
        }
        if (!action_column && actions != nullptr) {
            fail(actions->offset, "an \"actions\" table needs an action column (\"columns\": {\"action\": ...})", "{");
        }
        if (actions != nullptr) {
            std::vector<std::string> shown;
            for (const auto& [key, value] : actions->members) {
                const auto& [name, at] = key;
                std::string pattern = ascii_lower(trim_blanks(name));
                const bool prefix = pattern.ends_with('*');
                if (prefix) pattern.pop_back();
                if (pattern.empty()) fail(at, "an action value must not be empty", name);
                for (const ActionRule& rule : m.actions) {
                    if (rule.pattern == pattern && rule.prefix == prefix) fail(at, "duplicate key", name);
                }
                const auto meaning = static_cast<Meaning>(choice(value, meaning_names, "action meaning"));
                m.actions.push_back({std::move(pattern), prefix, meaning});
                shown.push_back(std::string(trim_blanks(name)));
            }
            if (shown.empty()) fail(actions->offset, "the \"actions\" table is empty", "{");
            for (std::size_t i = 0; i < shown.size(); ++i) {
                if (i > 0) m.action_choices += i + 1 == shown.size() ? " or " : ", ";
                m.action_choices += shown[i];
            }
        }
        // Every row is about a post: one of the two columns that name it must be mapped.
        if (!m.columns[static_cast<std::size_t>(Role::post)] && !m.columns[static_cast<std::size_t>(Role::parent)]) {
            fail(columns->offset, "the mapping names neither a \"post\" nor a \"parent\" column", "{");
        }
        return m;
    }

private:
    [[noreturn]] void fail(std::size_t offset, const std::string& message, std::string_view token,
                           bool has_token = true) const {
        const TextPosition p = position_at(m_file.text(), offset);
        throw ParseError(m_file.name(), p.line, p.column, message, token, has_token);
    }
    [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
        fail(offset, message, token_at(m_file.text(), offset));
    }

    const JsonNode& object(const JsonNode& value, const std::string& key) const {
        if (value.kind != JsonNode::Kind::object) fail(value.offset, "\"" + key + "\" must be an object");
        return value;
    }
    const std::string& string(const JsonNode& value, const std::string& key) const {
        if (value.kind != JsonNode::Kind::string) fail(value.offset, "\"" + key + "\" must be a string");
        return value.text;
    }
    template <std::size_t N>
    std::size_t choice(const JsonNode& value, const std::array<std::string_view, N>& names,
                       const std::string& what) const {
        if (value.kind != JsonNode::Kind::string) fail(value.offset, "expected a " + what + " string");
        const auto i = index_of(names, value.text);
        if (!i) fail(value.offset, "unknown " + what + " (expected " + listing(names) + ")", value.text);
        return *i;
    }

    const FileBuffer& m_file;
};

// --- built-in mappings -----------------------------------------------------------------------

struct BuiltIn {
    std::string_view label;                   // for messages
    std::vector<std::string_view> required;  // header columns that select it
    std::string_view json;
};

const std::vector<BuiltIn>& built_ins() {
    static const std::vector<BuiltIn> list{
        {"Shares.csv", {"Date", "ShareLink", "ShareCommentary"},
         R"json({"description": "LinkedIn data export, Shares.csv: the member's own posts",
  "columns": {"post": "ShareLink", "time": "Date", "text": "ShareCommentary"},
  "action": "original"})json"},
        {"Comments.csv", {"Date", "Link", "Message"},
         R"json({"description": "LinkedIn data export, Comments.csv: the member's comments",
  "columns": {"parent": "Link", "time": "Date", "text": "Message"},
  "action": "comment"})json"},
        {"Reactions.csv", {"Date", "Type", "Link"},
         R"json({"description": "LinkedIn data export, Reactions.csv: the member's reactions",
  "columns": {"parent": "Link", "time": "Date"},
  "action": "reaction"})json"},
        {"activity extractor",
         {"postUrl", "type", "postContent", "likeCount", "commentCount", "repostCount", "postDate",
          "action", "profileUrl"},
         R"json({"description": "Activity extractor (PhantomBuster LinkedIn Activity Extractor style)",
  "columns": {"post": "postUrl", "author": "profileUrl", "time": "postDate", "action": "action",
              "parent": "sharedPostUrl", "parent_author": "authorUrl", "parent_author_name": "author",
              "text": "postContent", "reactions": "likeCount", "comments": "commentCount",
              "shares": "repostCount"},
  "optional": ["parent", "parent_author", "parent_author_name"],
  "actions": {"Posted": "original", "Reposted": "repost", "Shared": "repost",
              "Commented": "comment", "Replied": "comment", "Liked": "reaction",
              "Reacted*": "reaction", "Celebrated": "reaction", "Supported": "reaction",
              "Loved": "reaction", "Found*": "reaction"}})json"}};
    return list;
}

// The header's column names, trimmed and lower-cased.
std::vector<std::string> header_names(const std::vector<CsvField>& header) {
    std::vector<std::string> names;
    names.reserve(header.size());
    for (const CsvField& f : header) names.push_back(ascii_lower(trim_blanks(f.value)));
    return names;
}

const BuiltIn* built_in_for(const std::vector<std::string>& names) {
    for (const BuiltIn& b : built_ins()) {
        const bool fits = std::all_of(b.required.begin(), b.required.end(), [&](std::string_view c) {
            return std::find(names.begin(), names.end(), ascii_lower(c)) != names.end();
        });
        if (fits) return &b;
    }
    return nullptr;
}

std::string built_in_requirements() {
    std::string text;
    for (const BuiltIn& b : built_ins()) {
        if (!text.empty()) text += "; ";
        text += std::string(b.label) + ": ";
        for (std::size_t i = 0; i < b.required.size(); ++i) {
            if (i > 0) text += ", ";
            text += b.required[i];
        }
    }
    return text;
}

// --- reading the rows ------------------------------------------------------------------------

struct PostDraft {
    std::string id;
    SourceRef id_at;
    bool own = false;       // a row made it (original or echo); otherwise only referenced
    std::string author;     // actor id; empty: unknown
    SourceRef author_at;
    PostType type = PostType::original;
    std::string parent;
    SourceRef parent_at;
    std::string parent_token;  // the parent cell, for a warning
    Time time{};
    std::uint64_t reactions = 0;
    std::uint64_t comments = 0;
    std::uint64_t shares = 0;
    std::string text;
};

struct EngagementDraft {
    std::string actor;
    SourceRef actor_at;
    std::string post;
    SourceRef post_at;
    std::string post_token;  // the post cell, for a warning
    std::optional<Time> time;
};

// A warning counted over records; `first` is the one earliest in the file.
struct Tally {
    std::uint64_t count = 0;
    std::uint64_t first = 0;
    std::string token;
};

class LinkedInReader {
public:
    LinkedInReader(const FileBuffer& file, const FileBuffer* mapping_file, bool lenient)
        : m_file(file), m_mapping_file(mapping_file), m_lenient(lenient), m_assembler(false),
          m_reader(file) {
        m_file_id = m_assembler.add_file(file);
    }

    ReadResult read() {
        std::vector<CsvField> header;
        if (!m_reader.next(header)) m_reader.fail(0, "empty file, expected a header row", "", false);
        m_header_size = header.size();
        m_header.reserve(header.size());
        for (const CsvField& f : header) m_header.emplace_back(trim_blanks(f.value));
        select_mapping(header);
        resolve_columns(header);

        std::vector<CsvField> row;
        while (m_reader.next(row)) {
            try {
                read_row(row);
            } catch (const ParseError& e) {
                if (!m_lenient) throw;
                skipped_row(e);
            }
        }
        return finish();
    }

private:
    void select_mapping(const std::vector<CsvField>& header) {
        if (m_mapping_file != nullptr) {
            m_mapping = MappingParser(*m_mapping_file).parse();
            return;
        }
        const BuiltIn* b = built_in_for(header_names(header));
        if (b == nullptr) {
            m_reader.fail(0, "no built-in LinkedIn mapping reads this header (" + built_in_requirements() +
                                 "); give a mapping file",
                          m_reader.row_text());
        }
        m_builtin_file = std::make_unique<FileBuffer>(
            FileBuffer::from_text("built-in " + std::string(b->label) + " mapping", b->json));
        m_mapping = MappingParser(*m_builtin_file).parse();
    }

    void resolve_columns(const std::vector<CsvField>& header) {
        const std::vector<std::string> names = header_names(header);
        for (std::size_t r = 0; r < role_count; ++r) {
            const auto& column = m_mapping.columns[r];
            if (!column) continue;
            const std::string wanted = ascii_lower(column->name);
            std::optional<std::size_t> found;
            for (std::size_t c = 0; c < names.size(); ++c) {
                if (names[c] != wanted) continue;
                if (found) m_reader.fail(header[c].offset, "duplicate column", m_header[c]);
                found = c;
            }
            if (!found && !column->optional) {
                const TextPosition p = position_at(m_mapping.file->text(), column->offset);
                throw ParseError(m_mapping.file->name(), p.line, p.column,
                                 "column missing from the header of " + m_file.name(), column->name);
            }
            m_columns[r] = found;
        }
    }

    // --- cells of the current row ---

    std::optional<std::size_t> column(Role r) const { return m_columns[static_cast<std::size_t>(r)]; }

    std::string_view cell(Role r) const {
        const auto c = column(r);
        if (!c) return {};
        const CsvField& f = (*m_row)[*c];
        return r == Role::text ? f.value : trim_blanks(f.value);
    }

    std::size_t offset(Role r) const {
        const auto c = column(r);
        if (!c) return m_reader.row_offset();
        const CsvField& f = (*m_row)[*c];
        if (f.quoted || r == Role::text) return f.offset;
        const std::size_t first = f.value.find_first_not_of(" \t");
        return f.offset + (first == std::string_view::npos ? f.value.size() : first);
    }

    SourceRef at(Role r) const { return {m_file_id, offset(r)}; }

    const std::string& column_name(Role r) const { return m_header[*column(r)]; }

    [[noreturn]] void fail(Role r, const std::string& message) const {
        m_reader.fail(offset(r), message, cell(r));
    }

    std::uint64_t count(Role r) const {
        const std::string_view text = cell(r);
        if (text.empty()) return 0;
        std::uint64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc{} || end != text.data() + text.size() || value > max_count) {
            fail(r, "\"" + column_name(r) + "\" must be an integer from 0 to 10^9");
        }
        return value;
    }

    std::optional<Time> row_time() const {
        const std::string_view text = cell(Role::time);
        if (text.empty()) return std::nullopt;
        if (m_mapping.time_format == TimeFormat::iso8601) {
            const auto t = parse_time(text);
            if (!t) fail(Role::time, "\"" + column_name(Role::time) + "\" must be an ISO 8601 time");
            return t;
        }
        const bool ms = m_mapping.time_format == TimeFormat::epoch_ms;
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        const std::int64_t low = earliest_time.time_since_epoch().count();
        const std::int64_t high = latest_time.time_since_epoch().count();
        std::int64_t seconds = ms ? value / 1000 : value;
        if (ms && value % 1000 < 0) --seconds;  // floor, for times before 1970
        if (ec != std::errc{} || end != text.data() + text.size() || seconds < low || seconds > high) {
            fail(Role::time, "\"" + column_name(Role::time) + "\" must be Unix " +
                                 (ms ? "milliseconds" : "seconds"));
        }
        return Time{std::chrono::seconds{seconds}};
    }

    ActorIdentity identity(Role r) const {
        const auto id = actor_identity(cell(r));
        if (!id) {
            fail(r, "\"" + column_name(r) + "\" must be a LinkedIn profile URL (linkedin.com/in/NAME, "
                                             "/company/NAME) or an actor id");
        }
        return *id;
    }

    Meaning meaning() const {
        if (!column(Role::action)) return m_mapping.action.value_or(Meaning::original);
        const std::string_view value = cell(Role::action);
        if (value.empty()) {
            if (m_mapping.action) return *m_mapping.action;
            fail(Role::action, "\"" + column_name(Role::action) + "\" must not be empty");
        }
        const std::string low = ascii_lower(value);
        for (const ActionRule& rule : m_mapping.actions) {
            if (rule.prefix ? low.starts_with(rule.pattern) : low == rule.pattern) return rule.meaning;
        }
        fail(Role::action, "unknown action (expected " + m_mapping.action_choices + ")");
    }

    // --- one row: every cell is checked before anything is recorded ---

    void read_row(const std::vector<CsvField>& row) {
        m_row = &row;
        if (row.size() != m_header_size) {
            m_reader.fail(m_reader.row_offset(),
                          "the row has " + std::to_string(row.size()) + " fields, the header " +
                              std::to_string(m_header_size),
                          m_reader.row_text());
        }
        const Meaning what = meaning();
        if (what == Meaning::skip) return;

        ActorIdentity actor = m_mapping.owner;
        std::string actor_name = m_mapping.owner_name;
        SourceRef actor_at{m_file_id, m_reader.row_offset()};
        if (column(Role::author)) {
            if (cell(Role::author).empty()) fail(Role::author, "\"" + column_name(Role::author) + "\" must not be empty");
            actor = identity(Role::author);
            actor_name = std::string(cell(Role::author_name));
            actor_at = at(Role::author);
        }
        const std::optional<Time> time = row_time();
        const std::uint64_t reactions = count(Role::reactions);
        const std::uint64_t comments = count(Role::comments);
        const std::uint64_t shares = count(Role::shares);
        const std::string text(cell(Role::text));
        const bool has_post = !cell(Role::post).empty();
        const bool has_parent = !cell(Role::parent).empty();
        std::optional<PostKey> post;
        if (has_post) post = post_key(cell(Role::post));

        if (what == Meaning::original) {
            if (!has_post) need(Role::post, "an original row");
            // An original has no parent: parent-author cells that name the row's author name it.
            if (actor_name.empty() && !cell(Role::parent_author_name).empty()) {
                const auto named = actor_identity(cell(Role::parent_author));
                if (named && named->id == actor.id) actor_name = cell(Role::parent_author_name);
            }
            const auto t = time ? time : post->activity_time;
            if (!t) no_time(Role::post);
            const std::size_t p = own_post(*post, at(Role::post), actor, actor_name, actor_at,
                                           PostType::original, *t);
            add_details(p, reactions, comments, shares, text);
            return;
        }

        // The target: the parent cell, else the post cell (whose details then describe it).
        if (!has_parent && !has_post) {
            need(column(Role::parent) || !column(Role::post) ? Role::parent : Role::post,
                 what == Meaning::reaction ? "a reaction row" : "an echo row");
        }
        const Role target_role = has_parent ? Role::parent : Role::post;
        const PostKey target = has_parent ? post_key(cell(Role::parent)) : *post;
        std::optional<ActorIdentity> target_author = target.author;
        if (!cell(Role::parent_author).empty()) target_author = identity(Role::parent_author);
        const std::string target_author_name(cell(Role::parent_author_name));

        if (what == Meaning::reaction) {
            const auto t = target.activity_time ? target.activity_time : time;
            if (!t) no_time(target_role);
            const std::string who = add_actor(actor, actor_name, actor_at);
            const std::size_t q = referenced_post(target, at(target_role), target_author,
                                                  target_author_name, *t);
            if (!has_parent) add_details(q, reactions, comments, shares, text);
            m_engagements.push_back({who, actor_at, target.id, at(target_role),
                                     std::string(cell(target_role)), time});
            return;
        }

        // An echo: its own post is the post cell when the row also has a parent cell, else a
        // post named after its parent, type, author and time.
        const bool echo_from_cell = has_parent && has_post;
        const auto echo_time = time ? time : (echo_from_cell ? post->activity_time : std::nullopt);
        if (!echo_time) no_time(echo_from_cell ? Role::post : target_role);
        PostKey echo;
        if (echo_from_cell) {
            echo = *post;
            if (echo.id == target.id) fail(Role::parent, "a post cannot be its own parent");
        } else {
            echo.id = target.id + "#" + std::string(meaning_names[static_cast<std::size_t>(what)]) +
                      ":" + actor.id + "@" + format_time(*echo_time);
        }
        // Nothing below throws: the row is recorded whole.
        (void)add_actor(actor, actor_name, actor_at);
        const std::size_t q = referenced_post(target, at(target_role), target_author,
                                              target_author_name, target.activity_time.value_or(*echo_time));
        const std::size_t p = own_post(echo, echo_from_cell ? at(Role::post) : at(target_role), actor,
                                       actor_name, actor_at, static_cast<PostType>(what), *echo_time,
                                       target.id, at(target_role), cell(target_role));
        add_details(has_parent ? p : q, reactions, comments, shares, text);
    }

    [[noreturn]] void need(Role r, const std::string& what) const {
        if (column(r)) fail(r, "\"" + column_name(r) + "\" must not be empty for " + what);
        m_reader.fail(m_reader.row_offset(),
                      what + " needs a \"" + std::string(role_names[static_cast<std::size_t>(r)]) +
                          "\" column",
                      m_reader.row_text());
    }

    [[noreturn]] void no_time(Role r) const {
        fail(r, "no time for the post (no time in the row, no activity id in the URL)");
    }

    // --- recording ---

    std::string add_actor(const ActorIdentity& identity, const std::string& name, SourceRef where) {
        const auto [it, added] = m_actor_ids.emplace(identity.id, m_actors.size());
        if (added) {
            RawActor raw;
            raw.actor.id = identity.id;
            raw.actor.kind = identity.kind;
            if (!identity.account.empty()) raw.actor.accounts.emplace("linkedin", identity.account);
            raw.id_at = where;
            m_actors.push_back(std::move(raw));
        }
        Actor& a = m_actors[it->second].actor;
        if (a.name.empty() && !trim_blanks(name).empty()) a.name = trim_blanks(name);
        if (identity.kind != ActorKind::other && a.kind == ActorKind::other) a.kind = identity.kind;
        if (!identity.account.empty() && a.accounts.empty()) a.accounts.emplace("linkedin", identity.account);
        return identity.id;
    }

    std::size_t find_or_add_post(const std::string& id, SourceRef where) {
        const auto [it, inserted] = m_post_ids.emplace(id, m_posts.size());
        if (inserted) {
            PostDraft d;
            d.id = id;
            d.id_at = where;
            m_posts.push_back(std::move(d));
        }
        return it->second;
    }

    // A post a row made. The first row that makes it wins; it replaces what references said.
    std::size_t own_post(const PostKey& key, SourceRef where, const ActorIdentity& author,
                         const std::string& author_name, SourceRef author_at, PostType type, Time time,
                         const std::string& parent = {}, SourceRef parent_at = {},
                         std::string_view parent_token = {}) {
        const std::string who = add_actor(author, author_name, author_at);
        const std::size_t p = find_or_add_post(key.id, where);
        PostDraft& d = m_posts[p];
        if (!d.own) {
            d.own = true;
            d.id_at = where;
            d.author = who;
            d.author_at = author_at;
            d.type = type;
            d.time = time;
            d.parent = parent;
            d.parent_at = parent_at;
            d.parent_token = parent_token;
        }
        return p;
    }

    // A post a row points at (echoes, reacts to). Its time is the earliest seen; its author the
    // first one known.
    std::size_t referenced_post(const PostKey& key, SourceRef where,
                                const std::optional<ActorIdentity>& author,
                                const std::string& author_name, Time time) {
        const bool added = !m_post_ids.contains(key.id);
        const std::size_t p = find_or_add_post(key.id, where);
        if (author) {
            const std::string who = add_actor(*author, author_name, where);
            PostDraft& d = m_posts[p];
            if (d.author.empty()) {
                d.author = who;
                d.author_at = where;
            }
        }
        PostDraft& d = m_posts[p];
        if (!d.own && (added || time < d.time)) d.time = time;
        return p;
    }

    void add_details(std::size_t p, std::uint64_t reactions, std::uint64_t comments,
                     std::uint64_t shares, const std::string& text) {
        PostDraft& d = m_posts[p];
        d.reactions = std::max(d.reactions, reactions);
        d.comments = std::max(d.comments, comments);
        d.shares = std::max(d.shares, shares);
        if (d.text.empty()) d.text = text;
    }

    void skipped_row(const ParseError& e) {
        const std::string message = "rows skipped: " + e.message();
        for (ReadWarning& w : m_warnings) {
            if (w.message == message) {
                ++w.count;
                return;
            }
        }
        m_warnings.push_back({message, 1, e.what()});
    }

    void tally(Tally& t, SourceRef where, const std::string& token) {
        if (t.count++ == 0 || where.offset < t.first) {
            t.first = where.offset;
            t.token = token;
        }
    }

    void report(const Tally& t, const std::string& message) {
        if (t.count == 0) return;
        const ParseError e = m_assembler.error({m_file_id, t.first}, "the author of the post is unknown", t.token);
        m_warnings.push_back({message, t.count, e.what()});
    }

    // @Name tags in `text` that name a known actor (longest name, ASCII case-insensitive). After
    // each '@' the text is walked word by word, at most `max_words` words and never past another
    // '@' or a line end, and each run of whole words is looked up: linear in the text, whatever
    // the names.
    static std::vector<std::pair<std::string, SourceRef>> mentions(
        std::string_view text, SourceRef where, const std::unordered_map<std::string, std::string>& names,
        std::size_t max_words) {
        std::vector<std::pair<std::string, SourceRef>> found;
        std::string candidate;
        for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
            const std::size_t start = at + 1;
            std::size_t end = start;
            const std::string* best = nullptr;
            for (std::size_t words = 0; words < max_words && end < text.size(); ++words) {
                std::size_t step = 0;
                const std::size_t word_start = end;
                while (end < text.size() && (step = word_char(text, end)) > 0) end += step;
                if (end == word_start) break;  // no word here
                candidate.assign(text.substr(start, end - start));
                for (char& c : candidate) c = lower(c);
                if (const auto it = names.find(candidate); it != names.end()) best = &it->second;
                // The separators a name may hold: spaces, hyphens, apostrophes, dots.
                std::size_t gap = end;
                while (gap < text.size() && gap - end < 3 &&
                       (text[gap] == ' ' || text[gap] == '-' || text[gap] == '\'' || text[gap] == '.')) {
                    ++gap;
                }
                if (gap == end) break;
                end = gap;
            }
            if (best != nullptr && std::none_of(found.begin(), found.end(), [&](const auto& m) { return m.first == *best; })) {
                found.emplace_back(*best, where);
            }
        }
        return found;
    }

    ReadResult finish() {
        std::unordered_map<std::string, std::string> names;  // lower-case name -> actor id
        std::size_t max_words = 0;
        for (const RawActor& a : m_actors) {
            if (a.actor.name.empty()) continue;
            names.emplace(ascii_lower(a.actor.name), a.actor.id);
            std::size_t words = 0;
            for (std::size_t i = 0; i < a.actor.name.size();) {
                const std::size_t step = word_char(a.actor.name, i);
                if (step > 0 && (i == 0 || word_char(a.actor.name, i - 1) == 0)) ++words;
                i += std::max<std::size_t>(step, 1);
            }
            max_words = std::max(max_words, words);
        }
        m_assembler.actors = std::move(m_actors);

        Tally orphan_echoes;
        Tally lost_engagements;
        for (PostDraft& d : m_posts) {
            if (d.author.empty()) continue;  // only referenced, by an unknown author: no post
            RawPost raw;
            raw.post.id = d.id;
            raw.post.platform = "linkedin";
            raw.post.time = d.time;
            raw.post.type = d.type;
            raw.post.reactions = d.reactions;
            raw.post.comments = d.comments;
            raw.post.shares = d.shares;
            raw.id_at = d.id_at;
            raw.author = d.author;
            raw.author_at = d.author_at;
            if (!d.parent.empty()) {
                if (m_posts[m_post_ids.at(d.parent)].author.empty()) {
                    tally(orphan_echoes, d.parent_at, d.parent_token);
                } else {
                    raw.parent = d.parent;
                    raw.parent_at = d.parent_at;
                }
            }
            raw.mentions = mentions(d.text, d.id_at, names, max_words);
            m_assembler.posts.push_back(std::move(raw));
        }
        for (EngagementDraft& e : m_engagements) {
            if (m_posts[m_post_ids.at(e.post)].author.empty()) {
                tally(lost_engagements, e.post_at, e.post_token);
                continue;
            }
            RawEngagement raw;
            raw.engagement.type = EngagementType::reaction;
            raw.engagement.time = e.time;
            raw.actor = std::move(e.actor);
            raw.actor_at = e.actor_at;
            raw.post = std::move(e.post);
            raw.post_at = e.post_at;
            m_assembler.engagements.push_back(std::move(raw));
        }
        report(orphan_echoes, "echo posts kept without their parent: unknown author of the parent post");
        report(lost_engagements, "engagement events skipped: unknown author of the post");
        ReadResult result = std::move(m_assembler).finish(InputFormat::linkedin);
        std::vector<ReadWarning> warnings = std::move(m_warnings);
        for (ReadWarning& w : result.warnings) warnings.push_back(std::move(w));
        result.warnings = std::move(warnings);
        return result;
    }

    const FileBuffer& m_file;
    const FileBuffer* m_mapping_file;
    bool m_lenient;
    DatasetAssembler m_assembler;
    CsvReader m_reader;
    std::uint32_t m_file_id = 0;
    std::unique_ptr<FileBuffer> m_builtin_file;
    Mapping m_mapping;
    std::vector<std::string> m_header;
    std::size_t m_header_size = 0;
    std::array<std::optional<std::size_t>, role_count> m_columns;
    const std::vector<CsvField>* m_row = nullptr;

    std::vector<RawActor> m_actors;
    std::unordered_map<std::string, std::size_t> m_actor_ids;
    std::vector<PostDraft> m_posts;
    std::unordered_map<std::string, std::size_t> m_post_ids;
    std::vector<EngagementDraft> m_engagements;
    std::vector<ReadWarning> m_warnings;
};

}  // namespace

ReadResult read_linkedin(const FileBuffer& file, const FileBuffer* mapping, bool lenient) {
    return LinkedInReader(file, mapping, lenient).read();
}

ReadResult read_linkedin(const FileBuffer& file, const ReadOptions& options) {
    if (options.mapping.empty()) return read_linkedin(file, nullptr, options.lenient);
    const FileBuffer mapping = FileBuffer::load(options.mapping);
    return read_linkedin(file, &mapping, options.lenient);
}

bool is_linkedin_header(std::string_view header) {
    try {
        const FileBuffer buffer = FileBuffer::from_text("header", header);
        CsvReader reader(buffer);
        std::vector<CsvField> fields;
        if (!reader.next(fields)) return false;
        return built_in_for(header_names(fields)) != nullptr;
    } catch (const ParseError&) {
        return false;
    }
}

}  // namespace ricochet::io::detail
