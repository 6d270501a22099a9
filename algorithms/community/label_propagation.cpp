// SPDX-License-Identifier: MIT
#include "algorithms/community/label_propagation.hpp"

#include <numeric>

#include "algorithms/community/level_graph.hpp"

namespace ricochet::algorithms {

Membership label_propagation(const Graph& graph, std::uint64_t seed) {
    const Adjacency edges = undirected_projection(graph);
    const VertexId n = edges.vertex_count();
    Membership label(n);
    std::iota(label.begin(), label.end(), std::uint32_t{0});
    Random random(seed);
    std::vector<VertexId> order(n);
    std::iota(order.begin(), order.end(), VertexId{0});
    std::vector<double> weight(n, 0.0);
    std::vector<std::uint32_t> touched;
    std::vector<std::uint32_t> best;
    for (int round = 0; round < 1000; ++round) {
        random.shuffle(order);
        bool changed = false;
        for (const VertexId v : order) {
            for (ArcId a = edges.offsets[v]; a < edges.offsets[v + 1]; ++a) {
                const std::uint32_t l = label[edges.targets[a]];
                if (weight[l] == 0) touched.push_back(l);
                weight[l] += edges.weights[a];
            }
            if (touched.empty()) continue;
            double most = 0;
            for (const std::uint32_t l : touched) most = std::max(most, weight[l]);
            best.clear();
            for (const std::uint32_t l : touched) {
                if (weight[l] == most) best.push_back(l);
            }
            for (const std::uint32_t l : touched) weight[l] = 0;
            touched.clear();
            if (std::find(best.begin(), best.end(), label[v]) != best.end()) continue;
            std::sort(best.begin(), best.end());  // the choice must not depend on arc order
            label[v] = best[random.below(best.size())];
            changed = true;
        }
        if (!changed) break;
    }
    detail::compact(label);
    return label;
}

}  // namespace ricochet::algorithms
