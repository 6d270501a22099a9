// SPDX-License-Identifier: MIT
// ricochet analyze [INPUT]: the one-command report. Runs every analysis with the defaults of its
// own command (so each table equals what that command prints), renders the maps, and writes
// report.html, report.md, results.json, the CSV tables, the maps and the GEXF into one folder.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <numeric>

#include "algorithms/amplification/cascades.hpp"
#include "algorithms/amplification/paths.hpp"
#include "algorithms/amplification/teams.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/community/detection.hpp"
#include "algorithms/community/summary.hpp"
#include "algorithms/summary/dataset_stats.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "cli/rankings.hpp"
#include "io/atomic_file.hpp"
#include "io/cascade_report.hpp"
#include "io/community_report.hpp"
#include "io/path_report.hpp"
#include "io/rank_report.hpp"
#include "io/score_config.hpp"
#include "io/sha256.hpp"
#include "io/stats_report.hpp"
#include "io/team_report.hpp"
#include "visual/escape.hpp"
#include "visual/export.hpp"
#include "visual/render.hpp"
#include "visual/report_html.hpp"
#include "visual/views.hpp"

#ifndef RICOCHET_SOURCE_DIR
#define RICOCHET_SOURCE_DIR ""
#endif

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

using Json = nlohmann::ordered_json;

// ---- Progress: stage and percentage on stderr, only when it is a terminal ----------------------

class Progress {
public:
    explicit Progress(std::size_t stages) : m_stages(stages), m_shown(isatty(STDERR_FILENO) == 1) {}
    void stage(const std::string& name) {
        ++m_done;
        if (!m_shown) return;
        std::cerr << "\rricochet analyze: [" << std::setw(3) << (100 * (m_done - 1) / m_stages) << "%] " << name
                  << std::string(24, ' ') << std::flush;
    }
    void finish(const std::string& where) {
        if (m_shown) std::cerr << "\rricochet analyze: [100%] report written to " << where << std::string(24, ' ') << '\n';
    }

private:
    std::size_t m_stages, m_done = 0;
    bool m_shown;
};

// ---- A small document model, written as HTML and as Markdown -----------------------------------

struct Table {
    std::vector<std::string> header;
    std::vector<bool> numeric;  ///< right-aligned columns
    std::vector<std::vector<std::string>> rows;
};

struct Block {
    enum class Kind : std::uint8_t { paragraph, table, figure, heading, details_begin, details_end } kind;
    std::string text;   ///< paragraph / heading / caption / details summary (plain text)
    Table table;
    std::string svg;    ///< figure: the inline picture
    std::string image;  ///< figure: its file, for Markdown
};

struct Section {
    std::string id, title;
    std::vector<Block> blocks;
    void paragraph(std::string text) { blocks.push_back({Block::Kind::paragraph, std::move(text), {}, {}, {}}); }
    void heading(std::string text) { blocks.push_back({Block::Kind::heading, std::move(text), {}, {}, {}}); }
    void table(Table t) { blocks.push_back({Block::Kind::table, {}, std::move(t), {}, {}}); }
    void figure(std::string caption, std::string svg, std::string image) {
        blocks.push_back({Block::Kind::figure, std::move(caption), {}, std::move(svg), std::move(image)});
    }
    void details(std::string summary) { blocks.push_back({Block::Kind::details_begin, std::move(summary), {}, {}, {}}); }
    void end_details() { blocks.push_back({Block::Kind::details_end, {}, {}, {}, {}}); }
};

std::string html_of(const Section& section) {
    using visual::escape_xml;
    std::string out;
    for (const Block& b : section.blocks) {
        switch (b.kind) {
            case Block::Kind::paragraph: out += "<p>" + escape_xml(b.text) + "</p>\n"; break;
            case Block::Kind::heading: out += "<h3>" + escape_xml(b.text) + "</h3>\n"; break;
            case Block::Kind::details_begin: out += "<details><summary>" + escape_xml(b.text) + "</summary>\n"; break;
            case Block::Kind::details_end: out += "</details>\n"; break;
            case Block::Kind::figure:
                out += "<figure>" + visual::inline_svg(b.svg) + "<figcaption>" + escape_xml(b.text) +
                       "</figcaption></figure>\n";
                break;
            case Block::Kind::table: {
                out += "<table>\n<thead><tr>";
                for (std::size_t c = 0; c < b.table.header.size(); ++c) {
                    out += std::string(b.table.numeric[c] ? "<th class=\"number\">" : "<th>") + escape_xml(b.table.header[c]) + "</th>";
                }
                out += "</tr></thead>\n<tbody>\n";
                for (const auto& row : b.table.rows) {
                    out += "<tr>";
                    for (std::size_t c = 0; c < row.size(); ++c) {
                        out += std::string(b.table.numeric[c] ? "<td class=\"number\">" : "<td>") + escape_xml(row[c]) + "</td>";
                    }
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
                break;
            }
        }
    }
    return out;
}

// Markdown text: sanitised, markup characters as entities (a Markdown viewer renders inline HTML),
// and the characters Markdown gives meaning to escaped.
std::string md_text(std::string_view text) {
    std::string out;
    for (const char c : visual::sanitize_label(text)) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '|': case '\\': case '*': case '_': case '`': case '[': case ']': case '#':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

std::string markdown_of(const Section& section) {
    std::string out = "## " + md_text(section.title) + "\n\n";
    for (const Block& b : section.blocks) {
        switch (b.kind) {
            case Block::Kind::paragraph: out += md_text(b.text) + "\n\n"; break;
            case Block::Kind::heading: out += "### " + md_text(b.text) + "\n\n"; break;
            case Block::Kind::details_begin: out += "**" + md_text(b.text) + "**\n\n"; break;
            case Block::Kind::details_end: break;
            case Block::Kind::figure: out += "![" + md_text(b.text) + "](" + b.image + ")\n\n"; break;
            case Block::Kind::table: {
                out += "|";
                for (const std::string& h : b.table.header) out += " " + md_text(h) + " |";
                out += "\n|";
                for (std::size_t c = 0; c < b.table.header.size(); ++c) out += b.table.numeric[c] ? " ---: |" : " --- |";
                out += "\n";
                for (const auto& row : b.table.rows) {
                    out += "|";
                    for (const std::string& cell : row) out += " " + md_text(cell) + " |";
                    out += "\n";
                }
                out += "\n";
                break;
            }
        }
    }
    return out;
}

// ---- Number formatting for the report ----------------------------------------------------------

std::string fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}
std::string percent(const std::optional<double>& value) { return value ? fixed(100 * *value, 1) + " %" : "-"; }
std::string optional_fixed(const std::optional<double>& value, int decimals) { return value ? fixed(*value, decimals) : "-"; }
std::string thousands(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}
std::string movement(const io::RankRow& row) {
    if (!row.engagement_rank) return "";
    const long long move = static_cast<long long>(*row.engagement_rank) - static_cast<long long>(row.rank);
    return move > 0 ? "+" + std::to_string(move) : std::to_string(move);
}

// Where the bundled dataset is: next to the binary (an installed tree), above it (build/), or in
// the source tree this binary was built from.
std::string default_input() {
    std::error_code error;
    const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", error);
    std::vector<std::filesystem::path> candidates;
    if (!error) {
        candidates.push_back(exe.parent_path() / "datasets" / "pharma-fr");
        candidates.push_back(exe.parent_path().parent_path() / "share" / "ricochet" / "datasets" / "pharma-fr");
        candidates.push_back(exe.parent_path().parent_path() / "datasets" / "pharma-fr");
    }
    if (std::string_view(RICOCHET_SOURCE_DIR).size() > 0) {
        candidates.push_back(std::filesystem::path(RICOCHET_SOURCE_DIR) / "datasets" / "pharma-fr");
    }
    for (const auto& c : candidates) {
        if (!std::filesystem::is_directory(c, error)) continue;
        // Shown relative to the working folder when it is below it (the report names its input).
        const std::filesystem::path relative = std::filesystem::relative(c, std::filesystem::current_path(error), error);
        if (!error && !relative.empty() && *relative.begin() != "..") return relative.string();
        return c.lexically_normal().string();
    }
    throw UsageError("analyze: no INPUT given and the bundled dataset datasets/pharma-fr is not next to the binary");
}

std::string label_of(const Dataset& dataset, VertexId v) { return dataset.actors[v].label(); }

// A file name from an actor id: letters, digits, `.`, `-` and `_` kept, anything else (a slash
// above all) becomes `_`; a name already taken gets the team's position appended.
std::string file_slug(std::string_view id, std::size_t position, std::vector<std::string>& taken) {
    std::string slug;
    for (const char c : id) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                          (c == '.' && !slug.empty());
        slug += keep ? c : '_';
    }
    if (slug.empty() || slug.size() > 100 || std::find(taken.begin(), taken.end(), slug) != taken.end()) {
        slug = slug.substr(0, 100) + "-" + std::to_string(position + 1);
    }
    taken.push_back(slug);
    return slug;
}

Table rank_rows_table(const io::RankTable& table, bool team_level) {
    Table t;
    t.header = {"#", team_level ? "team" : "actor", "sector", "score", "engagement baseline #", "movement"};
    t.numeric = {true, false, false, true, true, true};
    for (const io::RankRow& row : table.rows) {
        t.rows.push_back({std::to_string(row.rank), row.name.empty() ? row.id : row.name, row.sector, fixed(row.score, 1),
                          row.engagement_rank ? std::to_string(*row.engagement_rank) : "", movement(row)});
    }
    return t;
}

}  // namespace

int run_analyze(const std::vector<std::string>& arguments) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    std::string out_dir = "report", config, seed_text = "1", teams_text = "5";
    bool timestamp = false;
    po::options_description options("Options");
    options.add_options()
        ("out", po::value(&out_dir)->value_name("DIR")->default_value(out_dir), "the folder to write the report into")
        ("config", po::value(&config)->value_name("FILE"), "score weights, as for ricochet rank --config")
        ("seed", po::value(&seed_text)->value_name("N")->default_value(seed_text), "seed of communities and layouts")
        ("teams", po::value(&teams_text)->value_name("N")->default_value(teams_text),
         "team cards and team maps for the first N of the Top 10 leadership teams")
        ("timestamp", po::bool_switch(&timestamp), "record the time of the run in results.json (off: same input, same bytes)");
    po::options_description reading("Input (the analyses leave the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    if (!parse_command_line("analyze", "ricochet analyze [INPUT] [--out DIR] [--config FILE] [--seed N]", arguments, options,
                            input)) {
        return 0;
    }
    const std::uint64_t seed = parse_count("--seed", seed_text);
    const std::uint64_t team_cards = parse_count("--teams", teams_text);
    if (team_cards > 10) throw UsageError("--teams: expected an integer from 0 to 10, got " + quote_token(teams_text));
    if (out_dir.empty()) throw UsageError("--out: expected a folder, got \"\"");
    if (input.empty()) input = default_input();
    const InputOptions in = make_input_options(input, input_texts);

    Progress progress(11);
    progress.stage("reading " + in.path);
    const algorithms::ScoreWeights weights = config.empty() ? algorithms::ScoreWeights{} : io::read_score_config(config);
    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    const InfluenceGraph influence = build_influence_graph(dataset, in.influence);
    const Graph& graph = influence.graph;
    const TimeWindow& window = in.influence.window;
    const std::string digest = io::input_sha256(in.path);

    // Statistics, as `ricochet stats` (every layer).
    progress.stage("statistics");
    InfluenceOptions all_layers = in.influence;
    all_layers.layers = LayerSet::all();
    const InfluenceGraph full = build_influence_graph(dataset, all_layers);
    const algorithms::DatasetStats stats = algorithms::dataset_stats(dataset, full, all_layers);
    const io::StatsContext stats_context{in.path, read.format, all_layers, {}};

    // Communities, as `ricochet communities`.
    progress.stage("communities");
    io::CommunityReport communities;
    communities.input = in.path;
    communities.influence = in.influence;
    communities.options.seed = seed;
    communities.vertices = graph.vertex_count();
    communities.arcs = graph.arc_count();
    communities.result = algorithms::stable_communities(graph, communities.method, communities.options, 1);
    {
        std::vector<VertexId> by_id(graph.vertex_count());
        std::iota(by_id.begin(), by_id.end(), VertexId{0});
        std::sort(by_id.begin(), by_id.end(), [&](VertexId a, VertexId b) { return dataset.actors[a].id < dataset.actors[b].id; });
        std::vector<std::uint32_t> rank(graph.vertex_count());
        for (std::uint32_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
        algorithms::renumber_by_size(communities.result.best, rank);
    }
    communities.modularity = algorithms::community_quality(graph, communities.result.best, communities.options);
    communities.pagerank = algorithms::pagerank(graph).values;
    communities.summaries = algorithms::summarise_communities(dataset, graph, communities.result.best, communities.pagerank, 5);

    // Teams, as `ricochet teams`.
    progress.stage("team amplification");
    io::TeamReport teams;
    teams.input = in.path;
    teams.influence = in.influence;
    teams.options.window = window;
    teams.teams = algorithms::team_metrics(dataset, graph, teams.options, 3);
    const std::vector<algorithms::TeamMetrics> metrics_in_team_order = teams.teams;
    io::sort_teams(teams.teams, dataset);

    // Cascades, as `ricochet cascades --min-size 2`.
    progress.stage("cascades");
    io::CascadeReport cascades;
    cascades.input = in.path;
    cascades.influence = in.influence;
    cascades.options.window = window;
    cascades.min_size = 2;
    cascades.result = algorithms::find_cascades(dataset, graph, cascades.options);
    std::erase_if(cascades.result.cascades, [](const algorithms::Cascade& c) { return c.size < 2; });

    // Scores and the study's tables, as `ricochet rank --preset study` and `--level actor --compare engagement`.
    progress.stage("scores and rankings");
    const auto normalised = [](const Components& w) {
        Components out{};
        double total = 0;
        for (const double x : w) total += x;
        for (std::size_t c = 0; c < w.size(); ++c) out[c] = w[c] / total;
        return out;
    };
    io::RankReport study;
    study.input = in.path;
    study.influence = in.influence;
    study.level = "team";
    study.by = "influence";
    study.engagement_weights = weights.engagement;
    study.compare = true;
    study.preset = "study";
    study.weights = normalised(weights.team);
    for (const auto name : EnumNames<algorithms::TeamComponent>::names) study.components.emplace_back(name);
    const std::vector<Candidate> team_rows = team_candidates(dataset, graph, window, weights.engagement, metrics_in_team_order);
    for (const PresetTable& t : study_tables) {
        const std::optional<std::string> sector = t.sector ? std::optional<std::string>(t.sector) : std::nullopt;
        io::RankTable table = rank_table_of(team_rows, std::nullopt, sector, weights.team, std::nullopt, nullptr, true, t.top);
        table.title = t.title;
        study.tables.push_back(std::move(table));
    }
    io::RankReport actors = study;
    actors.level = "actor";
    actors.preset.reset();
    actors.tables.clear();
    actors.components.clear();
    actors.weights = normalised(weights.actor);
    for (const auto name : EnumNames<algorithms::ActorComponent>::names) actors.components.emplace_back(name);
    const std::vector<Candidate> actor_rows = actor_candidates(dataset, graph, window, weights.engagement);
    actors.tables.push_back(rank_table_of(actor_rows, std::nullopt, std::nullopt, weights.actor, std::nullopt, nullptr, true,
                                          std::nullopt));
    std::map<std::string, io::RankTable> by_kind;
    for (const char* kind : {"association", "kol", "media"}) {
        by_kind[kind] = rank_table_of(actor_rows, std::string(kind), std::nullopt, weights.actor, std::nullopt, nullptr, true, 10);
    }

    // Amplification paths from the top team to the associations, as `ricochet paths`.
    progress.stage("amplification paths");
    io::PathReport paths;
    paths.input = in.path;
    paths.influence = in.influence;
    paths.vertices = graph.vertex_count();
    paths.arcs = graph.arc_count();
    std::optional<ActorIndex> top_team;
    const auto index_of = actor_index(dataset);
    if (!study.tables.front().rows.empty()) top_team = index_of.at(study.tables.front().rows.front().id);
    if (top_team) {
        const algorithms::HopGraph hops = algorithms::content_hops(dataset, graph, in.influence);
        paths.hop_count = hops.hop_count();
        paths.from = {"team", dataset.actors[*top_team].id, {*top_team}};
        for (const Team& t : ricochet::teams(dataset)) {
            if (t.organisation == *top_team) paths.from.members = t.members;
        }
        paths.to = {"kind", "association", {}};
        for (VertexId v = 0; v < dataset.actors.size(); ++v) {
            if (dataset.actors[v].kind == ActorKind::association) paths.to.members.push_back(v);
        }
        paths.k = 5;
        paths.paths = algorithms::most_probable_paths(hops, paths.from.members, paths.to.members, paths.k);
    }

    // Maps: the network (SVG, PNG, GEXF) and the top teams.
    progress.stage("network map");
    visual::MapDataOptions data_options;
    data_options.source = in.path;
    data_options.influence = in.influence;
    data_options.seed = seed;
    data_options.weights = weights;
    const visual::MapData data = visual::map_data(dataset, graph, data_options);
    visual::NetworkView network_view;
    if (graph.vertex_count() > 10000) network_view.top = 10000;
    visual::Map network = visual::network_map(data, network_view);
    visual::layout(network);
    const std::string network_svg = visual::render(network, visual::ImageFormat::svg);
    const std::string network_png = visual::render(network, visual::ImageFormat::png, {.dpi = 48});
    const std::string network_gexf = visual::to_gexf(network);

    progress.stage("team maps");
    std::vector<std::pair<std::string, std::string>> team_maps;  // organisation id, SVG
    std::vector<std::string> team_files, taken;
    const std::size_t cards = std::min<std::size_t>(team_cards, study.tables.front().rows.size());
    for (std::size_t i = 0; i < cards; ++i) {
        const std::string& id = study.tables.front().rows[i].id;
        visual::Map map = visual::team_map(data, index_of.at(id), {});
        visual::layout(map);
        team_maps.emplace_back(id, visual::render(map, visual::ImageFormat::svg));
        team_files.push_back("maps/team-" + file_slug(id, i, taken) + ".svg");
    }

    // ---- The document ---------------------------------------------------------------------------
    progress.stage("report");
    std::vector<Section> sections;
    const std::uint64_t kinds_total = stats.actors();
    {
        Section s{"summary", "Summary", {}};
        std::string window_text = "all time";
        if (stats.first_time && stats.last_time) window_text = format_time(*stats.first_time) + " to " + format_time(*stats.last_time);
        s.paragraph(thousands(kinds_total) + " actors, " + thousands(stats.posts()) + " posts, " +
                    thousands(stats.engagements()) + " engagement events; " + thousands(graph.arc_count()) +
                    " arcs between actors (" + layer_list(in.influence.layers) + "); records from " + window_text + ".");
        Table t{{"kind", "actors"}, {false, true}, {}};
        for (std::size_t k = 0; k < stats.actors_by_kind.size(); ++k) {
            if (stats.actors_by_kind[k] > 0) t.rows.push_back({std::string(EnumNames<ActorKind>::names[k]), thousands(stats.actors_by_kind[k])});
        }
        s.table(std::move(t));
        s.paragraph(thousands(teams.teams.size()) + " leadership teams (an organisation and its executives); " +
                    thousands(communities.summaries.size()) + " communities (Leiden, modularity " +
                    fixed(communities.modularity, 3) + "); " + thousands(cascades.result.cascades.size()) +
                    " cascades of two posts or more.");
        sections.push_back(std::move(s));
    }
    {
        Section s{"top-teams", "Top 10 leadership teams", {}};
        s.paragraph("The network-aware influence score (0-100) next to the engagement baseline the published rankings use "
                    "(reactions + comments + shares of the executives' posts). Movement: places gained over the baseline's rank.");
        s.table(rank_rows_table(study.tables.front(), true));
        sections.push_back(std::move(s));
    }
    {
        Section s{"sectors", "Sector tables", {}};
        for (std::size_t i = 1; i < study.tables.size(); ++i) {
            const io::RankTable& table = study.tables[i];
            s.details(table.title + " (" + std::to_string(table.rows.size()) + " of " + std::to_string(table.scope) + " teams)");
            s.table(rank_rows_table(table, true));
            s.end_details();
        }
        sections.push_back(std::move(s));
    }
    {
        Section s{"team-cards", "Top teams", {}};
        for (std::size_t i = 0; i < team_maps.size(); ++i) {
            const auto it = std::find_if(teams.teams.begin(), teams.teams.end(), [&](const algorithms::TeamMetrics& t) {
                return dataset.actors[t.organisation].id == team_maps[i].first;
            });
            const algorithms::TeamMetrics& t = *it;
            s.heading(std::to_string(i + 1) + ". " + label_of(dataset, t.organisation) + " - " +
                      std::string(to_string(t.profile)));
            Table card{{"measure", "value"}, {false, true}, {}};
            card.rows = {{"members", std::to_string(t.members.size())},
                         {"active members", std::to_string(t.active_members)},
                         {"engagement (executives)", thousands(t.engagement)},
                         {"carrier", t.carrier ? label_of(dataset, *t.carrier) + " (" + percent(t.carrier_share) + ")" : "-"},
                         {"internal share", percent(t.internal_share)},
                         {"ricochet rate", percent(t.ricochet_rate)},
                         {"ricochet lag", t.ricochet_lag_h ? fixed(*t.ricochet_lag_h, 1) + " h" : "-"},
                         {"ricochet yield", optional_fixed(t.ricochet_yield, 2)},
                         {"external rebound", percent(t.external_rebound)},
                         {"engagement Gini", optional_fixed(t.gini, 2)},
                         {"reach (distinct amplifiers)", thousands(t.reach)}};
            s.table(std::move(card));
            s.figure("Team map: " + label_of(dataset, t.organisation), team_maps[i].second, team_files[i]);
        }
        sections.push_back(std::move(s));
    }
    {
        Section s{"communities", "Communities", {}};
        Table t{{"#", "actors", "leaders (PageRank)", "stakeholder mix"}, {true, true, false, false}, {}};
        for (std::size_t c = 0; c < communities.summaries.size() && c < 10; ++c) {
            const algorithms::CommunitySummary& summary = communities.summaries[c];
            std::string leaders, mix;
            for (std::size_t l = 0; l < summary.leaders.size() && l < 3; ++l) {
                leaders += (l > 0 ? ", " : "") + label_of(dataset, summary.leaders[l]);
            }
            std::vector<std::pair<std::string, std::size_t>> kinds(summary.kinds.begin(), summary.kinds.end());
            std::stable_sort(kinds.begin(), kinds.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
            for (const auto& [kind, n] : kinds) mix += (mix.empty() ? "" : ", ") + kind + " " + std::to_string(n);
            t.rows.push_back({std::to_string(summary.community + 1), thousands(summary.size), leaders, mix});
        }
        s.table(std::move(t));
        sections.push_back(std::move(s));
    }
    {
        Section s{"stakeholders", "Top associations, KOLs and media", {}};
        for (const auto& [kind, table] : by_kind) {
            s.heading(kind == "kol" ? "Key opinion leaders" : kind == "media" ? "Media" : "Associations");
            Table t{{"#", "actor", "score", "engagement baseline #", "movement"}, {true, false, true, true, true}, {}};
            for (const io::RankRow& row : table.rows) {
                t.rows.push_back({std::to_string(row.rank), row.name.empty() ? row.id : row.name, fixed(row.score, 1),
                                  row.engagement_rank ? std::to_string(*row.engagement_rank) : "", movement(row)});
            }
            s.table(std::move(t));
        }
        sections.push_back(std::move(s));
    }
    {
        Section s{"cascades", "Largest cascades", {}};
        Table t{{"root post", "author", "posts", "depth", "max breadth", "structural virality"}, {false, false, true, true, true, true}, {}};
        for (std::size_t i = 0; i < cascades.result.cascades.size() && i < 10; ++i) {
            const algorithms::Cascade& c = cascades.result.cascades[i];
            const Post& root = dataset.posts[c.root];
            t.rows.push_back({root.id, label_of(dataset, root.author), std::to_string(c.size), std::to_string(c.depth),
                              std::to_string(c.max_breadth), optional_fixed(c.structural_virality, 2)});
        }
        s.table(std::move(t));
        sections.push_back(std::move(s));
    }
    {
        Section s{"paths", "Amplification paths of the top team", {}};
        if (top_team) {
            s.paragraph("The most probable ways content of " + label_of(dataset, *top_team) +
                        "'s team reaches an association (hop probability: the share of the sender's posts the receiver echoed).");
            Table t{{"#", "probability", "hops", "path"}, {true, true, true, false}, {}};
            for (std::size_t i = 0; i < paths.paths.size(); ++i) {
                std::string route;
                for (const VertexId v : paths.paths[i].vertices) route += (route.empty() ? "" : " > ") + label_of(dataset, v);
                char p[32];
                std::snprintf(p, sizeof p, "%.3g", paths.paths[i].probability);
                t.rows.push_back({std::to_string(i + 1), p, std::to_string(paths.paths[i].hops()), route});
            }
            s.table(std::move(t));
        } else {
            s.paragraph("No team was ranked.");
        }
        sections.push_back(std::move(s));
    }
    {
        Section s{"methodology", "Methodology", {}};
        s.paragraph("Arc u -> v: u amplified or addressed v (repost, quote, reply, comment, reaction, mention); its weight is "
                    "the sum over its interactions of the layer's weight (repost 1, quote 1, reply 0.5, comment 0.5, mention 0.5, "
                    "reaction 0.1).");
        s.paragraph("Engagement baseline: reactions + comments + shares of the posts (the published rankings' sum). Influence "
                    "score: a weighted sum of percentiles within the scored set (each component's mid-rank percentile x its "
                    "weight, 0-100).");
        Table w{{"level", "component", "weight"}, {false, false, true}, {}};
        for (std::size_t c = 0; c < component_count; ++c) {
            w.rows.push_back({"actor", std::string(EnumNames<algorithms::ActorComponent>::names[c]), fixed(actors.weights[c], 3)});
        }
        for (std::size_t c = 0; c < component_count; ++c) {
            w.rows.push_back({"team", std::string(EnumNames<algorithms::TeamComponent>::names[c]), fixed(study.weights[c], 3)});
        }
        s.table(std::move(w));
        s.paragraph("Communities: Leiden on the undirected projection, modularity, resolution 1, seed " + std::to_string(seed) +
                    ", 2 rounds. Team ricochet: a member echoing a teammate's post within 72 h. Cascades: trees of echoes, flat "
                    "reposts re-attached to the latest earlier adopter the echoer follows (Goel et al. 2016). Paths: Yen's k "
                    "shortest paths on -log p. Maps: Graphviz sfdp (network, seed " + std::to_string(seed) +
                    ") and neato (teams), Okabe-Ito colours.");
        s.paragraph("Input " + in.path + ", SHA-256 " + digest + "; ricochet " RICOCHET_VERSION "; layers " +
                    layer_list(in.influence.layers) + ".");
        sections.push_back(std::move(s));
    }

    // ---- The files ---------------------------------------------------------------------------------
    visual::ReportPage page;
    page.title = "ricochet: who amplifies whom";
    page.subtitle = in.path + " - " + thousands(kinds_total) + " actors, " + thousands(graph.arc_count()) + " arcs - seed " +
                    std::to_string(seed);
    page.map = network;
    for (const Section& s : sections) page.sections.push_back({s.id, s.title, html_of(s)});
    const std::string html = visual::report_html(page);

    std::string markdown = "# " + md_text(page.title) + "\n\n" + md_text(page.subtitle) + "\n\n![The network](maps/network.svg)\n\n";
    for (const Section& s : sections) markdown += markdown_of(s);

    Json results;
    Json manifest;
    manifest["ricochet"] = RICOCHET_VERSION;
    manifest["input"] = in.path;
    manifest["input_format"] = std::string(to_string(read.format));
    manifest["input_sha256"] = digest;
    manifest["seed"] = seed;
    manifest["parameters"] = {{"layers", layer_list(in.influence.layers)},
                              {"since", window.since ? Json(format_time(*window.since)) : Json(nullptr)},
                              {"until", window.until ? Json(format_time(*window.until)) : Json(nullptr)},
                              {"layer_weights", Json::array()},
                              {"config", config.empty() ? Json(nullptr) : Json(config)},
                              {"team_cards", cards}};
    for (std::size_t l = 0; l < layer_count; ++l) {
        manifest["parameters"]["layer_weights"].push_back({{"layer", EnumNames<Layer>::names[l]}, {"weight", in.influence.weights.values[l]}});
    }
    if (timestamp) {
        const auto now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
        manifest["timestamp"] = format_time(Time{now});
    }
    results["manifest"] = manifest;
    results["stats"] = Json::parse(io::stats_json(stats, stats_context));
    results["rankings"] = Json::parse(io::rank_json(study));
    results["actors"] = Json::parse(io::rank_json(actors));
    results["teams"] = Json::parse(io::teams_json(teams, dataset));
    results["communities"] = Json::parse(io::communities_json(communities, dataset));
    results["cascades"] = Json::parse(io::cascades_json(cascades, dataset));
    results["paths"] = top_team ? Json::parse(io::paths_json(paths, dataset)) : Json(nullptr);

    std::vector<std::pair<std::string, std::string>> files = {
        {"report.html", html},
        {"report.md", markdown},
        {"results.json", results.dump(1) + "\n"},
        {"actors.csv", io::rank_csv(actors)},
        {"teams.csv", io::teams_csv(teams, dataset)},
        {"communities.csv", io::communities_csv(communities, dataset)},
        {"cascades.csv", io::cascades_csv(cascades, dataset)},
        {"network.gexf", network_gexf},
        {"maps/network.svg", network_svg},
        {"maps/network.png", network_png},
    };
    for (std::size_t i = 0; i < team_maps.size(); ++i) files.emplace_back(team_files[i], team_maps[i].second);
    progress.stage("writing " + out_dir);
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(out_dir) / "maps", error);
    if (error) throw IoError(out_dir + ": cannot create the folder: " + error.message());
    for (const auto& [name, content] : files) io::write_file_atomically(std::filesystem::path(out_dir) / name, content);
    progress.finish((std::filesystem::path(out_dir) / "report.html").string());
    return 0;
}

}  // namespace ricochet::cli
