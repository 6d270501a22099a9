// SPDX-License-Identifier: MIT
#pragma once
// The analysis report as one self-contained HTML file: the sections the caller wrote (tables,
// team cards, pictures), an interactive map (sigma.js + graphology, bundled from npm at build
// time and embedded: nothing is fetched when the page opens), and a strict Content-Security-
// Policy. Nothing here touches files or prints.
#include <string>
#include <vector>

#include "visual/map.hpp"

namespace ricochet::visual {

/// One section of the report. `html` is trusted markup built by the caller from escaped text
/// (escape_xml for every datum); it may hold inline SVG pictures (render()'s output, with its XML
/// prologue removed by report_html).
struct ReportSection {
    std::string id;     ///< the anchor, [a-z0-9-]
    std::string title;  ///< plain text (escaped here)
    std::string html;
};

struct ReportPage {
    std::string title;     ///< plain text
    std::string subtitle;  ///< plain text: data, date range, seed
    /// The network for the interactive map, laid out (positions set): its vertices' keys,
    /// labels, colours, sizes and attributes (kind, community, team, influence, ...) become the
    /// map's nodes; the legend's first section names the colours.
    Map map;
    /// Sections in order; the interactive map goes after the first one.
    std::vector<ReportSection> sections;
};

/// The whole page. Every text from the data reaches the page escaped: inside HTML as entities,
/// inside the embedded JSON with `<`, `>` and `&` as \u escapes, so no name can close a tag or
/// a script. The same page gives the same bytes.
[[nodiscard]] std::string report_html(const ReportPage& page);

/// An SVG picture from render(), ready to inline in a section: without its XML prologue and
/// DOCTYPE, with its size scaled to the section's width.
[[nodiscard]] std::string inline_svg(const std::string& svg);

}  // namespace ricochet::visual
