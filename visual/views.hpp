// SPDX-License-Identifier: MIT
#pragma once
// The three maps: the whole network, one leadership team, the amplification paths between two
// actors. Each view picks vertices and arcs from the influence graph and styles them from the
// measures of MapData, which is computed once per input and shared by every view and export.
//
// Colours come from the Okabe-Ito palette (distinguishable with the common colour-vision
// deficiencies): its seven colours go to the seven largest communities (or kinds, or sectors),
// grey to the rest. Arcs take their layer's colour from Paul Tol's muted palette, 40 % opaque.
// Vertex areas are proportional to the size measure (diameter 5 + 25 √(x / max) points).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "algorithms/amplification/paths.hpp"
#include "algorithms/centrality/measures.hpp"
#include "algorithms/scoring/scores.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"
#include "visual/map.hpp"

namespace ricochet::visual {

struct MapDataOptions {
    std::string source;          ///< the input's name, for the caption
    InfluenceOptions influence;  ///< how the graph was built (the caption states window and layers)
    std::uint64_t seed = 1;      ///< Leiden's and the layout's
    /// Centrality measures computed as attributes. Default: every measure, except betweenness and
    /// harmonic closeness (O(n m)) on graphs of more than path_measure_limit vertices.
    std::optional<std::vector<algorithms::Measure>> measures;
    algorithms::ScoreWeights weights{};  ///< the influence score's (ricochet rank's defaults)
};

/// Above this many vertices the default measures leave out betweenness and harmonic closeness.
inline constexpr std::size_t path_measure_limit = 20000;

/// Per-vertex attributes of an input, in this key order: kind, organisation, sector, team,
/// profile (of the vertex's team), community (Leiden, modularity, numbered by size from 1, as
/// `ricochet communities` numbers them from 0 + 1), influence (the network-aware score, 0-100,
/// as `ricochet rank`), engagement (the study's baseline), then the centrality columns
/// (`ricochet centrality`'s, with its defaults).
struct MapData {
    const Dataset* dataset = nullptr;
    const Graph* graph = nullptr;
    std::vector<AttributeKey> keys;
    std::vector<std::vector<AttributeValue>> values;  ///< per vertex, aligned with keys
    std::vector<std::uint32_t> community;             ///< per vertex, 0 = the largest
    std::vector<VertexId> community_leader;           ///< per community: highest PageRank (ties by index)
    std::vector<double> pagerank;                     ///< per vertex (leaders)
    std::vector<std::string> caption;                 ///< data, window, layers, algorithms, seed
    std::vector<algorithms::MeasureDiagnostics> diagnostics;  ///< for the caller's warnings
    std::uint64_t seed = 1;

    /// The index of key `name`, if there is one.
    [[nodiscard]] std::optional<std::size_t> key_index(std::string_view name) const;
    /// Key `name`'s values as numbers (undefined and text as 0). @throws InvalidArgument for an
    /// unknown or text key, naming the keys that are numbers.
    [[nodiscard]] std::vector<double> numbers(std::string_view name) const;
};

/// Computes every attribute. O(the measures asked for).
[[nodiscard]] MapData map_data(const Dataset& dataset, const Graph& graph, const MapDataOptions& options);

enum class ColorBy : std::uint8_t { community, kind, sector };

struct NetworkView {
    ColorBy color_by = ColorBy::community;
    std::string size_by = "influence";        ///< a number key of MapData
    std::size_t labels = 20;                  ///< labels on the largest vertices
    std::optional<double> min_weight;         ///< arcs lighter than this are left out (and the vertices left bare)
    std::optional<std::uint32_t> k_core;      ///< only vertices of core number ≥ K (undirected, after min_weight)
    std::optional<std::size_t> top;           ///< then only the N largest vertices by size
};

/// The whole network, filtered (min_weight, then k_core, then top), laid out with sfdp.
/// @throws InvalidArgument for an unknown size measure.
[[nodiscard]] Map network_map(const MapData& data, const NetworkView& view);

struct TeamView {
    ColorBy color_by = ColorBy::kind;
    std::string size_by = "influence";  ///< a number key of MapData
    std::size_t neighbours = 30;  ///< the outside actors with the most arc weight with the team
};

/// A leadership team (model.hpp `teams`): its members in a box, the outside actors who amplify
/// them and whom they amplify (one hop, the `neighbours` heaviest), echoes inside the team drawn
/// thick and on top. Laid out with neato (repeatable; invisible springs keep the members together).
/// @throws InvalidArgument when `organisation` has no team.
[[nodiscard]] Map team_map(const MapData& data, ActorIndex organisation, const TeamView& view);

struct PathsView {
    std::size_t backdrop = 30;  ///< neighbours of the paths drawn faded behind them
    std::string size_by = "influence";  ///< a number key of MapData
};

/// The given paths (algorithms::most_probable_paths), content flowing left to right, each hop
/// labelled with its probability, over a faded backdrop of the paths' neighbourhood. Laid out
/// with dot. `from`, `to`: the query's names, for the title.
[[nodiscard]] Map paths_map(const MapData& data, const std::vector<algorithms::ContentPath>& paths,
                            const std::string& from, const std::string& to, const PathsView& view);

}  // namespace ricochet::visual
