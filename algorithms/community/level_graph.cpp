// SPDX-License-Identifier: MIT
#include "algorithms/community/level_graph.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>

namespace ricochet::algorithms::detail {
namespace {

std::vector<VertexId> random_order(VertexId n, Random& random) {
    std::vector<VertexId> order(n);
    std::iota(order.begin(), order.end(), VertexId{0});
    random.shuffle(order);
    return order;
}

// Weights from one node to the communities of its neighbours, reset in O(touched). Edge weights
// are positive, so a community is new exactly when its weight is still 0.
class NeighbourWeights {
public:
    explicit NeighbourWeights(std::size_t communities) : m_weight(communities, 0.0) {}
    void add(std::uint32_t c, double w) {
        if (m_weight[c] == 0) m_touched.push_back(c);
        m_weight[c] += w;
    }
    [[nodiscard]] const std::vector<std::uint32_t>& touched() const { return m_touched; }
    [[nodiscard]] double weight(std::uint32_t c) const { return m_weight[c]; }
    void clear() {
        for (const std::uint32_t c : m_touched) m_weight[c] = 0;
        m_touched.clear();
    }

private:
    std::vector<double> m_weight;
    std::vector<std::uint32_t> m_touched;
};

}  // namespace

std::uint32_t compact(Membership& membership) {
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> id(community_count(membership), none);
    std::uint32_t next = 0;
    for (std::uint32_t& c : membership) {
        if (id[c] == none) id[c] = next++;
        c = id[c];
    }
    return next;
}

namespace {

// Symmetric: every node's out and in weights are equal (modularity, CPM), so one total per
// community serves both and the gain is w(v, C) - 2 coefficient out_v Out_C: half the reads.
template <bool Symmetric>
bool move_nodes_impl(const LevelGraph& g, Membership& community, double coefficient, Random& random) {
    const VertexId n = g.size();
    // Communities have ids below n; every node may need an empty one.
    std::vector<double> total_out(n, 0.0);
    std::vector<double> total_in(Symmetric ? 0 : n, 0.0);
    std::vector<std::uint32_t> members(n, 0);
    for (VertexId v = 0; v < n; ++v) {
        total_out[community[v]] += g.out_weight[v];
        if constexpr (!Symmetric) total_in[community[v]] += g.in_weight[v];
        ++members[community[v]];
    }
    std::vector<std::uint32_t> empty;
    for (std::uint32_t c = n; c-- > 0;) {
        if (members[c] == 0) empty.push_back(c);
    }
    std::deque<VertexId> queue;
    std::vector<std::uint8_t> queued(n, 1);
    for (const VertexId v : random_order(n, random)) queue.push_back(v);
    NeighbourWeights weights(n);
    bool moved = false;
    while (!queue.empty()) {
        const VertexId v = queue.front();
        queue.pop_front();
        queued[v] = 0;
        const std::uint32_t old = community[v];
        for (ArcId a = g.edges.offsets[v]; a < g.edges.offsets[v + 1]; ++a) {
            weights.add(community[g.edges.targets[a]], g.edges.weights[a]);
        }
        total_out[old] -= g.out_weight[v];
        if constexpr (!Symmetric) total_in[old] -= g.in_weight[v];
        if (--members[old] == 0) {  // exactly 0, not a rounding residue
            total_out[old] = 0;
            if constexpr (!Symmetric) total_in[old] = 0;
        }
        const double out_v = g.out_weight[v];
        const double in_v = Symmetric ? out_v : g.in_weight[v];
        auto gain = [&](std::uint32_t c) {
            if constexpr (Symmetric) return weights.weight(c) - 2 * coefficient * out_v * total_out[c];
            return weights.weight(c) - coefficient * (out_v * total_in[c] + in_v * total_out[c]);
        };
        std::uint32_t best = old;
        double best_gain = gain(old);
        for (const std::uint32_t c : weights.touched()) {
            if (c == old) continue;
            const double value = gain(c);
            if (value > best_gain) {
                best = c;
                best_gain = value;
            }
        }
        if (best_gain < 0 && members[old] > 0) {  // alone is better: an empty community gains 0
            best = empty.back();
        }
        if (members[old] == 0 && best != old) empty.push_back(old);
        if (best != old && members[best] == 0) {
            // Taking an empty community: remove it from the stack (it is on top when chosen as such).
            if (!empty.empty() && empty.back() == best) empty.pop_back();
        }
        total_out[best] += out_v;
        if constexpr (!Symmetric) total_in[best] += in_v;
        ++members[best];
        community[v] = best;
        weights.clear();
        if (best == old) continue;
        moved = true;
        for (ArcId a = g.edges.offsets[v]; a < g.edges.offsets[v + 1]; ++a) {
            const VertexId u = g.edges.targets[a];
            if (!queued[u] && community[u] != best) {
                queued[u] = 1;
                queue.push_back(u);
            }
        }
    }
    return moved;
}

}  // namespace

bool move_nodes(const LevelGraph& g, Membership& community, double coefficient, Random& random) {
    const bool symmetric = g.out_weight == g.in_weight;
    return symmetric ? move_nodes_impl<true>(g, community, coefficient, random)
                     : move_nodes_impl<false>(g, community, coefficient, random);
}

Membership refine(const LevelGraph& g, const Membership& community, double coefficient, Random& random,
                  double theta) {
    const VertexId n = g.size();
    Membership refined(n);
    std::iota(refined.begin(), refined.end(), std::uint32_t{0});
    const std::uint32_t count = community_count(community);
    std::vector<double> community_out(count, 0.0);
    std::vector<double> community_in(count, 0.0);
    for (VertexId v = 0; v < n; ++v) {
        community_out[community[v]] += g.out_weight[v];
        community_in[community[v]] += g.in_weight[v];
    }
    // Per refined part: node weights, size, weight of its edges to the rest of its community.
    std::vector<double> part_out(g.out_weight);
    std::vector<double> part_in(g.in_weight);
    std::vector<std::uint32_t> part_size(n, 1);
    std::vector<double> external(n, 0.0);
    for (VertexId v = 0; v < n; ++v) {
        for (ArcId a = g.edges.offsets[v]; a < g.edges.offsets[v + 1]; ++a) {
            if (community[g.edges.targets[a]] == community[v]) external[v] += g.edges.weights[a];
        }
    }
    // Well connected: the edges from a set S to the rest of its community C weigh at least what
    // the objective expects between them, coefficient (out_S In_{C-S} + in_S Out_{C-S}).
    auto well_connected = [&](double edges_out, double s_out, double s_in, std::uint32_t c) {
        return edges_out >= coefficient * (s_out * (community_in[c] - s_in) + s_in * (community_out[c] - s_out));
    };
    NeighbourWeights weights(n);
    std::vector<std::uint32_t> candidates;
    std::vector<double> chances;
    for (const VertexId v : random_order(n, random)) {
        if (part_size[refined[v]] != 1) continue;  // v has already been merged with others
        const std::uint32_t c = community[v];
        if (!well_connected(external[v], g.out_weight[v], g.in_weight[v], c)) continue;
        for (ArcId a = g.edges.offsets[v]; a < g.edges.offsets[v + 1]; ++a) {
            const VertexId u = g.edges.targets[a];
            if (community[u] == c) weights.add(refined[u], g.edges.weights[a]);
        }
        const std::uint32_t own = refined[v];
        // Staying alone gains 0; a part T gains w(v, T) - coefficient (out_v In_T + in_v Out_T).
        candidates.assign(1, own);
        chances.assign(1, 0.0);
        double best = 0;
        for (const std::uint32_t part : weights.touched()) {
            if (part == own) continue;
            if (!well_connected(external[part], part_out[part], part_in[part], c)) continue;
            const double gain = weights.weight(part) - coefficient * (g.out_weight[v] * part_in[part] + g.in_weight[v] * part_out[part]);
            if (gain < 0) continue;
            candidates.push_back(part);
            chances.push_back(gain);
            best = std::max(best, gain);
        }
        std::uint32_t chosen = own;
        if (candidates.size() > 1) {
            for (double& chance : chances) chance = std::exp((chance - best) / theta);
            chosen = candidates[random.weighted(chances)];
        }
        if (chosen != own) {
            const double to_chosen = weights.weight(chosen);
            refined[v] = chosen;
            part_size[own] = 0;
            ++part_size[chosen];
            part_out[chosen] += g.out_weight[v];
            part_in[chosen] += g.in_weight[v];
            external[chosen] += external[v] - 2 * to_chosen;
        }
        weights.clear();
    }
    compact(refined);
    return refined;
}

LevelGraph aggregate(const LevelGraph& g, const Membership& parts) {
    const std::uint32_t count = community_count(parts);
    LevelGraph result;
    result.self.assign(count, 0.0);
    result.out_weight.assign(count, 0.0);
    result.in_weight.assign(count, 0.0);
    // The members of each part, by counting sort into one array.
    std::vector<ArcId> start(std::size_t{count} + 1, 0);
    for (VertexId v = 0; v < g.size(); ++v) {
        ++start[parts[v] + 1];
        result.self[parts[v]] += g.self[v];
        result.out_weight[parts[v]] += g.out_weight[v];
        result.in_weight[parts[v]] += g.in_weight[v];
    }
    for (std::uint32_t p = 0; p < count; ++p) start[p + 1] += start[p];
    std::vector<VertexId> members(g.size());
    {
        std::vector<ArcId> next(start.begin(), start.end() - 1);
        for (VertexId v = 0; v < g.size(); ++v) members[next[parts[v]]++] = v;
    }
    result.edges.offsets.assign(std::size_t{count} + 1, 0);
    result.edges.targets.reserve(g.edges.arc_count());
    result.edges.weights.reserve(g.edges.arc_count());
    NeighbourWeights weights(count);
    for (std::uint32_t p = 0; p < count; ++p) {
        for (ArcId i = start[p]; i < start[p + 1]; ++i) {
            const VertexId v = members[i];
            for (ArcId a = g.edges.offsets[v]; a < g.edges.offsets[v + 1]; ++a) {
                const std::uint32_t q = parts[g.edges.targets[a]];
                if (q == p) {
                    result.self[p] += g.edges.weights[a] / 2;  // each inner edge is seen from both ends
                } else {
                    weights.add(q, g.edges.weights[a]);
                }
            }
        }
        // Rows in order of first contact (no sort): nothing relies on sorted rows here.
        for (const std::uint32_t q : weights.touched()) {
            result.edges.targets.push_back(q);
            result.edges.weights.push_back(weights.weight(q));
        }
        result.edges.offsets[p + 1] = static_cast<ArcId>(result.edges.targets.size());
        weights.clear();
    }
    result.edges.targets.shrink_to_fit();
    result.edges.weights.shrink_to_fit();
    return result;
}

}  // namespace ricochet::algorithms::detail
