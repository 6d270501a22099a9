// SPDX-License-Identifier: MIT
#include "io/team_report.hpp"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

#include "graph/time.hpp"
#include "io/centrality_report.hpp"
#include "io/csv.hpp"
#include "io/text_table.hpp"

namespace ricochet::io {
namespace {

using Json = nlohmann::ordered_json;
using algorithms::ReboundKind;
using algorithms::TeamMetrics;

Json optional_number(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }
std::string optional_text(const std::optional<double>& value) { return value ? format_number(*value) : ""; }

// Fixed decimals for the terminal; "-" when undefined.
std::string fixed(const std::optional<double>& value, int decimals = 2) {
    if (!value) return "-";
    char text[32];
    const auto r = std::to_chars(text, text + sizeof text, *value, std::chars_format::fixed, decimals);
    return std::string(text, r.ptr);
}

std::string pad(const std::string& text, std::size_t width, bool right = false) {
    return detail::padded(text, width, right);
}

// The echo window as the user writes it: 72h, 90m, 45s.
std::string window_text(const algorithms::TeamOptions& options) {
    const auto seconds = options.echo_window.count();
    if (seconds % 3600 == 0) return std::to_string(seconds / 3600) + " h";
    if (seconds % 60 == 0) return std::to_string(seconds / 60) + " min";
    return std::to_string(seconds) + " s";
}

std::optional<double> engagement_share(const TeamMetrics& team, const algorithms::MemberContribution& c) {
    if (c.actor == team.organisation || team.engagement == 0) return std::nullopt;
    return static_cast<double>(c.engagement) / static_cast<double>(team.engagement);
}

std::size_t shown(const TeamReport& report) {
    return report.top ? std::min(*report.top, report.teams.size()) : report.teams.size();
}

Json team_json(const TeamMetrics& team, const Dataset& dataset, bool details) {
    const Actor& organisation = dataset.actors[team.organisation];
    Json j;
    j["team"] = organisation.id;
    j["name"] = organisation.name;
    j["sector"] = organisation.sector;
    j["members"] = team.members.size();
    j["active_members"] = team.active_members;
    j["posts"] = team.posts;
    j["originals"] = team.originals;
    j["engagement"] = team.engagement;
    j["account_engagement"] = team.account_engagement;
    j["internal_share"] = optional_number(team.internal_share);
    j["ricochet_rate"] = optional_number(team.ricochet_rate);
    j["ricochet_lag_h"] = optional_number(team.ricochet_lag_h);
    j["ricochet_depth"] = team.ricochet_depth;
    j["ricochet_yield"] = optional_number(team.ricochet_yield);
    j["gini"] = optional_number(team.gini);
    j["carrier"] = team.carrier ? Json(dataset.actors[*team.carrier].id) : Json(nullptr);
    j["carrier_share"] = optional_number(team.carrier_share);
    j["reach"] = team.reach;
    j["external_rebound"] = optional_number(team.external_rebound);
    Json rebound = Json::object();
    for (const ReboundKind kind : all_values<ReboundKind>()) {
        rebound[std::string(to_string(kind))] =
            team.external_rebound ? Json(team.rebound[static_cast<std::size_t>(kind)]) : Json(nullptr);
    }
    j["rebound"] = std::move(rebound);
    j["corporate_share"] = optional_number(team.corporate_share);
    j["density"] = optional_number(team.density);
    j["reciprocity"] = optional_number(team.reciprocity);
    j["profile"] = std::string(to_string(team.profile));
    if (!details) return j;
    Json members = Json::array();
    for (const algorithms::MemberContribution& c : team.contributions) {
        const Actor& actor = dataset.actors[c.actor];
        members.push_back(Json{{"id", actor.id},
                               {"name", actor.name},
                               {"kind", std::string(to_string(actor.kind))},
                               {"posts", c.posts},
                               {"originals", c.originals},
                               {"engagement", c.engagement},
                               {"engagement_share", optional_number(engagement_share(team, c))},
                               {"ricochets_given", c.ricochets_given},
                               {"ricochets_received", c.ricochets_received},
                               {"amplifiers", c.amplifiers},
                               {"shapley", c.shapley},
                               {"shapley_share", c.shapley_share}});
    }
    j["member_details"] = std::move(members);
    Json chains = Json::array();
    for (const algorithms::EchoChain& chain : team.chains) {
        Json posts = Json::array();
        for (const PostIndex p : chain.posts) {
            const Post& post = dataset.posts[p];
            posts.push_back(Json{{"post", post.id},
                                 {"author", dataset.actors[post.author].id},
                                 {"type", std::string(to_string(post.type))},
                                 {"time", format_time(post.time)},
                                 {"engagement", post.engagement()}});
        }
        chains.push_back(std::move(posts));
    }
    j["chains"] = std::move(chains);
    return j;
}

Json header_json(const TeamReport& report) {
    Json j;
    j["input"] = report.input;
    j["layers"] = layer_list(report.influence.layers);
    j["since"] = report.influence.window.since ? Json(format_time(*report.influence.window.since)) : Json(nullptr);
    j["until"] = report.influence.window.until ? Json(format_time(*report.influence.window.until)) : Json(nullptr);
    j["echo_window_h"] = static_cast<double>(report.options.echo_window.count()) / 3600.0;
    return j;
}

std::string actor_label(const Dataset& dataset, ActorIndex actor) { return dataset.actors[actor].label(); }

}  // namespace

void sort_teams(std::vector<TeamMetrics>& teams, const Dataset& dataset) {
    std::sort(teams.begin(), teams.end(), [&](const TeamMetrics& a, const TeamMetrics& b) {
        if (a.engagement != b.engagement) return a.engagement > b.engagement;
        return dataset.actors[a.organisation].id < dataset.actors[b.organisation].id;
    });
}

std::string teams_csv(const TeamReport& report, const Dataset& dataset) {
    std::string out =
        "team,name,sector,members,active_members,engagement,internal_share,ricochet_rate,ricochet_lag_h,"
        "ricochet_depth,ricochet_yield,gini,carrier,carrier_share,external_rebound,rebound_association,"
        "rebound_kol,rebound_media,rebound_company,rebound_other,corporate_share,density,reciprocity,profile\n";
    for (std::size_t i = 0; i < shown(report); ++i) {
        const TeamMetrics& team = report.teams[i];
        const Actor& organisation = dataset.actors[team.organisation];
        out += detail::csv_text_cell(organisation.id) + ',' + detail::csv_text_cell(organisation.name) + ',' +
               detail::csv_text_cell(organisation.sector) + ',' + std::to_string(team.members.size()) + ',' +
               std::to_string(team.active_members) + ',' + std::to_string(team.engagement) + ',' +
               optional_text(team.internal_share) + ',' + optional_text(team.ricochet_rate) + ',' +
               optional_text(team.ricochet_lag_h) + ',' + std::to_string(team.ricochet_depth) + ',' +
               optional_text(team.ricochet_yield) + ',' + optional_text(team.gini) + ',' +
               (team.carrier ? detail::csv_text_cell(dataset.actors[*team.carrier].id) : "") + ',' +
               optional_text(team.carrier_share) + ',' + optional_text(team.external_rebound);
        for (std::size_t k = 0; k < algorithms::rebound_kind_count; ++k) {
            out += ',' + (team.external_rebound ? format_number(team.rebound[k]) : std::string());
        }
        out += ',' + optional_text(team.corporate_share) + ',' + optional_text(team.density) + ',' +
               optional_text(team.reciprocity) + ',' + std::string(to_string(team.profile)) + '\n';
    }
    return out;
}

std::string teams_json(const TeamReport& report, const Dataset& dataset) {
    Json j = header_json(report);
    j["team_count"] = report.teams.size();
    Json teams = Json::array();
    for (std::size_t i = 0; i < shown(report); ++i) teams.push_back(team_json(report.teams[i], dataset, true));
    j["teams"] = std::move(teams);
    return j.dump(1) + '\n';
}

std::string teams_table(const TeamReport& report, const Dataset& dataset) {
    std::string out = std::to_string(report.teams.size()) + " teams, ricochets within " + window_text(report.options) +
                      ", layers " + layer_list(report.influence.layers) + "\n\n";
    out += pad("team", 28) + pad("members", 8, true) + pad("active", 7, true) + pad("engagement", 11, true) +
           pad("internal", 9, true) + pad("rate", 6, true) + pad("lag h", 7, true) + pad("depth", 6, true) +
           pad("gini", 6, true) + pad("carrier", 8, true) + pad("rebound", 8, true) + "  profile\n";
    for (std::size_t i = 0; i < shown(report); ++i) {
        const TeamMetrics& team = report.teams[i];
        std::string name = actor_label(dataset, team.organisation);
        out += pad(name, 28) + pad(std::to_string(team.members.size()), 8, true) +
               pad(std::to_string(team.active_members), 7, true) + pad(std::to_string(team.engagement), 11, true) +
               pad(fixed(team.internal_share), 9, true) + pad(fixed(team.ricochet_rate), 6, true) +
               pad(fixed(team.ricochet_lag_h, 1), 7, true) + pad(std::to_string(team.ricochet_depth), 6, true) +
               pad(fixed(team.gini), 6, true) + pad(fixed(team.carrier_share), 8, true) +
               pad(fixed(team.external_rebound), 8, true) + "  " + std::string(to_string(team.profile)) + '\n';
    }
    return out;
}

std::string team_card(const TeamMetrics& team, const TeamReport& report, const Dataset& dataset) {
    const Actor& organisation = dataset.actors[team.organisation];
    std::string out = organisation.label() + " (" + organisation.id + ")" +
                      (organisation.sector.empty() ? "" : ", " + organisation.sector) + ": " +
                      std::string(to_string(team.profile)) + "\n";
    out += std::to_string(team.members.size()) + " members, " + std::to_string(team.active_members) + " active, " +
           std::to_string(team.posts) + " posts (" + std::to_string(team.originals) + " originals), engagement " +
           std::to_string(team.engagement) + " (the account's own: " + std::to_string(team.account_engagement) +
           ")\n\n";
    const auto line = [&](std::string_view label, const std::string& value) {
        out += "  " + pad(std::string(label), 34) + value + '\n';
    };
    line("internal amplification share", fixed(team.internal_share, 3));
    line("ricochet rate (within " + window_text(report.options) + ")", fixed(team.ricochet_rate, 3));
    line("ricochet lag, median (h)", fixed(team.ricochet_lag_h, 2));
    line("ricochet depth", std::to_string(team.ricochet_depth));
    line("ricochet yield", fixed(team.ricochet_yield, 3));
    line("gini of engagement", fixed(team.gini, 3));
    line("carrier", team.carrier ? actor_label(dataset, *team.carrier) + " (" + fixed(team.carrier_share, 3) + ")" : "-");
    line("reach (distinct amplifiers)", std::to_string(team.reach));
    std::string split;
    if (team.external_rebound) {
        for (const ReboundKind kind : all_values<ReboundKind>()) {
            split += (split.empty() ? " (" : ", ") + std::string(to_string(kind)) + " " +
                     fixed(team.rebound[static_cast<std::size_t>(kind)], 3);
        }
        split += ")";
    }
    line("external rebound", fixed(team.external_rebound, 3) + split);
    line("corporate share of echoes", fixed(team.corporate_share, 3));
    line("density, reciprocity", fixed(team.density, 3) + ", " + fixed(team.reciprocity, 3));
    out += "\n  " + pad("member", 30) + pad("posts", 6, true) + pad("engagement", 11, true) + pad("share", 7, true) +
           pad("reach", 7, true) + "  ricochets\n";
    std::vector<const algorithms::MemberContribution*> members;
    for (const auto& c : team.contributions) members.push_back(&c);
    // By engagement, then by share of reach (interaction-only data has no engagement), then team order.
    std::stable_sort(members.begin(), members.end(), [](const auto* a, const auto* b) {
        if (a->engagement != b->engagement) return a->engagement > b->engagement;
        return a->shapley > b->shapley;
    });
    for (const auto* c : members) {
        const Actor& actor = dataset.actors[c->actor];
        const std::optional<double> share = engagement_share(team, *c);
        const std::string label = actor.label() + (c->actor == team.organisation ? " (account)" : "");
        out += "  " + pad(label, 30) + pad(std::to_string(c->posts), 6, true) +
               pad(std::to_string(c->engagement), 11, true) + pad(fixed(share, 3), 7, true) +
               pad(fixed(c->shapley_share, 3), 7, true) + "  " + std::to_string(c->ricochets_given) + " given, " +
               std::to_string(c->ricochets_received) + " received" +
               (actor.role.empty() ? "" : "  " + actor.role) + '\n';
    }
    out += "\ntop echo chains:\n";
    if (team.chains.empty()) out += "  (none)\n";
    for (const algorithms::EchoChain& chain : team.chains) {
        out += " ";
        const Time start = dataset.posts[chain.posts[0]].time;
        for (std::size_t i = 0; i < chain.posts.size(); ++i) {
            const Post& post = dataset.posts[chain.posts[i]];
            out += (i == 0 ? " " : " > ") + actor_label(dataset, post.author) + " " + post.id;
            if (i > 0) out += " (+" + fixed(static_cast<double>((post.time - start).count()) / 3600.0, 1) + " h)";
        }
        out += '\n';
    }
    return out;
}

std::string team_card_json(const TeamMetrics& team, const TeamReport& report, const Dataset& dataset) {
    Json j = header_json(report);
    j["team"] = team_json(team, dataset, true);
    return j.dump(1) + '\n';
}

}  // namespace ricochet::io
