// SPDX-License-Identifier: MIT
#pragma once
// What the centrality measures share: the influence graph with its layers merged into one simple
// weighted digraph (or its undirected projection), iteration limits and results, path-length
// rules, and a parallel sum whose result does not depend on the number of threads.
#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "graph/graph.hpp"

namespace ricochet::algorithms {

/// A simple graph in compressed sparse row form: the neighbours of v are
/// targets[offsets[v] .. offsets[v + 1]), sorted by id, each once; weights[a] (when present) is
/// the summed weight of every layer's arc between the two.
struct Adjacency {
    std::vector<ArcId> offsets{0};
    std::vector<VertexId> targets;
    std::vector<double> weights;  ///< empty when the adjacency is unweighted

    [[nodiscard]] VertexId vertex_count() const { return static_cast<VertexId>(offsets.size() - 1); }
    [[nodiscard]] ArcId arc_count() const { return static_cast<ArcId>(targets.size()); }
    [[nodiscard]] ArcId degree(VertexId v) const { return offsets[v + 1] - offsets[v]; }
    [[nodiscard]] std::span<const VertexId> neighbours(VertexId v) const {
        return {targets.data() + offsets[v], targets.data() + offsets[v + 1]};
    }
};

/// Out-neighbours (arc v -> u), layers merged, weights summed.
[[nodiscard]] Adjacency merged_out_arcs(const Graph& graph);
/// In-neighbours (arc u -> v), layers merged, weights summed.
[[nodiscard]] Adjacency merged_in_arcs(const Graph& graph);
/// The reverse adjacency (u -> v becomes v -> u), rows sorted, weights kept. O(n + m).
[[nodiscard]] Adjacency transpose(const Adjacency& adjacency);
/// Neighbours in either direction: the undirected simple projection, the weight of {u, v} being
/// w(u -> v) + w(v -> u) (layers merged).
[[nodiscard]] Adjacency undirected_projection(const Graph& graph);

/// How long an arc is for shortest paths (betweenness, harmonic closeness).
enum class PathLength : std::uint8_t {
    hops,            ///< every arc has length 1
    inverse_weight,  ///< an arc of summed weight w has length 1 / w (strong ties are short)
};

/// Stopping rule of the power iterations (PageRank, HITS, eigenvector, Katz).
struct IterationLimits {
    double tolerance = 1e-10;  ///< stop when the L1 norm of the change falls below it
    unsigned max_iterations = 10000;
};

/// How a power iteration ended.
struct IterationReport {
    unsigned iterations = 0;
    bool converged = false;
    double residual = 0;  ///< L1 norm of the last change
};

/// Values of an iterative measure with how the iteration ended.
struct IterativeResult : IterationReport {
    std::vector<double> values;
};

/// Calls step() (which computes the next vector and returns the L1 norm of the change) until the
/// change is below the tolerance (converged), reaches the iteration limit, or is not below 1e150
/// (diverging: not converged).
template <class Step>
void power_iterate(const IterationLimits& limits, IterationReport& report, Step&& step) {
    for (unsigned iteration = 1; iteration <= limits.max_iterations; ++iteration) {
        const double change = step();
        report.iterations = iteration;
        report.residual = change;
        if (change < limits.tolerance) {
            report.converged = true;
            return;
        }
        if (!(change < 1e150)) return;
    }
}

/// @throws InvalidArgument `<measure>: the tolerance must be positive, got ...`.
void check_limits(const char* measure, const IterationLimits& limits);

/// Below this many vertices + arcs, a pass of a power iteration runs on one thread: each pass
/// costs about a millisecond there, and a fork-join per pass costs more than it saves as soon as
/// another process holds a core (measured: PageRank-style passes on the Higgs retweet graph took
/// 0.57 s on one thread and 2.8 s on two on a loaded 2-core machine).
inline constexpr std::size_t parallel_pass_work = std::size_t{1} << 20;

/// Sum of f(i) for i in [0, n), computed (in parallel when n >= parallel_pass_work) over fixed blocks of 4096 terms whose
/// partial sums are added in block order: the same bits for any number of threads.
template <class F>
double deterministic_sum(std::size_t n, F&& f) {
    constexpr std::size_t block = 4096;
    const std::size_t blocks = (n + block - 1) / block;
    if (blocks <= 1) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) sum += f(i);
        return sum;
    }
    std::vector<double> partial(blocks, 0.0);
#pragma omp parallel for schedule(static) if (n >= parallel_pass_work)
    for (std::size_t b = 0; b < blocks; ++b) {
        double sum = 0;
        const std::size_t end = std::min(n, (b + 1) * block);
        for (std::size_t i = b * block; i < end; ++i) sum += f(i);
        partial[b] = sum;
    }
    double sum = 0;
    for (const double p : partial) sum += p;
    return sum;
}

/// next[v] = sum over the neighbours u of v in `adjacency` of w x[u], w the arc weight (1 when
/// not `weighted`): one pass of a power iteration (parallel when the graph is large).
void gather(const Adjacency& adjacency, bool weighted, const std::vector<double>& x, std::vector<double>& next);

/// Sum of |a[i] - b[i]|, by deterministic_sum.
[[nodiscard]] double l1_distance(const std::vector<double>& a, const std::vector<double>& b);


}  // namespace ricochet::algorithms
