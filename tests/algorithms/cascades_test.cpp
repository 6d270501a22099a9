// SPDX-License-Identifier: MIT
// Cascades on post trees drawn here, with sizes, depths, breadths and structural viralities
// worked out by hand; the re-attachment of flat (X-style) cascades; window filtering; summaries.
// tests/oracle/cascades_twitter15.py checks the same figures on real Twitter15 trees.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <random>

#include "algorithms/amplification/cascades.hpp"
#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;

namespace {

constexpr double tolerance = 1e-12;

struct PostSpec {
    const char* id;
    ActorIndex author;
    int minute;                     ///< minutes after 2021-03-01T09:00:00Z
    const char* parent = nullptr;   ///< post id, or none for an original
    const char* platform = "linkedin";
    PostType type = PostType::repost;  ///< of an echo
};

Time at(int minute) { return *parse_time("2021-03-01T09:00:00Z") + std::chrono::minutes{minute}; }

// Actors a0, a1, ... and the posts (parents must come first).
Dataset dataset_of(std::size_t actors, std::initializer_list<PostSpec> posts) {
    Dataset d;
    for (std::size_t i = 0; i < actors; ++i) d.actors.push_back(Actor{.id = "a" + std::to_string(i)});
    std::map<std::string, PostIndex> index;
    for (const PostSpec& s : posts) {
        Post p{.id = s.id, .author = s.author, .platform = s.platform, .time = at(s.minute)};
        if (s.parent) {
            p.type = s.type;
            p.parent = index.at(s.parent);
        }
        index[s.id] = static_cast<PostIndex>(d.posts.size());
        d.posts.push_back(std::move(p));
    }
    check_dataset(d);
    return d;
}

CascadeResult run(const Dataset& d, const CascadeOptions& options = {.reconstruct = Reconstruction::never}) {
    return find_cascades(d, Graph{}, options);
}

Cascade only(const CascadeResult& r) {
    BOOST_TEST_REQUIRE(r.cascades.size() == 1U);
    return r.cascades.front();
}

std::string parent_id(const Dataset& d, const CascadeResult& r, const char* id) {
    for (PostIndex p = 0; p < d.posts.size(); ++p) {
        if (d.posts[p].id == id) return r.parent[p] == no_post ? "-" : d.posts[r.parent[p]].id;
    }
    return "?";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cascades)

//        r
//    / |   | \        a star of 4 echoes: n = 5, W = 4 edges x 1 x 4 = 16, pairs = 10,
//   e1 e2 e3 e4       nu = 16 / 10 = 1.6 (= 2(n-1)/n)
BOOST_AUTO_TEST_CASE(star_of_four_echoes) {
    const Dataset d = dataset_of(5, {{"r", 0, 0}, {"e1", 1, 1, "r"}, {"e2", 2, 2, "r"}, {"e3", 3, 3, "r"},
                                     {"e4", 4, 4, "r"}});
    const Cascade c = only(run(d));
    BOOST_TEST(c.root == 0U);
    BOOST_TEST(c.size == 5U);
    BOOST_TEST(c.depth == 1U);
    BOOST_TEST(c.max_breadth == 4U);
    BOOST_TEST(*c.structural_virality == 1.6, boost::test_tools::tolerance(tolerance));
}

// r - x - y - z      a chain of 4: distances 1,2,3 / 1,2 / 1 sum to 10 over 6 pairs:
//                    nu = 10/6 = 5/3 (= (n+1)/3); depth 3, breadth 1
BOOST_AUTO_TEST_CASE(chain_of_four) {
    const Dataset d = dataset_of(4, {{"r", 0, 0}, {"x", 1, 1, "r"}, {"y", 2, 2, "x"}, {"z", 3, 3, "y"}});
    const Cascade c = only(run(d));
    BOOST_TEST(c.size == 4U);
    BOOST_TEST(c.depth == 3U);
    BOOST_TEST(c.max_breadth == 1U);
    BOOST_TEST(*c.structural_virality == 5.0 / 3.0, boost::test_tools::tolerance(tolerance));
}

//        r
//       / \          n = 6. Pairs (15): from r 1+1+2+2+2 = 8; a: b2 c1 d1 e3 = 7; b: c3 d3 e1 = 7;
//      a   b         c: d2 e4 = 6; d: e4 = 4; sum 32, nu = 32/15. By edges: a 3x3, b 2x4,
//     / \   \        c, d, e 1x5 each: 9 + 8 + 15 = 32. Depth 2, breadth 3 (c, d, e).
//    c   d   e       Types mixed: quotes, replies and comments are parent links too.
BOOST_AUTO_TEST_CASE(branching_tree_of_mixed_echoes) {
    const Dataset d = dataset_of(3, {{"r", 0, 0},
                                     {"a", 1, 1, "r", "linkedin", PostType::quote},
                                     {"b", 2, 2, "r", "linkedin", PostType::comment},
                                     {"c", 0, 3, "a", "linkedin", PostType::reply},
                                     {"d", 2, 4, "a"},
                                     {"e", 1, 5, "b", "linkedin", PostType::comment}});
    const Cascade c = only(run(d));
    BOOST_TEST(c.size == 6U);
    BOOST_TEST(c.depth == 2U);
    BOOST_TEST(c.max_breadth == 3U);
    BOOST_TEST(*c.structural_virality == 32.0 / 15.0, boost::test_tools::tolerance(tolerance));
}

BOOST_AUTO_TEST_CASE(single_post_and_no_post) {
    const Cascade c = only(run(dataset_of(1, {{"r", 0, 0}})));
    BOOST_TEST(c.size == 1U);
    BOOST_TEST(c.depth == 0U);
    BOOST_TEST(c.max_breadth == 1U);
    BOOST_TEST(!c.structural_virality.has_value());
    const CascadeResult none = run(dataset_of(2, {}));
    BOOST_TEST(none.cascades.empty());
    BOOST_TEST(none.posts == 0U);
}

// Two posts: nu = 1. Sizes 3, 2, 2, 1: ties by root id ("b" before "c" though "c" comes first).
BOOST_AUTO_TEST_CASE(largest_first_ties_by_root_id) {
    const Dataset d = dataset_of(2, {{"c", 0, 0}, {"c1", 1, 1, "c"}, {"z", 1, 2}, {"z1", 0, 3, "z"},
                                     {"z2", 0, 4, "z"}, {"b", 1, 5}, {"b1", 0, 6, "b"}, {"a", 0, 7}});
    const CascadeResult r = run(d);
    std::vector<std::string> roots;
    for (const Cascade& c : r.cascades) roots.push_back(d.posts[c.root].id);
    BOOST_TEST(roots == (std::vector<std::string>{"z", "b", "c", "a"}), boost::test_tools::per_element());
    BOOST_TEST(*r.cascades[1].structural_virality == 1.0, boost::test_tools::tolerance(tolerance));
    BOOST_TEST(r.posts == 8U);
}

// r (0') <- x (10') <- y (20'). A window without y keeps {r, x}; one without r makes x the root
// of what the window sees, {x, y}.
BOOST_AUTO_TEST_CASE(window_filters_posts_and_makes_new_roots) {
    const Dataset d = dataset_of(3, {{"r", 0, 0}, {"x", 1, 10, "r"}, {"y", 2, 20, "x"}});
    const CascadeResult early = run(d, {.window = {.until = at(15)}, .reconstruct = Reconstruction::never});
    BOOST_TEST(only(early).size == 2U);
    BOOST_TEST(d.posts[only(early).root].id == "r");
    BOOST_TEST(early.posts == 2U);
    BOOST_TEST(early.parent[2] == no_post);
    const CascadeResult late = run(d, {.window = {.since = at(5)}, .reconstruct = Reconstruction::never});
    BOOST_TEST(d.posts[only(late).root].id == "x");
    BOOST_TEST(only(late).size == 2U);
    BOOST_TEST(only(late).depth == 1U);
    BOOST_TEST(late.parent[1] == no_post);
}

// A flat X cascade: every retweet points at r (by a0). Arcs (u -> v: u amplified v):
//   a1 -> a0, a2 -> a0, a2 -> a1, a4 -> a1, a4 -> a2, a3 has none.
// In time order: a1 (1') has an arc to a0 only: under r; a2 (2'): latest adopter it amplified is
// a1: under e1; a3 (3'): no arc: under r; a4 (4'): a2 adopted after a1: under e2.
//        r                   r
//   / |  |  \     ->       /   \          nu: 6 ... n = 5, edges e1 (s=3) 3x2, e3 1x4, e2 (s=2) 2x3,
//  e1 e2 e3 e4            e1   e3         e4 1x4: W = 6 + 4 + 6 + 4 = 20, nu = 20/10 = 2
//                         |
//                         e2 - e4
BOOST_AUTO_TEST_CASE(flat_cascade_reattached_to_latest_earlier_adopter) {
    const Dataset d = dataset_of(5, {{"r", 0, 0, nullptr, "twitter"},
                                     {"e1", 1, 1, "r", "twitter"},
                                     {"e2", 2, 2, "r", "twitter"},
                                     {"e3", 3, 3, "r", "twitter"},
                                     {"e4", 4, 4, "r", "twitter"}});
    const Graph g = testing::graph_of(5, {{1, 0}, {2, 0}, {2, 1}, {4, 1}, {4, 2}});
    const CascadeResult r = find_cascades(d, g);
    BOOST_TEST(parent_id(d, r, "e1") == "r");
    BOOST_TEST(parent_id(d, r, "e2") == "e1");
    BOOST_TEST(parent_id(d, r, "e3") == "r");
    BOOST_TEST(parent_id(d, r, "e4") == "e2");
    BOOST_TEST(r.candidates == 4U);
    BOOST_TEST(r.reattached == 2U);
    const Cascade c = only(r);
    BOOST_TEST(c.depth == 3U);
    BOOST_TEST(c.max_breadth == 2U);
    BOOST_TEST(*c.structural_virality == 2.0, boost::test_tools::tolerance(tolerance));
    // never keeps the star; auto leaves other platforms alone; always takes every echo.
    BOOST_TEST(only(find_cascades(d, g, {.reconstruct = Reconstruction::never})).depth == 1U);
    Dataset linkedin = d;
    for (Post& p : linkedin.posts) p.platform = "linkedin";
    BOOST_TEST(only(find_cascades(linkedin, g)).depth == 1U);
    BOOST_TEST(find_cascades(linkedin, g).candidates == 0U);
    const CascadeResult always = find_cascades(linkedin, g, {.reconstruct = Reconstruction::always});
    BOOST_TEST(always.parent == r.parent, boost::test_tools::per_element());
    // "X" in any case is the same platform.
    Dataset x = d;
    for (Post& p : x.posts) p.platform = "X";
    BOOST_TEST(find_cascades(x, g).parent == r.parent, boost::test_tools::per_element());
}

// The same cascade where the arcs come from the data: a2 had replied to a1 earlier (a LinkedIn
// post), so the influence graph holds a2 -> a1, and the retweets themselves give a_i -> a0.
BOOST_AUTO_TEST_CASE(reconstruction_uses_the_influence_graph_of_the_data) {
    const Dataset d = dataset_of(4, {{"old", 1, -60},
                                     {"reply", 2, -50, "old", "linkedin", PostType::reply},
                                     {"r", 0, 0, nullptr, "twitter"},
                                     {"e1", 1, 1, "r", "twitter"},
                                     {"e2", 2, 2, "r", "twitter"},
                                     {"e3", 3, 3, "r", "twitter"}});
    const InfluenceGraph influence = build_influence_graph(d);
    const CascadeResult r = find_cascades(d, influence.graph);
    BOOST_TEST(parent_id(d, r, "e1") == "r");
    BOOST_TEST(parent_id(d, r, "e2") == "e1");
    BOOST_TEST(parent_id(d, r, "e3") == "r");
    BOOST_TEST(parent_id(d, r, "reply") == "old");  // a reply keeps its parent
    BOOST_TEST(r.candidates == 3U);
    BOOST_TEST(r.reattached == 1U);
}

// Echoes of one second do not hang under each other; the adopter before them does.
// a2 and a3 retweet at 2'; both amplified a1 (1') and each other.
BOOST_AUTO_TEST_CASE(echoes_of_one_second_are_not_earlier_than_each_other) {
    const Dataset d = dataset_of(4, {{"r", 0, 0, nullptr, "twitter"},
                                     {"e1", 1, 1, "r", "twitter"},
                                     {"e2", 2, 2, "r", "twitter"},
                                     {"e3", 3, 2, "r", "twitter"}});
    const Graph g = testing::graph_of(4, {{2, 1}, {2, 3}, {3, 1}, {3, 2}});
    const CascadeResult r = find_cascades(d, g);
    BOOST_TEST(parent_id(d, r, "e2") == "e1");
    BOOST_TEST(parent_id(d, r, "e3") == "e1");
}

// Retweets of a reply point at the reply (X's rule): they are re-attached among the reply's
// adopters, never above it. A retweet by a3, who amplified a0 (r's author) but not a1 or a2,
// stays under the reply q.
BOOST_AUTO_TEST_CASE(echoes_of_an_inner_post_stay_under_it) {
    const Dataset d = dataset_of(4, {{"r", 0, 0, nullptr, "twitter"},
                                     {"q", 1, 1, "r", "twitter", PostType::reply},
                                     {"e2", 2, 2, "q", "twitter"},
                                     {"e3", 3, 3, "q", "twitter"}});
    const Graph g = testing::graph_of(4, {{3, 0}, {1, 0}, {2, 1}});
    const CascadeResult r = find_cascades(d, g);
    BOOST_TEST(parent_id(d, r, "q") == "r");
    BOOST_TEST(parent_id(d, r, "e2") == "q");
    BOOST_TEST(parent_id(d, r, "e3") == "q");
    BOOST_TEST(r.candidates == 2U);
}

// The two ways of finding the latest adopter (scan the actor's arcs, or the adopters) agree:
// arcs to many actors who never adopt cannot change the tree.
BOOST_AUTO_TEST_CASE(many_arcs_or_many_adopters_give_the_same_tree) {
    std::mt19937_64 random(7);
    Dataset d;
    constexpr std::size_t actors = 60;
    for (std::size_t i = 0; i < actors; ++i) d.actors.push_back(Actor{.id = "a" + std::to_string(i)});
    d.posts.push_back(Post{.id = "r", .author = 0, .platform = "twitter", .time = at(0)});
    for (int i = 1; i <= 30; ++i) {
        d.posts.push_back(Post{.id = "e" + std::to_string(i), .author = static_cast<ActorIndex>(random() % 30),
                               .platform = "twitter", .time = at(static_cast<int>(random() % 20)),
                               .type = PostType::repost, .parent = 0});
    }
    std::vector<std::pair<VertexId, VertexId>> arcs;
    for (int i = 0; i < 80; ++i) {
        const auto u = static_cast<VertexId>(random() % 30);
        const auto v = static_cast<VertexId>(random() % 30);
        if (u != v) arcs.emplace_back(u, v);
    }
    GraphBuilder sparse(actors);
    GraphBuilder dense(actors);
    for (const auto& [u, v] : arcs) {
        sparse.add_arc(u, v, Layer::repost, 1);
        dense.add_arc(u, v, Layer::repost, 1);
    }
    for (VertexId u = 0; u < 30; ++u) {
        for (VertexId v = 30; v < actors; ++v) dense.add_arc(u, v, Layer::mention, 1);  // actors 30+ never post
    }
    const CascadeResult a = find_cascades(d, std::move(sparse).build());
    const CascadeResult b = find_cascades(d, std::move(dense).build());
    BOOST_TEST(a.parent == b.parent, boost::test_tools::per_element());
    BOOST_TEST(a.reattached > 0U);
    // Brute force: each echo, in (time, index) order, under the latest strictly earlier adopter it
    // has an arc to.
    std::vector<PostIndex> order;
    for (PostIndex p = 1; p < d.posts.size(); ++p) order.push_back(p);
    std::stable_sort(order.begin(), order.end(),
                     [&](PostIndex x, PostIndex y) { return d.posts[x].time < d.posts[y].time; });
    for (std::size_t i = 0; i < order.size(); ++i) {
        const PostIndex e = order[i];
        PostIndex expected = 0;
        for (std::size_t j = i; j-- > 0;) {
            const PostIndex q = order[j];
            const bool arc = std::find(arcs.begin(), arcs.end(),
                                       std::pair<VertexId, VertexId>{d.posts[e].author, d.posts[q].author}) != arcs.end();
            if (d.posts[q].time < d.posts[e].time && arc) {
                expected = q;
                break;
            }
        }
        BOOST_TEST(a.parent[e] == expected, "echo " << d.posts[e].id);
    }
}

// Few actors echoing one post many times: an actor asking again only looks at the adopters added
// since its last echo there; the tree must still be the brute-force one, with few arcs (scans of
// the arcs) and with many (scans of the adopters).
BOOST_AUTO_TEST_CASE(actors_echoing_one_post_many_times_get_the_brute_force_tree) {
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        std::mt19937_64 random(seed);
        Dataset d;
        const std::size_t posters = 2 + random() % 5;
        constexpr std::size_t actors = 40;
        for (std::size_t i = 0; i < actors; ++i) d.actors.push_back(Actor{.id = "a" + std::to_string(i)});
        d.posts.push_back(Post{.id = "r", .author = 0, .platform = "x", .time = at(0)});
        for (int i = 1; i <= 60; ++i) {
            d.posts.push_back(Post{.id = "e" + std::to_string(i), .author = static_cast<ActorIndex>(random() % posters),
                                   .platform = "x", .time = at(1 + static_cast<int>(random() % 40)),
                                   .type = PostType::repost, .parent = 0});
        }
        std::vector<std::pair<VertexId, VertexId>> arcs;
        for (VertexId u = 0; u < posters; ++u) {
            for (VertexId v = 0; v < posters; ++v) {
                if (u != v && random() % 2) arcs.emplace_back(u, v);
            }
        }
        GraphBuilder builder(actors);
        for (const auto& [u, v] : arcs) builder.add_arc(u, v, Layer::repost, 1);
        if (seed % 2 == 0) {  // many arcs to actors who never post: the adopters are scanned
            for (VertexId u = 0; u < posters; ++u) {
                for (VertexId v = 10; v < actors; ++v) builder.add_arc(u, v, Layer::mention, 1);
            }
        }
        const CascadeResult result = find_cascades(d, std::move(builder).build());
        std::vector<PostIndex> order;
        for (PostIndex p = 1; p < d.posts.size(); ++p) order.push_back(p);
        std::stable_sort(order.begin(), order.end(),
                         [&](PostIndex x, PostIndex y) { return d.posts[x].time < d.posts[y].time; });
        for (std::size_t i = 0; i < order.size(); ++i) {
            const PostIndex e = order[i];
            PostIndex expected = 0;
            for (std::size_t j = i; j-- > 0;) {
                const PostIndex q = order[j];
                const std::pair<VertexId, VertexId> arc{d.posts[e].author, d.posts[q].author};
                if (d.posts[q].time < d.posts[e].time && std::find(arcs.begin(), arcs.end(), arc) != arcs.end()) {
                    expected = q;
                    break;
                }
            }
            BOOST_TEST(result.parent[e] == expected, "seed " << seed << ", echo " << d.posts[e].id);
        }
    }
}

// Readers reject parents that loop; a Dataset built in code is refused rather than half-counted.
BOOST_AUTO_TEST_CASE(parents_that_loop_are_an_error) {
    Dataset d = dataset_of(2, {{"r", 0, 0}});
    d.posts.push_back(Post{.id = "p1", .author = 1, .platform = "linkedin", .time = at(1), .type = PostType::repost, .parent = 2});
    d.posts.push_back(Post{.id = "p2", .author = 0, .platform = "linkedin", .time = at(1), .type = PostType::repost, .parent = 1});
    BOOST_CHECK_EXCEPTION((void)run(d), InvalidArgument, ricochet::testing::mentions("loops back, got post \"p1\""));
}

// Random forests: virality from subtree sizes equals the mean over all pairs of breadth-first
// distances; depth and breadth from the levels.
BOOST_AUTO_TEST_CASE(virality_is_the_mean_pairwise_distance_on_random_forests) {
    std::mt19937_64 random(11);
    Dataset d;
    d.actors.push_back(Actor{.id = "a"});
    for (PostIndex p = 0; p < 300; ++p) {
        Post post{.id = "p" + std::to_string(1000 + p), .author = 0, .platform = "linkedin", .time = at(0)};
        if (p > 0 && random() % 10 != 0) {
            post.type = PostType::reply;
            post.parent = static_cast<PostIndex>(p - 1 - random() % std::min<PostIndex>(p, 5 + p / 3));
        }
        d.posts.push_back(post);
    }
    const CascadeResult r = run(d);
    std::vector<std::vector<PostIndex>> neighbours(d.posts.size());
    for (PostIndex p = 0; p < d.posts.size(); ++p) {
        if (d.posts[p].parent) {
            neighbours[p].push_back(*d.posts[p].parent);
            neighbours[*d.posts[p].parent].push_back(p);
        }
    }
    auto distances = [&](PostIndex source) {
        std::vector<int> dist(d.posts.size(), -1);
        std::vector<PostIndex> queue{source};
        dist[source] = 0;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            for (const PostIndex v : neighbours[queue[i]]) {
                if (dist[v] < 0) {
                    dist[v] = dist[queue[i]] + 1;
                    queue.push_back(v);
                }
            }
        }
        return dist;
    };
    std::size_t total = 0;
    for (const Cascade& c : r.cascades) {
        const std::vector<int> from_root = distances(c.root);
        std::vector<PostIndex> members;
        std::map<int, std::uint32_t> levels;
        for (PostIndex p = 0; p < d.posts.size(); ++p) {
            if (from_root[p] >= 0) {
                members.push_back(p);
                ++levels[from_root[p]];
            }
        }
        total += members.size();
        BOOST_TEST(c.size == members.size());
        BOOST_TEST(c.depth == static_cast<std::uint32_t>(levels.rbegin()->first));
        std::uint32_t breadth = 0;
        for (const auto& [level, count] : levels) breadth = std::max(breadth, count);
        BOOST_TEST(c.max_breadth == breadth);
        if (members.size() < 2) {
            BOOST_TEST(!c.structural_virality.has_value());
            continue;
        }
        double sum = 0;
        for (const PostIndex u : members) {
            const std::vector<int> dist = distances(u);
            for (const PostIndex v : members) sum += dist[v];
        }
        const double n = static_cast<double>(members.size());
        BOOST_TEST(*c.structural_virality == sum / (n * (n - 1)), boost::test_tools::tolerance(1e-12));
    }
    BOOST_TEST(total == d.posts.size());
    BOOST_TEST(r.cascades.size() > 10U);
}

// Actors: org (a0), exec (a1, organisation a0), kol (a2). org roots a star of 4 (size 5, nu 1.6),
// exec a pair (size 2, nu 1), kol a single post (nu undefined).
BOOST_AUTO_TEST_CASE(summaries_by_author_and_team) {
    Dataset d = dataset_of(3, {{"s", 0, 0}, {"s1", 2, 1, "s"}, {"s2", 2, 2, "s"}, {"s3", 1, 3, "s"},
                               {"s4", 1, 4, "s"}, {"p", 1, 5}, {"p1", 2, 6, "p"}, {"k", 2, 7}});
    d.actors[0].kind = ActorKind::company;
    d.actors[1].kind = ActorKind::executive;
    d.actors[1].organisation = 0;
    const CascadeResult r = run(d);
    const auto authors = cascades_by_author(d, r.cascades);
    BOOST_TEST_REQUIRE(authors.size() == 3U);
    BOOST_TEST(authors[0].author == 0U);
    BOOST_TEST(authors[0].summary.total_size == 5U);
    BOOST_TEST(*authors[0].summary.mean_structural_virality == 1.6, boost::test_tools::tolerance(tolerance));
    BOOST_TEST(authors[1].author == 1U);
    BOOST_TEST(authors[2].author == 2U);
    BOOST_TEST(authors[2].summary.cascades == 1U);
    BOOST_TEST(!authors[2].summary.mean_structural_virality.has_value());
    BOOST_TEST(*authors[2].summary.mean_size == 1.0);
    const auto teams = cascades_by_team(d, r.cascades);
    BOOST_TEST_REQUIRE(teams.size() == 1U);
    const CascadeSummary& t = teams[0].summary;
    BOOST_TEST(teams[0].organisation == 0U);
    BOOST_TEST(teams[0].members == 2U);
    BOOST_TEST(t.cascades == 2U);
    BOOST_TEST(t.total_size == 7U);
    BOOST_TEST(t.max_size == 5U);
    BOOST_TEST(t.max_depth == 1U);
    BOOST_TEST(*t.mean_size == 3.5, boost::test_tools::tolerance(tolerance));
    BOOST_TEST(*t.mean_structural_virality == 1.3, boost::test_tools::tolerance(tolerance));
    // A team without cascades is listed with zeros and undefined means.
    const auto empty = cascades_by_team(d, {});
    BOOST_TEST_REQUIRE(empty.size() == 1U);
    BOOST_TEST(empty[0].summary.cascades == 0U);
    BOOST_TEST(!empty[0].summary.mean_size.has_value());
}

BOOST_AUTO_TEST_CASE(same_input_same_output) {
    const Dataset d = dataset_of(5, {{"r", 0, 0, nullptr, "twitter"}, {"e1", 1, 1, "r", "twitter"},
                                     {"e2", 2, 1, "r", "twitter"}, {"e3", 3, 2, "r", "twitter"},
                                     {"s", 4, 3}});
    const Graph g = testing::graph_of(5, {{2, 1}, {3, 1}, {3, 2}});
    const CascadeResult a = find_cascades(d, g);
    const CascadeResult b = find_cascades(d, g);
    BOOST_TEST(a.parent == b.parent, boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(a.cascades.size() == b.cascades.size());
    for (std::size_t i = 0; i < a.cascades.size(); ++i) BOOST_TEST(a.cascades[i].root == b.cascades[i].root);
}

BOOST_AUTO_TEST_CASE(graph_must_match_the_actors) {
    const Dataset d = dataset_of(2, {{"r", 0, 0}, {"e", 1, 1, "r"}});
    BOOST_CHECK_EXCEPTION((void)find_cascades(d, Graph{}), InvalidArgument,
                          testing::mentions("cascades: the influence graph must have one vertex per actor (2), got 0"));
    BOOST_TEST(run(d).cascades.size() == 1U);  // never needs no graph
}

BOOST_AUTO_TEST_SUITE_END()
