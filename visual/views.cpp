// SPDX-License-Identifier: MIT
#include "visual/views.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "algorithms/amplification/teams.hpp"
#include "algorithms/centrality/kcore.hpp"
#include "algorithms/centrality/pagerank.hpp"
#include "algorithms/community/detection.hpp"
#include "graph/error.hpp"
#include "graph/text.hpp"

namespace ricochet::visual {

namespace {

// Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
constexpr Color palette[] = {{230, 159, 0},  {86, 180, 233}, {0, 158, 115}, {240, 228, 66},
                             {0, 114, 178},  {213, 94, 0},   {204, 121, 167}};
constexpr std::size_t palette_size = std::size(palette);
constexpr Color other_color{187, 187, 187};
// Paul Tol's muted palette, one colour per layer (repost .. member), 40 % opaque.
constexpr Color layer_colors[layer_count] = {{51, 34, 136, 102},  {17, 119, 51, 102},   {68, 170, 153, 102},
                                             {153, 153, 51, 102}, {136, 34, 85, 102},   {221, 204, 119, 102},
                                             {136, 136, 136, 102}};
constexpr Color faded_vertex{221, 221, 221, 255};
constexpr Color faded_arc{170, 170, 170, 60};

constexpr double min_diameter = 5, diameter_range = 25;

bool is_echo_layer(Layer layer) {
    return layer == Layer::repost || layer == Layer::quote || layer == Layer::reply || layer == Layer::comment;
}

std::string short_number(double value) {
    if (value == 0) return "0";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 3);
    return std::string(buffer, result.ptr);
}

std::string thousands(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

const std::string& text_of(const MapData& data, VertexId v, std::size_t key) {
    static const std::string empty;
    const auto* text = std::get_if<std::string>(&data.values[v][key]);
    return text ? *text : empty;
}

// The map's vertex for graph vertex v: key, label and attribute values (the view styles it).
MapVertex make_vertex(const MapData& data, VertexId v) {
    const Actor& actor = data.dataset->actors[v];
    MapVertex vertex;
    vertex.key = actor.id;
    vertex.label = actor.label();
    vertex.values = data.values[v];
    return vertex;
}

// Colours by category: the seven most frequent categories among `vertices` get the palette (ties
// by name), the rest grey. Returns each vertex's colour and the legend section.
struct Coloring {
    std::vector<Color> colors;
    LegendSection legend;
};

Coloring color_vertices(const MapData& data, const std::vector<VertexId>& vertices, ColorBy by) {
    Coloring out;
    const std::size_t key = *data.key_index(by == ColorBy::kind ? "kind" : "sector");
    std::vector<std::string> category(vertices.size());
    std::map<std::string, std::size_t> counts;
    if (by == ColorBy::community) {
        std::map<std::uint32_t, std::size_t> community_counts;
        for (const VertexId v : vertices) ++community_counts[data.community[v]];
        std::vector<std::pair<std::uint32_t, std::size_t>> order(community_counts.begin(), community_counts.end());
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::map<std::uint32_t, std::size_t> slot;
        for (std::size_t i = 0; i < order.size() && i < palette_size; ++i) slot[order[i].first] = i;
        out.legend.title = "community (leader, actors on the map)";
        for (std::size_t i = 0; i < order.size() && i < palette_size; ++i) {
            const std::uint32_t c = order[i].first;
            out.legend.entries.push_back({LegendEntry::Symbol::disc,
                                          std::to_string(c + 1) + ": " +
                                              data.dataset->actors[data.community_leader[c]].label() + " (" +
                                              thousands(order[i].second) + ")",
                                          palette[i], 10});
        }
        std::size_t others = 0;
        for (const VertexId v : vertices) {
            const auto found = slot.find(data.community[v]);
            out.colors.push_back(found == slot.end() ? other_color : palette[found->second]);
            if (found == slot.end()) ++others;
        }
        if (others > 0) {
            out.legend.entries.push_back({LegendEntry::Symbol::disc,
                                          std::to_string(order.size() - palette_size) + " other communities (" +
                                              thousands(others) + ")",
                                          other_color, 10});
        }
        return out;
    }
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        category[i] = text_of(data, vertices[i], key);
        if (category[i].empty()) category[i] = "(none)";
        ++counts[category[i]];
    }
    std::vector<std::pair<std::string, std::size_t>> order(counts.begin(), counts.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::map<std::string, std::size_t> slot;
    for (std::size_t i = 0; i < order.size() && i < palette_size; ++i) slot[order[i].first] = i;
    out.legend.title = by == ColorBy::kind ? "kind (actors on the map)" : "sector (actors on the map)";
    for (std::size_t i = 0; i < order.size() && i < palette_size; ++i) {
        out.legend.entries.push_back({LegendEntry::Symbol::disc, order[i].first + " (" + thousands(order[i].second) + ")",
                                      palette[i], 10});
    }
    std::size_t others = 0;
    for (const std::string& c : category) {
        const auto found = slot.find(c);
        out.colors.push_back(found == slot.end() ? other_color : palette[found->second]);
        if (found == slot.end()) ++others;
    }
    if (others > 0) {
        out.legend.entries.push_back({LegendEntry::Symbol::disc, "others (" + thousands(others) + ")", other_color, 10});
    }
    return out;
}

double diameter_of(double value, double max) {
    if (!(max > 0) || !(value > 0)) return min_diameter;
    return min_diameter + diameter_range * std::sqrt(std::min(value, max) / max);
}

LegendSection size_legend(const std::string& measure, double max) {
    LegendSection section{"size: " + measure, {}};
    if (!(max > 0)) return section;
    for (const double fraction : {1.0, 0.25, 0.0}) {
        section.entries.push_back({LegendEntry::Symbol::disc, short_number(max * fraction), {120, 120, 120, 255},
                                   diameter_of(max * fraction, max)});
    }
    return section;
}

LegendSection layer_legend(const std::vector<MapArc>& arcs) {
    LegendSection section{"arc u -> v: u amplified v, by layer", {}};
    std::array<bool, layer_count> used{};
    for (const MapArc& a : arcs) used[static_cast<std::size_t>(a.layer)] = true;
    for (std::size_t l = 0; l < layer_count; ++l) {
        if (!used[l]) continue;
        Color c = layer_colors[l];
        c.a = 255;
        section.entries.push_back({LegendEntry::Symbol::line, std::string(EnumNames<Layer>::names[l]), c, 2});
    }
    return section;
}

// Arcs of `graph` between kept vertices (`slot[v]` = map index or npos), ordered as Map requires.
constexpr std::uint32_t absent = 0xFFFFFFFF;

template <class Keep>
std::vector<MapArc> arcs_between(const Graph& graph, const std::vector<VertexId>& vertices,
                                 const std::vector<std::uint32_t>& slot, Keep keep) {
    std::vector<MapArc> arcs;
    for (std::uint32_t i = 0; i < vertices.size(); ++i) {
        graph.for_each_out_arc(vertices[i], [&](VertexId target, const ArcProperties& arc) {
            if (slot[target] != absent && keep(vertices[i], target, arc)) {
                arcs.push_back({i, slot[target], arc.layer, arc.weight, layer_colors[static_cast<std::size_t>(arc.layer)],
                                1, false, {}});
            }
        });
    }
    std::sort(arcs.begin(), arcs.end(), [](const MapArc& a, const MapArc& b) {
        return std::tie(a.source, a.target, a.layer) < std::tie(b.source, b.target, b.layer);
    });
    double max = 0;
    for (const MapArc& a : arcs) max = std::max(max, a.weight);
    for (MapArc& a : arcs) a.width = 0.4 + 1.6 * std::sqrt(a.weight / max);
    return arcs;
}

std::vector<std::uint32_t> slots_of(const MapData& data, const std::vector<VertexId>& vertices) {
    std::vector<std::uint32_t> slot(data.graph->vertex_count(), absent);
    for (std::uint32_t i = 0; i < vertices.size(); ++i) slot[vertices[i]] = i;
    return slot;
}

// The `count` vertices of `candidates` with the largest `score` (ties by vertex index).
std::vector<VertexId> largest(std::vector<VertexId> candidates, const std::vector<double>& score, std::size_t count) {
    std::stable_sort(candidates.begin(), candidates.end(), [&](VertexId a, VertexId b) {
        return score[a] > score[b] || (score[a] == score[b] && a < b);
    });
    if (candidates.size() > count) candidates.resize(count);
    return candidates;
}

std::string color_name(ColorBy by) {
    return by == ColorBy::community ? "community (Leiden)" : by == ColorBy::kind ? "kind" : "sector";
}

}  // namespace

std::optional<std::size_t> MapData::key_index(std::string_view name) const {
    for (std::size_t k = 0; k < keys.size(); ++k) {
        if (keys[k].name == name) return k;
    }
    return std::nullopt;
}

std::vector<double> MapData::numbers(std::string_view name) const {
    const auto k = key_index(name);
    if (!k || keys[*k].type == AttributeType::text) {
        std::string names;
        for (const AttributeKey& key : keys) {
            if (key.type != AttributeType::text) names += (names.empty() ? "" : ", ") + key.name;
        }
        throw InvalidArgument("--size-by: expected a measure (" + names + "), got " + quote_token(name));
    }
    std::vector<double> out(values.size());
    for (std::size_t v = 0; v < values.size(); ++v) {
        const AttributeValue& x = values[v][*k];
        if (const auto* i = std::get_if<std::int64_t>(&x)) out[v] = static_cast<double>(*i);
        if (const auto* d = std::get_if<double>(&x)) out[v] = std::isfinite(*d) ? *d : 0;
    }
    return out;
}

MapData map_data(const Dataset& dataset, const Graph& graph, const MapDataOptions& options) {
    MapData data;
    data.dataset = &dataset;
    data.graph = &graph;
    data.seed = options.seed;
    const VertexId n = graph.vertex_count();
    const TimeWindow& window = options.influence.window;

    // Communities as `ricochet communities` finds and numbers them.
    algorithms::CommunityOptions community_options;
    community_options.seed = options.seed;
    algorithms::StableCommunities found =
        algorithms::stable_communities(graph, algorithms::CommunityMethod::leiden, community_options, 1);
    std::vector<VertexId> by_id(n);
    std::iota(by_id.begin(), by_id.end(), VertexId{0});
    std::sort(by_id.begin(), by_id.end(), [&](VertexId a, VertexId b) { return dataset.actors[a].id < dataset.actors[b].id; });
    std::vector<std::uint32_t> rank(n);
    for (std::uint32_t i = 0; i < by_id.size(); ++i) rank[by_id[i]] = i;
    const std::uint32_t communities = algorithms::renumber_by_size(found.best, rank);
    data.community.assign(found.best.begin(), found.best.end());
    data.pagerank = algorithms::pagerank(graph).values;
    data.community_leader.assign(communities, 0);
    std::vector<bool> seen(communities, false);
    for (VertexId v = 0; v < n; ++v) {
        const std::uint32_t c = data.community[v];
        if (!seen[c] || data.pagerank[v] > data.pagerank[data.community_leader[c]]) data.community_leader[c] = v;
        seen[c] = true;
    }

    // Scores as `ricochet rank --level actor`.
    const auto components = algorithms::actor_components(dataset, graph, window, options.weights.engagement);
    const auto scores = algorithms::score_rows(components, options.weights.actor);

    // Teams and their profiles.
    std::vector<std::string> team(n), profile(n);
    algorithms::TeamOptions team_options;
    team_options.window = window;
    for (const algorithms::TeamMetrics& t : algorithms::team_metrics(dataset, graph, team_options, 0)) {
        for (const ActorIndex m : t.members) {
            team[m] = dataset.actors[t.organisation].id;
            profile[m] = std::string(to_string(t.profile));
        }
    }

    // Centrality as `ricochet centrality`.
    algorithms::CentralityOptions centrality;
    if (options.measures) {
        centrality.measures = *options.measures;
    } else {
        for (const algorithms::Measure m : algorithms::all_measures()) {
            const bool path_measure = m == algorithms::Measure::betweenness || m == algorithms::Measure::harmonic;
            if (!path_measure || n <= path_measure_limit) centrality.measures.push_back(m);
        }
    }
    centrality.layers = options.influence.layers;
    algorithms::CentralityTable table = algorithms::compute_centrality(graph, centrality);
    data.diagnostics = std::move(table.diagnostics);

    data.keys = {{"kind", AttributeType::text},         {"organisation", AttributeType::text},
                 {"sector", AttributeType::text},       {"team", AttributeType::text},
                 {"profile", AttributeType::text},      {"community", AttributeType::integer},
                 {"influence", AttributeType::real},    {"engagement", AttributeType::real}};
    for (const algorithms::CentralityColumn& column : table.columns) {
        data.keys.push_back({column.name, column.integral ? AttributeType::integer : AttributeType::real});
    }
    data.values.assign(n, {});
    for (VertexId v = 0; v < n; ++v) {
        const Actor& actor = dataset.actors[v];
        std::vector<AttributeValue>& row = data.values[v];
        const auto text = [](const std::string& s) { return s.empty() ? AttributeValue{} : AttributeValue{s}; };
        std::string sector = actor.sector;
        if (sector.empty() && actor.organisation) sector = dataset.actors[*actor.organisation].sector;
        row.push_back(std::string(to_string(actor.kind)));
        row.push_back(text(actor.organisation ? dataset.actors[*actor.organisation].id : std::string()));
        row.push_back(text(sector));
        row.push_back(text(team[v]));
        row.push_back(text(profile[v]));
        row.push_back(static_cast<std::int64_t>(data.community[v]) + 1);
        row.push_back(scores[v].score);
        row.push_back(components[v][static_cast<std::size_t>(algorithms::ActorComponent::engagement)]);
        for (const algorithms::CentralityColumn& column : table.columns) {
            const double x = column.values[v];
            if (!std::isfinite(x)) {
                row.emplace_back();
            } else if (column.integral) {
                row.push_back(static_cast<std::int64_t>(std::llround(x)));
            } else {
                row.push_back(x);
            }
        }
    }

    std::string window_text = "all time";
    if (window.is_bounded()) {
        window_text = (window.since ? format_time(*window.since) : std::string("...")) + " to " +
                      (window.until ? format_time(*window.until) : std::string("..."));
    }
    data.caption = {"data: " + options.source + " (" + thousands(n) + " actors, " + thousands(dataset.posts.size()) +
                        " posts, " + thousands(graph.arc_count()) + " arcs)",
                    "time window: " + window_text + "; layers: " + layer_list(options.influence.layers),
                    "communities: Leiden (modularity, seed " + std::to_string(options.seed) +
                        "); influence: ricochet's network-aware score (0-100)"};
    return data;
}

Map network_map(const MapData& data, const NetworkView& view) {
    const Graph& graph = *data.graph;
    const VertexId n = graph.vertex_count();
    const std::vector<double> size = data.numbers(view.size_by);

    // Filters: arc weight, then k-core, then the largest vertices.
    std::vector<bool> keep(n, true);
    std::vector<bool> has_arc(n, false), had_arc(n, false);
    GraphBuilder filtered(n);
    for (VertexId u = 0; u < n; ++u) {
        graph.for_each_out_arc(u, [&](VertexId v, const ArcProperties& arc) {
            had_arc[u] = had_arc[v] = true;
            if (view.min_weight && arc.weight < *view.min_weight) return;
            has_arc[u] = has_arc[v] = true;
            filtered.add_arc(u, v, arc.layer, arc.weight);
        });
    }
    if (view.min_weight) {
        for (VertexId v = 0; v < n; ++v) keep[v] = has_arc[v] || !had_arc[v];
    }
    if (view.k_core) {
        const Graph kept = std::move(filtered).build();
        const std::vector<std::uint32_t> core = algorithms::core_numbers(kept);
        for (VertexId v = 0; v < n; ++v) keep[v] = keep[v] && core[v] >= *view.k_core;
    }
    std::vector<VertexId> vertices;
    for (VertexId v = 0; v < n; ++v) {
        if (keep[v]) vertices.push_back(v);
    }
    if (view.top) {
        vertices = largest(std::move(vertices), size, *view.top);
        std::sort(vertices.begin(), vertices.end());
    }
    const std::vector<std::uint32_t> slot = slots_of(data, vertices);

    Map map;
    map.name = "network";
    map.title = "Influence network";
    map.vertex_keys = data.keys;
    map.engine = LayoutEngine::sfdp;
    map.seed = data.seed;
    double max = 0;
    for (const VertexId v : vertices) max = std::max(max, size[v]);
    const Coloring coloring = color_vertices(data, vertices, view.color_by);
    const std::vector<VertexId> labelled = largest(vertices, size, view.labels);
    std::vector<bool> show(n, false);
    for (const VertexId v : labelled) show[v] = true;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        MapVertex vertex = make_vertex(data, vertices[i]);
        vertex.color = coloring.colors[i];
        vertex.size = diameter_of(size[vertices[i]], max);
        vertex.show_label = show[vertices[i]];
        map.vertices.push_back(std::move(vertex));
    }
    map.arcs = arcs_between(graph, vertices, slot, [&](VertexId, VertexId, const ArcProperties& arc) {
        return !view.min_weight || arc.weight >= *view.min_weight;
    });
    map.legend = {coloring.legend, size_legend(view.size_by, max), layer_legend(map.arcs)};
    std::erase_if(map.legend, [](const LegendSection& section) { return section.entries.empty(); });
    map.caption = data.caption;
    std::string filters;
    if (view.min_weight) filters += "arcs of weight >= " + short_number(*view.min_weight) + "; ";
    if (view.k_core) filters += std::to_string(*view.k_core) + "-core; ";
    if (view.top) filters += "the " + thousands(*view.top) + " largest by " + view.size_by + "; ";
    map.caption.push_back("map: " + thousands(map.vertices.size()) + " of " + thousands(n) + " actors, " +
                          thousands(map.arcs.size()) + " arcs" + (filters.empty() ? "" : " (" + filters.substr(0, filters.size() - 2) + ")") +
                          "; colour: " + color_name(view.color_by) + "; size: " + view.size_by +
                          "; layout: sfdp, seed " + std::to_string(data.seed));
    return map;
}

Map team_map(const MapData& data, ActorIndex organisation, const TeamView& view) {
    const Dataset& dataset = *data.dataset;
    const Graph& graph = *data.graph;
    const VertexId n = graph.vertex_count();
    std::optional<Team> found;
    for (Team& t : teams(dataset)) {
        if (t.organisation == organisation) found = std::move(t);
    }
    if (!found) {
        throw InvalidArgument("--team: this actor leads no team (no executive belongs to it), got " +
                              quote_token(dataset.actors[organisation].id));
    }
    std::vector<bool> member(n, false);
    for (const ActorIndex m : found->members) member[m] = true;
    // Outside actors by the weight of their arcs with members (either direction).
    std::vector<double> weight_with_team(n, 0);
    std::vector<VertexId> outside;
    for (const ActorIndex m : found->members) {
        const auto add = [&](VertexId other, const ArcProperties& arc) {
            if (member[other]) return;
            if (weight_with_team[other] == 0) outside.push_back(other);
            weight_with_team[other] += arc.weight;
        };
        graph.for_each_out_arc(m, add);
        graph.for_each_in_arc(m, add);
    }
    std::sort(outside.begin(), outside.end());
    outside = largest(std::move(outside), weight_with_team, view.neighbours);
    std::vector<VertexId> vertices(found->members.begin(), found->members.end());
    vertices.insert(vertices.end(), outside.begin(), outside.end());
    std::sort(vertices.begin(), vertices.end());
    const std::vector<std::uint32_t> slot = slots_of(data, vertices);

    const Actor& org = dataset.actors[organisation];
    Map map;
    map.name = "team";
    map.vertex_keys = data.keys;
    map.engine = LayoutEngine::neato;
    map.seed = data.seed;
    const std::size_t profile_key = *data.key_index("profile");
    const std::string& profile = text_of(data, organisation, profile_key);
    map.title = org.label() + ": leadership team" + (profile.empty() ? "" : " (" + profile + ")");
    map.groups.push_back({org.id, org.label() + " (team of " + std::to_string(found->members.size()) + ")",
                          {86, 180, 233, 38}});
    const std::vector<double> influence = data.numbers(view.size_by);
    double max = 0;
    for (const VertexId v : vertices) max = std::max(max, influence[v]);
    const Coloring coloring = color_vertices(data, vertices, view.color_by);
    const std::vector<VertexId> labelled_outside = largest(outside, weight_with_team, 10);
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        const VertexId v = vertices[i];
        MapVertex vertex = make_vertex(data, v);
        vertex.color = coloring.colors[i];
        vertex.size = diameter_of(influence[v], max);
        vertex.show_label = member[v] || std::find(labelled_outside.begin(), labelled_outside.end(), v) != labelled_outside.end();
        if (member[v]) vertex.group = org.id;
        map.vertices.push_back(std::move(vertex));
    }
    // Arcs with at least one member; echoes between members stand out.
    map.arcs = arcs_between(graph, vertices, slot, [&](VertexId u, VertexId v, const ArcProperties&) {
        return member[u] || member[v];
    });
    // Echoes (repost, quote, reply, comment) between members; counted by ordered pair.
    std::set<std::pair<std::uint32_t, std::uint32_t>> echo_pairs;
    for (MapArc& a : map.arcs) {
        if (member[vertices[a.source]] && member[vertices[a.target]] && is_echo_layer(a.layer)) {
            a.highlighted = true;
            a.color = {213, 94, 0, 230};
            a.width = std::max(2.0, a.width * 1.5);
            echo_pairs.insert({a.source, a.target});
        }
    }
    const std::size_t echoes = echo_pairs.size();
    LegendSection arcs = layer_legend(map.arcs);
    arcs.entries.push_back({LegendEntry::Symbol::line, "echo inside the team", {213, 94, 0, 255}, 4});
    map.legend = {coloring.legend, size_legend(view.size_by, max), arcs};
    map.caption = data.caption;
    map.caption.push_back("team: " + std::to_string(found->members.size()) + " members, " + std::to_string(echoes) +
                          " ordered pairs echoing each other (repost, quote, reply, comment); the " +
                          std::to_string(outside.size()) +
                          " outside actors with the most arc weight with the team; layout: neato");
    return map;
}

Map paths_map(const MapData& data, const std::vector<algorithms::ContentPath>& paths, const std::string& from,
              const std::string& to, const PathsView& view) {
    const Dataset& dataset = *data.dataset;
    const Graph& graph = *data.graph;
    const VertexId n = graph.vertex_count();
    std::vector<bool> on_path(n, false);
    std::vector<VertexId> vertices;
    for (const algorithms::ContentPath& p : paths) {
        for (const VertexId v : p.vertices) {
            if (!on_path[v]) vertices.push_back(v);
            on_path[v] = true;
        }
    }
    // The backdrop: neighbours of the paths, heaviest arcs with them first.
    std::vector<double> weight_with_paths(n, 0);
    std::vector<VertexId> around;
    for (const VertexId v : std::vector<VertexId>(vertices)) {
        const auto add = [&](VertexId other, const ArcProperties& arc) {
            if (on_path[other]) return;
            if (weight_with_paths[other] == 0) around.push_back(other);
            weight_with_paths[other] += arc.weight;
        };
        graph.for_each_out_arc(v, add);
        graph.for_each_in_arc(v, add);
    }
    std::sort(around.begin(), around.end());
    around = largest(std::move(around), weight_with_paths, view.backdrop);
    vertices.insert(vertices.end(), around.begin(), around.end());
    std::sort(vertices.begin(), vertices.end());
    const std::vector<std::uint32_t> slot = slots_of(data, vertices);

    Map map;
    map.name = "paths";
    map.vertex_keys = data.keys;
    map.engine = LayoutEngine::dot;
    map.seed = data.seed;
    map.content_direction = true;
    map.title = "How content of " + from + " reaches " + to;
    const std::vector<double> influence = data.numbers(view.size_by);
    double max = 0;
    for (const VertexId v : vertices) max = std::max(max, influence[v]);
    for (const VertexId v : vertices) {
        MapVertex vertex = make_vertex(data, v);
        vertex.size = diameter_of(influence[v], max);
        vertex.faded = !on_path[v];
        vertex.show_label = on_path[v];
        vertex.color = on_path[v] ? Color{0, 114, 178, 255} : faded_vertex;
        map.vertices.push_back(std::move(vertex));
    }
    // Hop a -> b of a path (content of a reaches b) is the graph's arc b -> a (b amplified a):
    // drawn on that arc's heaviest layer, in the colour of the first (most probable) path using it.
    std::map<std::pair<VertexId, VertexId>, std::pair<std::size_t, double>> hops;  // (b, a) -> (path, p)
    for (std::size_t r = 0; r < paths.size(); ++r) {
        for (std::size_t h = 0; h < paths[r].hops(); ++h) {
            hops.emplace(std::pair{paths[r].vertices[h + 1], paths[r].vertices[h]}, std::pair{r, paths[r].hop_probabilities[h]});
        }
    }
    // The layer that carried the hop: the heaviest echo layer (repost, quote, reply, comment: the
    // ones hop probabilities count), else the heaviest layer (the weight-share rule).
    std::map<std::pair<VertexId, VertexId>, Layer> carrier;
    for (const auto& hop : hops) {
        const std::pair<VertexId, VertexId>& arc = hop.first;  // not a binding: clang 14 lambdas
        std::pair<bool, double> best{false, -1};
        graph.for_each_out_arc(arc.first, [&](VertexId target, const ArcProperties& a) {
            if (target != arc.second) return;
            const std::pair<bool, double> key{is_echo_layer(a.layer), a.weight};
            if (key > best) {
                best = key;
                carrier[arc] = a.layer;
            }
        });
    }
    // Every arc between the kept vertices; the hop's own arc is the one drawn highlighted.
    map.arcs = arcs_between(graph, vertices, slot, [](VertexId, VertexId, const ArcProperties&) { return true; });
    for (MapArc& a : map.arcs) {
        const auto hop = hops.find({vertices[a.source], vertices[a.target]});
        if (hop == hops.end() || carrier.at(hop->first) != a.layer) {
            a.color = faded_arc;
            a.width = 0.5;
            continue;
        }
        a.highlighted = true;
        a.color = palette[hop->second.first % palette_size];
        a.width = 2.5;
        a.label = "p=" + short_number(hop->second.second);
    }
    LegendSection legend{"paths (most probable first; p = product of the hops' probabilities)", {}};
    for (std::size_t r = 0; r < paths.size(); ++r) {
        legend.entries.push_back({LegendEntry::Symbol::line,
                                  "#" + std::to_string(r + 1) + ": p=" + short_number(paths[r].probability) + ", " +
                                      std::to_string(paths[r].hops()) + (paths[r].hops() == 1 ? " hop" : " hops"),
                                  palette[r % palette_size], 3});
    }
    legend.entries.push_back({LegendEntry::Symbol::disc, "on a path", {0, 114, 178, 255}, 10});
    legend.entries.push_back({LegendEntry::Symbol::disc, "neighbourhood (backdrop)", faded_vertex, 10});
    map.legend = {legend, size_legend(view.size_by, max)};
    map.caption = data.caption;
    map.caption.push_back("paths: " + std::to_string(paths.size()) + " shown; arrows point the way content travels "
                          "(the reverse of u amplified v); hop p: share of the sender's posts the receiver echoed; "
                          "layout: dot");
    (void)dataset;
    return map;
}

}  // namespace ricochet::visual
