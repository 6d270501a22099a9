// SPDX-License-Identifier: MIT
#pragma once
// Diffusion on the content-flow graph: the independent cascade and linear threshold models
// (Kempe, Kleinberg, Tardos 2003), estimated by seeded Monte Carlo.
//
// Direction: content of v reaches u when u amplifies v, i.e. along the hops v -> u of a HopGraph
// (paths.hpp), the reverse of the influence graph's arcs u -> v.
// - Independent cascade (IC): when v becomes active, it gets one chance to activate each u it has
//   a hop to, with probability p(v -> u), independently.
// - Linear threshold (LT): u draws a threshold uniform in [0, 1] once per simulation and becomes
//   active when the weights of its active in-neighbours reach it; the weight of v for u is
//   p(v -> u), scaled down by u's total when the weights into u add up to more than 1.
// Each simulation is a random *world*, a live-edge graph (Kempe et al.: IC keeps hop h with
// probability p(h); LT keeps, for each receiver, at most one in-hop, h with probability its
// weight), and the active set is what the seeds reach along live hops. World i is a pure function
// of (model, seed, i) and the hop index (a counter-based SplitMix64), so estimates that name the
// same worlds share their coins (common random numbers): expected_spread(S) and the CELF objective
// agree exactly, and the same seed gives the same estimate with any number of threads.
#include <cstdint>
#include <span>
#include <vector>

#include "algorithms/amplification/paths.hpp"
#include "graph/enum_names.hpp"
#include "graph/graph.hpp"

namespace ricochet {

namespace algorithms {
enum class DiffusionModel : std::uint8_t { ic, lt };
}  // namespace algorithms

template <>
struct EnumNames<algorithms::DiffusionModel> {
    static constexpr std::array<std::string_view, 2> names{"ic", "lt"};
};

namespace algorithms {

/// Weighted cascade probabilities: p(v -> u) = 1 / (the number of distinct actors u amplifies),
/// one hop per distinct arc u -> v of `graph` (any layer). O(n + m log d).
[[nodiscard]] HopGraph weighted_cascade_hops(const Graph& graph);

/// The same hops with one probability p in [0, 1]; p = 0 gives a graph without hops.
/// @throws InvalidArgument for p outside [0, 1].
[[nodiscard]] HopGraph constant_hops(const Graph& graph, double p);

struct SpreadOptions {
    DiffusionModel model = DiffusionModel::ic;
    std::uint64_t simulations = 10000;  ///< at least 1
    std::uint64_t seed = 1;
    std::uint64_t first_world = 0;  ///< the simulations are worlds first_world, first_world + 1, ...
};

struct SpreadEstimate {
    double mean = 0;            ///< expected number of active actors, seeds included
    double standard_error = 0;  ///< sample standard deviation / sqrt(simulations)
    double low = 0, high = 0;   ///< 95 % confidence interval: mean -/+ 1.96 standard errors
    std::uint64_t simulations = 0;
};

/// Expected spread of `seeds` (duplicates count once): the mean, computed from the exact integer
/// sum over the worlds, and the sample standard deviation. O(simulations x (seeds + hops
/// reached)), parallel over blocks of worlds. @throws InvalidArgument for a seed out of range or no
/// simulation.
[[nodiscard]] SpreadEstimate expected_spread(const HopGraph& hops, std::span<const VertexId> seeds,
                                             const SpreadOptions& options = {});

/// The expected spread of every prefix of `seeds` (element j: seeds[0..j]), all in one pass over
/// the worlds: in each world seed j adds what it reaches beyond the earlier seeds. The last
/// element is expected_spread(seeds). @throws as expected_spread.
[[nodiscard]] std::vector<SpreadEstimate> prefix_spreads(const HopGraph& hops, std::span<const VertexId> seeds,
                                                         const SpreadOptions& options = {});

}  // namespace algorithms
}  // namespace ricochet
