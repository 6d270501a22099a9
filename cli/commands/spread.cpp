// SPDX-License-Identifier: MIT
// ricochet spread INPUT: which k actors should post to reach the most others (IMM or CELF), the
// expected reach of a given set (--evaluate), or a team's reach and how it changes without one of
// its members or with one outside actor (--team).
#include <algorithm>
#include <iostream>
#include <numeric>
#include <optional>

#include "algorithms/diffusion/seeds.hpp"
#include "algorithms/diffusion/simulation.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/spread_report.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

// Evaluation worlds start here, so they never overlap the worlds CELF picked its seeds on
// (0 .. simulations - 1): the reported spread is not biased towards CELF's choice.
constexpr std::uint64_t evaluation_first_world = std::uint64_t{1} << 32;
// --team chooses its additions on these worlds, reports them on the evaluation worlds.
constexpr std::uint64_t additions_first_world = std::uint64_t{2} << 32;
constexpr std::uint64_t max_simulations = 10'000'000;

struct Probabilities {
    std::string text;
    std::optional<double> constant;  // constant:P
    bool weighted_cascade = false;
};

Probabilities parse_probabilities(const std::string& text) {
    Probabilities p{text, std::nullopt, false};
    if (text == "learned") return p;
    if (text == "weighted-cascade") {
        p.weighted_cascade = true;
        return p;
    }
    const std::string prefix = "constant:";
    if (text.starts_with(prefix)) {
        const std::string number = text.substr(prefix.size());
        const double value = parse_real("--probabilities", number);
        if (value < 0 || value > 1) {
            throw UsageError("--probabilities: constant:P takes P in [0, 1], got " + quote_token(number));
        }
        p.constant = value;
        return p;
    }
    throw UsageError("--probabilities: expected learned, weighted-cascade or constant:P, got " + quote_token(text));
}

// --candidates kind=KIND | sector=S | team=ORG, checked before any file is read.
struct CandidateSpec {
    std::string field;
    std::string value;
};

std::optional<CandidateSpec> parse_candidates(const std::string& text) {
    if (text.empty()) return std::nullopt;
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals + 1 == text.size()) {
        throw UsageError("--candidates: expected kind=KIND, sector=S or team=ORG, got " + quote_token(text));
    }
    CandidateSpec spec{text.substr(0, equals), text.substr(equals + 1)};
    if (spec.field != "kind" && spec.field != "sector" && spec.field != "team") {
        throw UsageError("--candidates: expected kind=KIND, sector=S or team=ORG, got " + quote_token(text));
    }
    if (spec.field == "kind" && !parse_enum<ActorKind>(spec.value)) {
        throw UsageError("--candidates: kind=KIND with KIND " + choices<ActorKind>() + ", got " + quote_token(spec.value));
    }
    return spec;
}

std::optional<VertexId> find_actor(const Dataset& dataset, const std::string& id) {
    for (VertexId v = 0; v < dataset.actors.size(); ++v) {
        if (dataset.actors[v].id == id) return v;
    }
    return std::nullopt;
}

// The organisation's team: it and its executives, as `ricochet teams` lists them.
std::vector<VertexId> team_members(const Dataset& dataset, const std::string& option, const std::string& id) {
    const std::optional<VertexId> organisation = find_actor(dataset, id);
    if (organisation) {
        for (const Team& team : teams(dataset)) {
            if (team.organisation == *organisation) return {team.members.begin(), team.members.end()};
        }
    }
    throw InvalidArgument(option + ": no team has the organisation " + quote_token(id) +
                          " (a team is an organisation with at least one executive)");
}

// The actors --candidates allows. sector=S: actors whose sector is S, and executives of an
// organisation whose sector is S.
std::vector<VertexId> candidate_actors(const Dataset& dataset, const CandidateSpec& spec) {
    std::vector<VertexId> chosen;
    if (spec.field == "team") {
        chosen = team_members(dataset, "--candidates", spec.value);
    } else {
        const std::optional<ActorKind> kind = parse_enum<ActorKind>(spec.value);
        for (VertexId v = 0; v < dataset.actors.size(); ++v) {
            const Actor& actor = dataset.actors[v];
            bool match = false;
            if (spec.field == "kind") {
                match = actor.kind == *kind;
            } else {
                match = actor.sector == spec.value ||
                        (actor.organisation && dataset.actors[*actor.organisation].sector == spec.value);
            }
            if (match) chosen.push_back(v);
        }
    }
    if (chosen.empty()) {
        throw InvalidArgument("--candidates: no actor matches, got " + quote_token(spec.field + "=" + spec.value));
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

std::vector<VertexId> evaluate_list(const Dataset& dataset, const std::string& text) {
    std::vector<VertexId> seeds;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string id = text.substr(start, comma - start);
        if (id.empty()) throw InvalidArgument("--evaluate: an empty actor id, got " + quote_token(text));
        const std::optional<VertexId> v = find_actor(dataset, id);
        if (!v) throw InvalidArgument("--evaluate: no actor has this id, got " + quote_token(id));
        if (std::find(seeds.begin(), seeds.end(), *v) != seeds.end()) {
            throw InvalidArgument("--evaluate: actor given twice, got " + quote_token(id));
        }
        seeds.push_back(*v);
        start = comma + 1;
    }
    return seeds;
}

// One row per seed: the spread of the first `rank` seeds and what the last one added.
void prefix_rows(io::SpreadReport& report, const algorithms::HopGraph& hops, const std::vector<VertexId>& seeds,
                 const algorithms::SpreadOptions& evaluation, const std::vector<double>* method_gains) {
    const std::vector<algorithms::SpreadEstimate> spreads = algorithms::prefix_spreads(hops, seeds, evaluation);
    double previous = 0;
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        io::SpreadRow row;
        row.scenario = "seeds";
        row.rank = i + 1;
        row.actor = seeds[i];
        row.spread = spreads[i];
        row.change = row.spread.mean - previous;
        previous = row.spread.mean;
        if (method_gains) row.method_gain = (*method_gains)[i];
        report.rows.push_back(std::move(row));
    }
}

void team_rows(io::SpreadReport& report, const algorithms::HopGraph& hops, const std::vector<VertexId>& members,
               const std::vector<VertexId>& allowed, std::size_t additions,
               const algorithms::SpreadOptions& evaluation) {
    const algorithms::SpreadEstimate all = algorithms::expected_spread(hops, members, evaluation);
    report.rows.push_back({"team", 1, report.organisation, all, 0, std::nullopt});
    for (std::size_t i = 0; i < members.size(); ++i) {
        std::vector<VertexId> others = members;
        others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
        const algorithms::SpreadEstimate without = algorithms::expected_spread(hops, others, evaluation);
        report.rows.push_back({"without", i + 1, members[i], without, without.mean - all.mean, std::nullopt});
    }
    if (additions == 0) return;
    std::vector<VertexId> outside;
    for (const VertexId v : allowed) {
        if (std::find(members.begin(), members.end(), v) == members.end()) outside.push_back(v);
    }
    // The additions are chosen on other worlds than those they are reported on, so the reported
    // change of the best ones is not biased upwards by the choice.
    algorithms::SpreadOptions choice = evaluation;
    choice.first_world = additions_first_world;
    const std::vector<double> gains = algorithms::marginal_spreads(hops, members, outside, choice);
    std::vector<std::size_t> order(outside.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const std::size_t shown = std::min(additions, order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(shown), order.end(),
                      [&](std::size_t a, std::size_t b) {
                          return gains[a] != gains[b] ? gains[a] > gains[b] : outside[a] < outside[b];
                      });
    for (std::size_t i = 0; i < shown; ++i) {
        std::vector<VertexId> with = members;
        with.push_back(outside[order[i]]);
        const algorithms::SpreadEstimate estimate = algorithms::expected_spread(hops, with, evaluation);
        report.rows.push_back({"with", i + 1, outside[order[i]], estimate, estimate.mean - all.mean, std::nullopt});
    }
}

}  // namespace

int run_spread(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string seeds_text, evaluate_text, team_text;
    std::string model_text = "ic", method, probabilities_text = "learned";
    std::string epsilon_text, ell_text, simulations_text, celf_simulations_text, seed_text, additions_text;
    std::string candidates_text;
    std::string format = "csv";
    std::string output;
    po::options_description options("Options");
    options.add_options()
        ("seeds", po::value(&seeds_text)->value_name("K"), "pick the K actors whose posts reach the most others")
        ("evaluate", po::value(&evaluate_text)->value_name("A,B,..."), "or the expected reach of these actors posting")
        ("team", po::value(&team_text)->value_name("ORG"),
         "or the reach of organisation ORG's team, without each member, and with the best outside actors")
        ("model", po::value(&model_text)->value_name("MODEL")->default_value(model_text),
         "ic (independent cascade) or lt (linear threshold)")
        ("probabilities", po::value(&probabilities_text)->value_name("P")->default_value(probabilities_text),
         "hop probabilities: learned (those of `paths`), weighted-cascade (1 / actors the receiver amplifies) or constant:P")
        ("method", po::value(&method)->value_name("METHOD"),
         "--seeds: imm (Tang, Shi, Xiao 2015, the default) or celf (lazy greedy on Monte Carlo)")
        ("epsilon", po::value(&epsilon_text)->value_name("E"), "imm: approximation slack in (0, 1) (default 0.1)")
        ("ell", po::value(&ell_text)->value_name("L"), "imm: succeeds with probability 1 - n^-L (default 1)")
        ("celf-simulations", po::value(&celf_simulations_text)->value_name("R"),
         "celf: Monte Carlo worlds of its objective (default 1000)")
        ("candidates", po::value(&candidates_text)->value_name("FIELD=VALUE"),
         "who may be picked or added: kind=KIND, sector=S or team=ORG")
        ("additions", po::value(&additions_text)->value_name("N"), "--team: how many outside actors to list (default 5)")
        ("simulations", po::value(&simulations_text)->value_name("R"),
         "Monte Carlo simulations of every reported spread (default 10000)")
        ("seed", po::value(&seed_text)->value_name("N"), "random seed (default 1)")
        ("format", po::value(&format)->value_name("FORMAT")->default_value(format), "csv, json or table")
        ("output,o", po::value(&output)->value_name("FILE"), "write to FILE instead of stdout");
    po::options_description reading("Input (content follows the interaction layers unless --layers says otherwise)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("spread", "ricochet spread INPUT (--seeds K | --evaluate A,B | --team ORG) [options]",
                            arguments, options, input)) {
        return 0;
    }
    if (input.empty()) throw UsageError("spread: no INPUT given");
    const int questions = !seeds_text.empty() + !evaluate_text.empty() + !team_text.empty();
    if (questions != 1) {
        throw UsageError("spread: give exactly one of --seeds, --evaluate and --team, got " + std::to_string(questions));
    }
    if (format != "csv" && format != "json" && format != "table") {
        throw UsageError("--format: expected csv, json or table, got " + quote_token(format));
    }
    const std::optional<algorithms::DiffusionModel> model = parse_enum<algorithms::DiffusionModel>(model_text);
    if (!model) throw UsageError("--model: expected ic or lt, got " + quote_token(model_text));
    if (!method.empty() && method != "imm" && method != "celf") {
        throw UsageError("--method: expected imm or celf, got " + quote_token(method));
    }
    const Probabilities probabilities = parse_probabilities(probabilities_text);
    const std::optional<CandidateSpec> candidate_spec = parse_candidates(candidates_text);
    const bool selecting = !seeds_text.empty();
    const auto only_for = [](const std::string& text, bool allowed, const char* option, const char* where) {
        if (!text.empty() && !allowed) {
            throw UsageError(std::string(option) + ": applies to " + where + " only, got " + quote_token(text));
        }
    };
    only_for(method, selecting, "--method", "--seeds");
    if (method.empty()) method = "imm";
    only_for(epsilon_text, selecting && method == "imm", "--epsilon", "--seeds with --method imm");
    only_for(ell_text, selecting && method == "imm", "--ell", "--seeds with --method imm");
    only_for(celf_simulations_text, selecting && method == "celf", "--celf-simulations", "--seeds with --method celf");
    only_for(additions_text, !team_text.empty(), "--additions", "--team");
    only_for(candidates_text, evaluate_text.empty(), "--candidates", "--seeds and --team");

    io::SpreadReport report;
    report.method = method;
    report.model = *model;
    report.probabilities = probabilities.text;
    report.seed = seed_text.empty() ? 1 : parse_count("--seed", seed_text);
    report.simulations = simulations_text.empty() ? 10000 : parse_count("--simulations", simulations_text);
    if (report.simulations == 0 || report.simulations > max_simulations) {
        throw UsageError("--simulations: expected an integer from 1 to 10000000, got " + quote_token(simulations_text));
    }
    report.first_world = evaluation_first_world;
    if (selecting) {
        const std::uint64_t k = parse_count("--seeds", seeds_text);
        if (k == 0 || k > 100000) throw UsageError("--seeds: expected an integer from 1 to 100000, got " + quote_token(seeds_text));
        report.k = static_cast<std::size_t>(k);
        report.epsilon = epsilon_text.empty() ? 0.1 : parse_real("--epsilon", epsilon_text);
        if (!(report.epsilon > 0 && report.epsilon < 1)) {
            throw UsageError("--epsilon: expected a number in (0, 1), got " + quote_token(epsilon_text));
        }
        report.ell = ell_text.empty() ? 1 : parse_real("--ell", ell_text);
        if (!(report.ell > 0 && report.ell <= 100)) {
            throw UsageError("--ell: expected a number in (0, 100], got " + quote_token(ell_text));
        }
        report.celf_simulations = celf_simulations_text.empty() ? 1000 : parse_count("--celf-simulations", celf_simulations_text);
        if (report.celf_simulations == 0 || report.celf_simulations >= evaluation_first_world) {
            throw UsageError("--celf-simulations: expected a positive integer below 2^32, got " +
                             quote_token(celf_simulations_text));
        }
    }
    std::size_t additions = 5;
    if (!additions_text.empty()) {
        const std::uint64_t value = parse_count("--additions", additions_text);
        if (value > 100000) throw UsageError("--additions: expected an integer from 0 to 100000, got " + quote_token(additions_text));
        additions = static_cast<std::size_t>(value);
    }
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    const InfluenceGraph influence = build_influence_graph(dataset, in.influence);
    const algorithms::HopGraph hops = probabilities.weighted_cascade ? algorithms::weighted_cascade_hops(influence.graph)
                                      : probabilities.constant
                                          ? algorithms::constant_hops(influence.graph, *probabilities.constant)
                                          : algorithms::content_hops(dataset, influence.graph, in.influence);
    report.input = in.path;
    report.influence = in.influence;
    report.vertices = influence.graph.vertex_count();
    report.arcs = influence.graph.arc_count();
    report.hop_count = hops.hop_count();
    std::vector<VertexId> allowed;
    if (candidate_spec) {
        allowed = candidate_actors(dataset, *candidate_spec);
        report.candidates = candidates_text;
    } else {
        allowed.resize(dataset.actors.size());
        std::iota(allowed.begin(), allowed.end(), VertexId{0});
    }
    report.candidate_count = allowed.size();
    const algorithms::SpreadOptions evaluation{*model, report.simulations, report.seed, report.first_world};

    if (selecting) {
        report.question = "select";
        algorithms::SeedOptions seed_options;
        seed_options.model = *model;
        seed_options.k = report.k;
        seed_options.seed = report.seed;
        seed_options.simulations = report.celf_simulations;
        seed_options.epsilon = report.epsilon;
        seed_options.ell = report.ell;
        if (candidate_spec) seed_options.candidates = allowed;
        report.selection = method == "imm" ? algorithms::imm_seeds(hops, seed_options)
                                           : algorithms::celf_seeds(hops, seed_options);
        prefix_rows(report, hops, report.selection.seeds, evaluation, &report.selection.gains);
    } else if (!evaluate_text.empty()) {
        report.question = "evaluate";
        prefix_rows(report, hops, evaluate_list(dataset, evaluate_text), evaluation, nullptr);
    } else {
        report.question = "team";
        report.members = team_members(dataset, "--team", team_text);
        report.organisation = report.members.front();
        team_rows(report, hops, report.members, allowed, additions, evaluation);
    }
    emit(format == "json"  ? io::spread_json(report, dataset)
         : format == "csv" ? io::spread_csv(report, dataset)
                           : io::spread_table(report, dataset),
         output);
    return 0;
}

}  // namespace ricochet::cli
