// SPDX-License-Identifier: MIT
#pragma once
// Seed selection: which k actors, posting the same message, reach the most others in expectation
// (influence maximisation, Kempe, Kleinberg, Tardos 2003), under the models of simulation.hpp.
//
// - CELF (Leskovec et al. 2007): greedy on the Monte Carlo objective F(S) = mean over `simulations`
//   worlds (those expected_spread draws with the same model, simulations and seed, first_world 0)
//   of the number of actors S reaches. F is monotone and submodular world by world, so lazy
//   evaluation (re-evaluate the top of a max-heap of stale gains until the top is fresh) picks
//   exactly what plain greedy picks on F, ties to the smaller vertex index; F(greedy) >=
//   (1 - 1/e) max F. Gains are exact integer sums over the worlds. Memory: simulations x n bits.
// - IMM (Tang, Shi, Xiao 2015): reverse-reachable (RR) sets, each the actors that would reach a
//   uniformly drawn actor in one random world; a set S covering a fraction f of θ RR sets has
//   expected spread n f. IMM sizes θ so that greedy maximum coverage returns, with probability
//   at least 1 - n^-ℓ, a (1 - 1/e - ε)-approximation. As Chen (2018, "An issue in the martingale
//   analysis of the influence maximization algorithm IMM") advises, the final RR sets are drawn
//   afresh rather than reused from the sampling phase. RR set j comes from its own generator,
//   seeded from (seed, j), so the choice is the same with any number of threads.
// Both restrict the picks to `candidates` when it is not empty (the guarantee is then against
// the best set of k candidates); with fewer than k candidates every candidate is picked.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/diffusion/simulation.hpp"

namespace ricochet::algorithms {

struct SeedOptions {
    DiffusionModel model = DiffusionModel::ic;
    std::size_t k = 10;                ///< at least 1
    std::uint64_t seed = 1;
    std::uint64_t simulations = 1000;  ///< CELF: worlds of its objective, at least 1
    double epsilon = 0.1;              ///< IMM: approximation slack, in (0, 1)
    double ell = 1;                    ///< IMM: failure probability n^-ℓ, ℓ > 0
    std::vector<VertexId> candidates;  ///< who may be picked; empty: every actor
};

struct SeedSelection {
    std::vector<VertexId> seeds;   ///< in the order picked
    std::vector<double> gains;     ///< the method's estimate of each pick's marginal spread
    double estimated_spread = 0;   ///< the method's estimate of the spread of `seeds`
    std::uint64_t evaluations = 0; ///< CELF: marginal-gain evaluations (each over every world)
    std::uint64_t rr_sets = 0;     ///< IMM: RR sets of the final selection
    std::uint64_t rr_entries = 0;  ///< IMM: their total size
};

/// CELF greedy. O(evaluations x simulations x reach), parallel over candidates (first round) and,
/// from 8,192 simulations on, over worlds. @throws InvalidArgument for k = 0, no simulation, a
/// candidate out of range, or active sets and world keys above 4 GiB (simulations x (n / 8 + 8) bytes).
[[nodiscard]] SeedSelection celf_seeds(const HopGraph& hops, const SeedOptions& options);

/// IMM. Expected O((k + ℓ)(n + m) log n / ε²) for IC. @throws InvalidArgument for k = 0, ε or ℓ
/// out of range, a candidate out of range.
[[nodiscard]] SeedSelection imm_seeds(const HopGraph& hops, const SeedOptions& options);

/// F(base ∪ {c}) - F(base) for each candidate c, F the mean spread over the worlds of `options`
/// (exactly expected_spread's difference on those worlds). Parallel over candidates.
[[nodiscard]] std::vector<double> marginal_spreads(const HopGraph& hops, std::span<const VertexId> base,
                                                   std::span<const VertexId> candidates,
                                                   const SpreadOptions& options);

}  // namespace ricochet::algorithms
