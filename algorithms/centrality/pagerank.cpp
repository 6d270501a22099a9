// SPDX-License-Identifier: MIT
#include "algorithms/centrality/pagerank.hpp"

#include <cmath>
#include <string>

#include "algorithms/structure/components.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

// Power iteration from the uniform vector: for graphs with a giant strongly connected component.
void power_iteration(const Adjacency& in, const std::vector<VertexId>& dangling,
                     const std::vector<double>& teleport, const PageRankOptions& options,
                     IterativeResult& result) {
    const VertexId n = in.vertex_count();
    const double d = options.damping;
    std::vector<double> x(n, 1.0 / n);
    std::vector<double> next(n, 0.0);
    power_iterate(options.limits, result, [&] {
        const double dangling_mass =
            deterministic_sum(dangling.size(), [&](std::size_t i) { return x[dangling[i]]; });
        // The surfer at a dangling vertex jumps as it teleports: (1 - d) + d D to spread by p.
        const double jump = 1 - d + d * dangling_mass;
        gather(in, true, x, next);
        for (VertexId v = 0; v < n; ++v) next[v] = d * next[v] + jump * teleport[v];
        const double change = l1_distance(next, x);
        x.swap(next);
        return change;
    });
    result.values = std::move(x);
}

// PRPACK's way (Gleich et al.) for graphs made of many small strongly connected components, as
// retweet graphs are: because dangling mass jumps like the teleport, PR is proportional to the
// solution y of y = d P^T y + (1 - d) p. Solve it component by component in topological order
// (the values flowing in are then final), Gauss-Seidel inside each component (a single exact
// step for a vertex alone), and normalise. `iterations` reports the most sweeps of a component.
void component_solve(const Adjacency& in, const std::vector<double>& teleport,
                     const StrongComponentsResult& components, const PageRankOptions& options,
                     IterativeResult& result) {
    const VertexId n = in.vertex_count();
    const double d = options.damping;
    std::vector<double> y(n, 0.0);
    auto update = [&](VertexId v) {
        double sum = 0;
        for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) sum += in.weights[a] * y[in.targets[a]];
        return d * sum + (1 - d) * teleport[v];
    };
    result.converged = true;
    result.iterations = 1;
    for (VertexId c = components.count(); c-- > 0;) {  // sources first
        const VertexId begin = components.start[c];
        const VertexId end = components.start[c + 1];
        if (end - begin == 1) {
            y[components.order[begin]] = update(components.order[begin]);
            continue;
        }
        // The component's share of the tolerance, so that the whole vector meets it.
        const double tolerance = options.limits.tolerance * (1 - d) * (end - begin) / n;
        bool converged = false;
        unsigned sweep = 0;
        double change = 0;
        while (!converged && sweep < options.limits.max_iterations) {
            ++sweep;
            change = 0;
            for (VertexId i = begin; i < end; ++i) {
                const VertexId v = components.order[i];
                const double value = update(v);
                change += std::abs(value - y[v]);
                y[v] = value;
            }
            converged = change < tolerance;
        }
        result.iterations = std::max(result.iterations, sweep);
        result.converged = result.converged && converged;
        result.residual += change;
    }
    const double total = deterministic_sum(n, [&](std::size_t v) { return y[v]; });
    for (double& value : y) value /= total;
    result.values = std::move(y);
}

}  // namespace

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

    // Pull form: the in-arcs of v with the share w(u,v) / s(u) of u's score that v receives.
    Adjacency out = merged_out_arcs(graph);
    std::vector<VertexId> dangling;
    for (VertexId u = 0; u < n; ++u) {
        double total = 0;
        for (ArcId a = out.offsets[u]; a < out.offsets[u + 1]; ++a) total += options.weighted ? out.weights[a] : 1.0;
        for (ArcId a = out.offsets[u]; a < out.offsets[u + 1]; ++a) {
            out.weights[a] = (options.weighted ? out.weights[a] : 1.0) / total;
        }
        if (out.degree(u) == 0) dangling.push_back(u);
    }
    const Adjacency in = transpose(out);
    out = Adjacency{};

    if (options.method == PageRankMethod::power_iteration) {
        power_iteration(in, dangling, teleport, options, result);
        return result;
    }
    const StrongComponentsResult components = strong_components(graph);
    if (options.method == PageRankMethod::components || components.largest() <= n / 2) {
        component_solve(in, teleport, components, options, result);
    } else {
        power_iteration(in, dangling, teleport, options, result);
    }
    return result;
}

}  // namespace ricochet::algorithms
