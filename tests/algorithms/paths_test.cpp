// SPDX-License-Identifier: MIT
// Most probable content paths (Yen on −log p), hop probabilities and gatekeepers.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "algorithms/amplification/paths.hpp"
#include "graph/influence_graph.hpp"
#include "support/test_support.hpp"

namespace ricochet {
namespace {

using algorithms::ContentPath;
using algorithms::Hop;
using algorithms::HopGraph;
using algorithms::HopRule;
using Path = std::vector<VertexId>;

constexpr double tolerance = 1e-12;

// ---- A slow reference: every simple path, by depth-first search ----

struct Enumerated {
    Path vertices;
    double length = 0;  // Σ −log p in path order, as the library sums it
    double probability = 1;
};

// Every path from a member of S to a member of T that enters no member of S after its first
// vertex and leaves no member of T before its last, sorted by (length, vertices).
std::vector<Enumerated> all_paths(const HopGraph& g, const std::vector<VertexId>& sources,
                                  const std::vector<VertexId>& targets) {
    const VertexId n = g.vertex_count();
    std::vector<bool> in_s(n, false), in_t(n, false), on_path(n, false);
    for (const VertexId v : sources) in_s[v] = true;
    for (const VertexId v : targets) in_t[v] = true;
    std::vector<Enumerated> found;
    Path path;
    std::function<void(VertexId)> extend = [&](VertexId x) {
        path.push_back(x);
        on_path[x] = true;
        if (in_t[x]) {
            Enumerated e{path, 0, 1};
            for (std::size_t i = 0; i + 1 < path.size(); ++i) {
                const double p = g.probability(path[i], path[i + 1]);
                e.length += -std::log(p);
                e.probability *= p;
            }
            found.push_back(e);
        } else {
            for (VertexId y = 0; y < n; ++y) {
                if (!on_path[y] && !in_s[y] && g.probability(x, y) > 0) extend(y);
            }
        }
        on_path[x] = false;
        path.pop_back();
    };
    for (VertexId s = 0; s < n; ++s) {
        if (in_s[s]) extend(s);
    }
    std::sort(found.begin(), found.end(), [](const Enumerated& a, const Enumerated& b) {
        return a.length != b.length ? a.length < b.length : a.vertices < b.vertices;
    });
    return found;
}

bool tied(double a, double b) { return std::abs(a - b) <= tolerance * std::max({1.0, a, b}); }

// Yen's k paths agree with the enumeration: same probabilities rank by rank, every path a real
// one, and every path strictly more probable than the k-th of the enumeration is listed.
void check_against_enumeration(const HopGraph& g, const std::vector<VertexId>& sources,
                               const std::vector<VertexId>& targets, std::size_t k) {
    const auto expected = all_paths(g, sources, targets);
    const auto got = algorithms::most_probable_paths(g, sources, targets, k);
    BOOST_TEST_REQUIRE(got.size() == std::min(k, expected.size()));
    std::set<Path> listed;
    for (std::size_t i = 0; i < got.size(); ++i) {
        BOOST_TEST(std::abs(got[i].probability - expected[i].probability) <=
                   tolerance * std::max(1e-300, expected[i].probability));
        BOOST_TEST(tied(got[i].length, expected[i].length));
        BOOST_TEST(listed.insert(got[i].vertices).second);  // distinct
        const auto it = std::find_if(expected.begin(), expected.end(),
                                     [&](const Enumerated& e) { return e.vertices == got[i].vertices; });
        BOOST_TEST_REQUIRE((it != expected.end()));  // a real path of the query
        BOOST_TEST(got[i].probability == it->probability);
        BOOST_TEST(got[i].hops() + 1 == got[i].vertices.size());
        if (i > 0) {  // listed by length, tied ones by vertex sequence
            BOOST_TEST((got[i - 1].length < got[i].length ||
                        (tied(got[i - 1].length, got[i].length) && got[i - 1].vertices < got[i].vertices)));
        }
    }
    if (got.empty()) return;
    const double kth = expected[got.size() - 1].length;
    for (const auto& e : expected) {
        if (e.length < kth && !tied(e.length, kth)) BOOST_TEST(listed.count(e.vertices) == 1);
    }
}

std::vector<ContentPath> paths_between(const HopGraph& g, VertexId from, VertexId to, std::size_t k) {
    const std::vector<VertexId> s{from}, t{to};
    return algorithms::most_probable_paths(g, s, t, k);
}

Time at(const char* text) { return *parse_time(text); }

}  // namespace

BOOST_AUTO_TEST_SUITE(paths)

// Weight rule: p(v -> u) = w(u -> v) / s_in(v), layers merged.
//
//   b --repost 3--> a <--repost 1, mention 0.5-- c        d --quote 2--> b
//
// s_in(a) = 3 + 1.5 = 4.5: p(a -> b) = 2/3, p(a -> c) = 1/3; p(b -> d) = 1; c, d are never
// amplified: no hop leaves them.
BOOST_AUTO_TEST_CASE(weight_rule_divides_by_in_strength) {
    GraphBuilder builder(4);
    builder.add_arc(1, 0, Layer::repost, 3);
    builder.add_arc(2, 0, Layer::repost, 1);
    builder.add_arc(2, 0, Layer::mention, 0.5);
    builder.add_arc(3, 1, Layer::quote, 2);
    const Graph graph = std::move(builder).build();
    const HopGraph g = algorithms::weight_share_hops(graph);
    BOOST_TEST(g.hop_count() == 3U);
    BOOST_TEST(std::abs(g.probability(0, 1) - 2.0 / 3) <= 1e-15);
    BOOST_TEST(std::abs(g.probability(0, 2) - 1.0 / 3) <= 1e-15);
    BOOST_TEST(g.probability(1, 3) == 1.0);
    BOOST_TEST(g.probability(1, 0) == 0.0);  // content flows against the arcs only
    BOOST_TEST(g.probability(2, 0) == 0.0);
    BOOST_TEST((g.rules[0] == HopRule::weights));
}

// Echo rule, counted by hand. Posts (all in March 2021):
//   a: a0 (1st), a1 (2nd), a2 (2nd), a3 (4th), originals             P(a) = 4
//   b: b0 = repost of a0 (2nd), b1 = comment on a1 (3rd)             P(b) = 2
//   c: c0 = quote of a0 (3rd), c1 = original mentioning a (3rd),
//      c2 = repost of b0 (4th), and a reaction on a1 (3rd)           P(c) = 3
//   d: d0 = original mentioning a (3rd)                              P(d) = 1
//   e: no post; b mentions e in b1 (weight 0.5), and an interaction row c -> e repost count 2.
// E(b, a) = {a0, a1} -> p(a -> b) = 2/4; E(c, a) = {a0 (quote), a1 (reaction)} -> 2/4;
// d only mentions a: no hop a -> d (E = 0), although the arc d -> a exists.
// E(c, b) = {b0} -> p(b -> c) = 1/2. e has no post: weight rule, s_in(e) = 0.5 + 2:
// p(e -> b) = 0.2, p(e -> c) = 0.8.
Dataset echo_dataset() {
    Dataset d = testing::dataset_with_actors({"a", "b", "c", "d", "e"});
    auto post = [&](const char* id, ActorIndex author, const char* time, PostType type = PostType::original,
                    std::optional<PostIndex> parent = std::nullopt, std::vector<ActorIndex> mentions = {}) {
        d.posts.push_back(Post{.id = id, .author = author, .platform = "linkedin", .time = at(time), .type = type,
                               .parent = parent, .mentions = std::move(mentions)});
    };
    post("a0", 0, "2021-03-01");                                        // 0
    post("a1", 0, "2021-03-02");                                        // 1
    post("a2", 0, "2021-03-02");                                        // 2
    post("a3", 0, "2021-03-04");                                        // 3
    post("b0", 1, "2021-03-02", PostType::repost, 0);                   // 4
    post("b1", 1, "2021-03-03", PostType::comment, 1, {4});             // 5
    post("c0", 2, "2021-03-03", PostType::quote, 0);                    // 6
    post("c1", 2, "2021-03-03", PostType::original, std::nullopt, {0}); // 7
    post("c2", 2, "2021-03-04", PostType::repost, 4);                   // 8
    post("d0", 3, "2021-03-03", PostType::original, std::nullopt, {0}); // 9
    d.engagements.push_back(Engagement{.actor = 2, .post = 1, .type = EngagementType::reaction, .time = at("2021-03-03")});
    d.interactions.push_back(Interaction{.source = 2, .target = 4, .layer = Layer::repost, .count = 2});
    check_dataset(d);
    return d;
}

HopGraph echo_hops(const Dataset& d, const InfluenceOptions& options) {
    return algorithms::content_hops(d, build_influence_graph(d, options).graph, options);
}

BOOST_AUTO_TEST_CASE(echo_rule_counts_echoed_posts) {
    const Dataset d = echo_dataset();
    const InfluenceOptions options{.layers = LayerSet::interactions()};
    const HopGraph g = echo_hops(d, options);
    BOOST_TEST(g.probability(0, 1) == 0.5);
    BOOST_TEST(g.probability(0, 2) == 0.5);
    BOOST_TEST(g.probability(0, 3) == 0.0);  // a mention carries no content of a
    BOOST_TEST(g.probability(1, 2) == 0.5);
    BOOST_TEST(std::abs(g.probability(4, 1) - 0.2) <= 1e-15);
    BOOST_TEST(std::abs(g.probability(4, 2) - 0.8) <= 1e-15);
    BOOST_TEST(g.hop_count() == 5U);
    BOOST_TEST((g.rules[0] == HopRule::echoes));
    BOOST_TEST((g.rules[4] == HopRule::weights));
    BOOST_TEST(g.posts[0] == 4U);
    BOOST_TEST(g.posts[2] == 3U);
    BOOST_TEST(g.posts[4] == 0U);
}

// The window counts posts and echoes inside it only. From March 2nd: P(a) = 3 (a1, a2, a3); b0
// echoes a0, which is before the window: E(b, a) = {a1} -> 1/3; E(c, a) = {a1 (reaction)}: c0
// quotes a0 -> 1/3.
BOOST_AUTO_TEST_CASE(echo_rule_respects_the_window) {
    const Dataset d = echo_dataset();
    const InfluenceOptions options{.layers = LayerSet::interactions(), .window = make_time_window("2021-03-02", "")};
    const HopGraph g = echo_hops(d, options);
    BOOST_TEST(std::abs(g.probability(0, 1) - 1.0 / 3) <= 1e-15);
    BOOST_TEST(std::abs(g.probability(0, 2) - 1.0 / 3) <= 1e-15);
    // The interaction row has no time: left out of a bounded window; s_in(e) = 0.5 (b's mention).
    BOOST_TEST(g.probability(4, 1) == 1.0);
    BOOST_TEST(g.probability(4, 2) == 0.0);
}

// Without the reaction layer, c's reaction on a1 is no echo: E(c, a) = {a0} -> 1/4.
BOOST_AUTO_TEST_CASE(echo_rule_respects_the_layers) {
    const Dataset d = echo_dataset();
    const InfluenceOptions options{.layers = LayerSet::interactions().without(Layer::reaction)};
    const HopGraph g = echo_hops(d, options);
    BOOST_TEST(g.probability(0, 2) == 0.25);
    BOOST_TEST(g.probability(0, 1) == 0.5);
}

BOOST_AUTO_TEST_CASE(content_hops_needs_the_dataset_graph) {
    const Dataset d = echo_dataset();
    BOOST_CHECK_EXCEPTION((void)algorithms::content_hops(d, testing::graph_of(2, {{0, 1}}), {}), InvalidArgument,
                          testing::mentions("content_hops: the graph must have one vertex per actor, got 2 vertices for 5 actors"));
}

// Paths on the echo dataset: a's content reaches c directly (1/2) or through b (1/2 × 1/2).
BOOST_AUTO_TEST_CASE(paths_on_the_echo_dataset) {
    const Dataset d = echo_dataset();
    const HopGraph g = echo_hops(d, {.layers = LayerSet::interactions()});
    const auto found = paths_between(g, 0, 2, 5);
    BOOST_TEST_REQUIRE(found.size() == 2U);
    BOOST_TEST((found[0].vertices == Path{0, 2}));
    BOOST_TEST(found[0].probability == 0.5);
    BOOST_TEST((found[1].vertices == Path{0, 1, 2}));
    BOOST_TEST(found[1].probability == 0.25);
    BOOST_TEST((found[1].hop_probabilities == std::vector<double>{0.5, 0.5}));
}

// A drawn graph of hops (content flows along the arrows):
//
//        0.9        0.8
//    0 -----> 1 ---------> 3
//    |        | 0.5        ^
//    | 0.5    v            | 1
//    +------> 2 -----------+
//             | 0.4
//             v
//             4 --(1)--> 3
//
// Paths 0 to 3: 0>1>3 0.72; 0>2>3 0.5; 0>1>2>3 0.45; 0>2>4>3 0.2; 0>1>2>4>3 0.18.
HopGraph drawn() {
    return algorithms::hop_graph_of(5, {{0, 1, 0.9}, {0, 2, 0.5}, {1, 3, 0.8}, {1, 2, 0.5}, {2, 3, 1.0},
                                        {2, 4, 0.4}, {4, 3, 1.0}});
}

BOOST_AUTO_TEST_CASE(drawn_graph_paths_by_hand) {
    const auto found = paths_between(drawn(), 0, 3, 10);
    BOOST_TEST_REQUIRE(found.size() == 5U);  // k larger than the number of paths: all of them
    const std::vector<Path> expected{{0, 1, 3}, {0, 2, 3}, {0, 1, 2, 3}, {0, 2, 4, 3}, {0, 1, 2, 4, 3}};
    const std::vector<double> probability{0.72, 0.5, 0.45, 0.2, 0.18};
    for (std::size_t i = 0; i < 5; ++i) {
        BOOST_TEST((found[i].vertices == expected[i]));
        BOOST_TEST(std::abs(found[i].probability - probability[i]) <= 1e-15);
    }
    check_against_enumeration(drawn(), {0}, {3}, 3);
    check_against_enumeration(drawn(), {0}, {3}, 10);
    check_against_enumeration(drawn(), {1}, {4}, 2);
}

// Equal probabilities are listed by vertex sequence, whichever order the hops were given in:
//
//   0 --0.5--> 1 --0.5--> 4        0 --0.5--> 3 --0.5--> 4        0 --0.5--> 2 --0.5--> 4
BOOST_AUTO_TEST_CASE(ties_are_listed_by_vertex_sequence) {
    const HopGraph g = algorithms::hop_graph_of(5, {{0, 3, 0.5}, {3, 4, 0.5}, {0, 2, 0.5}, {2, 4, 0.5},
                                                    {0, 1, 0.5}, {1, 4, 0.5}});
    const auto found = paths_between(g, 0, 4, 5);
    BOOST_TEST_REQUIRE(found.size() == 3U);
    BOOST_TEST((found[0].vertices == Path{0, 1, 4}));
    BOOST_TEST((found[1].vertices == Path{0, 2, 4}));
    BOOST_TEST((found[2].vertices == Path{0, 3, 4}));
    const auto first = paths_between(g, 0, 4, 1);
    BOOST_TEST_REQUIRE(first.size() == 1U);
    BOOST_TEST((first[0].vertices == Path{0, 1, 4}));
    BOOST_TEST(first[0].probability == 0.25);
}

// Hops of probability 1 have length 0: Dijkstra handles them, and ties of length 0 too.
BOOST_AUTO_TEST_CASE(certain_hops_have_length_zero) {
    const HopGraph g = algorithms::hop_graph_of(4, {{0, 1, 1.0}, {1, 2, 1.0}, {0, 2, 1.0}, {2, 3, 1.0}, {1, 3, 1.0}});
    const auto found = paths_between(g, 0, 3, 5);
    BOOST_TEST_REQUIRE(found.size() == 3U);
    BOOST_TEST((found[0].vertices == Path{0, 1, 2, 3}));
    BOOST_TEST((found[1].vertices == Path{0, 1, 3}));
    BOOST_TEST((found[2].vertices == Path{0, 2, 3}));
    for (const auto& path : found) BOOST_TEST(path.probability == 1.0);
}

BOOST_AUTO_TEST_CASE(same_actor_is_the_path_of_no_hop) {
    const auto found = paths_between(drawn(), 2, 2, 5);
    BOOST_TEST_REQUIRE(found.size() == 1U);
    BOOST_TEST((found[0].vertices == Path{2}));
    BOOST_TEST(found[0].probability == 1.0);
    BOOST_TEST(found[0].hops() == 0U);
    check_against_enumeration(drawn(), {2}, {2}, 5);
}

BOOST_AUTO_TEST_CASE(no_path_gives_nothing) {
    BOOST_TEST(paths_between(drawn(), 3, 0, 5).empty());  // 3 is never amplified
    BOOST_TEST(paths_between(algorithms::hop_graph_of(2, {}), 0, 1, 5).empty());
    const std::vector<VertexId> none;
    const std::vector<VertexId> zero{0};
    BOOST_TEST(algorithms::most_probable_paths(drawn(), none, zero, 5).empty());
    BOOST_TEST(algorithms::most_probable_paths(drawn(), zero, none, 5).empty());
}

BOOST_AUTO_TEST_CASE(null_and_singleton_graphs) {
    BOOST_TEST(algorithms::weight_share_hops(Graph{}).hop_count() == 0U);
    const HopGraph one = algorithms::hop_graph_of(1, {});
    BOOST_TEST(paths_between(one, 0, 0, 3).size() == 1U);
}

// Groups: S = {0, 1}, T = {3, 4} on the drawn graph. A path enters no member of S after its
// first vertex and leaves no member of T before its last: 0>1>3 is not listed (the content left
// S at 1: 1>3 is), nor 0>2>4>3 (it reached T at 4).
// Paths: 1>3 0.8; 0>2>3 0.5; 1>2>3 0.5; 0>2>4 0.2; 1>2>4 0.2.
BOOST_AUTO_TEST_CASE(groups_follow_content_from_leaving_s_to_reaching_t) {
    const std::vector<VertexId> s{1, 0, 1}, t{4, 3};
    const auto found = algorithms::most_probable_paths(drawn(), s, t, 10);
    BOOST_TEST_REQUIRE(found.size() == 5U);
    const std::vector<Path> expected{{1, 3}, {0, 2, 3}, {1, 2, 3}, {0, 2, 4}, {1, 2, 4}};
    for (std::size_t i = 0; i < 5; ++i) BOOST_TEST((found[i].vertices == expected[i]));
    check_against_enumeration(drawn(), {0, 1}, {3, 4}, 10);
    check_against_enumeration(drawn(), {0, 1}, {3, 4}, 2);
    // Overlapping groups: a common member is a path of no hop.
    check_against_enumeration(drawn(), {0, 2}, {2, 3}, 10);
}

// Gatekeepers on the drawn graph, 0 to 3, over all 5 paths (total 0.72 + 0.5 + 0.45 + 0.2 + 0.18 =
// 2.05): 1 carries 0.72 + 0.45 + 0.18 = 1.35, 2 carries 0.5 + 0.45 + 0.2 + 0.18 = 1.33, 4 carries
// 0.2 + 0.18 = 0.38.
BOOST_AUTO_TEST_CASE(gatekeeper_shares_by_hand) {
    const std::vector<VertexId> s{0}, t{3};
    const auto r = algorithms::gatekeepers(drawn(), s, t, 100);
    BOOST_TEST(r.paths.size() == 5U);
    BOOST_TEST(std::abs(r.total_probability - 2.05) <= 1e-14);
    BOOST_TEST_REQUIRE(r.gatekeepers.size() == 3U);
    BOOST_TEST(r.gatekeepers[0].vertex == 1U);
    BOOST_TEST(std::abs(r.gatekeepers[0].share - 1.35 / 2.05) <= 1e-14);
    BOOST_TEST(r.gatekeepers[0].paths == 3U);
    BOOST_TEST(r.gatekeepers[1].vertex == 2U);
    BOOST_TEST(std::abs(r.gatekeepers[1].share - 1.33 / 2.05) <= 1e-14);
    BOOST_TEST(r.gatekeepers[1].paths == 4U);
    BOOST_TEST(r.gatekeepers[2].vertex == 4U);
    BOOST_TEST(std::abs(r.gatekeepers[2].share - 0.38 / 2.05) <= 1e-14);
    BOOST_TEST(r.gatekeepers[2].paths == 2U);
    // Over the 2 most probable paths only (0.72 + 0.5): 1 carries 0.72, 2 carries 0.5.
    const auto top2 = algorithms::gatekeepers(drawn(), s, t, 2);
    BOOST_TEST_REQUIRE(top2.gatekeepers.size() == 2U);
    BOOST_TEST(std::abs(top2.gatekeepers[0].share - 0.72 / 1.22) <= 1e-14);
    BOOST_TEST(std::abs(top2.gatekeepers[1].share - 0.5 / 1.22) <= 1e-14);
    // Direct paths have no intermediate: no gatekeeper.
    const std::vector<VertexId> s1{1};
    BOOST_TEST(algorithms::gatekeepers(drawn(), s1, t, 1).gatekeepers.empty());
}

// Probabilities that underflow: two chains of 20 hops of 1e-21 (products 0 in double), one of
// them with every hop 10 times likelier. Shares keep their ratio (10^20 : 1), not 0 / 0.
BOOST_AUTO_TEST_CASE(gatekeeper_shares_survive_probabilities_that_underflow) {
    std::vector<algorithms::Hop> hops;
    // Chain A: 0 -> 1 -> ... -> 19 -> 40; chain B: 0 -> 20 -> ... -> 39 -> 40.
    for (VertexId i = 0; i < 20; ++i) {
        hops.push_back({i == 0 ? 0U : i, i == 19 ? 40U : i + 1, 1e-20});
        hops.push_back({i == 0 ? 0U : 19 + i, i == 19 ? 40U : 20 + i, 1e-21});
    }
    const auto g = algorithms::hop_graph_of(41, hops);
    const std::vector<VertexId> s{0}, t{40};
    const auto r = algorithms::gatekeepers(g, s, t, 10);
    BOOST_TEST_REQUIRE(r.paths.size() == 2U);
    BOOST_TEST(r.total_probability == 0.0);  // both products underflow
    BOOST_TEST_REQUIRE(r.gatekeepers.size() == 38U);
    for (const auto& keeper : r.gatekeepers) {
        const double expected = keeper.vertex < 20 ? 1 / (1 + 1e-20) : 1e-20 / (1 + 1e-20);
        BOOST_TEST(std::abs(keeper.share - expected) <= 1e-12 * expected, keeper.vertex);
    }
}

BOOST_AUTO_TEST_CASE(random_graphs_agree_with_enumeration) {
    std::mt19937_64 rng(20240607);
    const std::vector<double> coarse{1.0, 0.5, 0.25, 0.125};  // many exact ties
    for (int trial = 0; trial < 400; ++trial) {
        std::uniform_int_distribution<VertexId> size(1, 9);
        const VertexId n = size(rng);
        const double density = std::uniform_real_distribution<double>(0.1, 0.7)(rng);
        const bool tie_prone = trial % 3 == 0;
        std::vector<Hop> hops;
        for (VertexId u = 0; u < n; ++u) {
            for (VertexId v = 0; v < n; ++v) {
                if (u == v || std::uniform_real_distribution<double>(0, 1)(rng) >= density) continue;
                const double p = tie_prone ? coarse[rng() % coarse.size()]
                                           : 1.0 - std::uniform_real_distribution<double>(0, 1)(rng);
                hops.push_back({u, v, p});
            }
        }
        const HopGraph g = algorithms::hop_graph_of(n, hops);
        auto group = [&] {
            std::vector<VertexId> members;
            if (rng() % 2 == 0) {
                members.push_back(static_cast<VertexId>(rng() % n));
            } else {
                for (VertexId v = 0; v < n; ++v) {
                    if (rng() % 3 == 0) members.push_back(v);
                }
            }
            return members;
        };
        const auto s = group();
        const auto t = group();
        const std::size_t k = 1 + rng() % 25;
        BOOST_TEST_CONTEXT("trial " << trial << ", n " << n << ", k " << k) { check_against_enumeration(g, s, t, k); }
    }
}

BOOST_AUTO_TEST_CASE(same_input_same_paths) {
    std::mt19937_64 rng(7);
    std::vector<Hop> hops;
    for (VertexId u = 0; u < 30; ++u) {
        for (VertexId v = 0; v < 30; ++v) {
            if (u != v && rng() % 5 == 0) hops.push_back({u, v, 0.5});
        }
    }
    const HopGraph g = algorithms::hop_graph_of(30, hops);
    std::reverse(hops.begin(), hops.end());
    const HopGraph reversed = algorithms::hop_graph_of(30, hops);
    const auto a = paths_between(g, 0, 29, 20);
    const auto b = paths_between(reversed, 0, 29, 20);
    BOOST_TEST_REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) BOOST_TEST((a[i].vertices == b[i].vertices));
}

BOOST_AUTO_TEST_CASE(invalid_arguments) {
    const std::vector<VertexId> zero{0}, far{9};
    BOOST_CHECK_EXCEPTION((void)algorithms::most_probable_paths(drawn(), zero, zero, 0), InvalidArgument,
                          testing::mentions("paths: the number of paths must be positive, got 0"));
    BOOST_CHECK_EXCEPTION((void)algorithms::most_probable_paths(drawn(), zero, far, 1), InvalidArgument,
                          testing::mentions("paths: vertex out of range, got 9 for 5 vertices"));
    BOOST_CHECK_EXCEPTION((void)algorithms::hop_graph_of(2, {{0, 1, 1.5}}), InvalidArgument,
                          testing::mentions("hop_graph_of: a probability must be in (0, 1]"));
    BOOST_CHECK_EXCEPTION((void)algorithms::hop_graph_of(2, {{0, 1, 0.0}}), InvalidArgument,
                          testing::mentions("hop_graph_of: a probability must be in (0, 1]"));
    BOOST_CHECK_EXCEPTION((void)algorithms::hop_graph_of(2, {{1, 1, 0.5}}), InvalidArgument,
                          testing::mentions("hop_graph_of: a hop from a vertex to itself, got 1"));
    BOOST_CHECK_EXCEPTION((void)algorithms::hop_graph_of(2, {{0, 2, 0.5}}), InvalidArgument,
                          testing::mentions("hop_graph_of: vertex out of range, got 2 for 2 vertices"));
    BOOST_CHECK_EXCEPTION((void)algorithms::hop_graph_of(2, {{0, 1, 0.5}, {0, 1, 0.25}}), InvalidArgument,
                          testing::mentions("hop_graph_of: a hop given twice, got 0 -> 1"));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace ricochet
