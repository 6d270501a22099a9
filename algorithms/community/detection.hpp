// SPDX-License-Identifier: MIT
#pragma once
// One entry point for the three methods, and stability over several seeds.
#include <cstdint>
#include <string_view>

#include "algorithms/community/leiden.hpp"
#include "graph/enum_names.hpp"

namespace ricochet {

namespace algorithms {
enum class CommunityMethod : std::uint8_t { leiden, louvain, lpa };
}  // namespace algorithms

template <>
struct EnumNames<algorithms::CommunityMethod> {
    static constexpr std::array<std::string_view, 3> names{"leiden", "louvain", "lpa"};
};

namespace algorithms {

/// Runs `method` (label propagation ignores the quality function and resolution).
[[nodiscard]] Membership detect_communities(const Graph& graph, CommunityMethod method, const CommunityOptions& options);

struct StableCommunities {
    Membership best;            ///< the partition of highest quality (the earliest run on ties)
    std::uint64_t best_seed = 0;
    double best_quality = 0;
    unsigned runs = 0;
    /// Mean normalised mutual information over the pairs of runs (1 for a single run).
    double mean_nmi = 1;
};

/// Runs `method` with seeds options.seed, options.seed + 1, ... (`runs` of them, at least 1).
[[nodiscard]] StableCommunities stable_communities(const Graph& graph, CommunityMethod method,
                                                   const CommunityOptions& options, unsigned runs);

}  // namespace algorithms
}  // namespace ricochet
