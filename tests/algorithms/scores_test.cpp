// SPDX-License-Identifier: MIT
// Influence scores: percentiles and components worked out by hand on the drawn dataset of
// datasets/example/ricochets.json (the one of teams_test.cpp); breakdowns that add up; a score
// that never falls when one of its components rises; deterministic ties; the config file.
// tests/oracle/rank_oracle.py recomputes every row from the definitions on pharma-fr.
#include <boost/test/unit_test.hpp>

#include <random>

#include "algorithms/amplification/teams.hpp"
#include "algorithms/scoring/scores.hpp"
#include "graph/error.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "io/rank_report.hpp"
#include "io/score_config.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
namespace tt = boost::test_tools;

namespace {

const Dataset& drawn() {
    static const Dataset d = io::read_dataset(ricochet::testing::datasets_dir() / "example/ricochets.json").dataset;
    return d;
}

Graph interactions_graph(const Dataset& d) {
    InfluenceOptions options;
    options.layers = LayerSet::interactions();
    return build_influence_graph(d, options).graph;
}

constexpr auto at(auto component) { return static_cast<std::size_t>(component); }

}  // namespace

BOOST_AUTO_TEST_SUITE(scores)

BOOST_AUTO_TEST_CASE(percentiles_by_hand) {
    // 1 is below all; the two 2s share positions 1 and 2 of 0..3; 5 is the largest.
    const std::vector<double> p = percentiles({2, 5, 1, 2});
    BOOST_TEST(p[0] == 50.0);
    BOOST_TEST(p[1] == 100.0);
    BOOST_TEST(p[2] == 0.0);
    BOOST_TEST(p[3] == 50.0);
    BOOST_TEST(percentiles({7}) == std::vector<double>{100.0}, tt::per_element());
    BOOST_TEST(percentiles({3, 3, 3}) == std::vector<double>(3, 50.0), tt::per_element());
    BOOST_TEST(percentiles({}).empty());
}

// Actors: acme 0, ann 1, bob 2, cat 3, asso 4, kol 5, other-co 6, dan 7 (teams_test.cpp draws
// every post and arc). Arcs into ann: bob 1 (repost), the KOL 0.5 (comment), dan 1 (repost).
BOOST_AUTO_TEST_CASE(actor_components_by_hand) {
    const Dataset& d = drawn();
    const auto rows = actor_components(d, interactions_graph(d), {});
    const std::vector<double> engagement{10, 100, 24, 6, 50, 0, 0, 0};
    for (std::size_t a = 0; a < 8; ++a) BOOST_TEST(rows[a][at(ActorComponent::engagement)] == engagement[a]);
    BOOST_TEST(rows[1][at(ActorComponent::amplifiers)] == 3.0);
    // bob, the KOL, dan amplified ann; cat amplified bob; ann herself (bob's amplifier) is not counted.
    BOOST_TEST(rows[1][at(ActorComponent::reach)] == 4.0);
    BOOST_TEST(rows[1][at(ActorComponent::outside)] == 1.5);  // the KOL 0.5 + dan 1; bob is a teammate
    // The KOL: ann mentioned it (0.5): one amplifier, outside its (no) team; ann's amplifiers
    // bob, dan and the KOL itself: reach 3 (bob, dan, ann).
    BOOST_TEST(rows[5][at(ActorComponent::amplifiers)] == 1.0);
    BOOST_TEST(rows[5][at(ActorComponent::outside)] == 0.5);
    BOOST_TEST(rows[5][at(ActorComponent::reach)] == 3.0);
    double sum = 0;
    for (const auto& row : rows) sum += row[at(ActorComponent::pagerank)];
    BOOST_TEST(sum == 1.0, tt::tolerance(1e-12));
    // Engagement weights: ann's p1 has 80 reactions, 10 comments, 10 shares.
    const auto weighted = actor_engagement(d, {}, {.reactions = 1, .comments = 2, .shares = 3});
    BOOST_TEST(weighted[1] == 80.0 + 20 + 30);
}

// acme's team {acme, ann, bob, cat}: outsiders amplifying members are the KOL (ann 0.5, acme
// 0.1) and dan (ann 1): reach 2, outside weight 1.6; the ricochet yield is 0.2 (teams_test.cpp).
BOOST_AUTO_TEST_CASE(team_components_by_hand) {
    const Dataset& d = drawn();
    const Graph g = interactions_graph(d);
    const auto metrics = team_metrics(d, g);
    std::vector<double> yield;
    for (const auto& t : metrics) yield.push_back(t.ricochet_yield.value_or(0));
    const auto rows = team_components(d, g, {}, yield);
    BOOST_TEST_REQUIRE(rows.size() == 2u);
    BOOST_TEST(rows[0][at(TeamComponent::engagement)] == 130.0);
    BOOST_TEST(rows[0][at(TeamComponent::reach)] == 2.0);
    BOOST_TEST(rows[0][at(TeamComponent::outside)] == 1.6, tt::tolerance(1e-12));
    BOOST_TEST(rows[0][at(TeamComponent::yield)] == 0.2, tt::tolerance(1e-12));
    // other-co {other-co, dan}: nobody amplified them.
    BOOST_TEST(rows[1][at(TeamComponent::reach)] == 0.0);
    BOOST_TEST(rows[1][at(TeamComponent::outside)] == 0.0);
    const auto pr = actor_components(d, g, {});
    BOOST_TEST(rows[0][at(TeamComponent::pagerank)] ==
                   pr[0][at(ActorComponent::pagerank)] + pr[1][at(ActorComponent::pagerank)] +
                       pr[2][at(ActorComponent::pagerank)] + pr[3][at(ActorComponent::pagerank)],
               tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(breakdowns_add_up_and_a_rising_component_never_lowers_the_score) {
    std::mt19937_64 random(5);
    for (int round = 0; round < 200; ++round) {
        const std::size_t n = 1 + random() % 30;
        std::vector<std::array<double, component_count>> rows(n);
        for (auto& row : rows) {
            for (double& v : row) v = static_cast<double>(random() % 6);  // many ties
        }
        std::array<double, component_count> weights{};
        for (double& w : weights) w = static_cast<double>(random() % 5);
        weights[random() % component_count] += 1;
        const auto before = score_rows(rows, weights);
        for (const ScoreBreakdown& b : before) {
            double sum = 0;
            for (const double part : b.contribution) sum += part;
            BOOST_TEST(sum == b.score, tt::tolerance(1e-9));
            BOOST_TEST(b.score >= 0.0);
            BOOST_TEST(b.score <= 100.0 + 1e-9);
        }
        const std::size_t i = random() % n, c = random() % component_count;
        rows[i][c] += 1 + static_cast<double>(random() % 3);
        const auto after = score_rows(rows, weights);
        BOOST_TEST(after[i].score >= before[i].score - 1e-9, "round " << round);
    }
}

BOOST_AUTO_TEST_CASE(ties_rank_by_id_whatever_the_input_order) {
    std::vector<io::RankRow> rows;
    for (const char* id : {"c", "a", "b"}) {
        io::RankRow row;
        row.id = id;
        row.score = 1;
        row.breakdown.value[0] = std::string(id) == "b" ? 5 : 1;
        rows.push_back(row);
    }
    io::rank_rows(rows, true);
    BOOST_TEST(rows[0].id == "a");
    BOOST_TEST(rows[1].id == "b");
    BOOST_TEST(rows[2].id == "c");
    BOOST_TEST(*rows[1].engagement_rank == 1u);  // b has the most engagement
    BOOST_TEST(*rows[0].engagement_rank == 2u);
}

BOOST_AUTO_TEST_CASE(config_files_set_weights_and_name_what_is_wrong) {
    const ScoreWeights w = io::parse_score_config(
        "c.json", R"({"actor_weights": {"pagerank": 1, "engagement": 0}, "engagement_weights": {"shares": 3}})");
    BOOST_TEST(w.actor[at(ActorComponent::pagerank)] == 1.0);
    BOOST_TEST(w.actor[at(ActorComponent::engagement)] == 0.0);
    BOOST_TEST(w.actor[at(ActorComponent::reach)] == ScoreWeights{}.actor[at(ActorComponent::reach)]);  // default kept
    BOOST_TEST(w.engagement.shares == 3.0);
    BOOST_TEST(w.engagement.reactions == 1.0);
    using ricochet::testing::mentions;
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", "{\"actor_weights\": {\n \"pagerank\": -1}}"),
                          ParseError, mentions("c.json:2:2: \"actor_weights.pagerank\" must be a number from 0 to 1e12, got \"-1\""));
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", "{\"team_weights\": {\"fame\": 1}}"), ParseError,
                          mentions("c.json:1:19: unknown component in \"team_weights\""));
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", "{\"actor_weights\": {\"pagerank\": 1,}}"), ParseError,
                          mentions("c.json:1:34:"));
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", "{\"colour\": 1}"), ParseError,
                          mentions("c.json:1:2: unknown key"));
    BOOST_CHECK_EXCEPTION(
        (void)io::parse_score_config("c.json", R"({"team_weights": {"engagement": 0, "pagerank": 0, "reach": 0, "outside": 0, "yield": 0}})"),
        ParseError, mentions("are all 0"));
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", "{\"actor_weights\": {\"reach\": \"high\"}}"), ParseError,
                          mentions("must be a number"));
    // A key given twice: at its second occurrence (JSON libraries silently keep the last).
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", R"({"actor_weights": {"pagerank": 1, "pagerank": 0}})"),
                          ParseError, mentions("c.json:1:35: duplicate key, got \"pagerank\""));
    BOOST_CHECK_EXCEPTION(
        (void)io::parse_score_config("c.json", R"({"engagement_weights": {"reactions": 0, "comments": 0, "shares": 0}})"),
        ParseError, mentions("the weights of \"engagement_weights\" are all 0"));
    // Errors in the order of the file, not of the keys.
    BOOST_CHECK_EXCEPTION((void)io::parse_score_config("c.json", R"({"actor_weights": {"reach": "x", "amplifiers": "y"}})"),
                          ParseError, mentions("\"actor_weights.reach\""));
}

BOOST_AUTO_TEST_SUITE_END()
