// SPDX-License-Identifier: MIT
#include "algorithms/centrality/pagerank.hpp"

#include <cmath>
#include <string>

#include "graph/error.hpp"

namespace ricochet::algorithms {

IterativeResult pagerank(const Graph& graph, const PageRankOptions& options) {
    check_limits("pagerank", options.limits);
    if (!(options.damping >= 0 && options.damping < 1)) {
        throw InvalidArgument("pagerank: the damping must be in [0, 1), got " +
                              std::to_string(options.damping));
    }
    const VertexId n = graph.vertex_count();
    IterativeResult result;
    if (n == 0) {
        result.converged = true;
        return result;
    }
    std::vector<double> teleport(n, options.seeds.empty() ? 1.0 / n : 0.0);
    for (const VertexId s : options.seeds) {
        if (s >= n) throw InvalidArgument("pagerank: seed vertex out of range, got " + std::to_string(s));
        teleport[s] = 1;
    }
    if (!options.seeds.empty()) {
        double count = 0;
        for (const double t : teleport) count += t;  // repeated seeds count once
        for (double& t : teleport) t /= count;
    }

    // Pull form: in-arcs of v with the share w(u,v) / s(u) of u's score that v receives.
    Adjacency in = merged_in_arcs(graph);
    std::vector<double> out_total(n, 0.0);
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) {
            out_total[in.targets[a]] += options.weighted ? in.weights[a] : 1.0;
        }
    }
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) {
            const VertexId u = in.targets[a];
            in.weights[a] = (options.weighted ? in.weights[a] : 1.0) / out_total[u];
        }
    }
    std::vector<VertexId> dangling;
    for (VertexId v = 0; v < n; ++v) {
        if (out_total[v] == 0) dangling.push_back(v);
    }

    const double d = options.damping;
    std::vector<double> x(n, 1.0 / n);
    std::vector<double> next(n, 0.0);
    for (unsigned iteration = 1; iteration <= options.limits.max_iterations; ++iteration) {
        const double dangling_mass =
            deterministic_sum(dangling.size(), [&](std::size_t i) { return x[dangling[i]]; });
        const double uniform = d * dangling_mass / n;
#pragma omp parallel for schedule(static) if (n + in.arc_count() >= parallel_pass_work)
        for (VertexId v = 0; v < n; ++v) {
            double sum = 0;
            for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) sum += in.weights[a] * x[in.targets[a]];
            next[v] = d * sum + uniform + (1 - d) * teleport[v];
        }
        const double change = deterministic_sum(n, [&](std::size_t v) { return std::abs(next[v] - x[v]); });
        x.swap(next);
        result.iterations = iteration;
        result.residual = change;
        if (change < options.limits.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.values = std::move(x);
    return result;
}

}  // namespace ricochet::algorithms
