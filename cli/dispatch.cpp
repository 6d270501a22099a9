// SPDX-License-Identifier: MIT
#include <iostream>

#include "cli/command.hpp"

namespace ricochet::cli {
namespace {

constexpr Command all_commands[] = {
    {"analyze", "the one-command report: rankings, teams, communities, cascades, paths, maps (HTML, Markdown, JSON, CSV)",
     run_analyze},
    {"stats", "count actors, posts, engagement, arcs by layer; components, reciprocity, density",
     run_stats},
    {"import", "read exports (Twitter/X, LinkedIn, GraphML, GEXF, ...) into one native dataset",
     run_import},
    {"centrality", "PageRank, HITS, betweenness, harmonic, eigenvector, Katz, k-core, clustering, strengths",
     run_centrality},
    {"communities", "Leiden, Louvain or label propagation communities, with leaders, mix and bridges",
     run_communities},
    {"teams", "team amplification: ricochets inside leadership teams, carriers, rebounds, profiles",
     run_teams},
    {"cascades", "repost/quote/reply trees: size, depth, breadth, structural virality",
     run_cascades},
    {"paths", "the k most probable ways content of A reaches B; gatekeepers between groups",
     run_paths},
    {"spread", "diffusion what-ifs: which k actors reach the most (IMM, CELF), a set's or a team's expected reach",
     run_spread},
    {"rank", "rankings: the study's engagement baseline and a network-aware influence score, side by side",
     run_rank},
    {"render", "maps: the network, a leadership team, or the paths between two actors (SVG, PNG, PDF)",
     run_render},
    {"export", "the map for other tools: GEXF (Gephi), GraphML, DOT, graphology JSON (sigma.js), CSV",
     run_export},
    {"generate", "write a synthetic dataset calibrated on a published study (--preset pharma-fr)",
     run_generate},
};

void print_help(std::ostream& out) {
    out << "ricochet: influence-network analysis - who amplifies whom\n\n"
           "Usage: ricochet <command> [INPUT] [options]\n"
           "       ricochet <command> --help\n\n"
           "Commands:\n";
    for (const Command& command : all_commands) {
        out << "  " << command.name << std::string(12 - command.name.size(), ' ') << command.summary
            << '\n';
    }
    out << "\nINPUT: a native JSON document or JSON Lines, a CSV bundle (a folder with\n"
           "actors.csv), an edge list (src dst [weight] [time] [layer]), Twitter/X API v1.1 or v2\n"
           "JSON (twarc, twarc2), a LinkedIn CSV export, GraphML or GEXF; the format is detected\n"
           "(--input-format to force it); gzip-compressed files are read as they are.\n\n"
           "Arc u -> v means \"u amplified or addressed v\".\n\n"
           "Exit status: 0 success, 1 bad data or runtime failure, 2 usage error.\n"
           "Options: --help, --version.\n";
}

}  // namespace

std::span<const Command> commands() { return all_commands; }

int dispatch(const std::vector<std::string>& arguments) {
    if (arguments.empty()) throw UsageError("no command given");
    const std::string& first = arguments.front();
    if (first == "--help" || first == "-h" || first == "help") {
        print_help(std::cout);
        return 0;
    }
    if (first == "--version") {
        std::cout << "ricochet " RICOCHET_VERSION "\n";
        return 0;
    }
    for (const Command& command : all_commands) {
        if (command.name == first) {
            return command.run(std::vector<std::string>(arguments.begin() + 1, arguments.end()));
        }
    }
    throw UsageError("unknown command, got " + quote_token(first));
}

}  // namespace ricochet::cli
