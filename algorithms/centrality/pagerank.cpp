// SPDX-License-Identifier: MIT
#include "algorithms/centrality/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "algorithms/structure/components.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

// The arcs with the share w(u,v) / s(u) of u's score that each carries, and the teleport.
struct Transitions {
    Adjacency out;                  // weights: shares
    std::vector<double> teleport;   // empty: uniform 1 / n
    [[nodiscard]] double teleport_of(VertexId v) const {
        return teleport.empty() ? 1.0 / static_cast<double>(out.vertex_count()) : teleport[v];
    }
};

// Power iteration from the uniform vector, for graphs with a giant strongly connected
// component. One pass per iteration, in blocks of 4096 vertices whose partial sums (L1 change,
// next dangling mass) are added in block order: the same bits for any thread count.
void power_iteration(const Transitions& t, const PageRankOptions& options, IterativeResult& result) {
    const Adjacency in = transpose(t.out);
    const VertexId n = in.vertex_count();
    const double d = options.damping;
    std::vector<std::uint8_t> dangling(n, 0);
    for (VertexId v = 0; v < n; ++v) dangling[v] = t.out.degree(v) == 0;
    std::vector<double> x(n, 1.0 / n);
    std::vector<double> next(n, 0.0);
    constexpr std::size_t block = 4096;
    const std::size_t blocks = (std::size_t{n} + block - 1) / block;
    std::vector<double> change(blocks, 0.0);
    std::vector<double> dangling_part(blocks, 0.0);
    double dangling_mass = 0;
    for (VertexId v = 0; v < n; ++v) dangling_mass += dangling[v] ? x[v] : 0.0;
    power_iterate(options.limits, result, [&] {
        // The surfer at a dangling vertex jumps as it teleports: (1 - d) + d D to spread by p.
        const double jump = 1 - d + d * dangling_mass;
#pragma omp parallel for schedule(static) if (std::size_t{n} + in.arc_count() >= parallel_pass_work)
        for (std::size_t b = 0; b < blocks; ++b) {
            double moved = 0;
            double stuck = 0;
            const auto end = static_cast<VertexId>(std::min<std::size_t>(n, (b + 1) * block));
            for (auto v = static_cast<VertexId>(b * block); v < end; ++v) {
                double sum = 0;
                for (ArcId a = in.offsets[v]; a < in.offsets[v + 1]; ++a) sum += in.weights[a] * x[in.targets[a]];
                const double value = d * sum + jump * t.teleport_of(v);
                moved += std::abs(value - x[v]);
                stuck += dangling[v] ? value : 0.0;
                next[v] = value;
            }
            change[b] = moved;
            dangling_part[b] = stuck;
        }
        double total_change = 0;
        dangling_mass = 0;
        for (std::size_t b = 0; b < blocks; ++b) {
            total_change += change[b];
            dangling_mass += dangling_part[b];
        }
        x.swap(next);
        return total_change;
    });
    result.values = std::move(x);
}

// PRPACK's way (Gleich et al.) for graphs made of many small strongly connected components, as
// retweet graphs are: because dangling mass jumps like the teleport, PR is proportional to the
// solution y of y = d P^T y + (1 - d) p. Solve it component by component in topological order,
// pushing along the out-arcs: when a component's turn comes, everything flowing into it is
// known (`inflow`); a vertex alone takes its final value in one step, a larger component
// iterates (Jacobi) until its share of the tolerance is met. Then normalise. `iterations`
// reports the most sweeps one component needed.
void component_solve(const StrongComponentsResult& components, const Transitions& t,
                     const PageRankOptions& options, IterativeResult& result) {
    const Adjacency& out = t.out;
    const VertexId n = out.vertex_count();
    const double d = options.damping;
    std::vector<double> y(n, 0.0);
    std::vector<double> inflow(n, 0.0);  // d x the score pushed into v so far
    std::vector<double> inner(n, 0.0);   // inside a component: the part pushed within it
    auto push = [&](VertexId u, auto&& accept) {
        const double share = d * y[u];
        for (ArcId a = out.offsets[u]; a < out.offsets[u + 1]; ++a) accept(out.targets[a], share * out.weights[a]);
    };
    result.converged = true;
    result.iterations = 1;
    for (VertexId c = components.count(); c-- > 0;) {  // sources first
        const VertexId begin = components.start[c];
        const VertexId end = components.start[c + 1];
        if (end - begin == 1) {
            const VertexId v = components.order[begin];
            y[v] = (1 - d) * t.teleport_of(v) + inflow[v];
            push(v, [&](VertexId target, double amount) { inflow[target] += amount; });
            continue;
        }
        // The component's share of the tolerance, so that the whole vector meets it.
        const double tolerance = options.limits.tolerance * (1 - d) * (end - begin) / n;
        for (VertexId i = begin; i < end; ++i) {
            const VertexId v = components.order[i];
            y[v] = (1 - d) * t.teleport_of(v) + inflow[v];
        }
        bool converged = false;
        unsigned sweep = 0;
        while (!converged && sweep < options.limits.max_iterations) {
            ++sweep;
            for (VertexId i = begin; i < end; ++i) {
                push(components.order[i], [&](VertexId target, double amount) {
                    if (components.component[target] == c) inner[target] += amount;
                });
            }
            double change = 0;
            for (VertexId i = begin; i < end; ++i) {
                const VertexId v = components.order[i];
                const double value = (1 - d) * t.teleport_of(v) + inflow[v] + inner[v];
                change += std::abs(value - y[v]);
                y[v] = value;
                inner[v] = 0;
            }
            converged = change < tolerance;
            result.residual += converged ? change : 0.0;
            if (!converged && sweep == options.limits.max_iterations) result.residual += change;
        }
        result.iterations = std::max(result.iterations, sweep);
        result.converged = result.converged && converged;
        for (VertexId i = begin; i < end; ++i) {
            push(components.order[i], [&](VertexId target, double amount) {
                if (components.component[target] != c) inflow[target] += amount;
            });
        }
    }
    const double total = deterministic_sum(n, [&](std::size_t v) { return y[v]; });
    for (double& value : y) value /= total;
    result.values = std::move(y);
}

// Whether the strongly connected component of the vertex with the most arcs both ways holds more
// than half of the vertices: a forward and a backward search from it, cheaper than Tarjan. In a
// graph with a giant component (the case of power iteration) the hubs belong to it.
bool hub_component_is_giant(const Graph& graph) {
    const VertexId n = graph.vertex_count();
    const auto& forward = graph.csr().m_forward;
    const auto& backward = graph.csr().m_backward;
    VertexId hub = 0;
    ArcId best = 0;
    for (VertexId v = 0; v < n; ++v) {
        const ArcId both = std::min(graph.out_degree(v), graph.in_degree(v));
        if (both > best) {
            best = both;
            hub = v;
        }
    }
    if (best == 0) return false;
    std::vector<std::uint8_t> seen(n, 0);  // bit 0: reached forward, bit 1: backward
    std::vector<VertexId> queue;
    auto search = [&](const auto& csr, std::uint8_t bit) {
        queue.assign(1, hub);
        seen[hub] |= bit;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const VertexId u = queue[head];
            for (ArcId a = csr.m_rowstart[u]; a < csr.m_rowstart[u + 1]; ++a) {
                const VertexId w = csr.m_column[a];
                if (!(seen[w] & bit)) {
                    seen[w] |= bit;
                    queue.push_back(w);
                }
            }
        }
        return queue.size();
    };
    if (search(forward, 1) <= n / 2) return false;
    if (search(backward, 2) <= n / 2) return false;
    std::size_t both_ways = 0;
    for (const std::uint8_t s : seen) both_ways += s == 3;
    return both_ways > n / 2;
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
    Transitions t{merged_out_arcs(graph), {}};
    if (!options.seeds.empty()) {
        t.teleport.assign(n, 0.0);
        for (const VertexId s : options.seeds) {
            if (s >= n) throw InvalidArgument("pagerank: seed vertex out of range, got " + std::to_string(s));
            t.teleport[s] = 1;
        }
        double count = 0;
        for (const double p : t.teleport) count += p;  // repeated seeds count once
        for (double& p : t.teleport) p /= count;
    }
    Adjacency& out = t.out;
    for (VertexId u = 0; u < n; ++u) {
        double total = 0;
        for (ArcId a = out.offsets[u]; a < out.offsets[u + 1]; ++a) total += options.weighted ? out.weights[a] : 1.0;
        for (ArcId a = out.offsets[u]; a < out.offsets[u + 1]; ++a) {
            out.weights[a] = (options.weighted ? out.weights[a] : 1.0) / total;
        }
    }
    const bool giant = options.method == PageRankMethod::automatic && hub_component_is_giant(graph);
    if (options.method != PageRankMethod::power_iteration && !giant) {
        const StrongComponentsResult components = strong_components(graph);
        if (options.method == PageRankMethod::components || components.largest() <= n / 2) {
            component_solve(components, t, options, result);
            return result;
        }
    }
    power_iteration(t, options, result);
    return result;
}

}  // namespace ricochet::algorithms
