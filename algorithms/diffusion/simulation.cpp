// SPDX-License-Identifier: MIT
#include "algorithms/diffusion/simulation.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "algorithms/diffusion/live_edges.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {

namespace diffusion_detail {

std::vector<double> threshold_weights(const HopGraph& hops) {
    std::vector<double> total(hops.vertex_count(), 0.0);
    for (std::size_t h = 0; h < hops.hop_count(); ++h) total[hops.heads[h]] += hops.probabilities[h];
    std::vector<double> weight(hops.hop_count());
    for (std::size_t h = 0; h < hops.hop_count(); ++h) {
        weight[h] = hops.probabilities[h] / std::max(1.0, total[hops.heads[h]]);
    }
    return weight;
}

Worlds::Worlds(const HopGraph& hops, DiffusionModel model, std::uint64_t seed)
    : m_hops(&hops), m_model(model), m_seed_key(mix(seed * 0x2545F4914F6CDD1DULL + golden)) {
    if (model != DiffusionModel::lt) return;
    m_weight = threshold_weights(hops);
    // lo(h): the weights of head(h)'s in-hops before h, in hop order (one running sum per receiver,
    // so the intervals of one receiver tile [0, total) without gaps or overlaps).
    std::vector<double> running(hops.vertex_count(), 0.0);
    m_low.resize(hops.hop_count());
    for (std::size_t h = 0; h < hops.hop_count(); ++h) {
        double& sum = running[hops.heads[h]];
        m_low[h] = sum;
        sum = sum + m_weight[h];
    }
}

}  // namespace diffusion_detail

namespace {


std::vector<Hop> distinct_hops(const Graph& graph, const std::vector<double>* constant) {
    std::vector<Hop> hops;
    for (VertexId u = 0; u < graph.vertex_count(); ++u) {
        std::vector<VertexId> targets;
        graph.for_each_out_arc(u, [&](VertexId v, const ArcProperties&) {
            if (targets.empty() || targets.back() != v) targets.push_back(v);  // rows are ordered by target
        });
        for (const VertexId v : targets) {
            const double p = constant ? (*constant)[0] : 1.0 / static_cast<double>(targets.size());
            hops.push_back({v, u, p});
        }
    }
    return hops;
}

}  // namespace

HopGraph weighted_cascade_hops(const Graph& graph) {
    return hop_graph_of(graph.vertex_count(), distinct_hops(graph, nullptr));
}

HopGraph constant_hops(const Graph& graph, double p) {
    if (!(p >= 0 && p <= 1)) throw InvalidArgument("constant probability: expected a number in [0, 1], got " + std::to_string(p));
    if (p == 0) return hop_graph_of(graph.vertex_count(), {});
    const std::vector<double> constant{p};
    return hop_graph_of(graph.vertex_count(), distinct_hops(graph, &constant));
}

std::vector<SpreadEstimate> prefix_spreads(const HopGraph& hops, std::span<const VertexId> seeds,
                                           const SpreadOptions& options) {
    const VertexId n = hops.vertex_count();
    if (options.simulations == 0) throw InvalidArgument("spread: at least one simulation, got 0");
    for (const VertexId s : seeds) {
        if (s >= n) throw InvalidArgument("spread: seed out of range, got " + std::to_string(s));
    }
    const std::size_t k = seeds.size();
    if (k == 0) return {};
    const diffusion_detail::Worlds worlds(hops, options.model, options.seed);
    // Worlds in blocks of fixed size; each block sums, per prefix, the spread (exactly, as an
    // integer) and its square; the blocks are added in order, so no thread count changes a bit.
    constexpr std::uint64_t block = 256;
    const std::uint64_t blocks = (options.simulations + block - 1) / block;
    std::vector<std::uint64_t> sums(blocks * k, 0);
    std::vector<double> squares(blocks * k, 0.0);
    const auto signed_blocks = static_cast<std::int64_t>(blocks);
#pragma omp parallel
    {
        std::vector<std::uint64_t> mark(n, 0);
        std::vector<VertexId> frontier;
#pragma omp for schedule(dynamic, 1)
        for (std::int64_t b = 0; b < signed_blocks; ++b) {
            const auto first = static_cast<std::uint64_t>(b) * block;
            const std::uint64_t last = std::min(options.simulations, first + block);
            std::uint64_t* sum = &sums[static_cast<std::size_t>(b) * k];
            double* square = &squares[static_cast<std::size_t>(b) * k];
            for (std::uint64_t i = first; i < last; ++i) {
                const std::uint64_t key = worlds.key(options.first_world + i);
                const std::uint64_t stamp = i + 1;
                frontier.clear();
                // Each seed adds what it reaches beyond what the earlier seeds reached, in this world.
                for (std::size_t j = 0; j < k; ++j) {
                    const VertexId s = seeds[j];
                    if (mark[s] != stamp) {
                        mark[s] = stamp;
                        std::size_t next = frontier.size();
                        frontier.push_back(s);
                        for (; next < frontier.size(); ++next) {
                            const VertexId v = frontier[next];
                            for (ArcId h = hops.offsets[v]; h < hops.offsets[v + 1]; ++h) {
                                const VertexId u = hops.heads[h];
                                if (mark[u] == stamp || !worlds.live(key, h)) continue;
                                mark[u] = stamp;
                                frontier.push_back(u);
                            }
                        }
                    }
                    const auto reached = static_cast<std::uint64_t>(frontier.size());
                    sum[j] += reached;
                    square[j] += static_cast<double>(reached) * static_cast<double>(reached);
                }
            }
        }
    }
    const auto r = static_cast<double>(options.simulations);
    std::vector<SpreadEstimate> estimates(k);
    for (std::size_t j = 0; j < k; ++j) {
        std::uint64_t sum = 0;
        double square = 0;
        for (std::uint64_t b = 0; b < blocks; ++b) {
            sum += sums[b * k + j];
            square += squares[b * k + j];
        }
        SpreadEstimate& e = estimates[j];
        e.simulations = options.simulations;
        e.mean = static_cast<double>(sum) / r;
        const double variance =
            options.simulations > 1 ? std::max(0.0, (square - static_cast<double>(sum) * e.mean) / (r - 1)) : 0.0;
        e.standard_error = std::sqrt(variance / r);
        e.low = e.mean - 1.96 * e.standard_error;
        e.high = e.mean + 1.96 * e.standard_error;
    }
    return estimates;
}

SpreadEstimate expected_spread(const HopGraph& hops, std::span<const VertexId> seeds, const SpreadOptions& options) {
    std::vector<SpreadEstimate> prefixes = prefix_spreads(hops, seeds, options);
    if (prefixes.empty()) {
        SpreadEstimate none;
        none.simulations = options.simulations;
        return none;
    }
    return prefixes.back();
}

}  // namespace ricochet::algorithms
