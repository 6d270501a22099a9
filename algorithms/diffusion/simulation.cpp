// SPDX-License-Identifier: MIT
#include "algorithms/diffusion/simulation.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "graph/error.hpp"

namespace ricochet::algorithms {

namespace {

// SplitMix64 (Steele, Lea, Flood 2014): a fast generator whose whole state is one word, so each
// simulation gets its own stream from (seed, index) at no cost.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t state) : m_state(state) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)

private:
    std::uint64_t m_state;
};

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
    // LT weights: each receiver's incoming probabilities, scaled down when they add up to more than 1.
    std::vector<double> weight;
    if (options.model == DiffusionModel::lt) {
        std::vector<double> total(n, 0.0);
        for (std::size_t h = 0; h < hops.hop_count(); ++h) total[hops.heads[h]] += hops.probabilities[h];
        weight.resize(hops.hop_count());
        for (std::size_t h = 0; h < hops.hop_count(); ++h) {
            weight[h] = hops.probabilities[h] / std::max(1.0, total[hops.heads[h]]);
        }
    }
    const auto simulations = static_cast<std::int64_t>(options.simulations);
    std::vector<std::uint32_t> spread(options.simulations);
#pragma omp parallel
    {
        // Per thread: the simulation that last touched each vertex (no clearing between runs).
        std::vector<std::uint64_t> touched(n, 0), activated(n, 0);
        std::vector<double> threshold(n), received(n);
        std::vector<VertexId> frontier;
#pragma omp for schedule(static)
        for (std::int64_t i = 0; i < simulations; ++i) {
            const std::uint64_t stamp = static_cast<std::uint64_t>(i) + 1;
            SplitMix random(options.seed * 0x2545F4914F6CDD1DULL + stamp);
            frontier.clear();
            for (const VertexId s : seeds) {
                if (activated[s] == stamp) continue;
                activated[s] = stamp;
                frontier.push_back(s);
            }
            for (std::size_t next = 0; next < frontier.size(); ++next) {
                const VertexId v = frontier[next];
                for (ArcId h = hops.offsets[v]; h < hops.offsets[v + 1]; ++h) {
                    const VertexId u = hops.heads[h];
                    if (activated[u] == stamp) continue;
                    bool active = false;
                    if (options.model == DiffusionModel::ic) {
                        active = random.uniform() < hops.probabilities[h];
                    } else {
                        if (touched[u] != stamp) {
                            touched[u] = stamp;
                            threshold[u] = random.uniform();
                            received[u] = 0;
                        }
                        received[u] += weight[h];
                        active = received[u] > threshold[u];
                    }
                    if (active) {
                        activated[u] = stamp;
                        frontier.push_back(u);
                    }
                }
            }
            spread[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(frontier.size());
        }
    }
    // Welford's mean and variance, in simulation order.
    double mean = 0, m2 = 0;
    for (std::size_t i = 0; i < spread.size(); ++i) {
        const double x = spread[i];
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
