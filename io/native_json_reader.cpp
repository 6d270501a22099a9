// SPDX-License-Identifier: MIT
#include "io/native_json_reader.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>

#include "io/json_syntax.hpp"

namespace ricochet::io::detail {
namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;

constexpr std::int64_t supported_version = 1;

class NativeParser {
public:
    NativeParser(const FileBuffer& file, DatasetAssembler& assembler)
        : m_file(file), m_assembler(assembler), m_file_id(assembler.add_file(file)) {}

    void document() {
        m_scope = m_file.text();
        validate();
        od::document doc = take(m_parser.iterate(m_file.data(), m_file.size(),
                                                 m_file.size() + FileBuffer::padding));
        od::object top = object_of(doc, "the document");
        bool format = false;
        bool version = false;
        for_each_field(top, [&](std::string_view key, od::value& value, const char*) {
            if (key == "format") format = check_format(value);
            else if (key == "version") version = check_version(value);
            else if (key == "actors") records(value, key, &NativeParser::actor);
            else if (key == "posts") records(value, key, &NativeParser::post);
            else if (key == "engagements") records(value, key, &NativeParser::engagement);
            else if (key == "interactions") records(value, key, &NativeParser::interaction);
        });
        if (!format) {
            throw m_assembler.error({m_file_id, 0},
                                    "not a ricochet document (no \"format\": \"ricochet\")", "",
                                    false);
        }
        if (!version) throw m_assembler.error({m_file_id, 0}, "the document has no \"version\"", "", false);
    }

    void lines() {
        const std::string_view text = m_file.text();
        bool header = false;
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (line.find_first_not_of(" \t") != std::string_view::npos) {
                m_scope = line;
                m_last = nullptr;
                validate();
                od::document doc = take(m_parser.iterate(
                    line.data(), line.size(),
                    m_file.size() - start + FileBuffer::padding));
                od::object object = object_of(doc, "a line");
                if (!header) {
                    header_line(object, line.data());
                    header = true;
                } else {
                    record_line(object, line.data());
                }
            }
            start = end + 1;
        }
        if (!header) {
            throw m_assembler.error({m_file_id, 0},
                                    "empty input, expected a {\"format\": \"ricochet\"} header line",
                                    "", false);
        }
    }

private:
    using RecordParser = void (NativeParser::*)(od::object&, const char*);

    // --- errors -----------------------------------------------------------------------------

    SourceRef ref(const char* p) const {
        return {m_file_id, static_cast<std::uint64_t>(p - m_file.data())};
    }

    [[noreturn]] void fail(const char* at, std::string message) const {
        const auto offset = static_cast<std::size_t>(at - m_file.data());
        throw m_assembler.error(ref(at), std::move(message), token_at(m_file.text(), offset));
    }

    // simdjson rejected the text: find where and why with the exact checker.
    [[noreturn]] void syntax_failure(error_code code) const {
        if (const auto e = find_json_syntax_error(m_scope)) {
            const char* at = m_scope.data() + e->offset;
            if (e->at_end) throw m_assembler.error(ref(at), e->message, "", false);
            const std::string_view token = e->token_length > 0 ? m_scope.substr(e->offset, e->token_length)
                                                               : token_at(m_scope, e->offset);
            throw m_assembler.error(ref(at), e->message, token);
        }
        fail(m_last != nullptr ? m_last : m_scope.data(),
             std::string("malformed JSON (") + simdjson::error_message(code) + ")");
    }

    // On-Demand checks only what it reads, so a malformed value in a field we skip would pass:
    // the DOM parser validates the whole text first (at several GB/s), and any error is then
    // placed by the exact checker.
    void validate() {
        simdjson::dom::element root;
        if (const error_code code = m_validator.parse(m_scope.data(), m_scope.size(), false).get(root)) {
            syntax_failure(code);
        }
    }

    template <class T>
    T take(simdjson::simdjson_result<T>&& result) const {
        T value{};
        if (const error_code code = std::move(result).get(value)) syntax_failure(code);
        return value;
    }

    // --- generic readers --------------------------------------------------------------------

    template <class Doc>
    od::object object_of(Doc& doc, std::string_view what) {
        od::object object;
        const error_code code = doc.get_object().get(object);
        if (code == simdjson::INCORRECT_TYPE) {
            const std::string_view raw = take(doc.raw_json_token());
            fail(raw.data(), std::string(what) + " must be a JSON object");
        }
        if (code) syntax_failure(code);
        return object;
    }

    // Calls f(key, value, key position) for each field; a key given twice is an error, in any
    // object (sections, records, accounts). Keys are views into the parser's string buffer,
    // valid for the whole document.
    template <class F>
    void for_each_field(od::object& object, F&& f) {
        std::vector<std::string_view> keys;
        for (auto field_result : object) {
            od::field field = take(std::move(field_result));
            const char* key_at = field.key().raw() - 1;
            m_last = key_at;
            const std::string_view key = take(field.unescaped_key());
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
                fail(key_at, "duplicate field \"" + std::string(key) + "\"");
            }
            keys.push_back(key);
            f(key, field.value(), key_at);
        }
    }

    std::string_view peek(od::value& value) {
        const std::string_view token = value.raw_json_token();
        m_last = token.data();
        return token;
    }

    bool is_null(od::value& value) { return take(value.is_null()); }

    std::string string(od::value& value, std::string_view key) {
        const std::string_view token = peek(value);
        std::string_view text;
        const error_code code = value.get_string().get(text);
        if (code == simdjson::INCORRECT_TYPE) {
            fail(token.data(), "\"" + std::string(key) + "\" must be a string");
        }
        if (code) syntax_failure(code);
        return std::string(text);
    }

    // A non-empty string naming a record; returns it and where it is.
    std::pair<std::string, SourceRef> id(od::value& value, std::string_view key) {
        const char* at = peek(value).data();
        std::string text = string(value, key);
        if (text.empty()) fail(at, "\"" + std::string(key) + "\" must not be empty");
        return {std::move(text), ref(at)};
    }

    std::uint64_t count(od::value& value, std::string_view key) {
        const std::string_view token = peek(value);
        std::uint64_t number = 0;
        const error_code code = value.get_uint64().get(number);
        if (code == simdjson::INCORRECT_TYPE || code == simdjson::NUMBER_ERROR ||
            code == simdjson::NUMBER_OUT_OF_RANGE || (!code && number > max_count)) {
            fail(token.data(), "\"" + std::string(key) + "\" must be an integer from 0 to 10^9");
        }
        if (code) syntax_failure(code);
        return number;
    }

    double interaction_count(od::value& value, std::string_view key) {
        const std::string_view token = peek(value);
        double number = 0;
        const error_code code = value.get_double().get(number);
        if (code == simdjson::INCORRECT_TYPE || code == simdjson::NUMBER_ERROR ||
            (!code && !(number >= min_interaction_count && number <= max_interaction_count))) {
            fail(token.data(), "\"" + std::string(key) + "\" must be a number from 1e-9 to 1e12");
        }
        if (code) syntax_failure(code);
        return number;
    }

    std::optional<Time> time(od::value& value, std::string_view key) {
        const char* at = peek(value).data();
        const std::string text = string(value, key);
        const auto parsed = parse_time(text);
        if (!parsed) fail(at, "\"" + std::string(key) + "\" must be an ISO 8601 time");
        return parsed;
    }

    template <class E>
    E enumeration(od::value& value, std::string_view key, std::string_view what) {
        const char* at = peek(value).data();
        const auto parsed = parse_enum<E>(string(value, key));
        if (!parsed) fail(at, "unknown " + std::string(what) + " (expected " + choices<E>() + ")");
        return *parsed;
    }

    template <class F>
    void each_element(od::value& value, std::string_view key, F&& f) {
        const std::string_view token = peek(value);
        od::array array;
        const error_code code = value.get_array().get(array);
        if (code == simdjson::INCORRECT_TYPE) {
            fail(token.data(), "\"" + std::string(key) + "\" must be an array");
        }
        if (code) syntax_failure(code);
        for (auto element_result : array) {
            od::value element = take(std::move(element_result));
            f(element);
        }
    }

    std::vector<std::string> strings(od::value& value, std::string_view key) {
        std::vector<std::string> out;
        each_element(value, key, [&](od::value& element) { out.push_back(string(element, key)); });
        return out;
    }

    template <class Map, class Read>
    Map string_map(od::value& value, std::string_view key, Read&& read) {
        const std::string_view token = peek(value);
        od::object object;
        const error_code code = value.get_object().get(object);
        if (code == simdjson::INCORRECT_TYPE) {
            fail(token.data(), "\"" + std::string(key) + "\" must be an object");
        }
        if (code) syntax_failure(code);
        Map map;
        for_each_field(object, [&](std::string_view name, od::value& entry, const char*) {
            map.emplace(std::string(name), read(entry));
        });
        return map;
    }

    void records(od::value& value, std::string_view key, RecordParser parse) {
        each_element(value, key, [&](od::value& element) {
            const char* at = peek(element).data();
            od::object object;
            const error_code code = element.get_object().get(object);
            if (code == simdjson::INCORRECT_TYPE) {
                fail(at, "each of \"" + std::string(key) + "\" must be a JSON object");
            }
            if (code) syntax_failure(code);
            (this->*parse)(object, at);
        });
    }

    // --- top level --------------------------------------------------------------------------

    bool check_format(od::value& value) {
        const char* at = peek(value).data();
        if (string(value, "format") != "ricochet") {
            fail(at, "not a ricochet document (\"format\" must be \"ricochet\")");
        }
        return true;
    }

    bool check_version(od::value& value) {
        const std::string_view token = peek(value);
        std::int64_t version = 0;
        if (value.get_int64().get(version) || version != supported_version) {
            fail(token.data(), "unsupported version (this ricochet reads version 1)");
        }
        return true;
    }

    void header_line(od::object& object, const char* at) {
        bool format = false;
        bool version = false;
        bool other = false;
        for_each_field(object, [&](std::string_view key, od::value& value, const char*) {
            if (key == "format") format = check_format(value);
            else if (key == "version") version = check_version(value);
            else other = true;
        });
        if (!format || !version || other) {
            throw m_assembler.error(ref(at),
                                    "the first line must be the header {\"format\": \"ricochet\", \"version\": 1}",
                                    "", false);
        }
    }

    void record_line(od::object& object, const char* at) {
        od::value kind_value;
        const error_code code = object.find_field_unordered("record").get(kind_value);
        if (code == simdjson::NO_SUCH_FIELD) fail(at, "a line has no \"record\" field");
        if (code) syntax_failure(code);
        const char* kind_at = peek(kind_value).data();
        const std::string kind = string(kind_value, "record");
        RecordParser parse = nullptr;
        if (kind == "actor") parse = &NativeParser::actor;
        else if (kind == "post") parse = &NativeParser::post;
        else if (kind == "engagement") parse = &NativeParser::engagement;
        else if (kind == "interaction") parse = &NativeParser::interaction;
        else fail(kind_at, "unknown record (expected actor, post, engagement or interaction)");
        take(object.reset());
        (this->*parse)(object, at);
    }

    // --- records ----------------------------------------------------------------------------

    // The required fields seen in one record.
    struct Seen {
        std::uint32_t bits = 0;
    };
    static void mark(Seen& seen, int field) { seen.bits |= 1u << field; }
    // `null` is an absent value for every field that may be absent.
    bool skip_null(std::string_view key, od::value& value, std::initializer_list<std::string_view> required) {
        return std::find(required.begin(), required.end(), key) == required.end() && is_null(value);
    }
    void require(const Seen& seen, int field, std::string_view what, std::string_view key,
                 const char* at) const {
        if ((seen.bits & (1u << field)) == 0) {
            throw m_assembler.error(ref(at), std::string(what) + " has no \"" + std::string(key) + "\"",
                                    "", false);
        }
    }

    void actor(od::object& object, const char* at) {
        RawActor raw;
        Actor& a = raw.actor;
        Seen seen;
        for_each_field(object, [&](std::string_view key, od::value& value, const char*) {
            if (skip_null(key, value, {"id"})) return;
            if (key == "id") {
                mark(seen, 0);
                std::tie(a.id, raw.id_at) = id(value, key);
            } else if (key == "name") {
                mark(seen, 1);
                a.name = string(value, key);
            } else if (key == "kind") {
                mark(seen, 2);
                a.kind = enumeration<ActorKind>(value, key, "actor kind");
            } else if (key == "organisation") {
                mark(seen, 3);
                raw.organisation_at = ref(peek(value).data());
                raw.organisation = string(value, key);
            } else if (key == "role") {
                mark(seen, 4);
                a.role = string(value, key);
            } else if (key == "function") {
                mark(seen, 5);
                a.function = enumeration<Function>(value, key, "function");
            } else if (key == "sector") {
                mark(seen, 6);
                a.sector = string(value, key);
            } else if (key == "accounts") {
                mark(seen, 7);
                a.accounts = string_map<std::map<std::string, std::string>>(
                    value, key, [&](od::value& v) { return string(v, "accounts"); });
            } else if (key == "followers") {
                mark(seen, 8);
                a.followers = string_map<std::map<std::string, std::uint64_t>>(
                    value, key, [&](od::value& v) { return count(v, "followers"); });
            }
        });
        require(seen, 0, "an actor", "id", at);
        m_assembler.actors.push_back(std::move(raw));
    }

    void post(od::object& object, const char* at) {
        RawPost raw;
        Post& p = raw.post;
        Seen seen;
        for_each_field(object, [&](std::string_view key, od::value& value, const char*) {
            if (skip_null(key, value, {"id", "author", "platform", "time"})) return;
            if (key == "id") {
                mark(seen, 0);
                std::tie(p.id, raw.id_at) = id(value, key);
            } else if (key == "author") {
                mark(seen, 1);
                std::tie(raw.author, raw.author_at) = id(value, key);
            } else if (key == "platform") {
                mark(seen, 2);
                const char* platform_at = peek(value).data();
                p.platform = string(value, key);
                if (p.platform.empty()) fail(platform_at, "\"platform\" must not be empty");
            } else if (key == "time") {
                mark(seen, 3);
                p.time = *time(value, key);
            } else if (key == "type") {
                mark(seen, 4);
                p.type = enumeration<PostType>(value, key, "post type");
            } else if (key == "parent") {
                mark(seen, 5);
                raw.parent_at = ref(peek(value).data());
                raw.parent = string(value, key);
            } else if (key == "mentions") {
                mark(seen, 6);
                each_element(value, key, [&](od::value& element) {
                    raw.mentions.push_back(id(element, "mentions"));
                });
            } else if (key == "reactions") {
                mark(seen, 7);
                p.reactions = count(value, key);
            } else if (key == "comments") {
                mark(seen, 8);
                p.comments = count(value, key);
            } else if (key == "shares") {
                mark(seen, 9);
                p.shares = count(value, key);
            } else if (key == "corporate") {
                mark(seen, 10);
                const std::string_view token = peek(value);
                bool flag = false;
                if (value.get_bool().get(flag)) fail(token.data(), "\"corporate\" must be true or false");
                p.corporate = flag;
            } else if (key == "topics") {
                mark(seen, 11);
                p.topics = strings(value, key);
            }
        });
        require(seen, 0, "a post", "id", at);
        require(seen, 1, "a post", "author", at);
        require(seen, 2, "a post", "platform", at);
        require(seen, 3, "a post", "time", at);
        m_assembler.posts.push_back(std::move(raw));
    }

    void engagement(od::object& object, const char* at) {
        RawEngagement raw;
        Seen seen;
        for_each_field(object, [&](std::string_view key, od::value& value, const char*) {
            if (skip_null(key, value, {"actor", "post", "type"})) return;
            if (key == "actor") {
                mark(seen, 0);
                std::tie(raw.actor, raw.actor_at) = id(value, key);
            } else if (key == "post") {
                mark(seen, 1);
                std::tie(raw.post, raw.post_at) = id(value, key);
            } else if (key == "type") {
                mark(seen, 2);
                raw.engagement.type = enumeration<EngagementType>(value, key, "engagement type");
            } else if (key == "time") {
                mark(seen, 3);
                raw.engagement.time = time(value, key);
            }
        });
        require(seen, 0, "an engagement", "actor", at);
        require(seen, 1, "an engagement", "post", at);
        require(seen, 2, "an engagement", "type", at);
        m_assembler.engagements.push_back(std::move(raw));
    }

    void interaction(od::object& object, const char* at) {
        RawInteraction raw;
        Seen seen;
        for_each_field(object, [&](std::string_view key, od::value& value, const char*) {
            if (skip_null(key, value, {"source", "target", "layer"})) return;
            if (key == "source") {
                mark(seen, 0);
                std::tie(raw.source, raw.source_at) = id(value, key);
            } else if (key == "target") {
                mark(seen, 1);
                std::tie(raw.target, raw.target_at) = id(value, key);
            } else if (key == "layer") {
                mark(seen, 2);
                raw.interaction.layer = enumeration<Layer>(value, key, "layer");
            } else if (key == "count") {
                mark(seen, 3);
                raw.interaction.count = interaction_count(value, key);
            } else if (key == "time") {
                mark(seen, 4);
                raw.interaction.time = time(value, key);
            }
        });
        require(seen, 0, "an interaction", "source", at);
        require(seen, 1, "an interaction", "target", at);
        require(seen, 2, "an interaction", "layer", at);
        m_assembler.interactions.push_back(std::move(raw));
    }

    const FileBuffer& m_file;
    DatasetAssembler& m_assembler;
    std::uint32_t m_file_id;
    od::parser m_parser;
    simdjson::dom::parser m_validator;
    std::string_view m_scope;      // the text simdjson is parsing (whole file or one line)
    const char* m_last = nullptr;  // the last token looked at, to place simdjson's own errors
};

}  // namespace

void parse_native_document(const FileBuffer& file, DatasetAssembler& assembler) {
    NativeParser(file, assembler).document();
}

void parse_native_lines(const FileBuffer& file, DatasetAssembler& assembler) {
    NativeParser(file, assembler).lines();
}

bool is_native_header(std::string_view line) {
    simdjson::dom::parser parser;
    simdjson::dom::object object;
    if (parser.parse(line.data(), line.size()).get(object)) return false;
    bool format = false;
    for (const auto [key, value] : object) {
        if (key == "format") {
            std::string_view text;
            if (value.get(text) || text != "ricochet") return false;
            format = true;
        } else if (key != "version") {
            return false;
        }
    }
    return format;
}

}  // namespace ricochet::io::detail
