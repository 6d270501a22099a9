// SPDX-License-Identifier: MIT
// datasets/pharma-fr: the published figures within 5 %, every planted culture's signature in the
// raw data (computed here from posts and times, not from the generator), heavy tails, speed.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <map>
#include <numeric>

#include "algorithms/summary/dataset_stats.hpp"
#include "algorithms/synthetic/pharma_fr.hpp"
#include "io/dataset_io.hpp"
#include "support/test_support.hpp"

using namespace ricochet;
using namespace std::chrono;
namespace tt = boost::test_tools;

namespace {

const Dataset& pharma_fr() {
    static const Dataset dataset =
        io::read_dataset(ricochet::testing::datasets_dir() / "pharma-fr/pharma-fr.json").dataset;
    return dataset;
}

struct TruthTeam {
    std::string organisation;
    std::string culture;
    std::string carrier;
};

const std::vector<TruthTeam>& ground_truth() {
    static const std::vector<TruthTeam> teams = [] {
        std::ifstream in(ricochet::testing::datasets_dir() / "pharma-fr/ground_truth.json");
        const auto json = nlohmann::json::parse(in);
        std::vector<TruthTeam> result;
        for (const auto& t : json.at("teams")) {
            result.push_back({t.at("organisation"), t.at("culture"), t.value("carrier", "")});
        }
        return result;
    }();
    return teams;
}

std::size_t at(auto value) { return static_cast<std::size_t>(value); }

bool within_5_percent(double value, double target) { return std::abs(value - target) <= 0.05 * target; }

bool is_echo(const Post& p) { return p.type != PostType::original && p.parent.has_value(); }

// What the tests need to know about one team, computed from the data alone.
struct TeamView {
    ActorIndex organisation = 0;
    std::vector<ActorIndex> members;  // executives
    std::optional<ActorIndex> ceo;
};

std::map<std::string, TeamView> teams_by_id() {
    const Dataset& d = pharma_fr();
    const auto index = actor_index(d);
    std::map<std::string, TeamView> views;
    for (const TruthTeam& t : ground_truth()) views[t.organisation].organisation = index.at(t.organisation);
    for (ActorIndex a = 0; a < d.actors.size(); ++a) {
        const Actor& actor = d.actors[a];
        if (actor.kind != ActorKind::executive) continue;
        TeamView& view = views.at(d.actors[*actor.organisation].id);
        view.members.push_back(a);
        if (actor.function == Function::ceo) view.ceo = a;
    }
    return views;
}

std::vector<std::uint64_t> engagement_by_actor() {
    std::vector<std::uint64_t> sum(pharma_fr().actors.size(), 0);
    for (const Post& p : pharma_fr().posts) sum[p.author] += p.engagement();
    return sum;
}

double gini(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const double n = static_cast<double>(values.size());
    const double total = std::accumulate(values.begin(), values.end(), 0.0);
    if (values.empty() || total == 0) return 0;
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i) weighted += static_cast<double>(i + 1) * values[i];
    return 2 * weighted / (n * total) - (n + 1) / n;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::vector<const TruthTeam*> teams_of(const std::string& culture) {
    std::vector<const TruthTeam*> result;
    for (const TruthTeam& t : ground_truth()) {
        if (t.culture == culture) result.push_back(&t);
    }
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(pharma_fr_dataset)

// The figures of the 2021 study (PRODUCT.md §1), typed here from the study, not from the code.
BOOST_AUTO_TEST_CASE(reproduces_the_published_figures_within_5_percent) {
    const Dataset& d = pharma_fr();
    const InfluenceOptions options;
    const auto s = algorithms::dataset_stats(d, build_influence_graph(d, options), options);
    const auto executive = at(ActorKind::executive);
    BOOST_TEST(within_5_percent(double(s.actors_by_kind[at(ActorKind::company)]), 258));
    BOOST_TEST(within_5_percent(double(s.actors_by_kind[executive]), 1651));
    BOOST_TEST(within_5_percent(double(s.accounts.at("linkedin")[executive]), 1400));
    BOOST_TEST(within_5_percent(double(s.accounts.at("twitter")[executive]), 120));
    BOOST_TEST(within_5_percent(double(s.posts_by_platform_and_kind.at("linkedin")[executive]), 10000));
    BOOST_TEST(within_5_percent(double(s.post_engagement_by_platform_and_kind.at("linkedin")[executive].total()), 487000));
    BOOST_TEST(within_5_percent(double(s.post_engagement_by_platform_and_kind.at("twitter")[executive].total()), 8900));
    BOOST_TEST(format_time(*s.first_time) >= std::string("2021-01-01T00:00:00Z"));
    BOOST_TEST(format_time(*s.last_time) <= std::string("2021-10-15T23:59:59Z"));
    // Enough organisations in each sector for the study's five tables.
    std::map<std::string, std::size_t> sectors;
    for (const Actor& a : d.actors) {
        if (a.kind == ActorKind::company) ++sectors[a.sector];
    }
    BOOST_TEST(sectors["labs_biotech"] >= 100u);
    BOOST_TEST(sectors["medtech"] >= 50u);
    BOOST_TEST(sectors["ehealth"] >= 20u);
    BOOST_TEST(sectors["health_beauty"] >= 20u);
    BOOST_TEST(s.actors_by_kind[at(ActorKind::association)] >= 20u);
    BOOST_TEST(s.actors_by_kind[at(ActorKind::kol)] >= 20u);
    BOOST_TEST(s.actors_by_kind[at(ActorKind::media)] >= 10u);
}

// `ricochet stats datasets/pharma-fr` reads the CSV bundle: it must be the same data.
BOOST_AUTO_TEST_CASE(the_csv_bundle_holds_the_same_dataset_as_the_json) {
    const io::ReadResult bundle = io::read_dataset(ricochet::testing::datasets_dir() / "pharma-fr");
    BOOST_TEST((bundle.format == io::InputFormat::csv_bundle));
    BOOST_TEST(bundle.warnings.empty());
    BOOST_TEST((bundle.dataset == pharma_fr()));
}

BOOST_AUTO_TEST_CASE(every_planted_culture_is_given_to_several_teams) {
    for (const char* culture : {"collective", "carried", "outward", "orchestrated", "quiet"}) {
        BOOST_TEST(teams_of(culture).size() >= 10u, culture);
    }
    BOOST_TEST(teams_of("none").size() >= 100u);
    BOOST_TEST(ground_truth().size() == 258u);
}

BOOST_AUTO_TEST_CASE(a_carried_team_s_carrier_earns_at_least_60_percent) {
    const auto views = teams_by_id();
    const auto engagement = engagement_by_actor();
    const auto index = actor_index(pharma_fr());
    for (const TruthTeam* t : teams_of("carried")) {
        const TeamView& view = views.at(t->organisation);
        std::uint64_t team = engagement[view.organisation];
        for (const ActorIndex m : view.members) team += engagement[m];
        const ActorIndex carrier = index.at(t->carrier);
        BOOST_TEST((pharma_fr().actors[carrier].organisation == view.organisation));
        const auto function = *pharma_fr().actors[carrier].function;
        BOOST_TEST((function == Function::medical || function == Function::communication));
        const double share = double(engagement[carrier]) / double(team);
        BOOST_TEST(share >= 0.6, t->organisation << ": carrier share " << share);
    }
}

BOOST_AUTO_TEST_CASE(orchestrated_teams_echo_the_organisation_and_ceo_within_minutes_in_bursts) {
    const Dataset& d = pharma_fr();
    const auto views = teams_by_id();
    const auto delays_and_bursts = [&](const TeamView& view) {
        std::vector<double> delays;
        std::map<PostIndex, int> quick_echoes;  // pushed post -> member echoes within an hour
        for (const ActorIndex m : view.members) {
            for (PostIndex p = 0; p < d.posts.size(); ++p) {
                const Post& post = d.posts[p];
                if (post.author != m || !is_echo(post)) continue;
                const Post& parent = d.posts[*post.parent];
                if (parent.author != view.organisation && parent.author != view.ceo) continue;
                const double minutes_after = double((post.time - parent.time).count()) / 60.0;
                delays.push_back(minutes_after);
                if (minutes_after <= 60) ++quick_echoes[*post.parent];
            }
        }
        std::size_t pushed = 0;
        std::size_t burst = 0;
        for (PostIndex p = 0; p < d.posts.size(); ++p) {
            const Post& post = d.posts[p];
            if (post.platform != "linkedin" || post.type != PostType::original) continue;
            if (post.author != view.organisation && post.author != view.ceo) continue;
            ++pushed;
            if (quick_echoes[p] >= 2) ++burst;
        }
        return std::tuple(delays, pushed, burst);
    };
    for (const TruthTeam* t : teams_of("orchestrated")) {
        const auto [delays, pushed, burst] = delays_and_bursts(views.at(t->organisation));
        BOOST_REQUIRE(!delays.empty());
        BOOST_TEST(median(delays) <= 30.0, t->organisation << ": median delay " << median(delays) << " min");
        BOOST_TEST(double(burst) >= 0.5 * double(pushed), t->organisation << ": " << burst << " of " << pushed);
    }
    // The same echoes in teams with no culture take hours.
    std::vector<double> ordinary;
    for (const TruthTeam* t : teams_of("none")) {
        const auto [delays, pushed, burst] = delays_and_bursts(views.at(t->organisation));
        ordinary.insert(ordinary.end(), delays.begin(), delays.end());
    }
    BOOST_TEST(median(ordinary) >= 120.0, "median delay in teams with no culture " << median(ordinary));
}

BOOST_AUTO_TEST_CASE(collective_teams_echo_each_other_with_engagement_spread_evenly) {
    const Dataset& d = pharma_fr();
    const auto views = teams_by_id();
    const auto internal_share = [&](const TeamView& view) {
        std::size_t echoes = 0;
        std::size_t internal = 0;
        for (const Post& post : d.posts) {
            if (!is_echo(post) || post.platform != "linkedin" ||
                d.actors[post.author].organisation != view.organisation ||
                d.actors[post.author].kind != ActorKind::executive) {
                continue;
            }
            ++echoes;
            const Actor& parent_author = d.actors[d.posts[*post.parent].author];
            if (parent_author.kind == ActorKind::executive && parent_author.organisation == view.organisation) ++internal;
        }
        return echoes == 0 ? 0.0 : double(internal) / double(echoes);
    };
    std::map<ActorIndex, std::size_t> linkedin_posts;
    std::map<ActorIndex, double> linkedin_engagement;
    for (const Post& p : d.posts) {
        if (p.platform != "linkedin") continue;
        ++linkedin_posts[p.author];
        linkedin_engagement[p.author] += double(p.engagement());
    }
    double collective_lowest = 1.0;
    for (const TruthTeam* t : teams_of("collective")) {
        const TeamView& view = views.at(t->organisation);
        std::size_t active = 0;
        std::vector<double> member_engagement;
        for (const ActorIndex m : view.members) {
            if (linkedin_posts[m] >= 3) ++active;
            member_engagement.push_back(linkedin_engagement[m]);
        }
        const double share = internal_share(view);
        collective_lowest = std::min(collective_lowest, share);
        BOOST_TEST(share >= 0.4, t->organisation << ": echoes of teammates " << share);
        BOOST_TEST(double(active) >= 0.6 * double(view.members.size()), t->organisation << ": active " << active);
        BOOST_TEST(gini(member_engagement) <= 0.45, t->organisation << ": Gini " << gini(member_engagement));
    }
    std::vector<double> ordinary;
    for (const TruthTeam* t : teams_of("none")) ordinary.push_back(internal_share(views.at(t->organisation)));
    BOOST_TEST(median(ordinary) < 0.5 * collective_lowest, "median internal echo share elsewhere " << median(ordinary));
}

BOOST_AUTO_TEST_CASE(outward_teams_rebound_on_associations_kols_and_media) {
    const Dataset& d = pharma_fr();
    const auto views = teams_by_id();
    for (const TruthTeam* t : teams_of("outward")) {
        const TeamView& view = views.at(t->organisation);
        std::size_t echoes = 0, outward = 0, originals = 0, corporate = 0;
        for (const Post& post : d.posts) {
            if (d.actors[post.author].kind != ActorKind::executive ||
                d.actors[post.author].organisation != view.organisation || post.platform != "linkedin") {
                continue;
            }
            if (is_echo(post)) {
                ++echoes;
                const ActorKind kind = d.actors[d.posts[*post.parent].author].kind;
                if (kind == ActorKind::association || kind == ActorKind::kol || kind == ActorKind::media ||
                    kind == ActorKind::institution) {
                    ++outward;
                }
            } else {
                ++originals;
                if (post.corporate.value_or(false)) ++corporate;
            }
        }
        BOOST_REQUIRE(echoes > 0u);
        BOOST_TEST(double(outward) >= 0.6 * double(echoes), t->organisation << ": " << outward << " of " << echoes);
        BOOST_TEST(double(corporate) <= 0.2 * double(std::max<std::size_t>(originals, 1)),
                   t->organisation << ": " << corporate << " corporate of " << originals);
    }
}

BOOST_AUTO_TEST_CASE(quiet_teams_post_little) {
    const Dataset& d = pharma_fr();
    const auto views = teams_by_id();
    const auto engagement = engagement_by_actor();
    std::map<ActorIndex, std::size_t> posts;
    for (const Post& p : d.posts) ++posts[p.author];
    const auto per_member = [&](const TeamView& view, auto&& measure) {
        double sum = 0;
        for (const ActorIndex m : view.members) sum += measure(m);
        return sum / double(view.members.size());
    };
    std::vector<double> ordinary;
    for (const TruthTeam* t : teams_of("none")) {
        ordinary.push_back(per_member(views.at(t->organisation), [&](ActorIndex m) { return double(engagement[m]); }));
    }
    const double typical = median(ordinary);
    for (const TruthTeam* t : teams_of("quiet")) {
        const TeamView& view = views.at(t->organisation);
        const double rate = per_member(view, [&](ActorIndex m) { return double(posts[m]); });
        const double earned = per_member(view, [&](ActorIndex m) { return double(engagement[m]); });
        BOOST_TEST(rate <= 0.5, t->organisation << ": posts per member " << rate);
        BOOST_TEST(earned <= 0.1 * typical, t->organisation << ": engagement per member " << earned);
    }
}

BOOST_AUTO_TEST_CASE(tails_are_heavy_where_real_data_has_them) {
    const Dataset& d = pharma_fr();
    std::vector<double> engagement;
    std::map<ActorIndex, double> activity;
    for (const Post& p : d.posts) {
        if (d.actors[p.author].kind != ActorKind::executive || p.platform != "linkedin") continue;
        engagement.push_back(double(p.engagement()));
        ++activity[p.author];
    }
    BOOST_TEST(*std::max_element(engagement.begin(), engagement.end()) >= 50 * median(engagement));
    std::vector<double> counts;
    for (const auto& [actor, n] : activity) counts.push_back(n);
    std::sort(counts.rbegin(), counts.rend());
    const double top = std::accumulate(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(counts.size() / 10), 0.0);
    BOOST_TEST(top >= 0.4 * std::accumulate(counts.begin(), counts.end(), 0.0), "top 10 % of leaders' share");
    std::vector<double> sizes;
    for (const auto& [id, view] : teams_by_id()) sizes.push_back(double(view.members.size()));
    BOOST_TEST(*std::min_element(sizes.begin(), sizes.end()) >= 2.0);
    BOOST_TEST(*std::max_element(sizes.begin(), sizes.end()) >= 4 * median(sizes));
}

BOOST_AUTO_TEST_CASE(same_seed_same_dataset_and_another_seed_another_one_in_well_under_10_s) {
    const auto start = steady_clock::now();
    const auto a = algorithms::generate_pharma_fr({.seed = 7});
    const double seconds = duration<double>(steady_clock::now() - start).count();
    BOOST_TEST(seconds < 10.0);
    const auto b = algorithms::generate_pharma_fr({.seed = 7});
    BOOST_TEST((a.dataset == b.dataset));
    const auto c = algorithms::generate_pharma_fr({.seed = 8});
    BOOST_TEST(!(a.dataset == c.dataset));
    BOOST_TEST((algorithms::generate_pharma_fr().dataset == pharma_fr()));  // the default seed made the files
}

BOOST_AUTO_TEST_SUITE_END()
