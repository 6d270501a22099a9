// SPDX-License-Identifier: MIT
// Writes a report.html for the browser test (check_report.mjs, tests/visual/report.cmake): the
// bundled dataset through the library, as `ricochet analyze` will, with one twist. The
// organisation with the largest team is renamed `</script><img src=x onerror=alert(1)>`, id and
// name, so the name reaches the page as a label, a node key, a team (the team filter's option and
// every member's `team` attribute), a legend entry (it is also made its community's leader's
// name) and a Graphviz picture inlined in a section.
//
// Usage: visual_write_report_sample DATASET OUTPUT.html. Exit 0, or 1 with a message.
#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "graph/influence_graph.hpp"
#include "graph/model.hpp"
#include "io/dataset_io.hpp"
#include "visual/escape.hpp"
#include "visual/render.hpp"
#include "visual/report_html.hpp"
#include "visual/views.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

const std::string nasty = "</script><img src=x onerror=alert(1)>";

std::string write_page(const std::filesystem::path& input) {
    Dataset dataset = io::read_dataset(input).dataset;
    const std::vector<Team> all_teams = teams(dataset);
    const auto largest = std::max_element(
        all_teams.begin(), all_teams.end(),
        [](const Team& a, const Team& b) { return a.members.size() < b.members.size(); });
    if (largest == all_teams.end()) throw std::runtime_error("the dataset has no team");
    const ActorIndex organisation = largest->organisation;
    dataset.actors[organisation].id = nasty;
    dataset.actors[organisation].name = nasty;

    const InfluenceGraph influence = build_influence_graph(dataset);
    const MapData data =
        map_data(dataset, influence.graph, {.source = input.filename().string(), .seed = 1});
    // The largest community's leader names the legend's first entry.
    dataset.actors[data.community_leader.front()].name = nasty;

    ReportPage page;
    page.title = "pharma-fr: who amplifies whom (browser-test sample)";
    page.subtitle = data.caption.front();
    page.map = network_map(data, {});
    layout(page.map);

    Map team = team_map(data, organisation, {});
    layout(team);
    page.sections = {
        {"summary", "Summary",
         "<p>" + escape_xml(std::to_string(dataset.actors.size())) + " actors, " +
             std::to_string(influence.graph.arc_count()) +
             " arcs. The largest team is renamed <code>" + escape_xml(nasty) + "</code>.</p>\n"},
        {"team", "The renamed team",
         "<figure>\n" + inline_svg(render(team, ImageFormat::svg)) + "</figure>\n"},
        {"methodology", "Methodology", "<p>Communities: Leiden; sizes: the influence score.</p>\n"},
    };
    return report_html(page);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: visual_write_report_sample DATASET OUTPUT.html\n";
        return 2;
    }
    try {
        const std::string page = write_page(argv[1]);
        const std::filesystem::path output = argv[2];
        if (output.has_parent_path()) std::filesystem::create_directories(output.parent_path());
        std::ofstream out(output, std::ios::binary);
        out << page;
        if (!out.flush()) throw std::runtime_error("cannot write " + output.string());
    } catch (const std::exception& e) {
        std::cerr << "visual_write_report_sample: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
