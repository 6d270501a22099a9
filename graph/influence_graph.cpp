// SPDX-License-Identifier: MIT
#include "graph/influence_graph.hpp"

#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include "graph/error.hpp"

namespace ricochet {

namespace {

// "1.2 GiB": bytes in binary units, one decimal.
std::string byte_text(std::uint64_t bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes);
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < std::size(units)) {
        value /= 1024;
        ++unit;
    }
    if (unit == 0) return std::to_string(bytes) + " B";
    double rounded = std::round(value * 10) / 10;
    if (rounded >= 1024 && unit + 1 < std::size(units)) {  // 1023.96 KiB reads 1.0 MiB, not 1024.0 KiB
        rounded = std::round(value / 1024 * 10) / 10;
        ++unit;
    }
    std::string text = std::to_string(rounded);
    text.erase(text.find('.') + 2);  // one decimal
    return text + " " + units[unit];
}

// Records that can make an arc: every post (its echo), mention, event, interaction and actor (its
// organisation link).
std::uint64_t arc_records(const Dataset& dataset) {
    std::uint64_t records = dataset.posts.size() + dataset.engagements.size() + dataset.interactions.size() +
                            dataset.actors.size();
    for (const Post& post : dataset.posts) records += post.mentions.size();
    return records;
}

}  // namespace

std::uint64_t influence_graph_bytes(const Dataset& dataset) {
    return 64 * arc_records(dataset) + 32 * static_cast<std::uint64_t>(dataset.actors.size());
}

namespace {

// The first number in a file, or nullopt (also for "max", cgroup v2's "no limit").
std::optional<std::uint64_t> number_in(const char* path) {
    std::ifstream in(path);
    std::uint64_t value = 0;
    if (in >> value) return value;
    return std::nullopt;
}

}  // namespace

std::uint64_t available_memory() {
    std::uint64_t available = 0;
    {
        std::ifstream meminfo("/proc/meminfo");
        std::string key, unit;
        std::uint64_t kib = 0;
        while (meminfo >> key >> kib >> unit) {
            if (key == "MemAvailable:") {
                available = kib * 1024;
                break;
            }
        }
    }
    // In a container, the cgroup's limit minus its usage, when it is lower (v2, then v1; v1 says
    // "no limit" with a huge number).
    const auto room = [&](const char* limit_file, const char* usage_file) {
        const std::optional<std::uint64_t> limit = number_in(limit_file);
        const std::optional<std::uint64_t> usage = number_in(usage_file);
        if (!limit || !usage || *limit >= (std::uint64_t{1} << 60)) return;
        const std::uint64_t left = *limit > *usage ? *limit - *usage : 0;
        if (available == 0 || left < available) available = left;
    };
    room("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current");
    room("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes");
    return available;
}

InfluenceGraph build_influence_graph(const Dataset& dataset, const InfluenceOptions& options) {
    // Below 64 MiB the machine's figure is not consulted (a sandbox may report little).
    const std::uint64_t needed = influence_graph_bytes(dataset);
    const std::uint64_t limit = options.memory_limit != 0 ? options.memory_limit
                                : needed >= (std::uint64_t{64} << 20) ? available_memory()
                                                                       : 0;
    if (limit != 0 && needed > limit) {
        std::string need_text = byte_text(needed);
        std::string limit_text = byte_text(limit);
        if (need_text == limit_text) {  // the same when rounded: the exact figures
            need_text = std::to_string(needed) + " B";
            limit_text = std::to_string(limit) + " B";
        }
        throw ResourceError("the influence graph would need about " + need_text + " for " +
                            std::to_string(dataset.actors.size()) + " actors and " +
                            std::to_string(arc_records(dataset)) + " records, more than the " + limit_text +
                            (options.memory_limit != 0 ? " allowed" : " this machine has available"));
    }
    InfluenceGraph result;
    GraphBuilder builder(dataset.actors.size());
    builder.reserve(arc_records(dataset));

    const auto add = [&](ActorIndex source, ActorIndex target, Layer layer, double count) {
        if (!options.layers.contains(layer)) return;
        if (source == target) {
            ++result.self_interactions;
            return;
        }
        builder.add_arc(source, target, layer, count * options.weights[layer]);
        ++result.interactions[static_cast<std::size_t>(layer)];
    };

    for (const Post& post : dataset.posts) {
        if (!options.window.contains(post.time)) continue;
        if (const auto layer = echo_layer(post.type); layer && post.parent) {
            add(post.author, dataset.posts[*post.parent].author, *layer, 1.0);
        }
        for (const ActorIndex mentioned : post.mentions) add(post.author, mentioned, Layer::mention, 1.0);
    }
    for (const Engagement& event : dataset.engagements) {
        const Post& post = dataset.posts[event.post];
        if (!options.window.contains(event.time.value_or(post.time))) continue;
        add(event.actor, post.author, engagement_layer(event.type), 1.0);
    }
    for (const Interaction& interaction : dataset.interactions) {
        if (!options.layers.contains(interaction.layer)) continue;
        // Member rows are structural, as organisation links are: the window does not apply.
        if (interaction.layer != Layer::member && !options.window.contains(interaction.time)) {
            if (!interaction.time) ++result.undated;
            continue;
        }
        add(interaction.source, interaction.target, interaction.layer, interaction.count);
    }
    if (options.layers.contains(Layer::member)) {
        for (std::size_t i = 0; i < dataset.actors.size(); ++i) {
            if (const auto organisation = dataset.actors[i].organisation) {
                builder.add_arc(static_cast<VertexId>(i), *organisation, Layer::member,
                                options.weights[Layer::member]);
                ++result.interactions[static_cast<std::size_t>(Layer::member)];
            }
        }
    }
    result.graph = std::move(builder).build();
    return result;
}

}  // namespace ricochet
