// SPDX-License-Identifier: MIT
// report.html (visual/report_html.hpp): the page's structure, the escaping of every text from the
// data (an actor named like a script injection), determinism, the checks on section ids, and
// inline_svg on a real Graphviz picture. What the page does in a browser is checked by
// check_report.mjs in headless Chromium (tests/visual/report.cmake).
#include "visual/report_html.hpp"

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "graph/error.hpp"
#include "visual/render.hpp"
#include "visual/report_assets.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

const std::string nasty = "</script><img src=x onerror=alert(1)>";

std::size_t count(const std::string& text, const std::string& piece) {
    std::size_t n = 0;
    for (std::size_t at = text.find(piece); at != std::string::npos;
         at = text.find(piece, at + piece.size()))
        ++n;
    return n;
}

// The text of the JSON block `<script type="application/json" id="ID">`, up to the first
// `</script>`: what the browser hands JSON.parse.
std::string json_block(const std::string& page, const std::string& id) {
    const std::string open = "<script type=\"application/json\" id=\"" + id + "\">";
    const std::size_t start = page.find(open);
    BOOST_REQUIRE(start != std::string::npos);
    const std::size_t end = page.find("</script>", start);
    BOOST_REQUIRE(end != std::string::npos);
    return page.substr(start + open.size(), end - start - open.size());
}

//   aster (company, team aster) <- ines (executive, team aster) <- kol
//   ines -> kol (mention)
// Laid out by hand: report_html needs positions, not Graphviz.
Map small_map(const std::string& team_label = "Aster Pharma",
              const std::string& kol_label = "Dr Kol") {
    Map map;
    map.name = "network";
    map.title = "Influence network";
    map.caption = {"data: drawn by hand", "seed 1"};
    map.vertex_keys = {{"kind", AttributeType::text},
                       {"team", AttributeType::text},
                       {"community", AttributeType::integer},
                       {"influence", AttributeType::real},
                       {"engagement", AttributeType::real}};
    const Color blue{0, 114, 178}, orange{230, 159, 0};
    const auto vertex = [](std::string key, std::string label, Color color, double size, Point at,
                           std::vector<AttributeValue> values) {
        MapVertex v;
        v.key = std::move(key);
        v.label = std::move(label);
        v.color = color;
        v.size = size;
        v.position = at;
        v.values = std::move(values);
        return v;
    };
    map.vertices = {
        vertex("aster", team_label, blue, 30, {0, 0},
               {"company", "aster", std::int64_t{1}, 80.5, 12.0}),
        vertex("ines", "Inès Petit", blue, 20, {-50, 40},
               {"executive", "aster", std::int64_t{1}, 40.0, 3.5}),
        vertex("kol", kol_label, orange, 10, {60, -30},
               {"kol", std::monostate{}, std::int64_t{2}, 5.25, 0.0}),
    };
    map.arcs = {{1, 0, Layer::repost, 2, {68, 119, 170, 102}, 1.5, false, {}},
                {1, 2, Layer::mention, 0.5, {136, 34, 85, 102}, 1, false, {}},
                {2, 0, Layer::repost, 1, {68, 119, 170, 102}, 1, false, {}}};
    map.legend = {{"community (leader, actors on the map)",
                   {{LegendEntry::Symbol::disc, "1: " + team_label + " (2)", blue, 10},
                    {LegendEntry::Symbol::disc, "2: " + kol_label + " (1)", orange, 10}}},
                  {"layer", {{LegendEntry::Symbol::line, "repost", {68, 119, 170, 255}, 2}}}};
    return map;
}

ReportPage small_page() {
    ReportPage page;
    page.title = "Pharma & biotech: who amplifies whom";
    page.subtitle = "pharma-fr, 2021-01-01 to 2021-12-31, seed 1";
    page.map = small_map();
    page.sections = {{"summary", "Summary", "<p>3 actors, <b>3</b> arcs.</p>"},
                     {"teams", "Top teams", "<table><tr><td>Aster</td></tr></table>\n"},
                     {"methodology", "Methodology", "<p>PageRank &amp; co.</p>"}};
    return page;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_html_page)

BOOST_AUTO_TEST_CASE(page_has_its_policy_one_map_block_and_the_sections_in_order) {
    const std::string page = report_html(small_page());

    BOOST_TEST(page.starts_with(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
    BOOST_TEST(count(page,
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                     "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">") ==
               1);
    BOOST_TEST(count(page, "<title>Pharma &amp; biotech: who amplifies whom</title>") == 1);
    BOOST_TEST(
        count(page, "<p class=\"subtitle\">pharma-fr, 2021-01-01 to 2021-12-31, seed 1</p>") == 1);
    BOOST_TEST(page.ends_with("</body>\n</html>\n"));

    // One of each element the script looks up.
    for (const std::string id :
         {"map", "search", "search-names", "team-filter", "legend", "details", "map-data",
          "legend-data", "interactive-map", "contents"}) {
        BOOST_TEST_CONTEXT(id) {
            BOOST_TEST(count(page, "id=\"" + id + "\"") == 1);
        }
    }
    // Three scripts (two JSON blocks and the code), each closed once; the style and the script are
    // the embedded assets, whole.
    BOOST_TEST(count(page, "<script") == 3);
    BOOST_TEST(count(page, "</script>") == 3);
    BOOST_TEST(count(page, "<style>\n" + std::string(report_style()) + "</style>") == 1);
    BOOST_TEST(count(page, "<script>\n" + std::string(report_script()) + "</script>") == 1);

    // The sections in order, the map after the first; their markup as given.
    const std::size_t summary = page.find(
        "<section id=\"summary\">\n<h2>Summary</h2>\n<p>3 actors, <b>3</b> arcs.</p>\n</section>");
    const std::size_t map =
        page.find("<section id=\"interactive-map\">\n<h2>Influence network</h2>");
    const std::size_t teams = page.find(
        "<section id=\"teams\">\n<h2>Top "
        "teams</h2>\n<table><tr><td>Aster</td></tr></table>\n</section>");
    const std::size_t methodology = page.find(
        "<section id=\"methodology\">\n<h2>Methodology</h2>\n<p>PageRank &amp; "
        "co.</p>\n</section>");
    BOOST_TEST(summary != std::string::npos);
    BOOST_TEST(summary < map);
    BOOST_TEST(map < teams);
    BOOST_TEST(teams < methodology);
    BOOST_TEST(methodology < page.find("id=\"map-data\""));
    BOOST_TEST(count(page, "<p class=\"caption\">data: drawn by hand</p>") == 1);

    // The table of contents, in the same order, before the first section.
    const std::string toc =
        "<nav class=\"toc\" id=\"contents\" aria-label=\"Contents\">\n<ol>\n"
        "<li><a href=\"#summary\">Summary</a></li>\n"
        "<li><a href=\"#interactive-map\">Influence network</a></li>\n"
        "<li><a href=\"#teams\">Top teams</a></li>\n"
        "<li><a href=\"#methodology\">Methodology</a></li>\n"
        "</ol>\n</nav>\n";
    BOOST_TEST(page.find(toc) < summary);
}

BOOST_AUTO_TEST_CASE(map_and_legend_blocks_are_json_the_script_can_read) {
    const std::string page = report_html(small_page());

    const nlohmann::json map = nlohmann::json::parse(json_block(page, "map-data"));
    BOOST_TEST(map["options"]["type"] == "directed");
    BOOST_TEST(map["options"]["multi"] == true);
    BOOST_REQUIRE(map["nodes"].size() == 3);
    BOOST_TEST(map["edges"].size() == 3);
    const nlohmann::json& ines = map["nodes"][1];
    BOOST_TEST(ines["key"] == "ines");
    BOOST_TEST(ines["attributes"]["label"] == "Inès Petit");
    BOOST_TEST(ines["attributes"]["x"] == -50.0);
    BOOST_TEST(ines["attributes"]["y"] == 40.0);
    BOOST_TEST(ines["attributes"]["size"] == 10.0);  // a radius: half the diameter
    BOOST_TEST(ines["attributes"]["color"] == "#0072b2");
    BOOST_TEST(ines["attributes"]["team"] == "aster");
    BOOST_TEST(ines["attributes"]["engagement"] == 3.5);
    BOOST_TEST(map["nodes"][2]["attributes"]["team"].is_null());

    // The legend's colour section only, colours without opacity (as the nodes' are matched).
    const nlohmann::json legend = nlohmann::json::parse(json_block(page, "legend-data"));
    BOOST_TEST(legend["title"] == "community (leader, actors on the map)");
    BOOST_REQUIRE(legend["entries"].size() == 2);
    BOOST_TEST(legend["entries"][0]["text"] == "1: Aster Pharma (2)");
    BOOST_TEST(legend["entries"][0]["color"] == "#0072b2");
    BOOST_TEST(legend["entries"][1]["color"] == "#e69f00");
}

BOOST_AUTO_TEST_CASE(a_name_like_a_script_injection_stays_text) {
    // The name as an actor's label, a team's name (the team filter shows its organisation's
    // label), legend text, page title and subtitle, a section title and the map's caption.
    ReportPage page = small_page();
    page.map = small_map(nasty, nasty);
    page.map.caption.push_back(nasty);
    page.title = nasty;
    page.subtitle = nasty;
    page.sections[1].title = nasty;
    const std::string html = report_html(page);

    BOOST_TEST(count(html, "<img") == 0);
    BOOST_TEST(count(html, "onerror=alert(1)>") == 0);
    BOOST_TEST(count(html, "</script>") == 3);  // the three scripts' own
    // title, h1, subtitle, the section's h2 and its table-of-contents entry, the caption
    BOOST_TEST(count(html, "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;") == 6);
    BOOST_TEST(
        count(html, "<p class=\"caption\">&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>") ==
        1);

    // Inside the JSON blocks the name is \u escaped, and reads back whole.
    const std::string map_text = json_block(html, "map-data");
    const std::string legend_text = json_block(html, "legend-data");
    for (const std::string* text : {&map_text, &legend_text}) {
        BOOST_TEST(text->find_first_of("<>&") == std::string::npos);
    }
    const nlohmann::json map = nlohmann::json::parse(map_text);
    BOOST_TEST(map["nodes"][0]["attributes"]["label"] == nasty);
    BOOST_TEST(map["nodes"][2]["attributes"]["label"] == nasty);
    const nlohmann::json legend = nlohmann::json::parse(legend_text);
    BOOST_TEST(legend["entries"][0]["text"] == "1: " + nasty + " (2)");

    // The same holds when the name is an actor's key, and so a team's id.
    ReportPage keyed = small_page();
    keyed.map.vertices[0].key = nasty;
    keyed.map.vertices[0].values[1] = nasty;
    keyed.map.vertices[1].values[1] = nasty;
    const std::string keyed_html = report_html(keyed);
    BOOST_TEST(count(keyed_html, "<img") == 0);
    const nlohmann::json keyed_map = nlohmann::json::parse(json_block(keyed_html, "map-data"));
    BOOST_TEST(keyed_map["nodes"][0]["key"] == nasty);
    BOOST_TEST(keyed_map["nodes"][1]["attributes"]["team"] == nasty);
    BOOST_TEST(keyed_map["edges"][0]["target"] == nasty);
}

BOOST_AUTO_TEST_CASE(same_page_gives_the_same_bytes) {
    const ReportPage page = small_page();
    const ReportPage copy = page;
    BOOST_TEST(report_html(page) == report_html(copy));
    BOOST_TEST(report_html(page) == report_html(page));
}

BOOST_AUTO_TEST_CASE(page_without_sections_or_actors_still_has_its_map_block) {
    ReportPage page;
    page.title = "Empty";
    page.map.title = "";
    const std::string html = report_html(page);
    BOOST_TEST(count(html, "<li><a href=\"#interactive-map\">Interactive map</a></li>") == 1);
    const nlohmann::json map = nlohmann::json::parse(json_block(html, "map-data"));
    BOOST_TEST(map["nodes"].empty());
    const nlohmann::json legend = nlohmann::json::parse(json_block(html, "legend-data"));
    BOOST_TEST(legend["title"] == "");
    BOOST_TEST(legend["entries"].empty());
    BOOST_TEST(count(html, "<p class=\"subtitle\">") == 0);
}

BOOST_AUTO_TEST_CASE(bad_section_ids_and_an_unlaid_map_are_refused) {
    const auto message_of = [](const ReportPage& page) {
        try {
            (void)report_html(page);
        } catch (const InvalidArgument& e) {
            return std::string(e.what());
        }
        return std::string("no InvalidArgument");
    };
    ReportPage page = small_page();
    page.sections[1].id = "Top teams";
    BOOST_TEST(message_of(page) ==
               "report: a section id must be made of a-z, 0-9 and '-', got \"Top teams\"");
    page.sections[1].id = "";
    BOOST_TEST(message_of(page) ==
               "report: a section id must be made of a-z, 0-9 and '-', got \"\"");
    page.sections[1].id = "summary";
    BOOST_TEST(message_of(page) ==
               "report: section ids must be unique and differ from the map's, got \"summary\"");
    page.sections[1].id = "map";  // the map's own element
    BOOST_TEST(message_of(page) ==
               "report: section ids must be unique and differ from the map's, got \"map\"");

    ReportPage unlaid = small_page();
    unlaid.map.vertices[2].position.reset();
    BOOST_TEST(message_of(unlaid) ==
               "report: the map must be laid out, vertex \"kol\" has no position");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(report_inline_svg)

BOOST_AUTO_TEST_CASE(graphviz_picture_loses_its_prologue_and_fixed_size) {
    Map map = small_map();
    for (MapVertex& v : map.vertices) v.position.reset();
    map.engine = LayoutEngine::neato;
    layout(map);
    const std::string svg = render(map, ImageFormat::svg);
    BOOST_REQUIRE(svg.find("<?xml") != std::string::npos);
    const std::size_t root = svg.find("<svg");
    const std::string root_tag = svg.substr(root, svg.find('>', root) - root);
    BOOST_REQUIRE(root_tag.find(" width=\"") != std::string::npos);
    BOOST_REQUIRE(root_tag.find(" height=\"") != std::string::npos);

    const std::string inlined = inline_svg(svg);
    BOOST_TEST(inlined.starts_with("<svg"));
    BOOST_TEST(inlined.find("<?xml") == std::string::npos);
    BOOST_TEST(inlined.find("<!DOCTYPE") == std::string::npos);
    const std::string tag = inlined.substr(0, inlined.find('>'));
    BOOST_TEST(tag.find("width=") == std::string::npos);
    BOOST_TEST(tag.find("height=") == std::string::npos);
    BOOST_TEST(tag.find(" viewBox=\"") != std::string::npos);
    BOOST_TEST(tag.find("xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
    // The rest of the picture is untouched.
    const std::string body = svg.substr(svg.find('>', root));
    BOOST_TEST(inlined.substr(inlined.find('>')) ==
               body.substr(0, body.find_last_not_of("\n ") + 1) + "\n");
    BOOST_TEST(inline_svg(inlined) == inlined);
}

BOOST_AUTO_TEST_CASE(text_without_svg_is_refused) {
    BOOST_CHECK_THROW((void)inline_svg("<html></html>"), InvalidArgument);
    BOOST_CHECK_THROW((void)inline_svg("<svg width=\"1\""), InvalidArgument);
    // Without a viewBox the size stays: it is the only one the picture has.
    BOOST_TEST(inline_svg("<svg width=\"10\" height=\"5\"><g/></svg>") ==
               "<svg width=\"10\" height=\"5\"><g/></svg>\n");
}

BOOST_AUTO_TEST_SUITE_END()
