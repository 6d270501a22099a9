// SPDX-License-Identifier: MIT
#include "algorithms/community/detection.hpp"

#include "algorithms/community/label_propagation.hpp"

namespace ricochet::algorithms {

Membership detect_communities(const Graph& graph, CommunityMethod method, const CommunityOptions& options) {
    switch (method) {
        case CommunityMethod::leiden:
            return leiden(graph, options);
        case CommunityMethod::louvain:
            return louvain(graph, options);
        case CommunityMethod::lpa:
            return label_propagation(graph, options.seed);
    }
    return {};
}

StableCommunities stable_communities(const Graph& graph, CommunityMethod method, const CommunityOptions& options,
                                     unsigned runs) {
    StableCommunities result;
    result.runs = std::max(1u, runs);
    std::vector<Membership> partitions;
    for (unsigned run = 0; run < result.runs; ++run) {
        CommunityOptions seeded = options;
        seeded.seed = options.seed + run;
        partitions.push_back(detect_communities(graph, method, seeded));
        const double quality = community_quality(graph, partitions.back(), options);
        if (run == 0 || quality > result.best_quality) {
            result.best_quality = quality;
            result.best_seed = seeded.seed;
            result.best = partitions.back();
        }
    }
    if (partitions.size() > 1) {
        double total = 0;
        std::size_t pairs = 0;
        for (std::size_t i = 0; i < partitions.size(); ++i) {
            for (std::size_t j = i + 1; j < partitions.size(); ++j) {
                total += normalized_mutual_information(partitions[i], partitions[j]);
                ++pairs;
            }
        }
        result.mean_nmi = total / static_cast<double>(pairs);
    }
    return result;
}

}  // namespace ricochet::algorithms
