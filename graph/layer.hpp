// SPDX-License-Identifier: MIT
#pragma once
// Layers of the influence graph and their weights.
//
// An arc u -> v of layer L means "u amplified or addressed v" by that kind of interaction
// (u reposted, quoted, replied to, commented on, reacted to or mentioned v). The member layer is
// structural (executive -> organisation): it defines teams and is drawn on maps, but it is not an
// interaction, so measures of interaction structure leave it out unless asked.
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>

#include "graph/enum_names.hpp"

namespace ricochet {

enum class Layer : std::uint8_t { repost, quote, reply, comment, mention, reaction, member };

template <>
struct EnumNames<Layer> {
    static constexpr std::array<std::string_view, 7> names{
        "repost", "quote", "reply", "comment", "mention", "reaction", "member"};
};

inline constexpr std::size_t layer_count = EnumNames<Layer>::names.size();

/// A set of layers (for `--layers`).
class LayerSet {
public:
    constexpr LayerSet() = default;
    [[nodiscard]] static LayerSet all() { return LayerSet{}.with_all(); }
    /// Every layer but member: the interactions.
    [[nodiscard]] static LayerSet interactions() { return all().without(Layer::member); }

    [[nodiscard]] bool contains(Layer layer) const { return m_bits.test(index(layer)); }
    [[nodiscard]] bool empty() const { return m_bits.none(); }
    [[nodiscard]] LayerSet with(Layer layer) const {
        LayerSet copy = *this;
        copy.m_bits.set(index(layer));
        return copy;
    }
    [[nodiscard]] LayerSet without(Layer layer) const {
        LayerSet copy = *this;
        copy.m_bits.reset(index(layer));
        return copy;
    }
    friend bool operator==(const LayerSet&, const LayerSet&) = default;

private:
    static std::size_t index(Layer layer) { return static_cast<std::size_t>(layer); }
    LayerSet with_all() const {
        LayerSet copy = *this;
        copy.m_bits.set();
        return copy;
    }
    std::bitset<layer_count> m_bits;
};

/// Layer weights lie in [min_layer_weight, max_layer_weight]: with interaction counts in their own
/// range (model.hpp), every arc weight and every sum of them stays finite and positive.
inline constexpr double min_layer_weight = 1e-6;
inline constexpr double max_layer_weight = 1e6;

/// Weight of one interaction of each layer; an arc's weight is the sum over its interactions.
/// Defaults: repost 1, quote 1, reply 0.5, comment 0.5, mention 0.5, reaction 0.1, member 1.
struct LayerWeights {
    std::array<double, layer_count> values{1.0, 1.0, 0.5, 0.5, 0.5, 0.1, 1.0};
    [[nodiscard]] double operator[](Layer layer) const {
        return values[static_cast<std::size_t>(layer)];
    }
};

/// The layers of `layers` by name, comma-separated, in layer order ("repost,quote").
[[nodiscard]] std::string layer_list(LayerSet layers);

/// Parses `--layers`: comma-separated layer names, or `all`, or `interactions` (all but member).
/// @throws InvalidArgument `--layers: unknown layer, got "x"` (or an empty list).
[[nodiscard]] LayerSet parse_layer_set(std::string_view spec);

/// Parses `--weights`: `layer=weight` pairs separated by commas, applied over `base`.
/// Weights lie in [1e-6, 1e6] (drop a layer with --layers instead of weighting it 0).
/// @throws InvalidArgument naming the offending pair.
[[nodiscard]] LayerWeights parse_layer_weights(std::string_view spec, LayerWeights base = {});

}  // namespace ricochet
