// SPDX-License-Identifier: MIT
// ricochet paths INPUT --from A --to B: the k most probable ways content of A reaches B, or the
// gatekeepers between two groups.
#include <iostream>
#include <optional>

#include "algorithms/amplification/paths.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/path_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

constexpr std::uint64_t max_paths = 100000;

// One side of the query: exactly one of --X, --X-team, --X-kind.
struct GroupTexts {
    std::string actor;
    std::string team;
    std::string kind;
};

// Checks the texts (no file read): which option, and the kind when it is one.
io::PathGroup group_spec(const char* side, const GroupTexts& texts) {
    const std::string option = std::string("--") + side;
    const int given = !texts.actor.empty() + !texts.team.empty() + !texts.kind.empty();
    if (given == 0) {
        throw UsageError(std::string("paths: one of ") + option + ", " + option + "-team or " + option +
                         "-kind is required");
    }
    if (given > 1) {
        throw UsageError(option + ", " + option + "-team and " + option + "-kind: give only one, got " +
                         std::to_string(given));
    }
    if (!texts.actor.empty()) return {"actor", texts.actor, {}};
    if (!texts.team.empty()) return {"team", texts.team, {}};
    if (!parse_enum<ActorKind>(texts.kind)) {
        throw UsageError(option + "-kind: expected " + choices<ActorKind>() + ", got " + quote_token(texts.kind));
    }
    return {"kind", texts.kind, {}};
}

// The members of the group in the dataset. An unknown actor or organisation is an error about the
// data (exit 1), as `centrality --seeds` treats unknown ids.
void resolve(const char* side, io::PathGroup& group, const Dataset& dataset) {
    const std::string option = std::string("--") + side;
    if (group.selection == "kind") {
        const ActorKind kind = *parse_enum<ActorKind>(group.value);
        for (VertexId v = 0; v < dataset.actors.size(); ++v) {
            if (dataset.actors[v].kind == kind) group.members.push_back(v);
        }
        if (group.members.empty()) {
            std::cerr << "ricochet: warning: " << option << "-kind: no actor of this kind, got "
                      << quote_token(group.value) << '\n';
        }
        return;
    }
    std::optional<VertexId> found;
    for (VertexId v = 0; v < dataset.actors.size(); ++v) {
        if (dataset.actors[v].id == group.value) found = v;
    }
    if (group.selection == "actor") {
        if (!found) throw InvalidArgument(option + ": no actor has this id, got " + quote_token(group.value));
        group.members.push_back(*found);
        return;
    }
    if (!found) throw InvalidArgument(option + "-team: no actor has this id, got " + quote_token(group.value));
    group.members.push_back(*found);  // an organisation without executives is a team of one
    for (const Team& team : teams(dataset)) {
        if (team.organisation == *found) group.members = team.members;
    }
}

}  // namespace

int run_paths(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    GroupTexts from;
    GroupTexts to;
    std::string k_text;
    std::string paths_text;
    std::string format = "csv";
    std::string output;
    bool gatekeepers = false;
    po::options_description options("Options");
    options.add_options()
        ("from", po::value(&from.actor)->value_name("A"), "the actor whose content travels")
        ("from-team", po::value(&from.team)->value_name("ORG"), "or the team of organisation ORG (it and its executives)")
        ("from-kind", po::value(&from.kind)->value_name("KIND"), "or every actor of KIND (executive, company, association, ...)")
        ("to", po::value(&to.actor)->value_name("B"), "the actor it reaches")
        ("to-team", po::value(&to.team)->value_name("ORG"), "or the team of organisation ORG")
        ("to-kind", po::value(&to.kind)->value_name("KIND"), "or every actor of KIND")
        (",k", po::value(&k_text)->value_name("K"), "how many paths, most probable first (default 5)")
        ("gatekeepers", po::bool_switch(&gatekeepers),
         "rank the actors carrying the largest share of probability between the groups")
        ("paths", po::value(&paths_text)->value_name("K"), "--gatekeepers: over the K most probable paths (default 100)")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (paths follow the interaction layers unless --layers says otherwise)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("paths", "ricochet paths INPUT --from A --to B [-k K] [options]", arguments, options,
                            input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("paths: no INPUT given");
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    io::PathReport report;
    report.from = group_spec("from", from);
    report.to = group_spec("to", to);
    report.gatekeeper_mode = gatekeepers;
    const auto count = [](const char* option, const std::string& text) {
        const std::uint64_t value = parse_count(option, text);
        if (value == 0 || value > max_paths) {
            throw UsageError(std::string(option) + ": expected an integer from 1 to 100000, got " + quote_token(text));
        }
        return static_cast<std::size_t>(value);
    };
    if (gatekeepers) {
        if (!k_text.empty()) throw UsageError("-k: --gatekeepers takes --paths instead, got " + quote_token(k_text));
        report.k = paths_text.empty() ? 100 : count("--paths", paths_text);
    } else {
        if (!paths_text.empty()) {
            throw UsageError("--paths: applies to --gatekeepers only (use -k), got " + quote_token(paths_text));
        }
        report.k = k_text.empty() ? 5 : count("-k", k_text);
    }
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    resolve("from", report.from, read.dataset);
    resolve("to", report.to, read.dataset);
    const InfluenceGraph influence = build_influence_graph(read.dataset, in.influence);
    const algorithms::HopGraph hops = algorithms::content_hops(read.dataset, influence.graph, in.influence);
    report.input = in.path;
    report.influence = in.influence;
    report.vertices = influence.graph.vertex_count();
    report.arcs = influence.graph.arc_count();
    report.hop_count = hops.hop_count();
    report.hops = &hops;
    if (gatekeepers) {
        algorithms::GatekeeperResult result =
            algorithms::gatekeepers(hops, report.from.members, report.to.members, report.k);
        report.paths = std::move(result.paths);
        report.gatekeepers = std::move(result.gatekeepers);
        report.total_probability = result.total_probability;
    } else {
        report.paths = algorithms::most_probable_paths(hops, report.from.members, report.to.members, report.k);
    }
    emit(format == "json"  ? io::paths_json(report, read.dataset)
         : format == "csv" ? io::paths_csv(report, read.dataset)
                           : io::paths_table(report, read.dataset),
         output);
    return 0;
}

}  // namespace ricochet::cli
