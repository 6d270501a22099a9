// SPDX-License-Identifier: MIT
// How pharma-fr is made. Every count the study publishes is hit by construction (exact counts
// for organisations, leaders and accounts; posts shared out by largest remainder; engagement
// rescaled to its total), and every planted culture is given the behaviour that defines it, so
// that its signature is in the data and not only in the ground truth:
//   carried      the carrier posts far more, with more engagement; it is raised until the
//                carrier earns at least 70 % of the team's engagement;
//   collective   even activity, echoes aimed at teammates (chains included), teammates react;
//   outward      echoes aimed at associations, KOLs and media, originals rarely corporate;
//   orchestrated members echo each post of the organisation and the CEO 2-25 minutes later;
//   quiet        a twentieth of the usual activity.
#include "algorithms/synthetic/pharma_fr.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <set>
#include <string>

#include "algorithms/synthetic/names.hpp"
#include "algorithms/synthetic/random.hpp"

namespace ricochet::algorithms {
namespace {

using namespace std::chrono;

// 2021-01-01 .. 2021-10-15: 288 days.
constexpr int period_days = 288;
const Time period_start{sys_days{year{2021} / January / 1}};
const Time period_end = period_start + days{period_days} - seconds{1};

constexpr std::array<std::pair<std::string_view, std::size_t>, 4> sectors{
    {{"labs_biotech", 118}, {"medtech", 72}, {"ehealth", 36}, {"health_beauty", 32}}};
constexpr std::size_t association_count = 40;
constexpr std::size_t kol_count = 60;
constexpr std::size_t leader_tweets = 640;
// Planted cultures and the smallest team each needs.
constexpr std::array<std::tuple<TeamCulture, std::size_t, std::size_t>, 5> planted{
    {{TeamCulture::carried, 20, 4},
     {TeamCulture::collective, 20, 5},
     {TeamCulture::orchestrated, 16, 5},
     {TeamCulture::outward, 18, 3},
     {TeamCulture::quiet, 24, 2}}};

// ASCII slug: lowercase letters and digits, accents folded, anything else a single '-'.
std::string slug(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, char>, 19> folds{
        {{"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"É", 'e'}, {"à", 'a'}, {"â", 'a'},
         {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"û", 'u'}, {"ù", 'u'}, {"ü", 'u'}, {"ç", 'c'},
         {"Ç", 'c'}, {"œ", 'o'}, {"Ô", 'o'}, {"À", 'a'}, {"È", 'e'}}};
    std::string out;
    while (!text.empty()) {
        char c = text[0];
        std::size_t length = 1;
        for (const auto& [accented, plain] : folds) {
            if (text.starts_with(accented)) {
                c = plain;
                length = accented.size();
                break;
            }
        }
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) out += c;
        else if (!out.empty() && out.back() != '-') out += '-';
        text.remove_prefix(length);
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

// A Twitter handle from a slug: '@', no hyphens, at most 15 characters.
std::string twitter_handle(std::string handle) {
    handle.erase(std::remove(handle.begin(), handle.end(), '-'), handle.end());
    return "@" + handle.substr(0, 15);
}

std::string fill(std::string_view pattern, std::string_view stem) {
    std::string out(pattern);
    out.replace(out.find("{}"), 2, stem);
    return out;
}

struct Leader {
    ActorIndex actor = 0;
    std::size_t team = 0;
    bool female = false;
    bool linkedin = false;
    bool twitter = false;
    double weight = 0;          // LinkedIn activity
    double twitter_weight = 0;  // Twitter activity
    bool ceo = false;
};

struct Team {
    ActorIndex organisation = 0;
    std::vector<std::size_t> leaders;  // indices into Generator::m_leaders, CEO first
    TeamCulture culture = TeamCulture::none;
    std::optional<std::size_t> carrier;
    std::vector<PostIndex> linkedin_posts;  // the organisation's
    std::vector<PostIndex> tweets;          // the organisation's
};

// Per post, what engagement is derived from.
struct PostDraft {
    double intensity = 0;  // relative expected reactions
    double comment_ratio = 0;
    double share_ratio = 0;
};

class Generator {
public:
    explicit Generator(std::uint64_t seed) : m_random(seed) {}

    SyntheticDataset run() {
        organisations();
        leaders();
        cultures();
        accounts();
        others();
        source_posts();
        leader_linkedin();
        leader_twitter();
        outside_amplification();
        engagement();
        events();
        finish();
        SyntheticDataset result;
        result.dataset = std::move(m_data);
        for (const Team& team : m_teams) {
            PlantedTeam planted_team{team.organisation, team.culture, std::nullopt};
            if (team.carrier) planted_team.carrier = m_leaders[*team.carrier].actor;
            result.teams.push_back(planted_team);
        }
        return result;
    }

private:
    // --- actors ---------------------------------------------------------------------------

    ActorIndex add_actor(Actor actor) {
        m_data.actors.push_back(std::move(actor));
        return static_cast<ActorIndex>(m_data.actors.size() - 1);
    }

    std::string unique_person(bool female, std::string_view title = {}) {
        while (true) {
            const auto& first = female ? names::female_first : names::male_first;
            std::string name = std::string(first[m_random.below(first.size())]) + ' ' +
                               std::string(names::last[m_random.below(names::last.size())]);
            if (m_person_names.insert(name).second) {
                return title.empty() ? name : std::string(title) + ' ' + name;
            }
        }
    }

    double followers(double median, double sigma) { return std::round(m_random.lognormal(std::log(median), sigma)); }

    // Organisation actors are created with their teams, in `leaders()`; here only their names.
    void organisations() {
        std::set<std::string> taken;
        for (const auto& [sector, count] : sectors) {
            const auto& patterns = sector == "labs_biotech" ? names::labs_pattern
                                   : sector == "medtech"    ? names::medtech_pattern
                                   : sector == "ehealth"    ? names::ehealth_pattern
                                                            : names::beauty_pattern;
            for (std::size_t i = 0; i < count; ++i) {
                std::string name;
                do {
                    const std::string stem = std::string(names::stem[m_random.below(names::stem.size())]) +
                                             std::string(names::ending[m_random.below(names::ending.size())]);
                    name = fill(patterns[m_random.below(patterns.size())], stem);
                } while (!taken.insert(slug(name)).second);
                m_organisation_names.emplace_back(std::move(name), sector);
            }
        }
        // Interleave sectors so that team sizes and cultures do not follow the sector order.
        m_random.shuffle(m_organisation_names);
    }

    // Heavy-tailed team sizes (2 to 40) summing to the 1,651 leaders of the study.
    std::vector<std::size_t> team_sizes() {
        std::vector<std::size_t> sizes;
        for (std::size_t t = 0; t < m_organisation_names.size(); ++t) {
            sizes.push_back(std::min<std::size_t>(40, 1 + static_cast<std::size_t>(m_random.pareto(1.8, 2.6))));
        }
        std::size_t total = std::accumulate(sizes.begin(), sizes.end(), std::size_t{0});
        while (total != m_targets.leaders) {
            const std::size_t t = m_random.below(sizes.size());
            if (total < m_targets.leaders && sizes[t] < 40) {
                ++sizes[t];
                ++total;
            } else if (total > m_targets.leaders && sizes[t] > 2) {
                --sizes[t];
                --total;
            }
        }
        return sizes;
    }

    void leaders() {
        static constexpr std::array<Function, 9> other_functions{
            Function::medical, Function::communication, Function::rnd,     Function::finance,
            Function::hr,      Function::legal,         Function::marketing, Function::digital,
            Function::other};
        static constexpr std::array<double, 9> function_weights{14, 12, 12, 12, 10, 8, 12, 8, 12};
        const std::vector<double> weights(function_weights.begin(), function_weights.end());
        const std::vector<std::size_t> sizes = team_sizes();
        for (std::size_t t = 0; t < sizes.size(); ++t) {
            const auto& [name, sector] = m_organisation_names[t];
            Actor organisation{.id = "org-" + slug(name), .name = name, .kind = ActorKind::company,
                               .sector = std::string(sector)};
            organisation.accounts["linkedin"] = slug(name);
            organisation.followers["linkedin"] = static_cast<std::uint64_t>(followers(6000, 1.1));
            if (m_random.chance(0.55)) {
                organisation.accounts["twitter"] = twitter_handle(slug(name));
                organisation.followers["twitter"] = static_cast<std::uint64_t>(followers(2500, 1.2));
            }
            Team team;
            team.organisation = add_actor(std::move(organisation));
            m_team_of_org[team.organisation] = t;
            for (std::size_t m = 0; m < sizes[t]; ++m) {
                const bool female = m_random.chance(0.45);
                const Function function = m == 0 ? Function::ceo : other_functions[m_random.weighted(weights)];
                const std::string person = unique_person(female);
                Actor leader{.id = slug(person), .name = person, .kind = ActorKind::executive,
                             .organisation = team.organisation, .role = role(function, female),
                             .function = function};
                m_leaders.push_back(Leader{.actor = add_actor(std::move(leader)), .team = t,
                                           .female = female, .ceo = m == 0});
                team.leaders.push_back(m_leaders.size() - 1);
            }
            m_teams.push_back(std::move(team));
        }
    }

    static std::string role(Function function, bool female) {
        const auto pick = [&](const char* masculine, const char* feminine) {
            return std::string(female ? feminine : masculine);
        };
        switch (function) {
            case Function::ceo: return pick("Président-directeur général", "Présidente-directrice générale");
            case Function::medical: return pick("Directeur médical", "Directrice médicale");
            case Function::communication: return pick("Directeur de la communication", "Directrice de la communication");
            case Function::rnd: return pick("Directeur R&D", "Directrice R&D");
            case Function::legal: return pick("Directeur juridique", "Directrice juridique");
            case Function::hr: return pick("Directeur des ressources humaines", "Directrice des ressources humaines");
            case Function::finance: return pick("Directeur financier", "Directrice financière");
            case Function::marketing: return pick("Directeur marketing", "Directrice marketing");
            case Function::digital: return pick("Directeur du digital", "Directrice du digital");
            case Function::other: return pick("Directeur des opérations", "Directrice des opérations");
        }
        return {};
    }

    void cultures() {
        std::vector<std::size_t> order(m_teams.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        m_random.shuffle(order);
        for (const auto& [culture, count, smallest] : planted) {
            std::size_t given = 0;
            for (const std::size_t t : order) {
                if (given == count) break;
                Team& team = m_teams[t];
                if (team.culture != TeamCulture::none || team.leaders.size() < smallest) continue;
                team.culture = culture;
                ++given;
                if (culture == TeamCulture::carried) {
                    // The carrier: the medical or communication director (made one if need be).
                    const std::size_t carrier = team.leaders[1 + m_random.below(team.leaders.size() - 1)];
                    Actor& actor = m_data.actors[m_leaders[carrier].actor];
                    if (actor.function != Function::medical && actor.function != Function::communication) {
                        actor.function = m_random.chance(0.5) ? Function::medical : Function::communication;
                        actor.role = role(*actor.function, m_leaders[carrier].female);
                    }
                    team.carrier = carrier;
                }
            }
        }
    }

    // Exactly the study's 1,400 LinkedIn and 120 Twitter accounts among leaders, given first to
    // those whose culture needs them active.
    void accounts() {
        std::vector<std::pair<double, std::size_t>> priority;
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            const Team& team = m_teams[m_leaders[l].team];
            double p = m_random.uniform();
            if (team.carrier == l) p += 10;
            if (team.culture == TeamCulture::collective || team.culture == TeamCulture::orchestrated) p += 5;
            if (team.culture == TeamCulture::outward) p += 3;
            if (m_leaders[l].ceo) p += 1;
            if (team.culture == TeamCulture::quiet) p -= 0.5;
            priority.emplace_back(-p, l);
        }
        std::sort(priority.begin(), priority.end());
        for (std::size_t i = 0; i < m_targets.leader_linkedin_accounts; ++i) {
            Leader& leader = m_leaders[priority[i].second];
            leader.linkedin = true;
            Actor& actor = m_data.actors[leader.actor];
            actor.accounts["linkedin"] = actor.id;
            const double boost = (m_teams[leader.team].carrier == priority[i].second ? 4.0 : 1.0) * (leader.ceo ? 2.5 : 1.0);
            actor.followers["linkedin"] = static_cast<std::uint64_t>(followers(1200 * boost, 0.9));
        }
        std::vector<std::pair<double, std::size_t>> tweeters;
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            if (!m_leaders[l].linkedin || m_teams[m_leaders[l].team].culture == TeamCulture::quiet) continue;
            double p = m_random.uniform();
            if (m_teams[m_leaders[l].team].carrier == l) p += 2;
            const Function function = *m_data.actors[m_leaders[l].actor].function;
            if (function == Function::communication || function == Function::digital) p += 0.5;
            tweeters.emplace_back(-p, l);
        }
        std::sort(tweeters.begin(), tweeters.end());
        for (std::size_t i = 0; i < m_targets.leader_twitter_accounts; ++i) {
            Leader& leader = m_leaders[tweeters[i].second];
            leader.twitter = true;
            Actor& actor = m_data.actors[leader.actor];
            actor.accounts["twitter"] = twitter_handle(actor.id);
            actor.followers["twitter"] = static_cast<std::uint64_t>(followers(700, 1.2));
            leader.twitter_weight = m_random.lognormal(0, 0.9);
        }
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            Leader& leader = m_leaders[l];
            if (!leader.linkedin) continue;
            const Team& team = m_teams[leader.team];
            switch (team.culture) {
                case TeamCulture::collective: leader.weight = 2.0 * m_random.lognormal(0, 0.25); break;
                case TeamCulture::carried:
                    leader.weight = team.carrier == l ? 24.0 * m_random.lognormal(0, 0.2)
                                                      : 0.12 * m_random.lognormal(0, 0.5);
                    break;
                case TeamCulture::outward: leader.weight = 1.6 * m_random.lognormal(0, 0.6); break;
                case TeamCulture::orchestrated: leader.weight = (leader.ceo ? 1.5 : 3.5) * m_random.lognormal(0, 0.3); break;
                case TeamCulture::quiet: leader.weight = 0.05 * m_random.lognormal(0, 0.5); break;
                case TeamCulture::none: leader.weight = (leader.ceo ? 1.4 : 1.0) * m_random.lognormal(0, 1.1); break;
            }
        }
    }

    void others() {
        static constexpr std::array<std::string_view, 12> association_names{
            "Vivalis", "Orélia", "Alizé", "Solenne", "Keravel", "Myriade", "Orvane", "Célestin",
            "Nerval", "Corvel", "Amarante", "Hespéride"};
        std::set<std::string> taken;
        for (std::size_t i = 0; i < association_count; ++i) {
            std::string name;
            std::string role;
            do {
                const std::string_view invented = association_names[m_random.below(association_names.size())];
                if (i % 2 == 0) {
                    name = "Association " + std::string(invented) + " " +
                           std::string(names::condition[m_random.below(names::condition.size())]);
                    role = "Association de patients";
                } else {
                    name = "Cercle " + std::string(invented) + " des " +
                           std::string(names::profession[m_random.below(names::profession.size())]);
                    role = "Association professionnelle";
                }
            } while (!taken.insert(slug(name)).second);
            Actor actor{.id = "asso-" + slug(name), .name = name, .kind = ActorKind::association, .role = role};
            actor.accounts["linkedin"] = slug(name);
            actor.followers["linkedin"] = static_cast<std::uint64_t>(followers(2500, 0.9));
            if (m_random.chance(0.5)) {
                actor.accounts["twitter"] = twitter_handle(slug(name));
                actor.followers["twitter"] = static_cast<std::uint64_t>(followers(1500, 1.0));
            }
            m_associations.push_back(add_actor(std::move(actor)));
        }
        static constexpr std::array<std::string_view, 10> specialties{
            "Cardiologue", "Oncologue", "Diabétologue", "Dermatologue", "Neurologue",
            "Immunologue", "Pédiatre", "Pharmacologue", "Médecin généraliste", "Épidémiologiste"};
        for (std::size_t i = 0; i < kol_count; ++i) {
            const bool female = m_random.chance(0.5);
            const std::string name = unique_person(female, m_random.chance(0.5) ? "Pr" : "Dr");
            Actor actor{.id = "kol-" + slug(name.substr(3)), .name = name, .kind = ActorKind::kol,
                        .role = std::string(specialties[m_random.below(specialties.size())])};
            actor.accounts["linkedin"] = slug(name.substr(3));
            actor.followers["linkedin"] = static_cast<std::uint64_t>(followers(4000, 1.0));
            actor.accounts["twitter"] = twitter_handle(slug(name));
            actor.followers["twitter"] = static_cast<std::uint64_t>(followers(5000, 1.2));
            m_kols.push_back(add_actor(std::move(actor)));
        }
        for (const std::string_view outlet : names::outlet) {
            Actor actor{.id = "media-" + slug(outlet), .name = std::string(outlet), .kind = ActorKind::media};
            actor.accounts["linkedin"] = slug(outlet);
            actor.accounts["twitter"] = twitter_handle(slug(outlet));
            actor.followers["linkedin"] = static_cast<std::uint64_t>(followers(9000, 0.8));
            actor.followers["twitter"] = static_cast<std::uint64_t>(followers(12000, 0.8));
            m_media.push_back(add_actor(std::move(actor)));
        }
        for (const std::string_view name : names::institution) {
            Actor actor{.id = "inst-" + slug(name), .name = std::string(name), .kind = ActorKind::institution};
            actor.accounts["linkedin"] = slug(name);
            m_institutions.push_back(add_actor(std::move(actor)));
        }
    }

    // --- posts ----------------------------------------------------------------------------

    Time random_time() {
        // Weekdays mostly, office hours mostly: the rhythm of professional networks.
        static constexpr std::array<double, 24> hour_weights{0, 0, 0, 0, 0, 0, 1, 4, 9, 10, 8, 7,
                                                             8, 7, 7, 6, 6, 7, 6, 4, 3, 2, 1, 0.5};
        const std::vector<double> by_hour(hour_weights.begin(), hour_weights.end());
        int day = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            day = static_cast<int>(m_random.below(period_days));
            const weekday w{sys_days{year{2021} / January / 1} + days{day}};
            if (w != Saturday && w != Sunday) break;
            if (!m_random.chance(0.75)) break;
        }
        return period_start + days{day} + hours{static_cast<int>(m_random.weighted(by_hour))} +
               minutes{static_cast<int>(m_random.below(60))} + seconds{static_cast<int>(m_random.below(60))};
    }

    // `noise`: the spread of engagement from post to post (log scale).
    PostIndex add_post(ActorIndex author, std::string_view platform, Time time, PostType type,
                       std::optional<PostIndex> parent, double author_base, double noise = 0.9) {
        static constexpr std::array<double, 5> type_factor{1.0, 0.3, 0.7, 0.15, 0.08};
        Post post{.author = author, .platform = std::string(platform), .time = time, .type = type};
        post.parent = parent;
        m_data.posts.push_back(std::move(post));
        const double twitter = platform == "twitter" ? 1.0 : 0.0;
        m_drafts.push_back(PostDraft{
            author_base * type_factor[static_cast<std::size_t>(type)] * m_random.lognormal(0, noise),
            (0.07 - 0.04 * twitter) * m_random.lognormal(0, 0.5),
            (0.02 + 0.15 * twitter) * m_random.lognormal(0, 0.6)});
        return static_cast<PostIndex>(m_data.posts.size() - 1);
    }

    void mention(PostIndex p, ActorIndex who) {
        Post& post = m_data.posts[p];
        if (who == post.author) return;
        if (std::find(post.mentions.begin(), post.mentions.end(), who) == post.mentions.end()) {
            post.mentions.push_back(who);
        }
    }

    void topics(PostIndex p) {
        const std::size_t n = m_random.below(3);
        for (std::size_t i = 0; i < n; ++i) {
            const std::string topic(names::topic[m_random.below(names::topic.size())]);
            auto& list = m_data.posts[p].topics;
            if (std::find(list.begin(), list.end(), topic) == list.end()) list.push_back(topic);
        }
    }

    ActorIndex random_company() { return m_teams[m_random.below(m_teams.size())].organisation; }
    ActorIndex random_of(const std::vector<ActorIndex>& actors) { return m_random.pick(actors); }

    double base_of(ActorIndex actor, std::string_view platform) const {
        const auto& followers = m_data.actors[actor].followers;
        const auto it = followers.find(std::string(platform));
        return it == followers.end() ? 1.0 : std::sqrt(static_cast<double>(it->second) / 1000.0);
    }

    // Originals by organisations, associations, KOLs, media and institutions.
    void source_posts() {
        for (Team& team : m_teams) {
            const ActorIndex org = team.organisation;
            const bool quiet = team.culture == TeamCulture::quiet;
            const std::size_t count = quiet ? 2 + m_random.below(3)
                                     : team.culture == TeamCulture::orchestrated ? 8 + m_random.below(5)
                                     : team.culture == TeamCulture::carried      ? 3 + m_random.below(4)
                                     : 4 + static_cast<std::size_t>(m_random.lognormal(std::log(7), 0.6));
            for (std::size_t i = 0; i < count; ++i) {
                const PostIndex p = add_post(org, "linkedin", random_time(), PostType::original,
                                             std::nullopt, 2.0 * base_of(org, "linkedin"));
                m_data.posts[p].corporate = true;
                topics(p);
                if (m_random.chance(0.2)) mention(p, random_of(m_kols));
                if (m_random.chance(0.15)) mention(p, random_of(m_associations));
                team.linkedin_posts.push_back(p);
            }
            if (m_data.actors[org].accounts.count("twitter") > 0 && !quiet) {
                const std::size_t tweets = 3 + m_random.below(8);
                for (std::size_t i = 0; i < tweets; ++i) {
                    const PostIndex p = add_post(org, "twitter", random_time(), PostType::original,
                                                 std::nullopt, base_of(org, "twitter"));
                    m_data.posts[p].corporate = true;
                    team.tweets.push_back(p);
                }
            }
        }
        const auto originals = [&](ActorIndex author, std::string_view platform, std::size_t count,
                                   double multiplier, std::vector<PostIndex>& pool, auto&& decorate) {
            for (std::size_t i = 0; i < count; ++i) {
                const PostIndex p = add_post(author, platform, random_time(), PostType::original,
                                             std::nullopt, multiplier * base_of(author, platform));
                topics(p);
                decorate(p);
                pool.push_back(p);
            }
        };
        for (const ActorIndex a : m_associations) {
            originals(a, "linkedin", 12 + m_random.below(20), 1.5, m_external_linkedin, [&](PostIndex p) {
                if (m_random.chance(0.25)) mention(p, random_company());
                if (m_random.chance(0.15)) mention(p, random_of(m_kols));
            });
            if (m_data.actors[a].accounts.count("twitter") > 0) {
                originals(a, "twitter", 5 + m_random.below(15), 1.0, m_external_tweets, [](PostIndex) {});
            }
        }
        for (const ActorIndex k : m_kols) {
            originals(k, "linkedin", 6 + m_random.below(18), 2.0, m_external_linkedin, [&](PostIndex p) {
                if (m_random.chance(0.2)) mention(p, random_of(m_associations));
                if (m_random.chance(0.15)) mention(p, random_company());
            });
            originals(k, "twitter", 8 + m_random.below(30), 1.5, m_external_tweets, [&](PostIndex p) {
                if (m_random.chance(0.2)) mention(p, random_of(m_media));
            });
        }
        for (const ActorIndex m : m_media) {
            const auto decorate = [&](PostIndex p) {
                if (m_random.chance(0.4)) mention(p, random_company());
                if (m_random.chance(0.2)) mention(p, m_leaders[m_random.below(m_leaders.size())].actor);
                if (m_random.chance(0.15)) mention(p, random_of(m_kols));
            };
            originals(m, "linkedin", 25 + m_random.below(40), 1.0, m_external_linkedin, decorate);
            originals(m, "twitter", 30 + m_random.below(50), 1.0, m_external_tweets, decorate);
        }
        for (const ActorIndex i : m_institutions) {
            originals(i, "linkedin", 5 + m_random.below(10), 1.5, m_external_linkedin, [](PostIndex) {});
        }
    }

    // A delay after a parent, never past the end of the period.
    Time echo_time(Time parent, seconds delay) {
        if (parent + delay <= period_end) return parent + delay;
        const auto room = (period_end - parent).count();
        return parent + seconds{room <= 0 ? 0 : static_cast<std::int64_t>(m_random.below(static_cast<std::uint64_t>(room) + 1))};
    }

    seconds echo_delay(TeamCulture culture) {
        double hours_after = 0;
        switch (culture) {
            case TeamCulture::orchestrated: return seconds{120 + static_cast<std::int64_t>(m_random.below(23 * 60))};
            case TeamCulture::collective: hours_after = m_random.lognormal(std::log(3), 1.0); break;
            case TeamCulture::quiet: hours_after = m_random.lognormal(std::log(24), 1.0); break;
            case TeamCulture::outward: hours_after = m_random.lognormal(std::log(8), 1.0); break;
            default: hours_after = m_random.lognormal(std::log(10), 1.2); break;
        }
        return seconds{60 + static_cast<std::int64_t>(hours_after * 3600)};
    }

    PostType echo_type() {
        const double x = m_random.uniform();
        return x < 0.55 ? PostType::repost : x < 0.70 ? PostType::quote : PostType::comment;
    }

    // An echo by leader l of post `parent`.
    PostIndex echo(std::size_t l, PostIndex parent, PostType type, seconds delay) {
        const Leader& leader = m_leaders[l];
        const Team& team = m_teams[leader.team];
        const Time time = echo_time(m_data.posts[parent].time, delay);
        const PostIndex p = add_post(leader.actor, m_data.posts[parent].platform, time, type, parent,
                                     culture_base(l), noise_of(l));
        const ActorIndex parent_author = m_data.posts[parent].author;
        const bool own = parent_author == team.organisation ||
                         (team.culture == TeamCulture::orchestrated && parent_author == m_leaders[team.leaders[0]].actor);
        m_data.posts[p].corporate = own;
        m_leader_posts.push_back(p);
        m_by_leader[l].push_back(p);
        return p;
    }

    // Collective teams' engagement is even from post to post as well as from member to member.
    double noise_of(std::size_t l) const {
        return m_teams[m_leaders[l].team].culture == TeamCulture::collective ? 0.4 : 0.9;
    }

    double culture_base(std::size_t l) const {
        const Leader& leader = m_leaders[l];
        const Team& team = m_teams[leader.team];
        double base = base_of(leader.actor, "linkedin");
        if (team.culture == TeamCulture::collective) base = base_of(team.organisation, "linkedin") / 2;
        if (team.carrier == l) base *= 5;
        if (team.culture == TeamCulture::quiet) base *= 0.6;
        return base;
    }

    // Shares `total` out in proportion to `weights` (largest remainder, ties by index).
    static std::vector<std::size_t> apportion(const std::vector<double>& weights, std::size_t total) {
        const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
        std::vector<std::size_t> counts(weights.size(), 0);
        std::vector<std::pair<double, std::size_t>> remainders;
        std::size_t given = 0;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const double exact = sum > 0 ? static_cast<double>(total) * weights[i] / sum : 0;
            counts[i] = static_cast<std::size_t>(std::floor(exact));
            given += counts[i];
            remainders.emplace_back(-(exact - std::floor(exact)), i);
        }
        std::sort(remainders.begin(), remainders.end());
        for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++counts[remainders[k].second];
        return counts;
    }

    double original_share(std::size_t l) const {
        const Leader& leader = m_leaders[l];
        const Team& team = m_teams[leader.team];
        switch (team.culture) {
            case TeamCulture::collective: return 0.4;
            case TeamCulture::carried: return team.carrier == l ? 0.75 : 0.15;
            case TeamCulture::outward: return 0.3;
            case TeamCulture::orchestrated: return leader.ceo ? 0.9 : 0.1;
            case TeamCulture::quiet: return 0.5;
            case TeamCulture::none: return 0.5;
        }
        return 0.5;
    }

    void leader_linkedin() {
        std::vector<double> weights;
        for (const Leader& leader : m_leaders) weights.push_back(leader.linkedin ? leader.weight : 0.0);
        const std::vector<std::size_t> counts = apportion(weights, m_targets.leader_linkedin_posts);
        m_by_leader.assign(m_leaders.size(), {});
        std::vector<std::size_t> echoes(m_leaders.size(), 0);

        // Originals first, so that echoes have something to echo.
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            const std::size_t originals =
                static_cast<std::size_t>(std::lround(static_cast<double>(counts[l]) * original_share(l)));
            echoes[l] = counts[l] - originals;
            const Team& team = m_teams[m_leaders[l].team];
            for (std::size_t i = 0; i < originals; ++i) {
                const PostIndex p = add_post(m_leaders[l].actor, "linkedin", random_time(),
                                             PostType::original, std::nullopt, culture_base(l), noise_of(l));
                decorate_original(l, p);
                m_leader_posts.push_back(p);
                m_by_leader[l].push_back(p);
                if (team.culture == TeamCulture::orchestrated && m_leaders[l].ceo) m_ceo_posts[m_leaders[l].team].push_back(p);
            }
        }
        // Orchestrated teams: bursts on each post of the organisation and the CEO.
        for (std::size_t t = 0; t < m_teams.size(); ++t) {
            if (m_teams[t].culture == TeamCulture::orchestrated) bursts(t, echoes);
        }
        // Every other echo, in leader order.
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            for (std::size_t i = 0; i < echoes[l]; ++i) {
                const PostIndex parent = echo_parent(l);
                echo(l, parent, echo_type(), echo_delay(m_teams[m_leaders[l].team].culture));
            }
        }
    }

    void decorate_original(std::size_t l, PostIndex p) {
        const Leader& leader = m_leaders[l];
        const Team& team = m_teams[leader.team];
        static constexpr std::array<double, 6> corporate_share{0.3, 0.4, 0.2, 0.0, 0.7, 0.5};
        const bool corporate = m_random.chance(corporate_share[static_cast<std::size_t>(team.culture)]);
        m_data.posts[p].corporate = corporate;
        topics(p);
        if (corporate && m_random.chance(0.5)) mention(p, team.organisation);
        const auto teammate = [&] { return m_leaders[team.leaders[m_random.below(team.leaders.size())]].actor; };
        switch (team.culture) {
            case TeamCulture::collective:
                if (m_random.chance(0.45)) mention(p, teammate());
                if (m_random.chance(0.2)) mention(p, teammate());
                break;
            case TeamCulture::outward:
                if (m_random.chance(0.5)) mention(p, m_random.chance(0.5) ? random_of(m_associations) : random_of(m_kols));
                break;
            case TeamCulture::orchestrated:
                if (m_random.chance(0.3)) mention(p, team.organisation);
                break;
            default:
                if (m_random.chance(0.12)) mention(p, teammate());
                if (m_random.chance(0.08)) mention(p, random_of(m_kols));
                if (m_random.chance(0.05)) mention(p, random_of(m_associations));
                break;
        }
    }

    // Each post of the organisation and the CEO is echoed by an even share of the members' echo
    // budget (at least two when the budget allows), those with the most budget left first.
    void bursts(std::size_t t, std::vector<std::size_t>& echoes) {
        Team& team = m_teams[t];
        std::vector<PostIndex> pushed = team.linkedin_posts;
        pushed.insert(pushed.end(), m_ceo_posts[t].begin(), m_ceo_posts[t].end());
        std::sort(pushed.begin(), pushed.end(), [&](PostIndex a, PostIndex b) {
            return std::pair(m_data.posts[a].time, a) < std::pair(m_data.posts[b].time, b);
        });
        std::size_t budget = 0;
        for (const std::size_t l : team.leaders) budget += echoes[l];
        for (std::size_t i = 0; i < pushed.size(); ++i) {
            const PostIndex p = pushed[i];
            const std::size_t share = std::max<std::size_t>(2, budget / (pushed.size() - i));
            std::vector<std::pair<std::size_t, std::size_t>> candidates;  // (-budget left, leader)
            for (const std::size_t l : team.leaders) {
                if (echoes[l] > 0 && m_leaders[l].actor != m_data.posts[p].author) {
                    candidates.emplace_back(std::numeric_limits<std::size_t>::max() - echoes[l], l);
                }
            }
            std::sort(candidates.begin(), candidates.end());
            for (std::size_t k = 0; k < std::min(share, candidates.size()); ++k) {
                const std::size_t l = candidates[k].second;
                echo(l, p, m_random.chance(0.8) ? PostType::repost : PostType::quote,
                     echo_delay(TeamCulture::orchestrated));
                --echoes[l];
                --budget;
            }
        }
    }

    // Whose post a leader echoes, by the team's culture.
    PostIndex echo_parent(std::size_t l) {
        const Leader& leader = m_leaders[l];
        const Team& team = m_teams[leader.team];
        std::vector<PostIndex> teammates;
        for (const std::size_t other : team.leaders) {
            if (other == l) continue;
            if (team.culture == TeamCulture::carried && team.carrier != l && team.carrier != other) continue;
            teammates.insert(teammates.end(), m_by_leader[other].begin(), m_by_leader[other].end());
        }
        const auto other_company = [&] {
            const Team& other = m_teams[m_random.below(m_teams.size())];
            return other.linkedin_posts.empty() ? m_random.pick(m_external_linkedin) : m_random.pick(other.linkedin_posts);
        };
        double to_team = 0.12, to_org = 0.3;  // the rest goes outside
        switch (team.culture) {
            case TeamCulture::collective: to_team = 0.7, to_org = 0.2; break;
            case TeamCulture::carried: to_team = team.carrier == l ? 0.2 : 0.6, to_org = 0.3; break;
            case TeamCulture::outward: to_team = 0.08, to_org = 0.07; break;
            case TeamCulture::orchestrated: to_team = 0.3, to_org = 0.5; break;
            case TeamCulture::quiet: to_team = 0.0, to_org = 0.7; break;
            case TeamCulture::none: break;
        }
        const double x = m_random.uniform();
        if (x < to_team && !teammates.empty()) return m_random.pick(teammates);
        if (x < to_team + to_org && !team.linkedin_posts.empty()) return m_random.pick(team.linkedin_posts);
        if (team.culture == TeamCulture::none && m_random.chance(0.4)) return other_company();
        return m_random.pick(m_external_linkedin);
    }

    void leader_twitter() {
        std::vector<double> weights;
        for (const Leader& leader : m_leaders) weights.push_back(leader.twitter ? leader.twitter_weight : 0.0);
        const std::vector<std::size_t> counts = apportion(weights, leader_tweets);
        for (std::size_t l = 0; l < m_leaders.size(); ++l) {
            const Team& team = m_teams[m_leaders[l].team];
            const double base = base_of(m_leaders[l].actor, "twitter") * (team.carrier == l ? 3.0 : 1.0);
            for (std::size_t i = 0; i < counts[l]; ++i) {
                const double x = m_random.uniform();
                PostIndex p = 0;
                if (x < 0.4) {
                    p = add_post(m_leaders[l].actor, "twitter", random_time(), PostType::original, std::nullopt, base);
                    topics(p);
                    if (m_random.chance(0.3)) mention(p, m_random.chance(0.5) ? random_of(m_kols) : team.organisation);
                } else {
                    const bool own = x < 0.6 && !team.tweets.empty();
                    const PostIndex parent = own ? m_random.pick(team.tweets) : m_random.pick(m_external_tweets);
                    const PostType type = x < 0.85 ? PostType::repost : PostType::reply;
                    p = add_post(m_leaders[l].actor, "twitter",
                                 echo_time(m_data.posts[parent].time, echo_delay(team.culture)), type, parent, base);
                    m_data.posts[p].corporate = own;
                }
                m_leader_tweets.push_back(p);
            }
        }
    }

    // Associations and KOLs amplify companies; KOLs and media talk to each other on Twitter.
    void outside_amplification() {
        const auto company_post = [&] {
            const Team& team = m_teams[m_random.below(m_teams.size())];
            return team.linkedin_posts.empty() ? m_random.pick(m_leader_posts) : m_random.pick(team.linkedin_posts);
        };
        const auto amplify = [&](ActorIndex who, PostIndex parent, PostType type, double base) {
            const Time time = echo_time(m_data.posts[parent].time, echo_delay(TeamCulture::none));
            add_post(who, m_data.posts[parent].platform, time, type, parent, base);
        };
        for (const ActorIndex a : m_associations) {
            const std::size_t n = 4 + m_random.below(7);
            for (std::size_t i = 0; i < n; ++i) {
                const PostIndex parent = m_random.chance(0.7) ? company_post() : m_random.pick(m_leader_posts);
                amplify(a, parent, m_random.chance(0.5) ? PostType::repost : PostType::comment, 1.0);
            }
        }
        for (const ActorIndex k : m_kols) {
            const std::size_t n = 3 + m_random.below(8);
            for (std::size_t i = 0; i < n; ++i) {
                const PostIndex parent = m_random.chance(0.5) ? company_post() : m_random.pick(m_leader_posts);
                amplify(k, parent, m_random.chance(0.7) ? PostType::comment : PostType::quote, 1.5);
            }
            const std::size_t replies = 4 + m_random.below(10);
            for (std::size_t i = 0; i < replies; ++i) {
                const PostIndex parent = m_random.pick(m_external_tweets);
                if (m_data.posts[parent].author == k) continue;
                amplify(k, parent, m_random.chance(0.6) ? PostType::reply : PostType::repost, 1.0);
            }
        }
        for (const ActorIndex m : m_media) {
            const std::size_t n = 2 + m_random.below(6);
            for (std::size_t i = 0; i < n; ++i) {
                const PostIndex parent = m_random.pick(m_external_tweets);
                if (m_data.posts[parent].author == m) continue;
                amplify(m, parent, PostType::quote, 1.0);
            }
        }
    }

    // --- engagement -----------------------------------------------------------------------

    // Counts from intensities: the leaders' LinkedIn and Twitter posts rescaled to the study's
    // totals, everyone else's at fixed scales.
    void assign_counts(const std::vector<PostIndex>& posts, double scale) {
        for (const PostIndex p : posts) {
            const PostDraft& d = m_drafts[p];
            Post& post = m_data.posts[p];
            const double reactions = d.intensity * scale;
            post.reactions = static_cast<std::uint64_t>(std::llround(reactions));
            post.comments = static_cast<std::uint64_t>(std::llround(reactions * d.comment_ratio));
            post.shares = static_cast<std::uint64_t>(std::llround(reactions * d.share_ratio));
        }
    }

    double scale_to(const std::vector<PostIndex>& posts, double total) const {
        double raw = 0;
        for (const PostIndex p : posts) {
            const PostDraft& d = m_drafts[p];
            raw += d.intensity * (1 + d.comment_ratio + d.share_ratio);
        }
        return raw > 0 ? total / raw : 0;
    }

    // Engagement earned by each actor, in one pass over the posts.
    std::vector<std::uint64_t> earned_by_actor() const {
        std::vector<std::uint64_t> earned(m_data.actors.size(), 0);
        for (const Post& post : m_data.posts) earned[post.author] += post.engagement();
        return earned;
    }

    void engagement() {
        std::vector<PostIndex> rest;
        std::vector<bool> leader_post(m_data.posts.size(), false);
        for (const PostIndex p : m_leader_posts) leader_post[p] = true;
        for (const PostIndex p : m_leader_tweets) leader_post[p] = true;
        for (PostIndex p = 0; p < m_data.posts.size(); ++p) {
            if (!leader_post[p]) rest.push_back(p);
        }
        for (const PostIndex p : rest) m_drafts[p].intensity *= m_data.posts[p].platform == "twitter" ? 8 : 25;
        assign_counts(rest, 1.0);
        assign_counts(m_leader_tweets, scale_to(m_leader_tweets, static_cast<double>(m_targets.leader_twitter_engagement)));
        // Raise each carrier until it earns 70 % of its team's engagement, then rescale.
        for (int round = 0; round < 30; ++round) {
            assign_counts(m_leader_posts, scale_to(m_leader_posts, static_cast<double>(m_targets.leader_linkedin_engagement)));
            bool settled = true;
            const std::vector<std::uint64_t> earned = earned_by_actor();
            for (const Team& team : m_teams) {
                if (!team.carrier) continue;
                std::uint64_t team_total = earned[team.organisation];
                for (const std::size_t l : team.leaders) team_total += earned[m_leaders[l].actor];
                const double share = static_cast<double>(earned[m_leaders[*team.carrier].actor]) /
                                     static_cast<double>(std::max<std::uint64_t>(1, team_total));
                if (share >= 0.7) continue;
                settled = false;
                for (const PostIndex p : m_by_leader[*team.carrier]) m_drafts[p].intensity *= 1.5;
            }
            if (settled) break;
        }
    }

    // Who reacted to or commented on which post, when the data says it (a sample of the counts).
    void events() {
        const auto react = [&](ActorIndex who, PostIndex p) {
            if (who == m_data.posts[p].author) return;
            const bool comment = m_random.chance(0.1);
            const Time time = echo_time(m_data.posts[p].time, seconds{60 + static_cast<std::int64_t>(
                                                                          m_random.lognormal(std::log(5400), 1.0))});
            m_data.engagements.push_back(Engagement{who, p, comment ? EngagementType::comment : EngagementType::reaction, time});
        };
        std::vector<std::optional<std::size_t>> leader_of(m_data.actors.size());
        for (std::size_t l = 0; l < m_leaders.size(); ++l) leader_of[m_leaders[l].actor] = l;
        static constexpr std::array<double, 6> teammate_chance{0.05, 0.35, 0.03, 0.06, 0.5, 0.02};
        for (PostIndex p = 0; p < m_data.posts.size(); ++p) {
            const Post& post = m_data.posts[p];
            if (post.platform != "linkedin") continue;
            const Actor& author = m_data.actors[post.author];
            const bool company = author.kind == ActorKind::company;
            if (author.kind == ActorKind::executive || company) {
                const ActorIndex org = company ? post.author : *author.organisation;
                const Team& team = m_teams[m_team_of_org.at(org)];
                double chance = teammate_chance[static_cast<std::size_t>(team.culture)];
                if (team.carrier && post.author == m_leaders[*team.carrier].actor) chance = 0.3;
                for (const std::size_t l : team.leaders) {
                    if (m_leaders[l].linkedin && m_random.chance(chance)) react(m_leaders[l].actor, p);
                }
                if (m_random.chance(0.12)) react(random_of(m_kols), p);
                if (m_random.chance(0.08)) react(random_of(m_associations), p);
            } else if (author.kind == ActorKind::association || author.kind == ActorKind::kol) {
                const std::size_t l = m_random.below(m_leaders.size());
                if (m_leaders[l].linkedin && m_random.chance(0.4)) react(m_leaders[l].actor, p);
            }
        }
    }

    // Posts in time order with ids p000001..., parents and events renumbered; events in time order.
    void finish() {
        std::vector<PostIndex> order(m_data.posts.size());
        std::iota(order.begin(), order.end(), PostIndex{0});
        std::stable_sort(order.begin(), order.end(), [&](PostIndex a, PostIndex b) {
            return m_data.posts[a].time < m_data.posts[b].time;
        });
        std::vector<PostIndex> new_index(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<PostIndex>(i);
        std::vector<Post> posts;
        posts.reserve(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            Post post = std::move(m_data.posts[order[i]]);
            if (post.parent) post.parent = new_index[*post.parent];
            const std::string number = std::to_string(i + 1);
            post.id = "p" + std::string(number.size() < 6 ? 6 - number.size() : 0, '0') + number;
            posts.push_back(std::move(post));
        }
        m_data.posts = std::move(posts);
        for (Engagement& e : m_data.engagements) e.post = new_index[e.post];
        std::stable_sort(m_data.engagements.begin(), m_data.engagements.end(),
                         [](const Engagement& a, const Engagement& b) { return a.time < b.time; });
        check_dataset(m_data);
    }

    Random m_random;
    PharmaFrTargets m_targets;
    Dataset m_data;
    std::vector<std::pair<std::string, std::string_view>> m_organisation_names;  // name, sector
    std::set<std::string> m_person_names;
    std::vector<Leader> m_leaders;
    std::vector<Team> m_teams;
    std::vector<ActorIndex> m_associations, m_kols, m_media, m_institutions;
    std::vector<PostIndex> m_external_linkedin, m_external_tweets;  // associations, KOLs, media, institutions
    std::vector<PostIndex> m_leader_posts, m_leader_tweets;
    std::vector<std::vector<PostIndex>> m_by_leader;  // LinkedIn posts of each leader
    std::map<std::size_t, std::vector<PostIndex>> m_ceo_posts;  // orchestrated teams' CEO originals
    std::map<ActorIndex, std::size_t> m_team_of_org;
    std::vector<PostDraft> m_drafts;  // by post index

};

}  // namespace

SyntheticDataset generate_pharma_fr(const PharmaFrOptions& options) {
    Generator generator(options.seed);
    SyntheticDataset result = generator.run();
    result.seed = options.seed;
    return result;
}

}  // namespace ricochet::algorithms
