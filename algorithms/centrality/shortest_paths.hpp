// SPDX-License-Identifier: MIT
#pragma once
// Single-source shortest paths with path counts (Brandes 2001), the engine of betweenness and
// harmonic closeness. One object per thread, reused for every source: a run touches only the
// vertices it reaches, so a search costs O(reached vertices and their arcs), not O(n).
// Path counts are `Count`: double (up to 1.8e308 paths: the 64-diamond chain's 2^64 is nothing),
// or long double (1.2e4932) for the rare graph whose counts overflow a double (counts_overflowed()).
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <vector>

#include "algorithms/centrality/adjacency.hpp"

namespace ricochet::algorithms::detail {

template <class Count = double>
class ShortestPaths {
public:
    static constexpr double unreached = std::numeric_limits<double>::infinity();

    /// `adjacency` (weighted when lengths are inverse_weight) must outlive this object.
    ShortestPaths(const Adjacency& adjacency, PathLength lengths)
        : m_adjacency(adjacency), m_lengths(lengths), m_distance(adjacency.vertex_count(), unreached),
          m_sigma(adjacency.vertex_count(), 0.0) {
        if (lengths == PathLength::inverse_weight) m_done.assign(adjacency.vertex_count(), 0);
    }

    /// Searches from `source`, in order of distance; stops once `target` is settled (when given).
    /// Afterwards order() lists the settled vertices by non-decreasing distance, source first.
    void run(VertexId source, VertexId target = no_target) {
        clear();
        m_distance[source] = 0;
        m_sigma[source] = 1;
        if (m_lengths == PathLength::hops) {
            breadth_first(source, target);
        } else {
            dijkstra(source, target);
        }
    }

    [[nodiscard]] const std::vector<VertexId>& order() const { return m_order; }
    [[nodiscard]] double distance(VertexId v) const { return m_distance[v]; }
    [[nodiscard]] Count sigma(VertexId v) const { return m_sigma[v]; }
    /// Whether a path count of the last run overflowed to infinity.
    [[nodiscard]] bool counts_overflowed() const {
        for (const VertexId v : m_order) {
            if (!std::isfinite(m_sigma[v])) return true;
        }
        return false;
    }
    [[nodiscard]] PathLength lengths() const { return m_lengths; }

    /// Length of the arc at position `a` of the adjacency.
    [[nodiscard]] double length(ArcId a) const {
        return m_lengths == PathLength::hops ? 1.0 : 1.0 / m_adjacency.weights[a];
    }
    /// Whether the arc at position `a`, from `from` to its target, lies on a shortest path.
    [[nodiscard]] bool tight(VertexId from, ArcId a) const {
        const double reached = m_distance[m_adjacency.targets[a]];
        if (m_lengths == PathLength::hops) return reached == m_distance[from] + 1;
        return extends(m_distance[from], length(a), reached);
    }

    /// Whether a path of length `from` followed by an arc of length `arc` is a shortest path to a
    /// vertex at distance `to`: the same length up to a relative 1e-10 (as igraph compares path
    /// lengths: sums of 1/w in different orders must tie), and strictly farther than `from`, so
    /// that an arc too short to register (1/w below 1e-10 of the distance) never joins two
    /// vertices at the same distance whatever the order they are settled in.
    static bool extends(double from, double arc, double to) {
        return to != unreached && to > from && same_length(from + arc, to);
    }
    static bool same_length(double a, double b) {
        return std::abs(a - b) <= 1e-10 * std::max(std::abs(a), std::abs(b));
    }

    static constexpr VertexId no_target = std::numeric_limits<VertexId>::max();

private:
    void clear() {
        for (const VertexId v : m_order) reset(v);
        for (const VertexId v : m_frontier) reset(v);  // reached but not settled (early stop)
        m_order.clear();
        m_frontier.clear();
    }
    void reset(VertexId v) {
        m_distance[v] = unreached;
        m_sigma[v] = 0;
        if (!m_done.empty()) m_done[v] = 0;
    }

    void breadth_first(VertexId source, VertexId target) {
        // m_order doubles as the queue: vertices are settled in the order they are discovered.
        m_order.push_back(source);
        for (std::size_t head = 0; head < m_order.size(); ++head) {
            const VertexId u = m_order[head];
            if (target != no_target && m_distance[target] != unreached && m_distance[u] >= m_distance[target]) {
                // Every vertex closer than the target is settled: its count is final. Keep the
                // vertices discovered so far for reset only.
                m_frontier.assign(m_order.begin() + static_cast<std::ptrdiff_t>(head), m_order.end());
                m_order.resize(head);
                return;
            }
            const double next = m_distance[u] + 1;
            const Count paths = m_sigma[u];
            for (ArcId a = m_adjacency.offsets[u]; a < m_adjacency.offsets[u + 1]; ++a) {
                const VertexId x = m_adjacency.targets[a];
                if (m_distance[x] == unreached) {
                    m_distance[x] = next;
                    m_order.push_back(x);
                }
                if (m_distance[x] == next) m_sigma[x] += paths;
            }
        }
    }

    void dijkstra(VertexId source, VertexId target) {
        using Entry = std::pair<double, VertexId>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
        heap.emplace(0.0, source);
        m_frontier.push_back(source);
        while (!heap.empty()) {
            const auto [d, u] = heap.top();
            heap.pop();
            if (m_done[u] || d > m_distance[u]) continue;  // stale entry
            m_done[u] = 1;
            m_order.push_back(u);
            if (u == target) break;
            const Count paths = m_sigma[u];
            for (ArcId a = m_adjacency.offsets[u]; a < m_adjacency.offsets[u + 1]; ++a) {
                const VertexId x = m_adjacency.targets[a];
                if (m_done[x]) continue;
                const double arc = 1.0 / m_adjacency.weights[a];
                const double candidate = d + arc;
                if (m_distance[x] == unreached) {
                    m_frontier.push_back(x);
                    m_distance[x] = candidate;
                    m_sigma[x] = paths;
                    heap.emplace(candidate, x);
                } else if (same_length(candidate, m_distance[x])) {
                    if (extends(d, arc, m_distance[x])) m_sigma[x] += paths;
                } else if (candidate < m_distance[x]) {
                    m_distance[x] = candidate;
                    m_sigma[x] = paths;
                    heap.emplace(candidate, x);
                }
            }
        }
    }

    const Adjacency& m_adjacency;
    PathLength m_lengths;
    std::vector<double> m_distance;
    std::vector<Count> m_sigma;
    std::vector<std::uint8_t> m_done;  // settled (Dijkstra only)
    std::vector<VertexId> m_order;
    std::vector<VertexId> m_frontier;  // every vertex touched and not in m_order (Dijkstra: all)
};

}  // namespace ricochet::algorithms::detail
