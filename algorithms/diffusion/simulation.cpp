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

SpreadEstimate expected_spread(const HopGraph& hops, std::span<const VertexId> seeds, const SpreadOptions& options) {
    const VertexId n = hops.vertex_count();
    if (options.simulations == 0) throw InvalidArgument("spread: at least one simulation, got 0");
    for (const VertexId s : seeds) {
        if (s >= n) throw InvalidArgument("spread: seed out of range, got " + std::to_string(s));
    }
    const diffusion_detail::Worlds worlds(hops, options.model, options.seed);
    const auto simulations = static_cast<std::int64_t>(options.simulations);
    std::vector<std::uint64_t> spread(options.simulations);
#pragma omp parallel
    {
        diffusion_detail::WorldSearch search(n);
#pragma omp for schedule(static)
        for (std::int64_t i = 0; i < simulations; ++i) {
            spread[static_cast<std::size_t>(i)] =
                search.reach(worlds, worlds.key(options.first_world + static_cast<std::uint64_t>(i)), seeds,
                             [](VertexId) { return false; }, [](VertexId) {});
        }
    }
    // Welford's mean and variance, in simulation order.
    double mean = 0, m2 = 0;
    for (std::size_t i = 0; i < spread.size(); ++i) {
        const double x = static_cast<double>(spread[i]);
        const double delta = x - mean;
        mean += delta / static_cast<double>(i + 1);
        m2 += delta * (x - mean);
    }
    SpreadEstimate estimate;
    estimate.simulations = options.simulations;
    estimate.mean = mean;
    const double variance = spread.size() > 1 ? m2 / static_cast<double>(spread.size() - 1) : 0.0;
    estimate.standard_error = std::sqrt(variance / static_cast<double>(spread.size()));
    estimate.low = mean - 1.96 * estimate.standard_error;
    estimate.high = mean + 1.96 * estimate.standard_error;
    return estimate;
}

}  // namespace ricochet::algorithms
