// SPDX-License-Identifier: MIT
#include "algorithms/centrality/betweenness.hpp"

#include <cmath>
#include <string>

#include "algorithms/centrality/shortest_paths.hpp"
#include "algorithms/structure/components.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

using detail::ShortestPaths;

// Deals `count` work items to a number of chunks fixed by n: chunk c takes items c, c + chunks,
// c + 2 chunks... (dealt, not cut in runs, so that the costly sources of a region spread over
// the threads); f(c, chunks, accumulator, workspace) processes them in that order with the
// thread's workspace (made once per thread by make_workspace()); the accumulators are then added
// in chunk order. The same bits for any number of threads.
template <class MakeWorkspace, class F>
std::vector<double> accumulate_in_chunks(VertexId n, std::size_t count, MakeWorkspace&& make_workspace, F&& f) {
    const std::size_t chunks = accumulation_chunks(n, count);
    std::vector<std::vector<double>> partial(chunks);
#pragma omp parallel
    {
        auto workspace = make_workspace();
#pragma omp for schedule(dynamic, 1)
        for (std::size_t c = 0; c < chunks; ++c) {
            partial[c].assign(n, 0.0);
            f(c, chunks, partial[c], workspace);
        }
    }
    std::vector<double> total = std::move(partial[0]);
    for (std::size_t c = 1; c < chunks; ++c) {
        for (VertexId v = 0; v < n; ++v) total[v] += partial[c][v];
    }
    return total;
}

void normalize(std::vector<double>& values, bool normalized) {
    if (!normalized) return;
    const double n = static_cast<double>(values.size());
    const double pairs = n < 3 ? 0 : (n - 1) * (n - 2);
    for (double& value : values) value = pairs == 0 ? 0 : value / pairs;
}

// SplitMix64 (Steele, Lea, Flood 2014): one small generator per sample.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t limit = ~std::uint64_t{0} - ~std::uint64_t{0} % n;
        std::uint64_t x = next();
        while (x >= limit) x = next();
        return x % n;
    }

private:
    std::uint64_t m_state;
};

}  // namespace

std::vector<double> betweenness(const Graph& graph, const BetweennessOptions& options) {
    const VertexId n = graph.vertex_count();
    std::vector<VertexId> sources = options.sources;
    for (const VertexId s : sources) {
        if (s >= n) throw InvalidArgument("betweenness: source out of range, got " + std::to_string(s));
    }
    if (sources.empty()) {
        sources.resize(n);
        for (VertexId v = 0; v < n; ++v) sources[v] = v;
    } else {
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    }
    const Adjacency out = merged_out_arcs(graph);
    struct Workspace {
        ShortestPaths paths;
        std::vector<double> coefficient;  // (1 + delta(x)) / sigma(x), once x's dependency is complete
    };
    std::vector<double> values = accumulate_in_chunks(
        n, sources.size(), [&] { return Workspace{ShortestPaths(out, options.lengths), std::vector<double>(n, 0.0)}; },
        [&](std::size_t first, std::size_t stride, std::vector<double>& total, Workspace& workspace) {
            ShortestPaths& paths = workspace.paths;
            std::vector<double>& coefficient = workspace.coefficient;
            for (std::size_t i = first; i < sources.size(); i += stride) {
                paths.run(sources[i]);
                const auto& order = paths.order();
                for (std::size_t k = order.size(); k-- > 1;) {
                    const VertexId w = order[k];
                    double sum = 0;
                    for (ArcId a = out.offsets[w]; a < out.offsets[w + 1]; ++a) {
                        if (paths.tight(w, a)) sum += coefficient[out.targets[a]];
                    }
                    const double dependency = paths.sigma(w) * sum;
                    total[w] += dependency;
                    coefficient[w] = (1 + dependency) / paths.sigma(w);
                }
                for (const VertexId w : order) coefficient[w] = 0;
            }
        });
    normalize(values, options.normalized);
    return values;
}

std::uint64_t rk_sample_count(double epsilon, double delta, std::uint64_t vertex_diameter) {
    const double log_term = vertex_diameter <= 3 ? 0 : std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
    return static_cast<std::uint64_t>(std::ceil(0.5 / (epsilon * epsilon) * (log_term + 1 + std::log(1 / delta))));
}

double rk_epsilon(std::uint64_t samples, double delta, std::uint64_t vertex_diameter) {
    const double log_term = vertex_diameter <= 3 ? 0 : std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
    return std::sqrt(0.5 * (log_term + 1 + std::log(1 / delta)) / static_cast<double>(samples));
}

SampledBetweenness sampled_betweenness(const Graph& graph, const SampledBetweennessOptions& options) {
    if (!(options.epsilon > 0 && options.epsilon < 1)) {
        throw InvalidArgument("betweenness: epsilon must be in (0, 1), got " + std::to_string(options.epsilon));
    }
    if (!(options.delta > 0 && options.delta < 1)) {
        throw InvalidArgument("betweenness: delta must be in (0, 1), got " + std::to_string(options.delta));
    }
    if (options.samples && *options.samples == 0) {
        throw InvalidArgument("betweenness: the number of samples must be positive, got 0");
    }
    const VertexId n = graph.vertex_count();
    SampledBetweenness result;
    result.delta = options.delta;
    result.vertex_diameter_bound = weak_components(graph).largest();
    result.samples = options.samples ? *options.samples
                                     : rk_sample_count(options.epsilon, options.delta, result.vertex_diameter_bound);
    result.epsilon = options.samples ? rk_epsilon(result.samples, options.delta, result.vertex_diameter_bound)
                                     : options.epsilon;
    if (n < 3) {
        result.values.assign(n, 0.0);
        return result;
    }
    const Adjacency out = merged_out_arcs(graph);
    const Adjacency in = merged_in_arcs(graph);
    const std::uint64_t samples = result.samples;
    result.values = accumulate_in_chunks(
        n, samples, [&] { return ShortestPaths(out, options.lengths); },
        [&](std::size_t first, std::size_t stride, std::vector<double>& counts, ShortestPaths& paths) {
            for (std::size_t i = first; i < samples; i += stride) {
                SplitMix random(options.seed * 0x9e3779b97f4a7c15ULL ^ (i + 1) * 0xd1b54a32d192ed03ULL);
                const auto s = static_cast<VertexId>(random.below(n));
                auto t = static_cast<VertexId>(random.below(n - 1));
                if (t >= s) ++t;
                paths.run(s, t);
                if (paths.distance(t) == ShortestPaths::unreached) continue;
                // Walk back from t, choosing each predecessor p of z with probability
                // sigma(p) / sigma(z): a uniform choice among the shortest paths.
                VertexId z = t;
                while (true) {
                    double pick = random.uniform() * paths.sigma(z);
                    VertexId chosen = ShortestPaths::no_target;
                    for (ArcId a = in.offsets[z]; a < in.offsets[z + 1]; ++a) {
                        const VertexId p = in.targets[a];
                        const double d = paths.distance(p);
                        if (d == ShortestPaths::unreached) continue;
                        const double length = options.lengths == PathLength::hops ? 1.0 : 1.0 / in.weights[a];
                        const bool on_path = options.lengths == PathLength::hops
                                                 ? d + 1 == paths.distance(z)
                                                 : ShortestPaths::same_length(d + length, paths.distance(z));
                        if (!on_path) continue;
                        chosen = p;
                        pick -= paths.sigma(p);
                        if (pick < 0) break;
                    }
                    if (chosen == s || chosen == ShortestPaths::no_target) break;
                    counts[chosen] += 1;
                    z = chosen;
                }
            }
        });
    // Each hit estimates b(v) / (n (n - 1)) with weight 1 / r.
    const double scale = static_cast<double>(n) * (n - 1) / static_cast<double>(samples);
    for (double& value : result.values) value *= scale;
    normalize(result.values, options.normalized);
    return result;
}

}  // namespace ricochet::algorithms
