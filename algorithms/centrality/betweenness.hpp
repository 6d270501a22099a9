// SPDX-License-Identifier: MIT
#pragma once
// Betweenness: how much of the amplification between others passes through an actor.
#include <cstdint>
#include <optional>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms {

struct BetweennessOptions {
    PathLength lengths = PathLength::hops;
    /// Divide by (n - 1)(n - 2), the number of ordered pairs of other vertices (0 when n < 3).
    bool normalized = false;
    /// Sum over these sources only (each once); empty: every vertex. For benchmarks and tests.
    std::vector<VertexId> sources;
};

/// Exact betweenness (Brandes 2001), directed: b(v) = sum over ordered pairs s != v != t of
/// sigma_st(v) / sigma_st, shortest paths following the arcs, endpoints excluded, path counts in
/// double (no overflow on the 64-diamond chain). Breadth-first search for hops, Dijkstra for
/// lengths 1/w with ties up to a relative 1e-10. Parallel over sources (OpenMP) into accumulators
/// fixed by n, so the result has the same bits for any thread count. A source whose path counts
/// overflow a double (beyond 1.8e308 paths) is redone with long double counts (up to 1.2e4932).
/// @throws InvalidArgument for a source out of range or counts beyond long double.
/// O(n m) time for hops, O(n m log n) weighted; O(n + m) memory per thread plus 4 to 16
/// accumulators of n doubles (16 while they fit in 64 MiB).
[[nodiscard]] std::vector<double> betweenness(const Graph& graph, const BetweennessOptions& options = {});

struct SampledBetweennessOptions {
    PathLength lengths = PathLength::hops;
    bool normalized = false;
    double epsilon = 0.01;   ///< additive error on b(v) / (n (n - 1))
    double delta = 0.1;      ///< probability that some vertex misses the error bound
    /// Number of sampled paths; unset: the smallest number that guarantees (epsilon, delta).
    std::optional<std::uint64_t> samples;
    std::uint64_t seed = 1;
};

struct SampledBetweenness {
    std::vector<double> values;  ///< estimates, in the units of betweenness() with the same options
    std::uint64_t samples = 0;
    double epsilon = 0;  ///< the guaranteed error for `delta` with this many samples
    double delta = 0;
    std::uint64_t vertex_diameter_bound = 0;  ///< the VD bound used (largest weak component)
};

/// Riondato and Kornaropoulos (WSDM 2014 / DMKD 2016): draw r ordered pairs (s, t) uniformly,
/// one shortest s-t path uniformly among all of them, and credit its interior vertices with 1/r.
/// With r = ceil(0.5 / epsilon^2 (floor(log2(VD - 2)) + 1 + ln(1 / delta))), where VD bounds the
/// number of vertices on a shortest path, with probability at least 1 - delta every vertex's
/// estimate of b(v) / (n (n - 1)) is within epsilon of the truth. Each sample draws from its own
/// generator seeded by (seed, sample index): the same seed gives the same bits for any thread
/// count. Early-stopping searches; parallel over samples.
/// Path counts that overflow a double are redone in long double.
/// @throws InvalidArgument for epsilon or delta outside (0, 1), a sample count (given or needed)
/// outside [1, 10^9], or more than 10^4932 shortest paths between two vertices.
[[nodiscard]] SampledBetweenness sampled_betweenness(const Graph& graph,
                                                     const SampledBetweennessOptions& options = {});

/// The sample count for (epsilon, delta) and a vertex-diameter bound, and the epsilon that a
/// sample count guarantees.
[[nodiscard]] double rk_sample_count(double epsilon, double delta, std::uint64_t vertex_diameter);
[[nodiscard]] double rk_epsilon(std::uint64_t samples, double delta, std::uint64_t vertex_diameter);

}  // namespace ricochet::algorithms
