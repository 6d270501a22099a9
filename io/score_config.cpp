// SPDX-License-Identifier: MIT
#include "io/score_config.hpp"

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>

#include "graph/error.hpp"
#include "io/file_buffer.hpp"
#include "io/json_syntax.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;  // keys in the order of the file, for messages

// The config is small and well-formed by the time keys are checked: a key's position is that of
// its quoted name after its parent's (keys have no escapes: every valid one is a plain word).
struct Locator {
    std::string_view name;
    std::string_view text;

    [[noreturn]] void fail_at(std::size_t offset, const std::string& message, std::string_view token) const {
        const TextPosition position = position_at(text, offset);
        throw ParseError(std::string(name), position.line, position.column, message, token);
    }
    [[noreturn]] void fail(std::string_view parent, std::string_view key, const std::string& message,
                           std::string_view token) const {
        std::size_t at = 0;
        if (!parent.empty()) {
            const std::size_t p = text.find("\"" + std::string(parent) + "\"");
            at = p == std::string_view::npos ? 0 : p;
        }
        const std::size_t k = text.find("\"" + std::string(key) + "\"", at);
        fail_at(k == std::string_view::npos ? at : k, message, token);
    }
};

// Parses, rejecting a key given twice in one object at its second occurrence (nlohmann would
// keep the last).
Json parse_without_duplicates(const Locator& where) {
    std::vector<std::set<std::string>> open_objects;
    std::map<std::string, std::size_t> occurrences;  // of each key text so far, in document order
    return Json::parse(where.text, [&](int, Json::parse_event_t event, Json& parsed) {
        if (event == Json::parse_event_t::object_start) open_objects.emplace_back();
        if (event == Json::parse_event_t::object_end) open_objects.pop_back();
        if (event == Json::parse_event_t::key) {
            const std::string key = parsed.get<std::string>();
            const std::size_t nth = occurrences[key]++;
            if (!open_objects.back().insert(key).second) {
                const std::string quoted = "\"" + key + "\"";
                std::size_t at = where.text.find(quoted);
                for (std::size_t k = 0; k < nth && at != std::string_view::npos; ++k) at = where.text.find(quoted, at + 1);
                where.fail_at(at == std::string_view::npos ? 0 : at, "duplicate key", key);
            }
        }
        return true;
    });
}

double weight(const Locator& where, std::string_view parent, const std::string& key, const Json& value) {
    const std::string label = "\"" + std::string(parent) + "." + key + "\"";
    if (!value.is_number()) {
        where.fail(parent, key, label + " must be a number >= 0", value.is_string() ? value.get<std::string>() : value.dump());
    }
    const double w = value.get<double>();
    if (!std::isfinite(w) || w < 0 || w > 1e12) {
        where.fail(parent, key, label + " must be a number from 0 to 1e12", value.dump());
    }
    return w;
}

template <class Component>
void read_set(const Locator& where, const Json& document, std::string_view parent,
              std::array<double, algorithms::component_count>& weights) {
    const auto it = document.find(std::string(parent));
    if (it == document.end()) return;
    if (!it->is_object()) where.fail("", parent, "\"" + std::string(parent) + "\" must be an object", it->dump());
    for (const auto& [key, value] : it->items()) {
        const auto component = parse_enum<Component>(key);
        if (!component) {
            where.fail(parent, key,
                       "unknown component in \"" + std::string(parent) + "\" (expected " +
                           choices<Component>() + ")",
                       key);
        }
        weights[static_cast<std::size_t>(*component)] = weight(where, parent, key, value);
    }
    double total = 0;
    for (const double w : weights) total += w;
    if (!(total > 0)) where.fail("", parent, "the weights of \"" + std::string(parent) + "\" are all 0", parent);
}

}  // namespace

algorithms::ScoreWeights parse_score_config(std::string_view name, std::string_view text) {
    if (const auto error = find_json_syntax_error(text)) {
        const TextPosition position = position_at(text, error->offset);
        throw ParseError(std::string(name), position.line, position.column, error->message,
                         error->at_end ? std::string_view{} : token_at(text, error->offset), !error->at_end);
    }
    const Locator where{name, text};
    const Json document = parse_without_duplicates(where);
    if (!document.is_object()) throw ParseError(std::string(name), 1, 1, "a config must be a JSON object", token_at(text, 0));
    algorithms::ScoreWeights weights;
    for (const auto& [key, value] : document.items()) {
        if (key != "actor_weights" && key != "team_weights" && key != "engagement_weights") {
            where.fail("", key, "unknown key (expected actor_weights, team_weights or engagement_weights)", key);
        }
    }
    read_set<algorithms::ActorComponent>(where, document, "actor_weights", weights.actor);
    read_set<algorithms::TeamComponent>(where, document, "team_weights", weights.team);
    if (const auto it = document.find("engagement_weights"); it != document.end()) {
        if (!it->is_object()) where.fail("", "engagement_weights", "\"engagement_weights\" must be an object", it->dump());
        for (const auto& [key, value] : it->items()) {
            double* target = key == "reactions" ? &weights.engagement.reactions
                             : key == "comments" ? &weights.engagement.comments
                             : key == "shares"   ? &weights.engagement.shares
                                                 : nullptr;
            if (!target) {
                where.fail("engagement_weights", key,
                           "unknown count in \"engagement_weights\" (expected reactions, comments or shares)", key);
            }
            *target = weight(where, "engagement_weights", key, value);
        }
        const auto& e = weights.engagement;
        if (!(e.reactions + e.comments + e.shares > 0)) {
            where.fail("", "engagement_weights", "the weights of \"engagement_weights\" are all 0", "engagement_weights");
        }
    }
    return weights;
}

algorithms::ScoreWeights read_score_config(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path)) throw IoError(path.string() + ": no such file or folder");
    const FileBuffer file = FileBuffer::load(path);
    return parse_score_config(file.name(), file.text());
}

}  // namespace ricochet::io
