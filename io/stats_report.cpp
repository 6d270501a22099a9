// SPDX-License-Identifier: MIT
#include "io/stats_report.hpp"

#include <charconv>
#include <nlohmann/json.hpp>

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;

template <class E, class Array>
Json by_name(const Array& counts) {
    Json j = Json::object();
    for (const E value : all_values<E>()) j[std::string(to_string(value))] = counts[static_cast<std::size_t>(value)];
    return j;
}

std::uint64_t sum(const algorithms::ByKind& counts) {
    std::uint64_t total = 0;
    for (const auto n : counts) total += n;
    return total;
}

Json nonzero_by_kind(const algorithms::ByKind& counts) {
    Json j = Json::object();
    for (const ActorKind kind : all_values<ActorKind>()) {
        if (const auto n = counts[static_cast<std::size_t>(kind)]) j[std::string(to_string(kind))] = n;
    }
    return j;
}

Json sums_json(const algorithms::EngagementSums& sums) {
    return Json{{"total", sums.total()},
                {"reactions", sums.reactions},
                {"comments", sums.comments},
                {"shares", sums.shares}};
}

Json optional_number(const std::optional<double>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json optional_time(const std::optional<Time>& time) {
    return time ? Json(format_time(*time)) : Json(nullptr);
}

std::string fixed(double value, int digits) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, digits);
    return std::string(buffer, result.ptr);
}

// A two-column table; rows indented by depth.
class Table {
public:
    void row(int depth, std::string_view key, const std::string& value) {
        m_rows.push_back({std::string(static_cast<std::size_t>(depth) * 2, ' ') + std::string(key), value});
    }
    void row(int depth, std::string_view key, std::uint64_t value) { row(depth, key, std::to_string(value)); }
    std::string text() const {
        std::size_t width = 0;
        for (const auto& [key, value] : m_rows) width = std::max(width, key.size());
        std::string out;
        for (const auto& [key, value] : m_rows) {
            out += key + std::string(width + 2 - key.size(), ' ') + value + '\n';
        }
        return out;
    }

private:
    std::vector<std::pair<std::string, std::string>> m_rows;
};

}  // namespace

std::vector<ReadWarning> stats_warnings(const algorithms::DatasetStats& stats,
                                        const StatsContext& context) {
    std::vector<ReadWarning> warnings = context.warnings;
    if (stats.undated_dropped > 0) {
        warnings.push_back({"interactions left out: no time, and the time window has a bound",
                            stats.undated_dropped, ""});
    }
    return warnings;
}

std::string stats_json(const algorithms::DatasetStats& s, const StatsContext& context) {
    Json j;
    j["input"] = Json{{"path", context.input}, {"format", to_string(context.format)}};
    Json layers = Json::array();
    Json weights = Json::object();
    for (const Layer layer : all_values<Layer>()) {
        if (!context.options.layers.contains(layer)) continue;
        layers.push_back(to_string(layer));
        weights[std::string(to_string(layer))] = context.options.weights[layer];
    }
    j["layers"] = layers;
    j["weights"] = weights;
    j["window"] = Json{{"since", optional_time(context.options.window.since)},
                       {"until", optional_time(context.options.window.until)}};
    j["actors"] = Json{{"total", s.actors()}, {"by_kind", by_name<ActorKind>(s.actors_by_kind)}};
    Json accounts = Json::object();
    for (const auto& [platform, counts] : s.accounts) {
        accounts[platform] = Json{{"total", sum(counts)}, {"by_kind", nonzero_by_kind(counts)}};
    }
    j["accounts"] = accounts;
    Json platforms = Json::object();
    for (const auto& entry : s.posts_by_platform_and_kind) platforms[entry.first] = s.posts_on(entry.first);
    Json posts_by_kind = Json::object();
    Json engagement_by_kind = Json::object();
    for (const ActorKind kind : all_values<ActorKind>()) {
        const std::string name(to_string(kind));
        for (const auto& [platform, counts] : s.posts_by_platform_and_kind) {
            if (const auto n = counts[static_cast<std::size_t>(kind)]) {
                posts_by_kind[name][platform] = n;
                engagement_by_kind[name][platform] = sums_json(
                    s.post_engagement_by_platform_and_kind.at(platform)[static_cast<std::size_t>(kind)]);
            }
        }
    }
    j["posts"] = Json{{"total", s.posts()},
                      {"by_type", by_name<PostType>(s.posts_by_type)},
                      {"by_platform", platforms},
                      {"by_author_kind", posts_by_kind}};
    Json engagement = sums_json(s.post_engagement());
    Json engagement_platforms = Json::object();
    for (const auto& entry : s.post_engagement_by_platform_and_kind) {
        engagement_platforms[entry.first] = sums_json(s.engagement_on(entry.first));
    }
    engagement["by_platform"] = engagement_platforms;
    engagement["by_author_kind"] = engagement_by_kind;
    j["post_engagement"] = engagement;
    j["engagements"] = Json{{"total", s.engagements()},
                            {"by_type", by_name<EngagementType>(s.engagements_by_type)}};
    j["interactions"] = s.interactions;
    j["vertices"] = s.vertices;
    j["arcs"] = s.arcs;
    j["arcs_by_layer"] = by_name<Layer>(s.arcs_by_layer);
    j["self_interactions"] = s.self_interactions;
    j["components"] = s.components;
    j["largest_component"] = s.largest_component;
    j["reciprocity"] = optional_number(s.reciprocity);
    j["density"] = optional_number(s.density);
    j["time_span"] = s.first_time ? Json{{"first", format_time(*s.first_time)},
                                         {"last", format_time(*s.last_time)}}
                                  : Json(nullptr);
    Json warnings = Json::array();
    for (const ReadWarning& w : stats_warnings(s, context)) {
        warnings.push_back(Json{{"message", w.message}, {"count", w.count}, {"first", w.first}});
    }
    j["warnings"] = warnings;
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string stats_table(const algorithms::DatasetStats& s, const StatsContext& context) {
    Table t;
    t.row(0, "input", context.input + " (" + std::string(to_string(context.format)) + ")");
    t.row(0, "layers", layer_list(context.options.layers));
    if (context.options.window.is_bounded()) {
        const auto bound = [](const std::optional<Time>& time) {
            return time ? format_time(*time) : std::string("..");
        };
        t.row(0, "window", bound(context.options.window.since) + " .. " +
                               bound(context.options.window.until));
    }
    t.row(0, "actors", s.actors());
    for (const ActorKind kind : all_values<ActorKind>()) {
        if (const auto n = s.actors_by_kind[static_cast<std::size_t>(kind)]) t.row(1, to_string(kind), n);
    }
    for (const auto& [platform, counts] : s.accounts) {
        t.row(0, "accounts on " + platform, sum(counts));
        for (const ActorKind kind : all_values<ActorKind>()) {
            if (const auto n = counts[static_cast<std::size_t>(kind)]) t.row(1, to_string(kind), n);
        }
    }
    t.row(0, "posts", s.posts());
    for (const PostType type : all_values<PostType>()) {
        if (const auto n = s.posts_by_type[static_cast<std::size_t>(type)]) t.row(1, to_string(type), n);
    }
    for (const auto& [platform, by_kind] : s.posts_by_platform_and_kind) {
        t.row(1, "on " + platform, s.posts_on(platform));
        for (const ActorKind kind : all_values<ActorKind>()) {
            if (const auto k = by_kind[static_cast<std::size_t>(kind)]) {
                t.row(2, "by " + std::string(to_string(kind)), k);
            }
        }
    }
    if (s.posts() > 0) {
        const algorithms::EngagementSums total = s.post_engagement();
        t.row(0, "post engagement", total.total());
        t.row(1, "reactions", total.reactions);
        t.row(1, "comments", total.comments);
        t.row(1, "shares", total.shares);
        for (const auto& [platform, by_kind] : s.post_engagement_by_platform_and_kind) {
            t.row(1, "on " + platform, s.engagement_on(platform).total());
            for (const ActorKind kind : all_values<ActorKind>()) {
                const auto& k = by_kind[static_cast<std::size_t>(kind)];
                if (k.total() > 0) t.row(2, "by " + std::string(to_string(kind)), k.total());
            }
        }
    }
    t.row(0, "engagement events", s.engagements());
    for (const EngagementType type : all_values<EngagementType>()) {
        if (const auto n = s.engagements_by_type[static_cast<std::size_t>(type)]) t.row(1, to_string(type), n);
    }
    if (s.interactions > 0) t.row(0, "interactions", s.interactions);
    t.row(0, "vertices", s.vertices);
    t.row(0, "arcs", s.arcs);
    for (const Layer layer : all_values<Layer>()) {
        if (const auto n = s.arcs_by_layer[static_cast<std::size_t>(layer)]) t.row(1, to_string(layer), n);
    }
    t.row(0, "self-interactions", s.self_interactions);
    t.row(0, "weak components", s.components);
    t.row(0, "largest component", s.largest_component);
    t.row(0, "reciprocity", s.reciprocity ? fixed(*s.reciprocity, 4) : "undefined");
    t.row(0, "density", s.density ? fixed(*s.density, 6) : "undefined");
    t.row(0, "time span", s.first_time ? format_time(*s.first_time) + " .. " + format_time(*s.last_time)
                                       : "no times");
    return t.text();
}

}  // namespace ricochet::io
