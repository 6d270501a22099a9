// SPDX-License-Identifier: MIT
#include "visual/report_html.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>
#include <utility>

#include "graph/error.hpp"
#include "visual/escape.hpp"
#include "visual/export.hpp"
#include "visual/report_assets.hpp"

namespace ricochet::visual {
namespace {

// ordered_json keeps keys in insertion order: the same page gives the same bytes.
using Json = nlohmann::ordered_json;

// What the page allows: its own inline script and style, pictures as data: URIs, nothing else
// (no fetch, no frame, no font, no worker). sigma.js draws with WebGL and a 2D canvas, which no
// directive governs.
constexpr std::string_view content_security_policy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

// The ids the map's block uses (visual/web/src/report.js looks them up): no section may take one.
constexpr std::array<std::string_view, 10> reserved_ids = {
    "contents",    "interactive-map", "map",     "search",   "search-names",
    "team-filter", "legend",          "details", "map-data", "legend-data"};

void check_page(const ReportPage& page) {
    std::set<std::string_view> ids(reserved_ids.begin(), reserved_ids.end());
    for (const ReportSection& section : page.sections) {
        const bool valid =
            !section.id.empty() && std::all_of(section.id.begin(), section.id.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            });
        if (!valid) {
            throw InvalidArgument("report: a section id must be made of a-z, 0-9 and '-', got " +
                                  quote_token(section.id));
        }
        if (!ids.insert(section.id).second) {
            throw InvalidArgument(
                "report: section ids must be unique and differ from the map's, got " +
                quote_token(section.id));
        }
    }
    for (const MapVertex& v : page.map.vertices) {
        if (!v.position) {
            throw InvalidArgument("report: the map must be laid out, vertex " + quote_token(v.key) +
                                  " has no position");
        }
    }
}

// The legend's first section (the colours: communities, kinds or sectors), which the page turns
// into one checkbox per colour: {"title": ..., "entries": [{"text": ..., "color": "#rrggbb"}]}.
std::string legend_json(const Map& map) {
    Json legend = {{"title", ""}, {"entries", Json::array()}};
    if (!map.legend.empty()) {
        const LegendSection& colours = map.legend.front();
        legend["title"] = sanitize_label(colours.title);
        for (const LegendEntry& entry : colours.entries) {
            legend["entries"].push_back(
                {{"text", sanitize_label(entry.text)}, {"color", hex_rgb(entry.color)}});
        }
    }
    return html_safe_json(legend.dump());
}

std::string map_json(const Map& map) {
    std::string json = to_graphology_json(map);  // already html-safe
    if (json.find_first_of("<>&") != std::string::npos) {
        throw Error("report: the map's JSON holds a raw '<', '>' or '&'");
    }
    return json;
}

void append_section(std::string& out, const ReportSection& section) {
    out += "<section id=\"" + section.id + "\">\n<h2>" + escape_xml(section.title) + "</h2>\n";
    out += section.html;
    if (!section.html.empty() && section.html.back() != '\n') out += '\n';
    out += "</section>\n";
}

std::string map_title(const Map& map) {
    return map.title.empty() ? std::string("Interactive map") : map.title;
}

// The map's block: the tools above the canvas, the details panel over it, the legend's checkboxes
// (filled by the script) and the map's caption below.
void append_map(std::string& out, const Map& map) {
    out += "<section id=\"interactive-map\">\n<h2>" + escape_xml(map_title(map)) + "</h2>\n";
    out +=
        "<div class=\"map-tools\">\n"
        "<input id=\"search\" type=\"search\" list=\"search-names\" autocomplete=\"off\" "
        "placeholder=\"Search a name\" aria-label=\"Search an actor by name\">\n"
        "<datalist id=\"search-names\"></datalist>\n"
        "<label>Team <select id=\"team-filter\">"
        "<option value=\"\">all teams</option></select></label>\n"
        "</div>\n"
        "<div class=\"map-frame\"><div id=\"map\"></div><div id=\"details\" hidden></div></div>\n"
        "<fieldset id=\"legend\"></fieldset>\n"
        "<p class=\"hint\">Hover an actor for details; click it or search its name to light up its "
        "neighbours; untick a colour to hide its actors; pick a team to see its members and their "
        "neighbours. Scroll to zoom, drag to move.</p>\n";
    for (const std::string& line : map.caption)
        out += "<p class=\"caption\">" + escape_xml(line) + "</p>\n";
    out +=
        "<noscript><p>The interactive map needs JavaScript; "
        "the rest of the report does not.</p></noscript>\n"
        "</section>\n";
}

void append_contents(std::string& out, const ReportPage& page) {
    const auto item = [&](std::string_view id, const std::string& title) {
        out += "<li><a href=\"#" + std::string(id) + "\">" + escape_xml(title) + "</a></li>\n";
    };
    out += "<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n<ol>\n";
    for (std::size_t i = 0; i < page.sections.size(); ++i) {
        item(page.sections[i].id, page.sections[i].title);
        if (i == 0) item("interactive-map", map_title(page.map));
    }
    if (page.sections.empty()) item("interactive-map", map_title(page.map));
    out += "</ol>\n</nav>\n";
}

// Where attribute `name="..."` is in an element's start tag, from the whitespace before it to
// the closing quote included; npos when it is not there.
std::pair<std::size_t, std::size_t> find_attribute(std::string_view tag, std::string_view name) {
    const std::string pattern = std::string(name) + "=\"";
    for (std::size_t at = tag.find(pattern); at != std::string_view::npos;
         at = tag.find(pattern, at + 1)) {
        if (at == 0 || (tag[at - 1] != ' ' && tag[at - 1] != '\n' && tag[at - 1] != '\t' &&
                        tag[at - 1] != '\r'))
            continue;
        const std::size_t close = tag.find('"', at + pattern.size());
        if (close == std::string_view::npos) break;
        return {at - 1, close + 1};
    }
    return {std::string_view::npos, std::string_view::npos};
}

}  // namespace

std::string report_html(const ReportPage& page) {
    check_page(page);
    const std::string title = escape_xml(page.title);

    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
           std::string(content_security_policy) + "\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<meta name=\"generator\" content=\"ricochet\">\n";
    out += "<title>" + title + "</title>\n";
    out += "<style>\n" + std::string(report_style()) + "</style>\n";
    out += "</head>\n<body>\n";
    out += "<header>\n<h1>" + title + "</h1>\n";
    if (!page.subtitle.empty())
        out += "<p class=\"subtitle\">" + escape_xml(page.subtitle) + "</p>\n";
    out += "</header>\n";
    append_contents(out, page);
    out += "<main>\n";
    if (!page.sections.empty()) append_section(out, page.sections.front());
    append_map(out, page.map);
    for (std::size_t i = 1; i < page.sections.size(); ++i) append_section(out, page.sections[i]);
    out += "</main>\n";
    out +=
        "<script type=\"application/json\" id=\"map-data\">" + map_json(page.map) + "</script>\n";
    out += "<script type=\"application/json\" id=\"legend-data\">" + legend_json(page.map) +
           "</script>\n";
    out += "<script>\n" + std::string(report_script()) + "</script>\n";
    out += "</body>\n</html>\n";
    return out;
}

std::string inline_svg(const std::string& svg) {
    const std::size_t start = svg.find("<svg");
    if (start == std::string::npos) {
        throw InvalidArgument("inline_svg: not an SVG picture (no <svg element), got " +
                              quote_token(svg));
    }
    const std::size_t tag_end = svg.find('>', start);
    if (tag_end == std::string::npos) {
        throw InvalidArgument("inline_svg: the <svg element is not closed, got " +
                              quote_token(svg.substr(start)));
    }
    // The root element's width and height (Graphviz writes them in points) fix the picture's
    // size; without them it takes the section's width, its height following the viewBox. A
    // picture without viewBox keeps them: it would have no size at all.
    std::string tag = svg.substr(start, tag_end - start);
    if (find_attribute(tag, "viewBox").first != std::string::npos) {
        for (const std::string_view name : {"width", "height"}) {
            const auto [at, end] = find_attribute(tag, name);
            if (at != std::string::npos) tag.erase(at, end - at);
        }
    }
    std::string out = tag + svg.substr(tag_end);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out + '\n';
}

}  // namespace ricochet::visual
