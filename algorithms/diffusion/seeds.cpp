// SPDX-License-Identifier: MIT
#include "algorithms/diffusion/seeds.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <queue>
#include <string>

#include <omp.h>

#include "algorithms/diffusion/live_edges.hpp"
#include "graph/error.hpp"
#include "graph/text.hpp"

namespace ricochet::algorithms {

namespace {

using diffusion_detail::SplitMix;
using diffusion_detail::WorldSearch;
using diffusion_detail::Worlds;

// The candidates, sorted and distinct; every vertex when none is given.
std::vector<VertexId> candidate_list(const HopGraph& hops, const SeedOptions& options) {
    const VertexId n = hops.vertex_count();
    if (options.k == 0) throw InvalidArgument("seeds: k must be at least 1, got 0");
    std::vector<VertexId> candidates = options.candidates;
    for (const VertexId c : candidates) {
        if (c >= n) throw InvalidArgument("seeds: candidate out of range, got " + std::to_string(c));
    }
    if (candidates.empty()) {
        candidates.resize(n);
        for (VertexId v = 0; v < n; ++v) candidates[v] = v;
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    return candidates;
}

// One bit per (world, vertex): the active set of the seeds picked so far, world by world.
class ActiveSets {
public:
    ActiveSets(std::uint64_t worlds, VertexId n) : m_words((static_cast<std::size_t>(n) + 63) / 64) {
        m_bits.assign(static_cast<std::size_t>(worlds) * m_words, 0);
    }
    [[nodiscard]] bool test(std::uint64_t world, VertexId v) const {
        return (m_bits[world * m_words + v / 64] >> (v % 64)) & 1U;
    }
    void set(std::uint64_t world, VertexId v) { m_bits[world * m_words + v / 64] |= std::uint64_t{1} << (v % 64); }

private:
    std::size_t m_words;
    std::vector<std::uint64_t> m_bits;
};

// The active sets (whole 64-bit words per world) and one key per world, refused above 4 GiB.
void check_active_bytes(std::uint64_t worlds, VertexId n, const char* what) {
    const double bytes = static_cast<double>(worlds) * (8.0 * std::ceil(static_cast<double>(n) / 64.0) + 8.0);
    if (bytes > 4294967296.0) {
        throw InvalidArgument(std::string("seeds: one bit per simulation and actor needs more than 4 GiB here; use fewer ") +
                              what + ", got " + std::to_string(worlds));
    }
}

}  // namespace

std::vector<double> marginal_spreads(const HopGraph& hops, std::span<const VertexId> base,
                                     std::span<const VertexId> candidates, const SpreadOptions& options) {
    const VertexId n = hops.vertex_count();
    if (options.simulations == 0) throw InvalidArgument("spread: at least one simulation, got 0");
    for (const VertexId v : base) {
        if (v >= n) throw InvalidArgument("spread: seed out of range, got " + std::to_string(v));
    }
    for (const VertexId v : candidates) {
        if (v >= n) throw InvalidArgument("spread: candidate out of range, got " + std::to_string(v));
    }
    check_active_bytes(options.simulations, n, "simulations");
    const Worlds worlds(hops, options.model, options.seed);
    const std::uint64_t world_count = options.simulations;
    ActiveSets active(world_count, n);
    const auto signed_worlds = static_cast<std::int64_t>(world_count);
#pragma omp parallel
    {
        WorldSearch search(n);
#pragma omp for schedule(static)
        for (std::int64_t i = 0; i < signed_worlds; ++i) {
            const auto w = static_cast<std::uint64_t>(i);
            search.reach(worlds, worlds.key(options.first_world + w), base, [](VertexId) { return false; },
                         [&](VertexId v) { active.set(w, v); });
        }
    }
    std::vector<double> gains(candidates.size());
    const auto signed_candidates = static_cast<std::int64_t>(candidates.size());
#pragma omp parallel
    {
        WorldSearch search(n);
#pragma omp for schedule(dynamic, 16)
        for (std::int64_t c = 0; c < signed_candidates; ++c) {
            const VertexId source[] = {candidates[static_cast<std::size_t>(c)]};
            std::uint64_t total = 0;
            for (std::uint64_t w = 0; w < world_count; ++w) {
                total += search.reach(worlds, worlds.key(options.first_world + w), source,
                                      [&](VertexId v) { return active.test(w, v); }, [](VertexId) {});
            }
            gains[static_cast<std::size_t>(c)] = static_cast<double>(total) / static_cast<double>(world_count);
        }
    }
    return gains;
}

SeedSelection celf_seeds(const HopGraph& hops, const SeedOptions& options) {
    const VertexId n = hops.vertex_count();
    const std::vector<VertexId> candidates = candidate_list(hops, options);
    const std::uint64_t world_count = options.simulations;
    if (world_count == 0) throw InvalidArgument("seeds: at least one simulation, got 0");
    check_active_bytes(world_count, n, "CELF simulations");
    const Worlds worlds(hops, options.model, options.seed);
    ActiveSets active(world_count, n);
    std::vector<std::uint64_t> keys(world_count);
    for (std::uint64_t w = 0; w < world_count; ++w) keys[w] = worlds.key(w);
    SeedSelection result;

    // Round 0: F({c}) for every candidate; an actor without hops reaches itself in every world.
    std::vector<std::uint64_t> first(candidates.size());
    const auto signed_candidates = static_cast<std::int64_t>(candidates.size());
#pragma omp parallel
    {
        WorldSearch search(n);
#pragma omp for schedule(dynamic, 16)
        for (std::int64_t c = 0; c < signed_candidates; ++c) {
            const VertexId v = candidates[static_cast<std::size_t>(c)];
            if (hops.offsets[v] == hops.offsets[v + 1]) {
                first[static_cast<std::size_t>(c)] = world_count;
                continue;
            }
            const VertexId source[] = {v};
            std::uint64_t total = 0;
            for (std::uint64_t w = 0; w < world_count; ++w) {
                total += search.reach(worlds, keys[w], source, [](VertexId) { return false; }, [](VertexId) {});
            }
            first[static_cast<std::size_t>(c)] = total;
        }
    }
    result.evaluations = candidates.size();

    // Max-heap of (gain, vertex) by larger gain, then smaller vertex; `round` = picks when evaluated.
    struct Entry {
        std::uint64_t gain;
        VertexId vertex;
        std::size_t round;
    };
    const auto lower = [](const Entry& a, const Entry& b) {
        return a.gain != b.gain ? a.gain < b.gain : a.vertex > b.vertex;
    };
    std::priority_queue<Entry, std::vector<Entry>, decltype(lower)> heap(lower);
    for (std::size_t c = 0; c < candidates.size(); ++c) heap.push({first[c], candidates[c], 0});

    const std::size_t k = std::min(options.k, candidates.size());
    const auto signed_worlds = static_cast<std::int64_t>(world_count);
    // One evaluation over a few thousand worlds is too short to share: a team of threads started
    // for each would mostly wait (and spin on a busy machine).
    const bool parallel_worlds = world_count >= 8192;
    std::uint64_t covered = 0;
    while (result.seeds.size() < k) {
        Entry top = heap.top();
        heap.pop();
        if (top.round != result.seeds.size()) {
            const VertexId source[] = {top.vertex};
            std::uint64_t total = 0;
#pragma omp parallel reduction(+ : total) if (parallel_worlds)
            {
                WorldSearch search(n);
#pragma omp for schedule(static)
                for (std::int64_t i = 0; i < signed_worlds; ++i) {
                    const auto w = static_cast<std::uint64_t>(i);
                    total += search.reach(worlds, keys[w], source, [&](VertexId v) { return active.test(w, v); },
                                          [](VertexId) {});
                }
            }
            ++result.evaluations;
            heap.push({total, top.vertex, result.seeds.size()});
            continue;
        }
        // Fresh and on top: pick it, and add what it reaches to every world's active set.
        result.seeds.push_back(top.vertex);
        result.gains.push_back(static_cast<double>(top.gain) / static_cast<double>(world_count));
        covered += top.gain;
        const VertexId source[] = {top.vertex};
#pragma omp parallel if (parallel_worlds)
        {
            WorldSearch search(n);
#pragma omp for schedule(static)
            for (std::int64_t i = 0; i < signed_worlds; ++i) {
                const auto w = static_cast<std::uint64_t>(i);
                search.reach(worlds, keys[w], source, [&](VertexId v) { return active.test(w, v); },
                             [&](VertexId v) { active.set(w, v); });
            }
        }
    }
    result.estimated_spread = static_cast<double>(covered) / static_cast<double>(world_count);
    return result;
}

namespace {

// Reverse-reachable sets. Most are the root alone (no hop into it was live): those are only
// counted, by root; the others are stored in compressed rows, set j being
// members[offsets[j], offsets[j + 1]).
struct RRSets {
    explicit RRSets(VertexId n) : singletons(n, 0) {}
    std::vector<std::uint64_t> singletons;  ///< by root
    std::uint64_t singleton_count = 0;
    std::vector<std::size_t> offsets{0};
    std::vector<VertexId> members;
    [[nodiscard]] std::uint64_t size() const { return singleton_count + offsets.size() - 1; }
    [[nodiscard]] std::size_t stored() const { return offsets.size() - 1; }
    [[nodiscard]] std::uint64_t entries() const { return singleton_count + members.size(); }
};

// One block of the stored RR sets before it is appended, in order.
struct RRBlock {
    std::vector<std::size_t> offsets{0};
    std::vector<VertexId> members;
};

// The hops into each vertex: tails and probabilities (IC) or weights (LT), by head.
struct InHops {
    std::vector<std::size_t> offsets;
    std::vector<VertexId> tails;
    std::vector<double> values;
};

InHops in_hops(const HopGraph& hops, DiffusionModel model) {
    const VertexId n = hops.vertex_count();
    const std::vector<double> values =
        model == DiffusionModel::lt ? diffusion_detail::threshold_weights(hops) : hops.probabilities;
    InHops in;
    in.offsets.assign(static_cast<std::size_t>(n) + 1, 0);
    for (const VertexId u : hops.heads) ++in.offsets[u + 1];
    for (VertexId v = 0; v < n; ++v) in.offsets[v + 1] += in.offsets[v];
    in.tails.resize(hops.hop_count());
    in.values.resize(hops.hop_count());
    std::vector<std::size_t> next(in.offsets.begin(), in.offsets.end() - 1);
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId h = hops.offsets[v]; h < hops.offsets[v + 1]; ++h) {
            const std::size_t at = next[hops.heads[h]]++;
            in.tails[at] = v;
            in.values[at] = values[h];
        }
    }
    return in;
}

class RRGenerator {
public:
    RRGenerator(const HopGraph& hops, DiffusionModel model, std::uint64_t seed)
        : m_in(in_hops(hops, model)), m_model(model), m_n(hops.vertex_count()),
          m_seed_key(diffusion_detail::mix(seed * 0x9FB21C651E98DF25ULL + 0x3C6EF372FE94F82BULL)) {}

    // Appends sets first, first + 1, ..., first + count - 1 of the stream `stream`, in order, in
    // chunks; refuses to hold more than 6 GiB of sets (with the index node_selection builds).
    void generate(RRSets& sets, std::uint64_t stream, std::uint64_t first, std::uint64_t count) const {
        constexpr std::uint64_t chunk = std::uint64_t{1} << 22;
        for (std::uint64_t done = 0; done < count; done += chunk) {
            generate_chunk(sets, stream, first + done, std::min(chunk, count - done));
            // Bytes of the sets and of node_selection's index, extrapolated to the sets wanted.
            const double bytes = 8.0 * static_cast<double>(sets.members.size() + sets.offsets.size()) /
                                 static_cast<double>(first + done + std::min(chunk, count - done)) *
                                 static_cast<double>(first + count);
            if (bytes > 6.0 * 1073741824.0) {
                throw InvalidArgument("seeds: IMM's reverse-reachable sets would need more than 6 GiB here (raise "
                                      "epsilon or lower ell), got " + std::to_string(first + count) + " sets wanted");
            }
        }
    }

    void generate_chunk(RRSets& sets, std::uint64_t stream, std::uint64_t first, std::uint64_t count) const {
        constexpr std::uint64_t block = 1024;
        const std::uint64_t blocks = (count + block - 1) / block;
        std::vector<RRBlock> parts(blocks);
        std::vector<std::vector<std::uint64_t>> singletons;  // by thread, then root: integer counts, merged in any order
        const auto signed_blocks = static_cast<std::int64_t>(blocks);
#pragma omp parallel
        {
#pragma omp single
            singletons.resize(static_cast<std::size_t>(omp_get_num_threads()));
            std::vector<std::uint64_t>& roots = singletons[static_cast<std::size_t>(omp_get_thread_num())];
            roots.assign(m_n, 0);
            std::vector<std::uint64_t> mark(m_n, 0);
            std::uint64_t stamp = 0;
#pragma omp for schedule(dynamic, 1)
            for (std::int64_t b = 0; b < signed_blocks; ++b) {
                RRBlock& part = parts[static_cast<std::size_t>(b)];
                const std::uint64_t begin = first + static_cast<std::uint64_t>(b) * block;
                const std::uint64_t end = std::min(first + count, begin + block);
                for (std::uint64_t j = begin; j < end; ++j) {
                    SplitMix random(diffusion_detail::mix(m_seed_key + stream * 0xD1B54A32D192ED03ULL +
                                                          (j + 1) * diffusion_detail::golden));
                    one_set(random, mark, ++stamp, part.members);
                    if (part.members.size() - part.offsets.back() == 1) {
                        ++roots[part.members.back()];
                        part.members.pop_back();
                    } else {
                        part.offsets.push_back(part.members.size());
                    }
                }
            }
        }
        for (const std::vector<std::uint64_t>& roots : singletons) {
            for (VertexId v = 0; v < m_n; ++v) {
                sets.singletons[v] += roots[v];
                sets.singleton_count += roots[v];
            }
        }
        for (const RRBlock& part : parts) {
            const std::size_t base = sets.members.size();
            sets.members.insert(sets.members.end(), part.members.begin(), part.members.end());
            for (std::size_t j = 1; j < part.offsets.size(); ++j) sets.offsets.push_back(base + part.offsets[j]);
        }
        if (sets.stored() > std::numeric_limits<std::uint32_t>::max()) {
            throw InvalidArgument("seeds: IMM needs more than 2^32 reverse-reachable sets of two actors or more here; "
                                  "raise epsilon, got " + std::to_string(sets.stored()));
        }
    }

private:
    void one_set(SplitMix& random, std::vector<std::uint64_t>& mark, std::uint64_t stamp,
                 std::vector<VertexId>& out) const {
        const std::size_t start = out.size();
        const VertexId root = random.below(m_n);
        mark[root] = stamp;
        out.push_back(root);
        if (m_model == DiffusionModel::ic) {
            // Every vertex that reaches the root along hops live in this world.
            for (std::size_t next = start; next < out.size(); ++next) {
                const VertexId u = out[next];
                for (std::size_t h = m_in.offsets[u]; h < m_in.offsets[u + 1]; ++h) {
                    const VertexId v = m_in.tails[h];
                    if (mark[v] == stamp) continue;
                    if (random.uniform() < m_in.values[h]) {
                        mark[v] = stamp;
                        out.push_back(v);
                    }
                }
            }
            return;
        }
        // LT: each vertex keeps at most one in-hop; walk back along the kept ones until none is
        // kept or the walk meets itself.
        VertexId u = root;
        for (;;) {
            const double r = random.uniform();
            double sum = 0;
            std::optional<VertexId> kept;
            for (std::size_t h = m_in.offsets[u]; h < m_in.offsets[u + 1]; ++h) {
                sum += m_in.values[h];
                if (r < sum) {
                    kept = m_in.tails[h];
                    break;
                }
            }
            if (!kept || mark[*kept] == stamp) return;
            mark[*kept] = stamp;
            out.push_back(*kept);
            u = *kept;
        }
    }

    InHops m_in;
    DiffusionModel m_model;
    VertexId m_n;
    std::uint64_t m_seed_key;
};

struct Coverage {
    std::vector<VertexId> seeds;
    std::vector<std::uint64_t> newly_covered;  // per pick
    std::uint64_t covered = 0;
};

// Greedy maximum coverage of the RR sets by k candidates (ties to the smaller vertex index).
Coverage node_selection(const RRSets& sets, VertexId n, const std::vector<VertexId>& candidates, std::size_t k) {
    // Stored sets containing each vertex, in compressed rows.
    std::vector<std::size_t> start(static_cast<std::size_t>(n) + 1, 0);
    for (const VertexId v : sets.members) ++start[v + 1];
    for (VertexId v = 0; v < n; ++v) start[v + 1] += start[v];
    std::vector<std::uint32_t> containing(sets.members.size());
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t j = 0; j < sets.stored(); ++j) {
            for (std::size_t e = sets.offsets[j]; e < sets.offsets[j + 1]; ++e) {
                containing[next[sets.members[e]]++] = static_cast<std::uint32_t>(j);
            }
        }
    }
    std::vector<std::uint64_t> count(n);
    for (VertexId v = 0; v < n; ++v) count[v] = sets.singletons[v] + (start[v + 1] - start[v]);
    std::vector<char> is_covered(sets.stored(), 0);
    // Counts only decrease: a max-heap of (count when pushed, vertex), refreshed lazily, gives the
    // largest current count, ties to the smaller vertex. O((|C| + entries) log |C|).
    using Entry = std::pair<std::uint64_t, VertexId>;
    const auto lower = [](const Entry& a, const Entry& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    };
    std::vector<Entry> heap;
    heap.reserve(candidates.size());
    for (const VertexId c : candidates) heap.emplace_back(count[c], c);
    std::make_heap(heap.begin(), heap.end(), lower);
    Coverage result;
    while (result.seeds.size() < k && !heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), lower);
        const Entry top = heap.back();
        heap.pop_back();
        if (top.first != count[top.second]) {
            heap.emplace_back(count[top.second], top.second);
            std::push_heap(heap.begin(), heap.end(), lower);
            continue;
        }
        const VertexId best = top.second;
        result.seeds.push_back(best);
        result.newly_covered.push_back(count[best]);
        result.covered += count[best];
        for (std::size_t e = start[best]; e < start[best + 1]; ++e) {
            const std::uint32_t j = containing[e];
            if (is_covered[j]) continue;
            is_covered[j] = 1;
            for (std::size_t f = sets.offsets[j]; f < sets.offsets[j + 1]; ++f) --count[sets.members[f]];
        }
    }
    return result;
}

// θ rounded up, refused above 2^32 RR sets (a small epsilon or a large ell can ask for any number,
// even more than a double holds).
std::uint64_t rr_set_count(double theta, const SeedOptions& options) {
    constexpr double most = 4294967296.0;
    if (!(theta <= most)) {
        throw InvalidArgument("seeds: IMM would need more than 2^32 reverse-reachable sets (raise epsilon or lower "
                              "ell), got epsilon " + number_text(options.epsilon) + " and ell " + number_text(options.ell));
    }
    return static_cast<std::uint64_t>(std::ceil(theta));
}

double log_binomial(double n, double k) {
    return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
}

}  // namespace

SeedSelection imm_seeds(const HopGraph& hops, const SeedOptions& options) {
    const std::vector<VertexId> candidates = candidate_list(hops, options);
    if (!(options.epsilon > 0 && options.epsilon < 1)) {
        throw InvalidArgument("seeds: epsilon must be in (0, 1), got " + std::to_string(options.epsilon));
    }
    if (!(options.ell > 0 && std::isfinite(options.ell))) {
        throw InvalidArgument("seeds: ell must be positive, got " + std::to_string(options.ell));
    }
    const VertexId n = hops.vertex_count();
    const std::size_t k = std::min(options.k, candidates.size());
    SeedSelection result;
    if (n == 0) return result;
    // Tang, Shi, Xiao (2015), Algorithms 1-3, with n at least 2 so the logarithms are defined.
    const double nn = std::max<double>(n, 2);
    const double log_n = std::log(nn);
    const double ell = options.ell * (1 + std::numbers::ln2 / log_n);
    const double eps = options.epsilon;
    const double log_choose = log_binomial(static_cast<double>(candidates.size()), static_cast<double>(k));
    const double eps_prime = std::numbers::sqrt2 * eps;
    const double lambda_prime = (2 + 2.0 / 3.0 * eps_prime) *
                                (log_choose + ell * log_n + std::log(std::max(1.0, std::log2(nn)))) * nn /
                                (eps_prime * eps_prime);
    const RRGenerator generator(hops, options.model, options.seed);
    double lower_bound = 1;
    {
        RRSets sets(n);
        const int rounds = static_cast<int>(std::ceil(std::log2(nn))) - 1;
        for (int i = 1; i <= rounds; ++i) {
            const double x = nn / std::exp2(i);
            const std::uint64_t theta = rr_set_count(lambda_prime / x, options);
            if (theta > sets.size()) generator.generate(sets, 0, sets.size(), theta - sets.size());
            const Coverage coverage = node_selection(sets, n, candidates, k);
            const double estimate = nn * static_cast<double>(coverage.covered) / static_cast<double>(sets.size());
            if (estimate >= (1 + eps_prime) * x) {
                lower_bound = estimate / (1 + eps_prime);
                break;
            }
        }
    }
    const double e = std::numbers::e;
    const double alpha = std::sqrt(ell * log_n + std::numbers::ln2);
    const double beta = std::sqrt((1 - 1 / e) * (log_choose + ell * log_n + std::numbers::ln2));
    const double lambda_star = 2 * nn * std::pow((1 - 1 / e) * alpha + beta, 2) / (eps * eps);
    const std::uint64_t theta = rr_set_count(lambda_star / lower_bound, options);
    RRSets sets(n);  // drawn afresh (Chen 2018)
    generator.generate(sets, 1, 0, theta);
    const Coverage coverage = node_selection(sets, n, candidates, k);
    const double scale = static_cast<double>(n) / static_cast<double>(sets.size());
    result.seeds = coverage.seeds;
    for (const std::uint64_t c : coverage.newly_covered) result.gains.push_back(scale * static_cast<double>(c));
    result.estimated_spread = scale * static_cast<double>(coverage.covered);
    result.rr_sets = sets.size();
    result.rr_entries = sets.entries();
    return result;
}

}  // namespace ricochet::algorithms
