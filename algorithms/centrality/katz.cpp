// SPDX-License-Identifier: MIT
#include "algorithms/centrality/katz.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "graph/error.hpp"

namespace ricochet::algorithms {

double default_katz_alpha(const Graph& graph, bool weighted) {
    // The spectral radius of A is at most its largest row sum (out-strength) and its largest
    // column sum (in-strength).
    const Adjacency out = merged_out_arcs(graph);
    std::vector<double> in_sum(out.vertex_count(), 0.0);
    double largest_out = 0;
    for (VertexId v = 0; v < out.vertex_count(); ++v) {
        double sum = 0;
        for (ArcId a = out.offsets[v]; a < out.offsets[v + 1]; ++a) {
            const double w = weighted ? out.weights[a] : 1.0;
            sum += w;
            in_sum[out.targets[a]] += w;
        }
        largest_out = std::max(largest_out, sum);
    }
    const double largest_in = in_sum.empty() ? 0 : *std::max_element(in_sum.begin(), in_sum.end());
    const double bound = std::min(largest_in, largest_out);
    return 0.1 * bound < 1 ? 0.1 : 0.9 / bound;
}

KatzResult katz_centrality(const Graph& graph, const KatzOptions& options) {
    check_limits("katz", options.limits);
    const double alpha = options.alpha ? *options.alpha : default_katz_alpha(graph, options.weighted);
    if (!(alpha > 0) || !std::isfinite(alpha)) {
        throw InvalidArgument("katz: alpha must be positive, got " + std::to_string(alpha));
    }
    if (!(options.beta > 0) || !std::isfinite(options.beta)) {
        throw InvalidArgument("katz: beta must be positive, got " + std::to_string(options.beta));
    }
    const VertexId n = graph.vertex_count();
    KatzResult result;
    result.alpha = alpha;
    if (n == 0) {
        result.converged = true;
        return result;
    }
    const Adjacency in = merged_in_arcs(graph);
    std::vector<double> x(n, 0.0);
    std::vector<double> next(n, 0.0);
    // The change is measured relative to beta, as NetworkX measures it with beta = 1.
    power_iterate(options.limits, result, [&] {
        gather(in, options.weighted, x, next);
        for (VertexId v = 0; v < n; ++v) next[v] = alpha * next[v] + options.beta;
        const double change = l1_distance(next, x) / options.beta;
        x.swap(next);
        return change;
    });
    if (!result.converged) {
        result.values.assign(n, std::numeric_limits<double>::quiet_NaN());
        return result;
    }
    const double norm = std::sqrt(deterministic_sum(n, [&](std::size_t v) { return x[v] * x[v]; }));
    for (double& value : x) value = std::isfinite(norm) && norm > 0 ? value / norm : 0.0;
    result.values = std::move(x);
    return result;
}

}  // namespace ricochet::algorithms
