// SPDX-License-Identifier: MIT
#pragma once
// The `pharma-fr` synthetic dataset: a French health, pharma and biotech sector calibrated on the
// 2021 study of leadership teams' influence (AmazingContent: 258 organisations, 1,651 leaders,
// 1,400+ LinkedIn and 120+ Twitter accounts, 10,000+ LinkedIn posts, 487,000+ LinkedIn and
// 8,900+ Twitter engagements, 2021-01-01 to 2021-10-15), with team cultures planted in known
// teams so that measures of collective amplification can be checked against a ground truth.
// No real data: every name is invented.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/model.hpp"

namespace ricochet::algorithms {

/// The dominant pattern of a leadership team.
enum class TeamCulture : std::uint8_t {
    none,          ///< no strong pattern (most teams)
    collective,    ///< many active members who echo each other; engagement spread evenly
    carried,       ///< one member (often the medical or communication director) earns most of it
    outward,       ///< members rebound on associations', KOLs' and media's posts, not corporate ones
    orchestrated,  ///< members echo the organisation's and the CEO's posts within minutes, in bursts
    quiet          ///< little activity
};

}  // namespace ricochet::algorithms

namespace ricochet {
template <>
struct EnumNames<algorithms::TeamCulture> {
    static constexpr std::array<std::string_view, 6> names{"none",     "collective",   "carried",
                                                           "outward", "orchestrated", "quiet"};
};
}  // namespace ricochet

namespace ricochet::algorithms {

/// The published figures the dataset reproduces, each within 5 %.
struct PharmaFrTargets {
    std::size_t organisations = 258;
    std::size_t leaders = 1651;
    std::size_t leader_linkedin_accounts = 1400;
    std::size_t leader_twitter_accounts = 120;
    std::size_t leader_linkedin_posts = 10000;
    std::uint64_t leader_linkedin_engagement = 487000;  ///< reactions + comments + shares
    std::uint64_t leader_twitter_engagement = 8900;
};

struct PlantedTeam {
    ActorIndex organisation = 0;
    TeamCulture culture = TeamCulture::none;
    std::optional<ActorIndex> carrier;  ///< for carried teams: the member who carries it
};

struct SyntheticDataset {
    Dataset dataset;
    std::vector<PlantedTeam> teams;  ///< every team, by organisation index
    std::uint64_t seed = 0;
};

struct PharmaFrOptions {
    std::uint64_t seed = 2021;  ///< the committed datasets/pharma-fr uses the default
};

/// Generates the dataset. Deterministic: the same seed gives the same dataset (and, written,
/// the same bytes). Organisations: 118 labs & biotech, 72 medtech, 36 e-health, 32 health &
/// beauty; teams of 2 to 40 leaders with a heavy tail; 40 associations (patient and
/// professional), 60 KOLs, 16 media, 8 institutions. Posts, echoes (repost, quote, comment,
/// reply), mentions and identified engagement events over 2021-01-01 .. 2021-10-15. Planted
/// cultures: 20 carried, 20 collective, 16 orchestrated, 18 outward, 24 quiet teams; the rest none.
/// About 0.2 s.
[[nodiscard]] SyntheticDataset generate_pharma_fr(const PharmaFrOptions& options = {});

}  // namespace ricochet::algorithms
