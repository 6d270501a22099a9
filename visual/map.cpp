// SPDX-License-Identifier: MIT
#include "visual/map.hpp"

#include <cmath>
#include <set>
#include <tuple>

#include "graph/error.hpp"

namespace ricochet::visual {

std::string hex_rgb(const Color& color) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (const std::uint8_t c : {color.r, color.g, color.b}) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

std::string hex(const Color& color) {
    std::string out = hex_rgb(color);
    if (color.a != 255) {
        static constexpr char digits[] = "0123456789abcdef";
        out += digits[color.a >> 4];
        out += digits[color.a & 15];
    }
    return out;
}

void check_map(const Map& map) {
    std::set<std::string_view> names;
    for (const AttributeKey& key : map.vertex_keys) {
        if (key.name.empty() || !names.insert(key.name).second) {
            throw InvalidArgument("map: vertex keys must be unique and not empty, got \"" + key.name + '"');
        }
    }
    std::set<std::string_view> keys;
    for (const MapVertex& v : map.vertices) {
        if (v.key.empty() || !keys.insert(v.key).second) {
            throw InvalidArgument("map: vertex keys must be unique and not empty, got \"" + v.key + '"');
        }
        if (!(v.size > 0) || !std::isfinite(v.size)) {
            throw InvalidArgument("map: vertex size must be positive and finite, got " + std::to_string(v.size) +
                                  " for \"" + v.key + '"');
        }
        if (v.values.size() != map.vertex_keys.size()) {
            throw InvalidArgument("map: vertex \"" + v.key + "\" has " + std::to_string(v.values.size()) +
                                  " values for " + std::to_string(map.vertex_keys.size()) + " keys");
        }
        if (v.position && (!std::isfinite(v.position->x) || !std::isfinite(v.position->y))) {
            throw InvalidArgument("map: vertex \"" + v.key + "\" has a position that is not finite");
        }
    }
    std::set<std::string_view> groups;
    for (const MapGroup& g : map.groups) {
        if (g.key.empty() || !groups.insert(g.key).second) {
            throw InvalidArgument("map: group keys must be unique and not empty, got \"" + g.key + '"');
        }
    }
    for (const MapVertex& v : map.vertices) {
        if (!v.group.empty() && !groups.contains(v.group)) {
            throw InvalidArgument("map: vertex \"" + v.key + "\" is in an unknown group, got \"" + v.group + '"');
        }
    }
    const auto n = map.vertices.size();
    for (std::size_t i = 0; i < map.arcs.size(); ++i) {
        const MapArc& a = map.arcs[i];
        if (a.source >= n || a.target >= n || a.source == a.target) {
            throw InvalidArgument("map: arc " + std::to_string(i) + " has endpoints out of range or equal");
        }
        if (!(a.weight > 0) || !std::isfinite(a.weight) || !(a.width > 0) || !std::isfinite(a.width)) {
            throw InvalidArgument("map: arc " + std::to_string(i) + " needs a positive finite weight and width");
        }
        if (i > 0) {
            const MapArc& p = map.arcs[i - 1];
            if (std::tie(p.source, p.target, p.layer) >= std::tie(a.source, a.target, a.layer)) {
                throw InvalidArgument("map: arcs must be ordered by (source, target, layer) without repeats");
            }
        }
    }
}

}  // namespace ricochet::visual
