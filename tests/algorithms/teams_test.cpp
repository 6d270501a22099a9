// SPDX-License-Identifier: MIT
// Team amplification on a dataset drawn here, every figure worked out by hand below; the Shapley
// closed form against enumeration over coalitions; each profile rule; and the planted cultures
// of datasets/pharma-fr. tests/oracle/teams_oracle.py recomputes everything from the
// definitions on pharma-fr and on the politicians' network.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "algorithms/amplification/teams.hpp"
#include "graph/influence_graph.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace ricochet::algorithms;
using namespace std::chrono;
namespace tt = boost::test_tools;

namespace {

const Time t0 = sys_days{year{2021} / March / 1} + hours{9};

Post post(std::string id, ActorIndex author, Time time, PostType type = PostType::original,
          std::optional<PostIndex> parent = std::nullopt, std::uint64_t reactions = 0) {
    Post p{.id = std::move(id), .author = author, .platform = "linkedin", .time = time, .type = type};
    p.parent = parent;
    p.reactions = reactions;
    return p;
}

// Team "acme" = {acme (0), ann (1), bob (2), cat (3)}; team "other-co" = {other-co (6), dan (7)};
// an association (4) and a KOL (5).
//
//   p0 acme original t0 (10)          p6 asso original t0 (50)
//   p1 ann original t0+1h (100), mentions the KOL
//   p2 bob reposts p1 at +1h30 (20)   a ricochet, 0.5 h
//   p3 cat quotes p2 at +3h (6)       a ricochet on a ricochet: chain 2
//   p4 cat reposts p0 at +100h (0)    99 h > 72 h: no ricochet, but a relay of the organisation
//   p5 bob original t0+2h (4)
//   p7 ann reposts p6 at +5h          outside the team
//   p8 the KOL comments on p1 at +2h; p9 dan reposts p1 at +3h
//   events: ann reacts to p5 at +2h10 (a ricochet, 1/6 h); cat reacts to p5, no time (not one);
//           the KOL reacts to p0 at +1h
Dataset drawn() {
    Dataset d;
    d.actors = {Actor{.id = "acme", .kind = ActorKind::company},
                Actor{.id = "ann", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "bob", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "cat", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "asso", .kind = ActorKind::association},
                Actor{.id = "kol", .kind = ActorKind::kol},
                Actor{.id = "other-co", .kind = ActorKind::company},
                Actor{.id = "dan", .kind = ActorKind::executive, .organisation = 6}};
    d.posts = {post("p0", 0, t0, PostType::original, std::nullopt, 10),
               post("p1", 1, t0 + hours{1}, PostType::original, std::nullopt, 80),
               post("p2", 2, t0 + minutes{90}, PostType::repost, 1, 20),
               post("p3", 3, t0 + hours{3}, PostType::quote, 2, 6),
               post("p4", 3, t0 + hours{100}, PostType::repost, 0, 0),
               post("p5", 2, t0 + hours{2}, PostType::original, std::nullopt, 4),
               post("p6", 4, t0, PostType::original, std::nullopt, 50),
               post("p7", 1, t0 + hours{5}, PostType::repost, 6, 0),
               post("p8", 5, t0 + hours{2}, PostType::comment, 1, 0),
               post("p9", 7, t0 + hours{3}, PostType::repost, 1, 0)};
    d.posts[1].comments = 10;
    d.posts[1].shares = 10;
    d.posts[1].mentions = {5};
    d.engagements = {Engagement{1, 5, EngagementType::reaction, t0 + minutes{130}},
                     Engagement{3, 5, EngagementType::reaction, std::nullopt},
                     Engagement{5, 0, EngagementType::reaction, t0 + hours{1}}};
    check_dataset(d);
    return d;
}

InfluenceOptions interactions() {
    InfluenceOptions options;
    options.layers = LayerSet::interactions();
    return options;
}

std::vector<TeamMetrics> metrics_of(const Dataset& d, TeamOptions options = {}) {
    InfluenceOptions influence = interactions();
    influence.window = options.window;
    return team_metrics(d, build_influence_graph(d, influence).graph, options);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(teams)

BOOST_AUTO_TEST_CASE(every_metric_of_a_drawn_team_equals_its_hand_value) {
    const Dataset d = drawn();
    const std::vector<TeamMetrics> all = metrics_of(d);
    BOOST_TEST_REQUIRE(all.size() == 2u);
    const TeamMetrics& acme = all[0];
    BOOST_TEST(acme.organisation == 0u);
    BOOST_TEST((acme.members == std::vector<ActorIndex>{0, 1, 2, 3}));
    BOOST_TEST(acme.active_members == 4u);
    BOOST_TEST(acme.posts == 7u);      // p0 p1 p2 p3 p4 p5 p7
    BOOST_TEST(acme.originals == 3u);  // p0 p1 p5
    BOOST_TEST(acme.engagement == 130u);  // ann 100 + bob 20 + 4 + cat 6; acme's own 10 apart
    BOOST_TEST(acme.account_engagement == 10u);
    // Into members: ann 1 (bob) + 0.5 (KOL) + 1 (dan); bob 1 + 0.1 (cat) + 0.1 (ann); acme 1 (cat)
    // + 0.1 (KOL): 4.8, of which 3.2 from members.
    BOOST_TEST(*acme.internal_share == 3.2 / 4.8, tt::tolerance(1e-12));
    // p1 (0.5 h) and p5 (1/6 h, the event) of three originals; p0's only echo is 99 h late.
    BOOST_TEST(*acme.ricochet_rate == 2.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(*acme.ricochet_lag_h == (0.5 + 1.0 / 6.0) / 2, tt::tolerance(1e-12));
    BOOST_TEST(acme.ricochet_depth == 2u);  // p1 -> p2 -> p3
    // p2 (20) echoes the original p1 (100); p3 echoes a repost, not an original.
    BOOST_TEST(*acme.ricochet_yield == 0.2, tt::tolerance(1e-12));
    // Executives [100, 24, 6]: sum of |xi - xj| over ordered pairs 376, / (2 * 9 * 130 / 3).
    BOOST_TEST(*acme.gini == 376.0 / 780.0, tt::tolerance(1e-12));
    BOOST_TEST(*acme.carrier == 1u);
    BOOST_TEST(*acme.carrier_share == 100.0 / 130.0, tt::tolerance(1e-12));
    // Out of members 4.7: ann -> asso 1, ann -> KOL 0.5 leave the team.
    BOOST_TEST(*acme.external_rebound == 1.5 / 4.7, tt::tolerance(1e-12));
    BOOST_TEST(acme.rebound[static_cast<std::size_t>(ReboundKind::association)] == 1.0 / 4.7, tt::tolerance(1e-12));
    BOOST_TEST(acme.rebound[static_cast<std::size_t>(ReboundKind::kol)] == 0.5 / 4.7, tt::tolerance(1e-12));
    BOOST_TEST(acme.rebound[static_cast<std::size_t>(ReboundKind::company)] == 0.0);
    BOOST_TEST(*acme.corporate_share == 0.25);  // p4 of p2, p3, p4, p7
    // Pairs bob->ann, ann->bob, cat->bob, cat->acme of 12; two are reciprocated.
    BOOST_TEST(*acme.density == 4.0 / 12.0, tt::tolerance(1e-12));
    BOOST_TEST(*acme.reciprocity == 0.5);
    // Amplifiers: ann {bob, KOL, dan}, bob {cat, ann}, acme {cat, KOL}: reach 5. The KOL and cat
    // each amplified two members and split their unit.
    BOOST_TEST(acme.reach == 5u);
    const std::vector<double> shapley{1.0, 2.5, 1.5, 0.0};  // acme, ann, bob, cat
    for (std::size_t i = 0; i < 4; ++i) {
        BOOST_TEST(acme.contributions[i].shapley == shapley[i], tt::tolerance(1e-12));
        BOOST_TEST(acme.contributions[i].shapley_share == shapley[i] / 5, tt::tolerance(1e-12));
    }
    BOOST_TEST(acme.contributions[1].amplifiers == 3u);
    BOOST_TEST(acme.contributions[1].ricochets_given == 1u);     // the event on p5
    BOOST_TEST(acme.contributions[2].ricochets_received == 2u);  // p3 on p2, the event on p5
    BOOST_TEST(acme.contributions[3].ricochets_given == 1u);
    BOOST_TEST((acme.profile == TeamProfile::mixed));  // density 1/3 < 0.5, carrier 0.77 < 0.8
    BOOST_TEST_REQUIRE(acme.chains.size() == 1u);
    BOOST_TEST((acme.chains[0].posts == std::vector<PostIndex>{1, 2, 3}));

    const TeamMetrics& other = all[1];
    BOOST_TEST(other.engagement == 0u);
    BOOST_TEST(!other.ricochet_rate);  // no original
    BOOST_TEST(!other.ricochet_lag_h);
    BOOST_TEST(!other.gini);
    BOOST_TEST(!other.carrier);
    BOOST_TEST(!other.internal_share);  // nobody amplified it
    BOOST_TEST(*other.external_rebound == 1.0);
    BOOST_TEST(other.rebound[static_cast<std::size_t>(ReboundKind::company)] == 1.0);  // ann works for acme
    BOOST_TEST(*other.corporate_share == 0.0);
    BOOST_TEST(*other.density == 0.0);
    BOOST_TEST(!other.reciprocity);
    BOOST_TEST(other.reach == 0u);
}

BOOST_AUTO_TEST_CASE(the_echo_window_and_the_time_window_bound_the_ricochets) {
    const Dataset d = drawn();
    TeamOptions options;
    options.echo_window = minutes{20};  // only the event on p5 (10 minutes) remains
    const TeamMetrics acme = metrics_of(d, options)[0];
    BOOST_TEST(*acme.ricochet_rate == 1.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(*acme.ricochet_lag_h == 1.0 / 6.0, tt::tolerance(1e-12));
    BOOST_TEST(acme.ricochet_depth == 1u);
    BOOST_TEST(!acme.ricochet_yield);
    BOOST_TEST(acme.chains.empty());

    options = {};
    options.window.since = t0 + minutes{80};  // drops p0, p1 (and so the ricochet on p1), p6
    const TeamMetrics late = metrics_of(d, options)[0];
    BOOST_TEST(late.originals == 1u);  // p5
    BOOST_TEST(*late.ricochet_rate == 1.0);
    BOOST_TEST(late.ricochet_depth == 1u);  // p3 on p2 no longer chains on a ricochet
    BOOST_TEST(late.engagement == 30u);     // bob 20 + 4, cat 6
}

BOOST_AUTO_TEST_CASE(shapley_closed_form_equals_enumeration_over_coalitions) {
    std::mt19937_64 random(7);
    for (int round = 0; round < 40; ++round) {
        const std::size_t size = 2 + random() % 7;      // members, organisation included
        const std::size_t outside = 1 + random() % 6;
        Dataset d;
        d.actors.push_back(Actor{.id = "org", .kind = ActorKind::company});
        for (std::size_t i = 1; i < size; ++i) {
            d.actors.push_back(Actor{.id = "m" + std::to_string(i), .kind = ActorKind::executive, .organisation = 0});
        }
        for (std::size_t i = 0; i < outside; ++i) d.actors.push_back(Actor{.id = "x" + std::to_string(i)});
        const std::size_t n = d.actors.size();
        std::set<std::pair<ActorIndex, ActorIndex>> arcs;
        for (int k = 0; k < 25; ++k) {
            const auto u = static_cast<ActorIndex>(random() % n), v = static_cast<ActorIndex>(random() % size);
            if (u == v) continue;
            arcs.insert({u, v});
            d.interactions.push_back(Interaction{u, v, k % 2 ? Layer::repost : Layer::mention, 1.0});
        }
        const TeamMetrics team = metrics_of(d)[0];
        // v(S) = |amplifiers of S|; phi_i = sum over S not holding i of |S|!(m-|S|-1)!/m! (v(S+i) - v(S)).
        const auto value = [&](std::uint32_t mask) {
            std::set<ActorIndex> who;
            for (const auto& [u, v] : arcs) {
                if (mask >> v & 1u) who.insert(u);
            }
            return static_cast<double>(who.size());
        };
        std::vector<double> factorial(size + 1, 1.0);
        for (std::size_t i = 1; i <= size; ++i) factorial[i] = factorial[i - 1] * static_cast<double>(i);
        for (std::size_t i = 0; i < size; ++i) {
            double phi = 0;
            for (std::uint32_t mask = 0; mask < (1u << size); ++mask) {
                if (mask >> i & 1u) continue;
                const auto s = static_cast<std::size_t>(std::popcount(mask));
                phi += factorial[s] * factorial[size - s - 1] / factorial[size] *
                       (value(mask | 1u << i) - value(mask));
            }
            BOOST_TEST(team.contributions[i].shapley == phi, tt::tolerance(1e-12));
        }
        BOOST_TEST(static_cast<double>(team.reach) == value((1u << size) - 1));
    }
}

BOOST_AUTO_TEST_CASE(gini_and_median_by_hand) {
    BOOST_TEST(!gini({}));
    BOOST_TEST(!gini({0, 0}));
    BOOST_TEST(*gini({5}) == 0.0);
    BOOST_TEST(*gini({1, 1, 1}) == 0.0);
    BOOST_TEST(*gini({0, 0, 0, 4}) == 0.75);  // one of four holds everything: (n - 1) / n
    BOOST_TEST(*gini({1, 3}) == 0.25);        // |1 - 3| * 2 / (2 * 4 * 2)
    BOOST_TEST(!median({}));
    BOOST_TEST(*median({3, 1, 2}) == 2.0);
    BOOST_TEST(*median({4, 1, 3, 2}) == 2.5);
}

BOOST_AUTO_TEST_CASE(each_profile_rule_decides_on_its_own_metrics) {
    TeamMetrics team;
    team.organisation = 0;
    team.members = {0, 1, 2, 3};
    team.active_members = 4;
    team.engagement = 300;
    BOOST_TEST((team_profile(team, 100) == TeamProfile::mixed));
    TeamMetrics quiet = team;
    quiet.active_members = 1;
    quiet.engagement = 29;  // 9.7 per executive < 10
    BOOST_TEST((team_profile(quiet, 100) == TeamProfile::quiet));
    quiet.engagement = 30;  // 10 per executive: not under a tenth
    BOOST_TEST((team_profile(quiet, 100) == TeamProfile::mixed));
    TeamMetrics orchestrated = team;
    orchestrated.ricochet_rate = 0.5;
    orchestrated.ricochet_lag_h = 0.5;
    orchestrated.corporate_share = 0.5;
    BOOST_TEST((team_profile(orchestrated, 100) == TeamProfile::orchestrated));
    orchestrated.ricochet_lag_h = 0.51;
    BOOST_TEST((team_profile(orchestrated, 100) == TeamProfile::mixed));
    TeamMetrics carried = team;
    carried.carrier = 2;
    carried.carrier_share = 0.8;
    BOOST_TEST((team_profile(carried, 100) == TeamProfile::carried));
    carried.members = {0, 1, 2};  // two executives: nobody "carries" a pair
    BOOST_TEST((team_profile(carried, 100) == TeamProfile::mixed));
    TeamMetrics outward = team;
    outward.external_rebound = 0.7;
    outward.rebound = {0.3, 0.2, 0.1, 0.1, 0.0};
    BOOST_TEST((team_profile(outward, 100) == TeamProfile::outward));
    outward.corporate_share = 0.25;
    BOOST_TEST((team_profile(outward, 100) == TeamProfile::mixed));
    TeamMetrics collective = team;
    collective.density = 0.5;
    collective.reciprocity = 0.5;
    collective.ricochet_rate = 0.5;
    collective.gini = 0.6;
    BOOST_TEST((team_profile(collective, 100) == TeamProfile::collective));
    collective.gini = 0.61;
    BOOST_TEST((team_profile(collective, 100) == TeamProfile::mixed));
}

BOOST_AUTO_TEST_CASE(ricochet_chains_survive_parent_loops_of_equal_time) {
    // Two executives reposting each other's repost at the same second: a loop in the data.
    Dataset d;
    d.actors = {Actor{.id = "org", .kind = ActorKind::company},
                Actor{.id = "a", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "b", .kind = ActorKind::executive, .organisation = 0}};
    d.posts = {post("p0", 1, t0, PostType::repost, 1), post("p1", 2, t0, PostType::repost, 0)};
    check_dataset(d);
    const TeamMetrics team = metrics_of(d)[0];
    BOOST_TEST(team.ricochet_depth >= 1u);
    BOOST_TEST(team.ricochet_depth <= 2u);
}

BOOST_AUTO_TEST_CASE(a_nested_organisation_is_in_its_own_team_only) {
    // org-e is an executive of org-a and the organisation of e1; org-b's only executive f leads
    // a team of its own (f1), so org-b has no team left.
    Dataset d;
    d.actors = {Actor{.id = "org-a", .kind = ActorKind::company},
                Actor{.id = "org-e", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "e1", .kind = ActorKind::executive, .organisation = 1},
                Actor{.id = "a1", .kind = ActorKind::executive, .organisation = 0},
                Actor{.id = "org-b", .kind = ActorKind::company},
                Actor{.id = "f", .kind = ActorKind::executive, .organisation = 4},
                Actor{.id = "f1", .kind = ActorKind::executive, .organisation = 5}};
    d.posts = {post("p1", 1, t0, PostType::original, std::nullopt, 5),
               post("p2", 3, t0 + minutes{10}, PostType::repost, 0, 1),
               post("p3", 2, t0 + minutes{20}, PostType::repost, 0)};
    check_dataset(d);
    const std::vector<TeamMetrics> all = metrics_of(d);
    BOOST_TEST_REQUIRE(all.size() == 3u);
    BOOST_TEST((all[0].members == std::vector<ActorIndex>{0, 3}));
    BOOST_TEST((all[1].members == std::vector<ActorIndex>{1, 2}));
    BOOST_TEST((all[2].members == std::vector<ActorIndex>{5, 6}));
    BOOST_TEST(all[0].engagement == 1u);
    BOOST_TEST(*all[0].external_rebound == 1.0);  // a1 amplified org-e, of another team now
    BOOST_TEST(*all[1].ricochet_rate == 1.0);     // e1 echoed its organisation's post
    BOOST_TEST(all[1].contributions[0].shapley_share + all[1].contributions[1].shapley_share == 1.0);
}

// The planted cultures of pharma-fr (datasets/pharma-fr/README.md): the profile rules find them.
BOOST_AUTO_TEST_CASE(profiles_find_the_planted_cultures_of_pharma_fr) {
    const Dataset d = io::read_dataset(ricochet::testing::datasets_dir() / "pharma-fr/pharma-fr.json").dataset;
    std::ifstream in(ricochet::testing::datasets_dir() / "pharma-fr/ground_truth.json");
    const auto truth = nlohmann::json::parse(in);
    const auto index = actor_index(d);
    const std::vector<TeamMetrics> all = metrics_of(d);
    std::map<ActorIndex, const TeamMetrics*> by_organisation;
    for (const TeamMetrics& team : all) by_organisation[team.organisation] = &team;
    std::size_t planted = 0, matched = 0, carried = 0;
    for (const auto& t : truth.at("teams")) {
        const std::string culture = t.at("culture");
        if (culture == "none") continue;
        const TeamMetrics& team = *by_organisation.at(index.at(t.at("organisation").get<std::string>()));
        ++planted;
        if (to_string(team.profile) == culture) ++matched;
        else BOOST_TEST_MESSAGE(t.at("organisation") << ": planted " << culture << ", profile " << to_string(team.profile));
        if (culture == "carried") {
            ++carried;
            BOOST_TEST_REQUIRE(team.carrier.has_value());
            BOOST_TEST(d.actors[*team.carrier].id == t.at("carrier").get<std::string>(), t.at("organisation"));
        }
    }
    BOOST_TEST(planted == 98u);
    BOOST_TEST(carried == 20u);
    BOOST_TEST(static_cast<double>(matched) >= 0.95 * static_cast<double>(planted), matched << " of " << planted);
}

BOOST_AUTO_TEST_SUITE_END()
