// SPDX-License-Identifier: MIT
#include "io/dataset_io.hpp"

#include <algorithm>
#include <charconv>
#include <deque>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "graph/error.hpp"
#include "io/atomic_file.hpp"
#include "io/csv.hpp"
#include "io/csv_bundle_reader.hpp"
#include "io/dataset_assembler.hpp"
#include "io/edge_list_reader.hpp"
#include "io/file_buffer.hpp"
#include "io/gexf_reader.hpp"
#include "io/graphml_reader.hpp"
#include "io/identities.hpp"
#include "io/json_syntax.hpp"
#include "io/linkedin_reader.hpp"
#include "io/native_json_reader.hpp"
#include "io/twitter_reader.hpp"

namespace ricochet::io {
namespace {

using detail::csv_cell;
using detail::number_text;

using Json = nlohmann::ordered_json;

std::string lower_extension(std::filesystem::path path) {
    auto extension = [](const std::filesystem::path& p) {
        std::string e = p.extension().string();
        for (char& c : e) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return e;
    };
    if (extension(path) == ".gz") path = path.stem();
    return extension(path);
}

std::optional<InputFormat> format_from_name(const std::filesystem::path& path) {
    const std::string e = lower_extension(path);
    if (e == ".graphml") return InputFormat::graphml;
    if (e == ".gexf") return InputFormat::gexf;
    for (const char* edge : {".edgelist", ".edges", ".txt", ".tsv", ".ncol", ".el"}) {
        if (e == edge) return InputFormat::edgelist;
    }
    return std::nullopt;  // .json, .jsonl, .csv and the rest: by content
}

// Keys that only the native formats have at the top of a document or line.
bool native_key(std::string_view key) {
    for (const std::string_view k : {"format", "version", "actors", "posts", "engagements",
                                     "interactions", "record"}) {
        if (key == k) return true;
    }
    return false;
}

// Top-level keys that only Twitter/X documents have: tweets, search responses, v2 pages and
// the stream notices of io/TWITTER.md.
bool twitter_key(std::string_view key) {
    for (const std::string_view k :
         {"id_str", "author_id", "user", "created_at", "statuses", "results", "data", "includes",
          "delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "disconnect",
          "warning", "event", "friends", "direct_message", "errors", "meta"}) {
        if (key == k) return true;
    }
    return false;
}

// The family of the first top-level key that belongs to one (nullopt: none does).
template <class Object>
std::optional<InputFormat> family_of(Object& object) {
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key)) return std::nullopt;
        if (native_key(key)) return key == "record" ? InputFormat::native_lines : InputFormat::native;
        if (twitter_key(key)) return InputFormat::twitter;
    }
    return std::nullopt;
}

// A JSON object first: the first top-level key of the first document that belongs to one
// family decides (native or Twitter); none does: native, whose reader says what is missing.
// Only the first document is looked at (the first line when it holds whole documents), so a
// fault further on is left to the reader, which places it.
InputFormat json_object_format(const FileBuffer& buffer, std::size_t first, bool lines_name) {
    const std::string_view text = buffer.text();
    const std::size_t line_end = std::min(text.find('\n', first), text.size());
    const std::string_view line = text.substr(first, line_end - first);
    if (detail::is_native_header(line)) return InputFormat::native_lines;
    const InputFormat native = lines_name ? InputFormat::native_lines : InputFormat::native;
    simdjson::ondemand::parser parser;
    std::optional<InputFormat> family;
    const auto error = find_json_syntax_error(line, 1024, false);
    if (!error || error->trailing) {  // the first document is on the first line
        const std::size_t length = error ? error->offset : line.size();
        simdjson::ondemand::document document;
        simdjson::ondemand::object object;
        if (!parser.iterate(line.data(), length, buffer.size() - first + FileBuffer::padding).get(document) &&
            !document.get_object().get(object)) {
            family = family_of(object);
        }
    } else {
        simdjson::ondemand::document document;
        simdjson::ondemand::object object;
        if (!parser.iterate(buffer.data() + first, buffer.size() - first,
                            buffer.size() - first + FileBuffer::padding).get(document) &&
            !document.get_object().get(object)) {
            family = family_of(object);
        }
        if (!family) {  // simdjson rejects the file somewhere: the first key, as written
            const std::size_t open = text.find_first_not_of(" \t\r\n", first + 1);
            if (open != std::string_view::npos && text[open] == '"') {
                const std::size_t close = text.find_first_of("\"\\", open + 1);
                if (close != std::string_view::npos && text[close] == '"') {
                    const std::string_view key = text.substr(open + 1, close - open - 1);
                    if (native_key(key)) family = InputFormat::native;
                    else if (twitter_key(key)) family = InputFormat::twitter;
                }
            }
        }
    }
    return family.value_or(native);
}

InputFormat format_from_content(const FileBuffer& buffer, std::string_view extension) {
    const bool lines_name = extension == ".jsonl" || extension == ".ndjson";
    const bool json_name = extension == ".json" || lines_name;
    const std::string_view text = buffer.text();
    std::size_t first = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    first = text.find_first_not_of(" \t\r\n", first);
    if (first == std::string_view::npos) {
        return lines_name ? InputFormat::native_lines : json_name ? InputFormat::native : InputFormat::edgelist;
    }
    switch (text[first]) {
        case '{': return json_object_format(buffer, first, lines_name);
        case '[': return InputFormat::twitter;
        case '<': {
            const std::string_view head = text.substr(first, 4096);
            return head.find("<gexf") != std::string_view::npos ? InputFormat::gexf
                                                                 : InputFormat::graphml;
        }
        default: break;
    }
    if (json_name) return InputFormat::native;  // not JSON: the native reader says why
    // A header row is short: a first line over 64 KiB is no LinkedIn header (and the edge-list
    // reader's line check reports it when it is over the limit).
    if (const std::size_t end = text.find('\n'); std::min(end, text.size()) <= 65536 &&
                                                   detail::is_linkedin_header(text.substr(0, end))) {
        return InputFormat::linkedin;
    }
    return InputFormat::edgelist;
}

bool is_bundle(const std::filesystem::path& path) {
    std::error_code ec;
    return std::filesystem::is_directory(path, ec);
}

// A mapping file is for LinkedIn CSV: a `.csv` that is not a LinkedIn export by its header (so
// detected as an edge list) is read through it.
InputFormat with_mapping(InputFormat detected, const std::filesystem::path& path, const ReadOptions& options) {
    return !options.mapping.empty() && detected == InputFormat::edgelist && lower_extension(path) == ".csv"
               ? InputFormat::linkedin
               : detected;
}

InputFormat detect(const std::filesystem::path& path, const FileBuffer* buffer) {
    if (is_bundle(path)) return InputFormat::csv_bundle;
    if (const auto named = format_from_name(path)) return *named;
    const std::string extension = lower_extension(path);
    if (buffer != nullptr) return format_from_content(*buffer, extension);
    return format_from_content(FileBuffer::load(path), extension);
}

// --- writing -------------------------------------------------------------------------------

std::string dump(const Json& json) { return json.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json actor_json(const Dataset& d, const Actor& a, Json j) {
    j["id"] = a.id;
    if (!a.name.empty()) j["name"] = a.name;
    j["kind"] = to_string(a.kind);
    if (a.organisation) j["organisation"] = d.actors[*a.organisation].id;
    if (!a.role.empty()) j["role"] = a.role;
    if (a.function) j["function"] = to_string(*a.function);
    if (!a.sector.empty()) j["sector"] = a.sector;
    if (!a.accounts.empty()) j["accounts"] = a.accounts;
    if (!a.followers.empty()) j["followers"] = a.followers;
    return j;
}

Json post_json(const Dataset& d, const Post& p, Json j) {
    j["id"] = p.id;
    j["author"] = d.actors[p.author].id;
    j["platform"] = p.platform;
    j["time"] = format_time(p.time);
    j["type"] = to_string(p.type);
    if (p.parent) j["parent"] = d.posts[*p.parent].id;
    if (!p.mentions.empty()) {
        Json mentions = Json::array();
        for (const ActorIndex m : p.mentions) mentions.push_back(d.actors[m].id);
        j["mentions"] = std::move(mentions);
    }
    j["reactions"] = p.reactions;
    j["comments"] = p.comments;
    j["shares"] = p.shares;
    if (p.corporate) j["corporate"] = *p.corporate;
    if (!p.topics.empty()) j["topics"] = p.topics;
    return j;
}

Json engagement_json(const Dataset& d, const Engagement& e, Json j) {
    j["actor"] = d.actors[e.actor].id;
    j["post"] = d.posts[e.post].id;
    j["type"] = to_string(e.type);
    if (e.time) j["time"] = format_time(*e.time);
    return j;
}

Json interaction_json(const Dataset& d, const Interaction& i, Json j) {
    j["source"] = d.actors[i.source].id;
    j["target"] = d.actors[i.target].id;
    j["layer"] = to_string(i.layer);
    j["count"] = i.count;
    if (i.time) j["time"] = format_time(*i.time);
    return j;
}

// Calls f(section, record, records, to_json) for the four sections, in document order.
template <class F>
void for_each_section(const Dataset& d, F&& f) {
    f("actors", "actor", d.actors, actor_json);
    f("posts", "post", d.posts, post_json);
    f("engagements", "engagement", d.engagements, engagement_json);
    f("interactions", "interaction", d.interactions, interaction_json);
}

std::string csv_list(const std::vector<std::string_view>& items, std::string_view what) {
    std::string out;
    for (const std::string_view item : items) {
        if (item.find(';') != std::string_view::npos) {
            throw InvalidArgument("CSV bundle: a " + std::string(what) +
                                  " in a list cannot contain ';', got " + quote_token(item));
        }
        if (!out.empty()) out += ';';
        out += item;
    }
    return out;
}

void write_row(std::ostream& out, const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) out << ',';
        out << csv_cell(cells[c]);
    }
    out << '\n';
}


}  // namespace

InputFormat detect_input_format(const std::filesystem::path& path) { return detect(path, nullptr); }

InputFormat input_format(const std::filesystem::path& path, const ReadOptions& options) {
    return detail::loaded_format(path, nullptr, options);
}

namespace {

ReadResult read_one(const std::filesystem::path& path, const ReadOptions& options) {
    if (!std::filesystem::exists(path)) throw IoError(path.string() + ": no such file or folder");
    std::optional<FileBuffer> buffer;
    if (!is_bundle(path)) buffer = FileBuffer::load(path);
    const FileBuffer* loaded = buffer ? &*buffer : nullptr;
    return detail::read_loaded(path, loaded, detail::loaded_format(path, loaded, options), options);
}

}  // namespace

namespace detail {

InputFormat loaded_format(const std::filesystem::path& path, const FileBuffer* buffer, const ReadOptions& options) {
    return options.format ? *options.format : with_mapping(detect(path, buffer), path, options);
}

ReadResult read_loaded(const std::filesystem::path& path, const FileBuffer* buffer, InputFormat format,
                       const ReadOptions& options) {
    const bool folder = buffer == nullptr;
    if ((format == InputFormat::csv_bundle) != folder) {
        throw IoError(path.string() + (folder ? ": is a folder, expected a file for format "
                                              : ": is a file, expected a folder for format ") +
                      std::string(to_string(format)));
    }
    // Line-oriented formats: one pass refuses a line too long to be a record (CSV bundles check
    // each of their files as they load them).
    if (format == InputFormat::edgelist || format == InputFormat::native_lines) check_line_lengths(*buffer);
    if (format == InputFormat::linkedin) check_line_lengths(*buffer, max_line_bytes, true);
    switch (format) {
        case InputFormat::edgelist: return detail::read_edge_list(*buffer, options);
        case InputFormat::twitter: return detail::read_twitter(*buffer, options);
        case InputFormat::linkedin: return detail::read_linkedin(*buffer, options);
        case InputFormat::graphml: return detail::read_graphml(*buffer, options);
        case InputFormat::gexf: return detail::read_gexf(*buffer, options);
        default: break;
    }

    detail::DatasetAssembler assembler(options.lenient);
    std::deque<FileBuffer> bundle_files;
    switch (format) {
        case InputFormat::native: detail::parse_native_document(*buffer, assembler); break;
        case InputFormat::native_lines: detail::parse_native_lines(*buffer, assembler); break;
        case InputFormat::csv_bundle: detail::parse_csv_bundle(path, bundle_files, assembler); break;
        default: break;
    }
    return std::move(assembler).finish(format);
}

}  // namespace detail

ReadResult read_dataset(const std::filesystem::path& path, const ReadOptions& options) {
    ReadResult result = read_one(path, options);
    if (!options.identities.empty()) {
        apply_identities(result.dataset, read_identities(options.identities));
    }
    return result;
}

void write_native_json(const Dataset& dataset, std::ostream& out) {
    out << R"({"format":"ricochet","version":1)";
    for_each_section(dataset, [&](const char* section, const char*, const auto& records, auto to_json) {
        out << ",\n\"" << section << "\":[";
        const char* separator = "\n";
        for (const auto& record : records) {
            out << separator << dump(to_json(dataset, record, Json::object()));
            separator = ",\n";
        }
        out << (records.empty() ? "]" : "\n]");
    });
    out << "}\n";
}

void write_native_lines(const Dataset& dataset, std::ostream& out) {
    out << R"({"format":"ricochet","version":1})" << '\n';
    for_each_section(dataset, [&](const char*, const char* kind, const auto& records, auto to_json) {
        for (const auto& record : records) {
            out << dump(to_json(dataset, record, Json{{"record", kind}})) << '\n';
        }
    });
}

void write_csv_bundle(const Dataset& d, const std::filesystem::path& folder) {
    // Every table is made in memory first: a dataset that cannot be written (a ';' in a list)
    // leaves nothing behind.
    std::ostringstream actors, posts, engagements, interactions;
    std::set<std::string> account_platforms;
    std::set<std::string> follower_platforms;
    for (const Actor& a : d.actors) {
        for (const auto& entry : a.accounts) account_platforms.insert(entry.first);
        for (const auto& entry : a.followers) follower_platforms.insert(entry.first);
    }
    {
        std::ostream& file = actors;
        std::vector<std::string> header{"id", "name", "kind", "organisation", "role", "function", "sector"};
        for (const auto& p : account_platforms) header.push_back("accounts." + p);
        for (const auto& p : follower_platforms) header.push_back("followers." + p);
        write_row(file, header);
        for (const Actor& a : d.actors) {
            std::vector<std::string> row{a.id,
                                         a.name,
                                         std::string(to_string(a.kind)),
                                         a.organisation ? d.actors[*a.organisation].id : "",
                                         a.role,
                                         a.function ? std::string(to_string(*a.function)) : "",
                                         a.sector};
            for (const auto& p : account_platforms) {
                const auto it = a.accounts.find(p);
                row.push_back(it == a.accounts.end() ? "" : it->second);
            }
            for (const auto& p : follower_platforms) {
                const auto it = a.followers.find(p);
                row.push_back(it == a.followers.end() ? "" : std::to_string(it->second));
            }
            write_row(file, row);
        }
    }
    {
        std::ostream& file = posts;
        write_row(file, {"id", "author", "platform", "time", "type", "parent", "mentions",
                                  "reactions", "comments", "shares", "corporate", "topics"});
        for (const Post& p : d.posts) {
            std::vector<std::string_view> mentions;
            for (const ActorIndex m : p.mentions) mentions.push_back(d.actors[m].id);
            const std::vector<std::string_view> topics(p.topics.begin(), p.topics.end());
            write_row(file,
                      {p.id, d.actors[p.author].id, p.platform, format_time(p.time),
                       std::string(to_string(p.type)), p.parent ? d.posts[*p.parent].id : "",
                       csv_list(mentions, "mentioned actor id"), std::to_string(p.reactions),
                       std::to_string(p.comments), std::to_string(p.shares),
                       p.corporate ? (*p.corporate ? "true" : "false") : "",
                       csv_list(topics, "topic")});
        }
    }
    {
        std::ostream& file = engagements;
        write_row(file, {"actor", "post", "type", "time"});
        for (const Engagement& e : d.engagements) {
            write_row(file, {d.actors[e.actor].id, d.posts[e.post].id,
                                      std::string(to_string(e.type)),
                                      e.time ? format_time(*e.time) : ""});
        }
    }
    {
        std::ostream& file = interactions;
        write_row(file, {"source", "target", "layer", "count", "time"});
        for (const Interaction& i : d.interactions) {
            write_row(file, {d.actors[i.source].id, d.actors[i.target].id,
                                      std::string(to_string(i.layer)), number_text(i.count),
                                      i.time ? format_time(*i.time) : ""});
        }
    }
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw IoError(folder.string() + ": cannot create the folder: " + error.message());
    write_file_atomically(folder / "actors.csv", actors.str());
    write_file_atomically(folder / "posts.csv", posts.str());
    write_file_atomically(folder / "engagements.csv", engagements.str());
    write_file_atomically(folder / "interactions.csv", interactions.str());
}

}  // namespace ricochet::io
