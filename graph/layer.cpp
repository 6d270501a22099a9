// SPDX-License-Identifier: MIT
#include "graph/layer.hpp"

#include <string>

#include "graph/error.hpp"
#include "graph/text.hpp"

namespace ricochet {
namespace {


// Calls f(item) for each comma-separated item.
template <class F>
void for_each_item(std::string_view spec, F&& f) {
    while (true) {
        const auto comma = spec.find(',');
        f(trim_blanks(spec.substr(0, comma)));
        if (comma == std::string_view::npos) return;
        spec.remove_prefix(comma + 1);
    }
}

Layer layer_named(std::string_view option, std::string_view name) {
    const auto layer = parse_enum<Layer>(name);
    if (!layer) {
        throw InvalidArgument(std::string(option) + ": unknown layer (expected " +
                              choices<Layer>() + "), got " + quote_token(name));
    }
    return *layer;
}

}  // namespace

std::string layer_list(LayerSet layers) {
    std::string text;
    for (const Layer layer : all_values<Layer>()) {
        if (!layers.contains(layer)) continue;
        if (!text.empty()) text += ',';
        text += to_string(layer);
    }
    return text;
}

LayerSet parse_layer_set(std::string_view spec) {
    if (trim_blanks(spec) == "all") return LayerSet::all();
    if (trim_blanks(spec) == "interactions") return LayerSet::interactions();
    LayerSet set;
    for_each_item(spec, [&](std::string_view name) { set = set.with(layer_named("--layers", name)); });
    return set;
}

LayerWeights parse_layer_weights(std::string_view spec, LayerWeights base) {
    for_each_item(spec, [&](std::string_view item) {
        const auto equals = item.find('=');
        if (equals == std::string_view::npos) {
            throw InvalidArgument("--weights: expected layer=weight, got " + quote_token(item));
        }
        const Layer layer = layer_named("--weights", trim_blanks(item.substr(0, equals)));
        const std::string_view number = trim_blanks(item.substr(equals + 1));
        const auto weight = parse_number_in(number, min_layer_weight, max_layer_weight);
        if (!weight) {
            throw InvalidArgument("--weights: the weight of " + std::string(to_string(layer)) +
                                  " must be a number from 1e-6 to 1e6, got " + quote_token(number));
        }
        base.values[static_cast<std::size_t>(layer)] = *weight;
    });
    return base;
}

}  // namespace ricochet
