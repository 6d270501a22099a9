// SPDX-License-Identifier: MIT
// The views pick the right vertices and arcs and style them by the documented rules.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include "graph/error.hpp"
#include "visual/views.hpp"

using namespace ricochet;
using namespace ricochet::visual;

namespace {

//   Team "org" = {org, e1, e2, e3} (e1..e3 executives of org; member arcs left out).
//
//        x ==5==> e1 --1--> e2 --1--> e3        x amplified e1 five times (repost)
//                 e2 <--1-- e3                   y: e2 amplified y twice; z: z amplified e3 once
//        e2 ==2==> y        z --1--> e3          (mention, weight 0.5)
//        a --1--> b --1--> c --1--> a            a triangle outside the team, and d alone
Dataset drawn() {
    Dataset d;
    const auto actor = [&](std::string id, ActorKind kind, std::optional<ActorIndex> org = std::nullopt) {
        Actor a;
        a.id = std::move(id);
        a.kind = kind;
        a.organisation = org;
        d.actors.push_back(a);
        return static_cast<ActorIndex>(d.actors.size() - 1);
    };
    const ActorIndex org = actor("org", ActorKind::company);
    d.actors[org].sector = "medtech";
    const ActorIndex e1 = actor("e1", ActorKind::executive, org), e2 = actor("e2", ActorKind::executive, org),
                     e3 = actor("e3", ActorKind::executive, org);
    const ActorIndex x = actor("x", ActorKind::kol), y = actor("y", ActorKind::media), z = actor("z", ActorKind::kol);
    const ActorIndex a = actor("a", ActorKind::association), b = actor("b", ActorKind::association),
                     c = actor("c", ActorKind::association);
    actor("d", ActorKind::other);
    const auto arc = [&](ActorIndex s, ActorIndex t, Layer layer, double count) {
        d.interactions.push_back({s, t, layer, count, std::nullopt});
    };
    arc(x, e1, Layer::repost, 5);
    arc(e1, e2, Layer::repost, 1);
    arc(e2, e3, Layer::repost, 1);
    arc(e3, e2, Layer::repost, 1);
    arc(e2, y, Layer::repost, 2);
    arc(z, e3, Layer::mention, 1);
    arc(a, b, Layer::repost, 1);
    arc(b, c, Layer::repost, 1);
    arc(c, a, Layer::repost, 1);
    return d;
}

struct Fixture {
    Dataset dataset = drawn();
    InfluenceOptions options{{}, LayerSet::interactions(), {}};
    Graph graph = build_influence_graph(dataset, options).graph;
    MapData data = map_data(dataset, graph, {"drawn", options, 1, std::nullopt, {}});
};

std::set<std::string> keys_of(const Map& map) {
    std::set<std::string> keys;
    for (const MapVertex& v : map.vertices) keys.insert(v.key);
    return keys;
}

const MapVertex& vertex(const Map& map, const std::string& key) {
    return *std::find_if(map.vertices.begin(), map.vertices.end(), [&](const MapVertex& v) { return v.key == key; });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(views)

BOOST_FIXTURE_TEST_CASE(map_data_has_every_attribute_in_order, Fixture) {
    const std::vector<std::string> first = {"kind", "organisation", "sector", "team", "profile", "community",
                                            "influence", "engagement", "in_strength", "out_strength"};
    for (std::size_t k = 0; k < first.size(); ++k) BOOST_TEST(data.keys[k].name == first[k]);
    BOOST_TEST(data.key_index("pagerank").has_value());
    BOOST_TEST(data.key_index("betweenness").has_value());  // 11 vertices: path measures included
    // e1: executive of org, sector inherited, team org; x: no organisation, no team.
    const auto e1 = data.values[1], x = data.values[4];
    BOOST_TEST(std::get<std::string>(e1[0]) == "executive");
    BOOST_TEST(std::get<std::string>(e1[1]) == "org");
    BOOST_TEST(std::get<std::string>(e1[2]) == "medtech");
    BOOST_TEST(std::get<std::string>(e1[3]) == "org");
    BOOST_TEST(std::holds_alternative<std::monostate>(x[1]));
    BOOST_TEST(std::holds_alternative<std::monostate>(x[3]));
    // in_strength of e1: x's 5 reposts (weight 1 each).
    BOOST_TEST(data.numbers("in_strength")[1] == 5.0);
    // Communities numbered from 1; the triangle a, b, c is one community, d alone another.
    const auto community = data.numbers("community");
    BOOST_TEST(community[7] == community[8]);
    BOOST_TEST(community[8] == community[9]);
    BOOST_TEST(community[10] != community[7]);
    BOOST_TEST(*std::min_element(community.begin(), community.end()) == 1.0);
    BOOST_CHECK_EXCEPTION((void)data.numbers("kind"), InvalidArgument, [](const InvalidArgument& e) {
        return std::string(e.what()).starts_with("--size-by: expected a measure (community, influence, engagement");
    });
}

BOOST_FIXTURE_TEST_CASE(network_keeps_everything_by_default_and_sizes_by_area, Fixture) {
    NetworkView view;
    view.size_by = "in_strength";
    view.labels = 2;
    const Map map = network_map(data, view);
    check_map(map);
    BOOST_TEST(map.vertices.size() == 11u);
    BOOST_TEST(map.arcs.size() == 9u);
    // Diameter 5 + 25 sqrt(x / max): e1 has the largest in-strength (5) -> 30; e2 (1 from e1,
    // 1 from e3) -> 5 + 25 sqrt(2 / 5); e3 (1 + a mention at 0.5) -> 5 + 25 sqrt(1.5 / 5).
    BOOST_TEST(vertex(map, "e1").size == 30.0);
    BOOST_TEST(std::abs(vertex(map, "e2").size - (5 + 25 * std::sqrt(0.4))) < 1e-12);
    BOOST_TEST(std::abs(vertex(map, "e3").size - (5 + 25 * std::sqrt(0.3))) < 1e-12);
    BOOST_TEST(vertex(map, "d").size == 5.0);
    // Labels on the two largest: e1 (5), then e2 and y tie at 2: e2, the lower index.
    std::set<std::string> labelled;
    for (const MapVertex& v : map.vertices) {
        if (v.show_label) labelled.insert(v.key);
    }
    BOOST_TEST((labelled == std::set<std::string>{"e1", "e2"}));
    // Arc widths 0.4 + 1.6 sqrt(w / max): x -> e1 (5) is the widest.
    const auto widest = std::max_element(map.arcs.begin(), map.arcs.end(),
                                         [](const MapArc& p, const MapArc& q) { return p.width < q.width; });
    BOOST_TEST(map.vertices[widest->source].key == "x");
    BOOST_TEST(widest->width == 2.0);
    // A legend of colours, sizes, layers; a caption that states the filters and the seed.
    BOOST_REQUIRE(map.legend.size() == 3u);
    BOOST_TEST(map.legend[1].title == "size: in_strength");
    BOOST_TEST(map.legend[2].entries.size() == 2u);  // repost and mention are used
    BOOST_TEST(map.caption.back().find("11 of 11 actors, 9 arcs") != std::string::npos);
    BOOST_TEST(map.caption.back().find("seed 1") != std::string::npos);
}

BOOST_FIXTURE_TEST_CASE(network_filters_apply_in_order, Fixture) {
    NetworkView view;
    view.min_weight = 1.0;  // drops z -> e3 (a mention, weight 0.5), then z is bare and goes
    Map map = network_map(data, view);
    BOOST_TEST(keys_of(map).count("z") == 0u);
    BOOST_TEST(keys_of(map).count("d") == 1u);  // d never had an arc: not a filter's victim
    BOOST_TEST(map.arcs.size() == 8u);
    view = {};
    view.k_core = 2;  // the 2-core: the triangle a, b, c and the 2-cycle e2 <-> e3 with e1? no:
                      // undirected, e2 - e3 is one edge; e1 - e2 one; so only the triangle.
    map = network_map(data, view);
    BOOST_TEST((keys_of(map) == std::set<std::string>{"a", "b", "c"}));
    view = {};
    view.size_by = "in_strength";
    view.top = 2;
    map = network_map(data, view);
    BOOST_TEST((keys_of(map) == std::set<std::string>{"e1", "e2"}));
    BOOST_TEST(map.arcs.size() == 1u);  // e1 -> e2
}

BOOST_FIXTURE_TEST_CASE(colours_go_to_the_most_frequent_categories, Fixture) {
    NetworkView view;
    view.color_by = ColorBy::kind;
    const Map map = network_map(data, view);
    // Kinds: executive 3, association 3, kol 2, company, media, other: ties by name after count.
    const LegendSection& legend = map.legend[0];
    BOOST_REQUIRE(legend.entries.size() == 6u);
    BOOST_TEST(legend.entries[0].text == "association (3)");
    BOOST_TEST(legend.entries[1].text == "executive (3)");
    BOOST_TEST(legend.entries[2].text == "kol (2)");
    BOOST_TEST((vertex(map, "a").color == legend.entries[0].color));
    BOOST_TEST((vertex(map, "e3").color == legend.entries[1].color));
    // Colour-blind-safe: Okabe-Ito orange first.
    BOOST_TEST((legend.entries[0].color == Color{230, 159, 0, 255}));
}

BOOST_FIXTURE_TEST_CASE(team_view_boxes_members_and_highlights_their_echoes, Fixture) {
    TeamView view;
    view.neighbours = 2;  // x (weight 5 with the team) and y (2); z (0.5) is left out
    const Map map = team_map(data, 0, view);
    check_map(map);
    BOOST_TEST((keys_of(map) == std::set<std::string>{"org", "e1", "e2", "e3", "x", "y"}));
    for (const MapVertex& v : map.vertices) {
        const bool member = v.key == "org" || v.key[0] == 'e';
        BOOST_TEST(v.group == (member ? "org" : ""));
        if (member) BOOST_TEST(v.show_label);
    }
    // Echoes inside the team: e1 -> e2, e2 -> e3, e3 -> e2; not x -> e1 nor e2 -> y.
    std::set<std::pair<std::string, std::string>> highlighted;
    for (const MapArc& a : map.arcs) {
        if (a.highlighted) highlighted.insert({map.vertices[a.source].key, map.vertices[a.target].key});
    }
    BOOST_TEST((highlighted == std::set<std::pair<std::string, std::string>>{{"e1", "e2"}, {"e2", "e3"}, {"e3", "e2"}}));
    BOOST_TEST(map.arcs.size() == 5u);
    BOOST_TEST((map.engine == LayoutEngine::neato));
    BOOST_CHECK_EXCEPTION((void)team_map(data, 4, view), InvalidArgument, [](const InvalidArgument& e) {
        return std::string(e.what()) == "--team: this actor leads no team (no executive belongs to it), got \"x\"";
    });
}

BOOST_FIXTURE_TEST_CASE(paths_view_draws_hops_the_way_content_travels, Fixture) {
    // Content of e3 reaches x: e3 -> e2 (e2 amplified e3), e2 -> e1, e1 -> x.
    algorithms::ContentPath path;
    path.vertices = {3, 2, 1, 4};
    path.hop_probabilities = {0.5, 0.25, 1};
    path.probability = 0.125;
    PathsView view;
    view.backdrop = 1;  // one neighbour: z (arc weight 0.5 with e3) or y (2 with e2): y
    const Map map = paths_map(data, {path}, "e3", "x", view);
    check_map(map);
    BOOST_TEST(map.content_direction);
    BOOST_TEST((keys_of(map) == std::set<std::string>{"e3", "e2", "e1", "x", "y"}));
    BOOST_TEST(vertex(map, "y").faded);
    BOOST_TEST(!vertex(map, "e2").faded);
    std::map<std::pair<std::string, std::string>, std::string> hops;
    for (const MapArc& a : map.arcs) {
        if (a.highlighted) hops[{map.vertices[a.source].key, map.vertices[a.target].key}] = a.label;
    }
    // Arcs in the graph's direction (the amplifier first), labelled with the hop's probability.
    const std::map<std::pair<std::string, std::string>, std::string> expected = {
        {{"e2", "e3"}, "p=0.5"}, {{"e1", "e2"}, "p=0.25"}, {{"x", "e1"}, "p=1"}};
    BOOST_TEST((hops == expected));
    BOOST_TEST(map.legend[0].entries[0].text == "#1: p=0.125, 3 hops");
    BOOST_TEST(map.title == "How content of e3 reaches x");
}

BOOST_AUTO_TEST_CASE(a_hop_is_drawn_on_the_echo_layer_that_carried_it) {
    // b commented a's post once (weight 0.5) and mentioned a three times (1.5): the hop a -> b
    // comes from the comment (mentions carry no content); both arcs stay on the map.
    Dataset d;
    d.actors = {{"a", "", ActorKind::kol, {}, {}, {}, {}, {}, {}}, {"b", "", ActorKind::kol, {}, {}, {}, {}, {}, {}}};
    d.interactions = {{1, 0, Layer::comment, 1, std::nullopt}, {1, 0, Layer::mention, 3, std::nullopt}};
    const InfluenceOptions options{{}, LayerSet::interactions(), {}};
    const Graph graph = build_influence_graph(d, options).graph;
    const MapData data = map_data(d, graph, {"drawn", options, 1, std::nullopt, {}});
    algorithms::ContentPath path;
    path.vertices = {0, 1};
    path.hop_probabilities = {1};
    const Map map = paths_map(data, {path}, "a", "b", {});
    BOOST_REQUIRE(map.arcs.size() == 2u);
    for (const MapArc& a : map.arcs) BOOST_TEST(a.highlighted == (a.layer == Layer::comment));
}

BOOST_AUTO_TEST_SUITE_END()
