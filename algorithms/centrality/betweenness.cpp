// SPDX-License-Identifier: MIT
#include "algorithms/centrality/betweenness.hpp"

#include <atomic>
#include <cmath>
#include <charconv>
#include <optional>
#include <string>

#include "algorithms/centrality/shortest_paths.hpp"
#include "algorithms/structure/components.hpp"
#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

using detail::ShortestPaths;

constexpr double max_samples = 1e9;

// "1e-10", "0.05"; with `digits`, that many significant digits ("2.03e+21").
std::string number_text(double value, int digits = 0) {
    char text[32];
    const auto result = digits > 0 ? std::to_chars(text, text + sizeof text, value, std::chars_format::general, digits)
                                   : std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

// Number of accumulators for parallel accumulation over sources: depends on n only (not on the
// thread count), so the sums, added chunk by chunk in order, are the same bits on any machine.
std::size_t accumulation_chunks(std::size_t vertex_count, std::size_t work_items) {
    // 16 chunks while their accumulators fit in 64 MiB, never fewer than 4 (some parallelism on
    // huge graphs, at 32 bytes per vertex), never more than the work items.
    const std::size_t by_memory = (std::size_t{64} << 20) / (8 * std::max<std::size_t>(1, vertex_count));
    const std::size_t chunks = std::clamp<std::size_t>(by_memory, 4, 16);
    return std::max<std::size_t>(1, std::min(chunks, work_items));
}

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

// One source's dependencies (Brandes' accumulation), with path counts in `Count`.
template <class Count>
class Dependencies {
public:
    Dependencies(const Adjacency& out, PathLength lengths)
        : m_paths(out, lengths), m_coefficient(out.vertex_count(), 0) {}

    // Adds the dependencies of `source` to `total`; false (and nothing added) when a path count
    // overflowed `Count`.
    bool add(VertexId source, const Adjacency& out, std::vector<double>& total) {
        m_paths.run(source);
        if (m_paths.counts_overflowed()) return false;
        const auto& order = m_paths.order();
        // coefficient[x] = (1 + delta(x)) / sigma(x), once x's dependency is complete.
        for (std::size_t k = order.size(); k-- > 1;) {
            const VertexId w = order[k];
            Count sum = 0;
            for (ArcId a = out.offsets[w]; a < out.offsets[w + 1]; ++a) {
                if (m_paths.tight(w, a)) sum += m_coefficient[out.targets[a]];
            }
            const Count dependency = m_paths.sigma(w) * sum;
            total[w] += static_cast<double>(dependency);
            m_coefficient[w] = (1 + dependency) / m_paths.sigma(w);
        }
        for (const VertexId w : order) m_coefficient[w] = 0;
        return true;
    }

private:
    ShortestPaths<Count> m_paths;
    std::vector<Count> m_coefficient;
};

// Draws sample `index`: a pair (s, t) and one of its shortest paths, uniformly, and counts its
// interior vertices in `counts`; false (nothing counted) when a path count overflowed `Count`.
template <class Count>
bool sample_path(std::uint64_t seed, std::uint64_t index, VertexId n, const Adjacency& in,
                 ShortestPaths<Count>& paths, std::vector<double>& counts) {
    SplitMix random(seed * 0x9e3779b97f4a7c15ULL ^ (index + 1) * 0xd1b54a32d192ed03ULL);
    const auto s = static_cast<VertexId>(random.below(n));
    auto t = static_cast<VertexId>(random.below(n - 1));
    if (t >= s) ++t;
    paths.run(s, t);
    if (paths.distance(t) == ShortestPaths<Count>::unreached) return true;
    if (!std::isfinite(paths.sigma(t))) return false;
    // Walk back from t, choosing each predecessor p of z with probability sigma(p) / sigma(z):
    // a uniform choice among the shortest paths.
    VertexId z = t;
    while (true) {
        Count pick = static_cast<Count>(random.uniform()) * paths.sigma(z);
        VertexId chosen = ShortestPaths<Count>::no_target;
        for (ArcId a = in.offsets[z]; a < in.offsets[z + 1]; ++a) {
            const VertexId p = in.targets[a];
            const double d = paths.distance(p);
            const bool on_path = paths.lengths() == PathLength::hops
                                     ? d + 1 == paths.distance(z)
                                     : ShortestPaths<Count>::extends(d, 1.0 / in.weights[a], paths.distance(z));
            if (d == ShortestPaths<Count>::unreached || !on_path) continue;
            chosen = p;
            pick -= paths.sigma(p);
            if (pick < 0) break;
        }
        if (chosen == s || chosen == ShortestPaths<Count>::no_target) return true;
        counts[chosen] += 1;
        z = chosen;
    }
}

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
    std::atomic<bool> beyond_long_double{false};
    struct Workspace {
        const Adjacency& out;
        PathLength lengths;
        Dependencies<double> fast;
        std::optional<Dependencies<long double>> wide;  // made on the first overflow
    };
    std::vector<double> values = accumulate_in_chunks(
        n, sources.size(), [&] { return Workspace{out, options.lengths, Dependencies<double>(out, options.lengths), {}}; },
        [&](std::size_t first, std::size_t stride, std::vector<double>& total, Workspace& w) {
            for (std::size_t i = first; i < sources.size(); i += stride) {
                if (w.fast.add(sources[i], out, total)) continue;
                if (!w.wide) w.wide.emplace(w.out, w.lengths);
                if (!w.wide->add(sources[i], out, total)) beyond_long_double = true;
            }
        });
    if (beyond_long_double) {
        throw InvalidArgument("betweenness: a pair of vertices has more than 10^4932 shortest paths, "
                              "beyond what long double counts");
    }
    normalize(values, options.normalized);
    return values;
}

double rk_sample_count(double epsilon, double delta, std::uint64_t vertex_diameter) {
    const double log_term = vertex_diameter <= 3 ? 0 : std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
    return std::ceil(0.5 / (epsilon * epsilon) * (log_term + 1 + std::log(1 / delta)));
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
    if (options.samples && (*options.samples == 0 || *options.samples > 1'000'000'000u)) {
        throw InvalidArgument("betweenness: the number of samples must be from 1 to 10^9, got " +
                              std::to_string(*options.samples));
    }
    const VertexId n = graph.vertex_count();
    SampledBetweenness result;
    result.delta = options.delta;
    result.vertex_diameter_bound = weak_components(graph).largest();
    if (options.samples) {
        result.samples = *options.samples;
    } else {
        const double needed = rk_sample_count(options.epsilon, options.delta, result.vertex_diameter_bound);
        if (!(needed <= max_samples)) {
            throw InvalidArgument("betweenness: epsilon " + number_text(options.epsilon) + " needs " +
                                  number_text(needed, 3) + " samples, more than 10^9; give a larger epsilon");
        }
        result.samples = static_cast<std::uint64_t>(needed);
    }
    result.epsilon = options.samples ? rk_epsilon(result.samples, options.delta, result.vertex_diameter_bound)
                                     : options.epsilon;
    if (n < 3) {
        result.values.assign(n, 0.0);
        return result;
    }
    const Adjacency out = merged_out_arcs(graph);
    const Adjacency in = transpose(out);
    const std::uint64_t samples = result.samples;
    std::atomic<bool> beyond_long_double{false};
    struct Workspace {
        ShortestPaths<double> fast;
        std::optional<ShortestPaths<long double>> wide;  // made on the first overflow
    };
    result.values = accumulate_in_chunks(
        n, samples, [&] { return Workspace{ShortestPaths<double>(out, options.lengths), {}}; },
        [&](std::size_t first, std::size_t stride, std::vector<double>& counts, Workspace& w) {
            for (std::size_t i = first; i < samples; i += stride) {
                if (sample_path(options.seed, i, n, in, w.fast, counts)) continue;
                if (!w.wide) w.wide.emplace(out, options.lengths);
                if (!sample_path(options.seed, i, n, in, *w.wide, counts)) beyond_long_double = true;
            }
        });
    if (beyond_long_double) {
        throw InvalidArgument("betweenness: a pair of vertices has more than 10^4932 shortest paths, "
                              "beyond what long double counts");
    }
    // Each hit estimates b(v) / (n (n - 1)) with weight 1 / r.
    const double scale = static_cast<double>(n) * (n - 1) / static_cast<double>(samples);
    for (double& value : result.values) value *= scale;
    normalize(result.values, options.normalized);
    return result;
}

}  // namespace ricochet::algorithms
