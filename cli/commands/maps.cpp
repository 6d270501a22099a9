// SPDX-License-Identifier: MIT
// ricochet render INPUT: pictures of the network, a team, or the paths between two actors.
// ricochet export INPUT: the same map as GEXF, GraphML, DOT, graphology JSON or CSV.
// Both share the map options; every output of one run comes from one layout.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

#include "algorithms/amplification/paths.hpp"
#include "cli/command.hpp"
#include "cli/input_options.hpp"
#include "io/atomic_file.hpp"
#include "visual/export.hpp"
#include "visual/render.hpp"
#include "visual/views.hpp"

namespace ricochet::cli {

namespace po = boost::program_options;

namespace {

// Networks larger than this are cut to their largest vertices unless a filter is given: sfdp
// needs about 10 s per 10,000 vertices here, and a picture of more says less.
constexpr std::size_t default_vertex_limit = 10000;

enum class Output : std::uint8_t { svg, png, pdf, gexf, graphml, dot, json, csv };
constexpr const char* output_names[] = {"svg", "png", "pdf", "gexf", "graphml", "dot", "json", "csv"};

std::optional<Output> output_of(std::string_view name) {
    for (std::size_t i = 0; i < std::size(output_names); ++i) {
        if (name == output_names[i]) return static_cast<Output>(i);
    }
    return std::nullopt;
}

bool is_image(Output o) { return o == Output::svg || o == Output::png || o == Output::pdf; }

struct MapTexts {
    std::string view = "network";
    std::string team, from, to, k = "5";
    std::string color_by, size_by = "influence", labels = "20";
    std::string top, k_core, min_weight, neighbours = "30", backdrop = "30";
    std::string seed = "1", dpi = "96";
    std::string format;
    std::vector<std::string> outputs;
};

void add_map_options(po::options_description& options, MapTexts& t, bool render) {
    options.add_options()
        ("view", po::value(&t.view)->value_name("VIEW")->default_value(t.view),
         "network (the whole graph, filtered), team (--team ID) or paths (--from A --to B)")
        ("team", po::value(&t.team)->value_name("ID"), "team view: the organisation whose leadership team is drawn")
        ("from", po::value(&t.from)->value_name("A"), "paths view: the actor whose content travels")
        ("to", po::value(&t.to)->value_name("B"), "paths view: the actor it reaches")
        (",k", po::value(&t.k)->value_name("K")->default_value(t.k), "paths view: how many paths, most probable first")
        ("color-by", po::value(&t.color_by)->value_name("WHAT"),
         "community (network default), kind (team default) or sector")
        ("size-by", po::value(&t.size_by)->value_name("MEASURE")->default_value(t.size_by),
         "vertex area by: influence, engagement, community, or a centrality column (pagerank, in_strength, ...)")
        ("labels", po::value(&t.labels)->value_name("N")->default_value(t.labels),
         "network view: names on the N largest vertices")
        ("top", po::value(&t.top)->value_name("N"), "network view: only the N largest vertices (default: all, "
                                                     "or the 10,000 largest of a larger graph)")
        ("k-core", po::value(&t.k_core)->value_name("K"), "network view: only vertices of core number >= K")
        ("min-weight", po::value(&t.min_weight)->value_name("W"),
         "network view: leave out arcs of weight < W, and vertices left without arcs")
        ("neighbours", po::value(&t.neighbours)->value_name("N")->default_value(t.neighbours),
         "team view: outside actors shown (most arc weight with the team first)")
        ("backdrop", po::value(&t.backdrop)->value_name("N")->default_value(t.backdrop),
         "paths view: neighbours drawn faded behind the paths")
        ("seed", po::value(&t.seed)->value_name("N")->default_value(t.seed), "seed of communities and layout");
    if (render) {
        options.add_options()
            ("format", po::value(&t.format)->value_name("FORMAT"),
             "svg, png or pdf (default: from the file name, else svg)")
            ("dpi", po::value(&t.dpi)->value_name("D")->default_value(t.dpi), "PNG resolution")
            ("output,o", po::value(&t.outputs)->value_name("FILE"),
             "write to FILE (repeat for several formats from one layout: map.svg, map.png, map.pdf, and "
             "also map.gexf, map.graphml, map.dot, map.json); default: stdout");
    } else {
        options.add_options()
            ("format", po::value(&t.format)->value_name("FORMAT"),
             "gexf, graphml, dot, json (graphology) or csv (default: from the file name)")
            ("output,o", po::value(&t.outputs)->value_name("FILE|DIR"),
             "write to FILE (csv: into folder DIR, as nodes.csv and edges.csv; repeat for several formats "
             "from one layout); default: stdout");
    }
}

// The output formats, one per -o (or one for stdout), checked before any file is read.
std::vector<std::pair<Output, std::string>> outputs_of(const MapTexts& t, bool render) {
    std::optional<Output> forced;
    if (!t.format.empty()) {
        forced = output_of(t.format);
        if (!forced || is_image(*forced) != render) {
            throw UsageError(std::string("--format: expected ") +
                                 (render ? "svg, png or pdf" : "gexf, graphml, dot, json or csv") + ", got " +
                             quote_token(t.format));
        }
    }
    std::vector<std::pair<Output, std::string>> out;
    if (t.outputs.empty()) {
        const Output o = forced.value_or(render ? Output::svg : Output::gexf);
        if (o == Output::csv) throw UsageError("--format: csv writes two files, give the folder with -o DIR");
        out.emplace_back(o, "");
        return out;
    }
    for (const std::string& path : t.outputs) {
        std::string extension = std::filesystem::path(path).extension().string();
        if (!extension.empty()) extension.erase(0, 1);
        const std::optional<Output> o = output_of(extension);
        if (forced && t.outputs.size() == 1 && (!o || *o == *forced || *forced == Output::csv)) {
            out.emplace_back(*forced, path);  // the name says nothing else: --format decides
            continue;
        }
        if (o && !render && is_image(*o)) {
            throw UsageError("-o: export writes gexf, graphml, dot, json or csv (pictures: ricochet render), got " +
                             quote_token(path));
        }
        if (!o || o == Output::csv) {
            throw UsageError("-o: cannot tell the format from the file name (.svg, .png, .pdf, .gexf, .graphml, .dot, "
                             ".json, or one -o with --format), got " +
                             quote_token(path));
        }
        if (forced && *o != *forced) {
            throw UsageError("-o: the file name says " + extension + " but --format says " + t.format + ", got " +
                             quote_token(path));
        }
        out.emplace_back(*o, path);
    }
    return out;
}

std::optional<std::uint64_t> optional_count(std::string_view option, const std::string& text) {
    if (text.empty()) return std::nullopt;
    return parse_count(option, text);
}

std::optional<VertexId> find_actor(const Dataset& dataset, const std::string& id) {
    for (VertexId v = 0; v < dataset.actors.size(); ++v) {
        if (dataset.actors[v].id == id) return v;
    }
    return std::nullopt;
}

int run_map_command(const char* command, const std::vector<std::string>& arguments, bool render) {
    InputOptionTexts input_texts;
    input_texts.layers = "interactions";
    MapTexts t;
    po::options_description options("Options");
    add_map_options(options, t, render);
    po::options_description reading("Input (maps leave the member layer out unless --layers names it)");
    add_input_options(reading, input_texts);
    options.add(reading);
    std::string input;
    const std::string usage = std::string("ricochet ") + command + " INPUT [--view network|team|paths] [options]";
    if (!parse_command_line(command, usage, arguments, options, input)) return 0;
    if (input.empty()) throw UsageError(std::string(command) + ": no INPUT given");

    // Everything the user typed is checked before a file is read.
    const auto outputs = outputs_of(t, render);
    // Where the files go is checked before anything is read (a layout can take minutes).
    for (const auto& [format, path] : outputs) {
        if (path.empty()) continue;
        const std::filesystem::path target(path);
        const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error)) {
            throw IoError("-o: the folder " + quote_token(folder.string()) + " does not exist, got " + quote_token(path));
        }
        const bool is_folder = std::filesystem::is_directory(target, error);
        if (format == Output::csv ? std::filesystem::exists(target, error) && !is_folder : is_folder) {
            throw IoError(std::string("-o: ") + (format == Output::csv ? "csv needs a folder" : "a folder is in the way") +
                          ", got " + quote_token(path));
        }
    }
    if (t.view != "network" && t.view != "team" && t.view != "paths") {
        throw UsageError("--view: expected network, team or paths, got " + quote_token(t.view));
    }
    if ((t.view == "team") != !t.team.empty()) {
        throw UsageError(t.view == "team" ? "--view team: --team ID is required"
                                         : "--team: applies to --view team, got --view " + quote_token(t.view));
    }
    if (t.view == "paths" && (t.from.empty() || t.to.empty())) throw UsageError("--view paths: --from A and --to B are required");
    if (t.view != "paths" && (!t.from.empty() || !t.to.empty())) {
        throw UsageError("--from, --to: apply to --view paths, got --view " + quote_token(t.view));
    }
    if (t.view != "network" && (!t.top.empty() || !t.k_core.empty() || !t.min_weight.empty())) {
        throw UsageError("--top, --k-core, --min-weight: filter --view network, got --view " + quote_token(t.view));
    }
    // An option of another view is a mistake, not something to ignore.
    const MapTexts defaults;
    if (t.view != "network" && t.labels != defaults.labels) {
        throw UsageError("--labels: applies to --view network, got --view " + quote_token(t.view));
    }
    if (t.view != "team" && t.neighbours != defaults.neighbours) {
        throw UsageError("--neighbours: applies to --view team, got --view " + quote_token(t.view));
    }
    if (t.view != "paths" && (t.backdrop != defaults.backdrop || t.k != defaults.k)) {
        throw UsageError("--backdrop, -k: apply to --view paths, got --view " + quote_token(t.view));
    }
    if (t.view == "paths" && !t.color_by.empty()) {
        throw UsageError("--color-by: does not apply to --view paths (path colours), got " + quote_token(t.color_by));
    }
    visual::ColorBy color_by = t.view == "team" ? visual::ColorBy::kind : visual::ColorBy::community;
    if (!t.color_by.empty()) {
        if (t.color_by == "community") {
            color_by = visual::ColorBy::community;
        } else if (t.color_by == "kind") {
            color_by = visual::ColorBy::kind;
        } else if (t.color_by == "sector") {
            color_by = visual::ColorBy::sector;
        } else {
            throw UsageError("--color-by: expected community, kind or sector, got " + quote_token(t.color_by));
        }
    }
    const std::uint64_t k = parse_count("-k", t.k);
    if (k == 0 || k > 100) throw UsageError("-k: expected an integer from 1 to 100, got " + quote_token(t.k));
    const std::uint64_t labels = parse_count("--labels", t.labels);
    const auto top = optional_count("--top", t.top);
    if (top && *top == 0) throw UsageError("--top: expected a positive integer, got " + quote_token(t.top));
    const auto k_core = optional_count("--k-core", t.k_core);
    if (k_core && *k_core > 0xFFFFFFFFULL) throw UsageError("--k-core: too large, got " + quote_token(t.k_core));
    std::optional<double> min_weight;
    if (!t.min_weight.empty()) {
        min_weight = parse_real("--min-weight", t.min_weight);
        if (*min_weight < 0) throw UsageError("--min-weight: expected a number >= 0, got " + quote_token(t.min_weight));
    }
    const std::uint64_t neighbours = parse_count("--neighbours", t.neighbours);
    const std::uint64_t backdrop = parse_count("--backdrop", t.backdrop);
    const std::uint64_t seed = parse_count("--seed", t.seed);
    visual::RenderOptions render_options;
    render_options.dpi = parse_real("--dpi", t.dpi);
    if (!(render_options.dpi >= 10 && render_options.dpi <= 1200)) {
        throw UsageError("--dpi: expected a number from 10 to 1200, got " + quote_token(t.dpi));
    }
    const InputOptions in = make_input_options(input, input_texts);

    io::ReadResult read = io::read_dataset(in.path, in.read);
    print_warnings(read.warnings);
    const Dataset& dataset = read.dataset;
    const InfluenceGraph influence = build_influence_graph(dataset, in.influence);
    const Graph& graph = influence.graph;

    // Resolve the view's actors before computing anything long.
    std::optional<VertexId> team, from, to;
    if (!t.team.empty() && !(team = find_actor(dataset, t.team))) {
        throw InvalidArgument("--team: no actor has this id, got " + quote_token(t.team));
    }
    if (!t.from.empty() && !(from = find_actor(dataset, t.from))) {
        throw InvalidArgument("--from: no actor has this id, got " + quote_token(t.from));
    }
    if (!t.to.empty() && !(to = find_actor(dataset, t.to))) {
        throw InvalidArgument("--to: no actor has this id, got " + quote_token(t.to));
    }

    std::vector<algorithms::ContentPath> paths;
    if (t.view == "paths") {
        const algorithms::HopGraph hops = algorithms::content_hops(dataset, graph, in.influence);
        const VertexId source[] = {*from}, target[] = {*to};
        paths = algorithms::most_probable_paths(hops, source, target, static_cast<std::size_t>(k));
        if (paths.empty()) {
            throw InvalidArgument("--view paths: no amplification path leads from " + quote_token(t.from) + " to " +
                                  quote_token(t.to));
        }
    }

    visual::MapDataOptions data_options;
    data_options.source = in.path;
    data_options.influence = in.influence;
    data_options.seed = seed;
    // Pictures show one measure: centrality columns are computed only when a file carries them
    // (the exports) or the size is one of them. Saves most of the time on large graphs.
    const bool exports = std::any_of(outputs.begin(), outputs.end(), [](const auto& o) { return !is_image(o.first); });
    const bool size_is_column = t.size_by != "influence" && t.size_by != "engagement" && t.size_by != "community";
    if (!exports && !size_is_column) data_options.measures = std::vector<algorithms::Measure>{};
    const visual::MapData data = visual::map_data(dataset, graph, data_options);
    print_measure_warnings(data.diagnostics, "; its values are left undefined");
    (void)data.numbers(t.size_by);  // an unknown --size-by is reported before the layout

    visual::Map map;
    if (t.view == "network") {
        visual::NetworkView view;
        view.color_by = color_by;
        view.size_by = t.size_by;
        view.labels = static_cast<std::size_t>(labels);
        view.min_weight = min_weight;
        if (k_core) view.k_core = static_cast<std::uint32_t>(*k_core);
        if (top) view.top = static_cast<std::size_t>(*top);
        const bool needs_layout = std::any_of(outputs.begin(), outputs.end(), [](const auto& o) {
            return o.first != Output::dot && o.first != Output::csv;
        });
        if (needs_layout && !top && !k_core && !min_weight && graph.vertex_count() > default_vertex_limit) {
            view.top = default_vertex_limit;
            std::cerr << "ricochet: note: " << graph.vertex_count() << " actors: the map keeps the " << default_vertex_limit
                      << " largest by " << t.size_by << " (--top, --k-core or --min-weight to choose)\n";
        }
        map = visual::network_map(data, view);
    } else if (t.view == "team") {
        visual::TeamView view;
        view.color_by = color_by;
        view.neighbours = static_cast<std::size_t>(neighbours);
        view.size_by = t.size_by;
        map = visual::team_map(data, *team, view);
    } else {
        visual::PathsView view;
        view.backdrop = static_cast<std::size_t>(backdrop);
        view.size_by = t.size_by;
        map = visual::paths_map(data, paths, dataset.actors[*from].label(), dataset.actors[*to].label(), view);
    }

    // One layout for every output that needs positions; every file is made before any is written.
    bool laid_out = false;
    std::vector<std::pair<std::string, std::string>> files;  // path, content
    for (const auto& [format, path] : outputs) {
        if (format != Output::dot && format != Output::csv && !laid_out) {
            visual::layout(map);
            laid_out = true;
        }
        switch (format) {
            case Output::svg: files.emplace_back(path, visual::render(map, visual::ImageFormat::svg, render_options)); break;
            case Output::png: files.emplace_back(path, visual::render(map, visual::ImageFormat::png, render_options)); break;
            case Output::pdf: files.emplace_back(path, visual::render(map, visual::ImageFormat::pdf, render_options)); break;
            case Output::gexf: files.emplace_back(path, visual::to_gexf(map)); break;
            case Output::graphml: files.emplace_back(path, visual::to_graphml(map)); break;
            case Output::dot: files.emplace_back(path, visual::to_dot(map)); break;
            case Output::json: files.emplace_back(path, visual::to_graphology_json(map)); break;
            case Output::csv: {
                const visual::CsvTables tables = visual::to_csv(map);
                std::error_code error;
                std::filesystem::create_directories(path, error);
                if (error) throw IoError(path + ": cannot create the folder: " + error.message());
                files.emplace_back((std::filesystem::path(path) / "nodes.csv").string(), tables.nodes);
                files.emplace_back((std::filesystem::path(path) / "edges.csv").string(), tables.edges);
                break;
            }
        }
    }
    // All or nothing: every file goes to a temporary beside its target first, then all are renamed.
    std::vector<std::unique_ptr<io::AtomicFile>> pending;
    for (const auto& [path, content] : files) {
        if (path.empty() || path == "-") {
            emit(content, "");
            continue;
        }
        pending.push_back(std::make_unique<io::AtomicFile>(path));
        pending.back()->stream() << content;
    }
    for (const auto& file : pending) file->commit();
    return 0;
}

}  // namespace

int run_render(const std::vector<std::string>& arguments) { return run_map_command("render", arguments, true); }
int run_export(const std::vector<std::string>& arguments) { return run_map_command("export", arguments, false); }

}  // namespace ricochet::cli
