// SPDX-License-Identifier: MIT
#pragma once
// Internal to algorithms/diffusion: the random worlds every Monte Carlo estimate is taken over.
//
// A world is a live-edge graph (Kempe, Kleinberg, Tardos 2003): the active set of a simulation
// is what the seeds reach along live hops. World i of (model, seed) is fixed by a key derived
// from (seed, i); whether hop h is live in it is a pure function of (key, h), so every estimate
// that names the same worlds sees the same coins (common random numbers) whatever the seeds,
// the order of evaluation or the number of threads.
// - IC: hop h is live with probability p(h), independently: U(key, h) < p(h).
// - LT: each receiver u picks at most one of its in-hops, hop h with probability w(h) (p(h),
//   scaled down by u's total when the in-hops of u add up to more than 1): with r = U(key, H + u),
//   hop h is live when lo(h) <= r < lo(h) + w(h), where lo(h) sums the weights of u's in-hops
//   listed before h. Kempe et al. prove the active sets have the threshold model's distribution.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/amplification/paths.hpp"
#include "algorithms/diffusion/simulation.hpp"

namespace ricochet::algorithms::diffusion_detail {

/// SplitMix64's output function (Steele, Lea, Flood 2014).
[[nodiscard]] constexpr std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

inline constexpr std::uint64_t golden = 0x9E3779B97F4A7C15ULL;

/// The index-th output of the SplitMix64 stream started at `key`, as a double in [0, 1).
[[nodiscard]] constexpr double uniform(std::uint64_t key, std::uint64_t index) {
    return static_cast<double>(mix(key + (index + 1) * golden) >> 11) * 0x1.0p-53;
}

/// SplitMix64 as a sequential generator (RR sets).
class SplitMix {
public:
    explicit SplitMix(std::uint64_t state) : m_state(state) {}
    std::uint64_t next() { return mix(m_state += golden); }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    /// Uniform in [0, bound), bound > 0 (multiply-shift on the top 32 bits; bias below bound / 2^32).
    std::uint32_t below(std::uint32_t bound) { return static_cast<std::uint32_t>(((next() >> 32) * bound) >> 32); }

private:
    std::uint64_t m_state;
};

/// LT weight of each hop: p(h) divided by max(1, total p into head(h)).
[[nodiscard]] std::vector<double> threshold_weights(const HopGraph& hops);

class Worlds {
public:
    Worlds(const HopGraph& hops, DiffusionModel model, std::uint64_t seed);

    /// The key of world i.
    [[nodiscard]] std::uint64_t key(std::uint64_t world) const { return mix(m_seed_key + (world + 1) * golden); }
    /// Whether hop h is live in the world of `key`.
    [[nodiscard]] bool live(std::uint64_t key, ArcId h) const {
        if (m_model == DiffusionModel::ic) return uniform(key, h) < m_hops->probabilities[h];
        const double r = uniform(key, m_hops->hop_count() + m_hops->heads[h]);
        return r >= m_low[h] && r < m_low[h] + m_weight[h];
    }
    [[nodiscard]] const HopGraph& hops() const { return *m_hops; }

private:
    const HopGraph* m_hops;
    DiffusionModel m_model;
    std::uint64_t m_seed_key;
    std::vector<double> m_weight;  // LT only
    std::vector<double> m_low;     // LT only
};

/// Breadth-first search over the live hops of one world, skipping vertices `blocked` says are
/// already active. Per-thread scratch: `stamp` marks the vertices reached by the current search.
class WorldSearch {
public:
    explicit WorldSearch(VertexId n) : m_mark(n, 0) {}

    /// How many vertices the sources reach (sources included, duplicates once) in the world of
    /// `key`, not counting or crossing vertices for which blocked(v) is true. `visit` is called
    /// on each vertex reached.
    template <class Blocked, class Visit>
    std::uint64_t reach(const Worlds& worlds, std::uint64_t key, std::span<const VertexId> sources,
                        Blocked&& blocked, Visit&& visit) {
        const HopGraph& hops = worlds.hops();
        ++m_stamp;
        m_frontier.clear();
        for (const VertexId s : sources) {
            if (m_mark[s] == m_stamp || blocked(s)) continue;
            m_mark[s] = m_stamp;
            m_frontier.push_back(s);
        }
        for (std::size_t next = 0; next < m_frontier.size(); ++next) {
            const VertexId v = m_frontier[next];
            visit(v);
            for (ArcId h = hops.offsets[v]; h < hops.offsets[v + 1]; ++h) {
                const VertexId u = hops.heads[h];
                if (m_mark[u] == m_stamp || blocked(u) || !worlds.live(key, h)) continue;
                m_mark[u] = m_stamp;
                m_frontier.push_back(u);
            }
        }
        return m_frontier.size();
    }

private:
    std::vector<std::uint64_t> m_mark;
    std::uint64_t m_stamp = 0;
    std::vector<VertexId> m_frontier;
};

}  // namespace ricochet::algorithms::diffusion_detail
