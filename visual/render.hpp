// SPDX-License-Identifier: MIT
#pragma once
// Laying a map out and drawing it, with Graphviz (cgraph + gvc).
//
// Graphviz is not thread-safe (cdt reorganises its trees on lookups, layout engines keep globals):
// every call into it here holds one process-wide mutex, and one context lives for the whole process
// (freeing and recreating contexts leaks). Graphs are built through the API, never by printing DOT
// and parsing it back, so no label can break the graph's syntax; labels are escaped for Graphviz's
// own backslash sequences (escape.hpp) and Graphviz's renderers escape them for SVG.
//
// Two passes. layout() gives the map to the chosen engine (sfdp for networks) and keeps the
// positions; render() builds the picture again with every vertex pinned where the layout put it,
// adds the group boxes, the legend and the caption, and lets Graphviz's `nop` engine (neato -n)
// draw it. So one layout serves every format and every export, and the pictures of one map agree.
#include <cstdint>
#include <string>

#include "visual/map.hpp"

namespace ricochet::visual {

enum class ImageFormat : std::uint8_t { svg, png, pdf };

struct RenderOptions {
    double dpi = 96;  ///< PNG resolution, in [10, 1200]; SVG and PDF keep text as text
};

/// The DOT text of the graph layout() hands Graphviz: graph, node and edge attributes, no
/// positions. `sfdp -Tsvg` on it draws the map (without legend). Deterministic; labels quoted with
/// quote_dot. Vertices are named v0, v1, ... (the actor ids are in the labels and tooltips).
[[nodiscard]] std::string to_dot(const Map& map);

/// Lays the map out with map.engine and map.seed: sets every vertex's position, in points. The
/// same map gives the same positions in any process (sfdp is reseeded with srand(seed) before
/// each layout, neato and fdp get start=seed).
/// @throws RenderError when Graphviz fails; InvalidArgument when check_map() does.
void layout(Map& map);

/// Draws a laid-out map (every vertex has a position): vertices, arcs, group boxes, legend and
/// caption. The same map gives the same bytes (PDF: the creation date is fixed at 2000-01-01).
/// @throws RenderError when Graphviz fails; InvalidArgument for a vertex without position or a
/// dpi out of range.
[[nodiscard]] std::string render(const Map& map, ImageFormat format, const RenderOptions& options = {});

}  // namespace ricochet::visual
