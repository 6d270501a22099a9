// SPDX-License-Identifier: MIT
#include "algorithms/amplification/paths.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <set>
#include <string>
#include <utility>

#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

// Rows of (from, to, p) sorted by (from, to), distinct, into a HopGraph.
HopGraph from_sorted_hops(VertexId n, const std::vector<Hop>& hops) {
    HopGraph g;
    g.offsets.assign(std::size_t{n} + 1, 0);
    g.heads.reserve(hops.size());
    g.probabilities.reserve(hops.size());
    for (const Hop& h : hops) {
        ++g.offsets[std::size_t{h.from} + 1];
        g.heads.push_back(h.to);
        g.probabilities.push_back(h.probability);
    }
    for (std::size_t v = 0; v < n; ++v) g.offsets[v + 1] += g.offsets[v];
    g.rules.assign(n, HopRule::weights);
    g.posts.assign(n, 0);
    return g;
}

bool hop_order(const Hop& a, const Hop& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; }

// The weight rule for the hops out of every v with use_weights[v]: p(v -> u) = w(u -> v) / s_in(v).
void add_weight_share_hops(const Graph& graph, const std::vector<bool>& use_weights, std::vector<Hop>& hops) {
    for (VertexId v = 0; v < graph.vertex_count(); ++v) {
        if (!use_weights[v]) continue;
        double in_strength = 0;
        graph.for_each_in_arc(v, [&](VertexId, const ArcProperties& arc) { in_strength += arc.weight; });
        // In-arcs come in (source, layer) order: the layers of one amplifier are consecutive.
        const std::size_t first = hops.size();
        graph.for_each_in_arc(v, [&](VertexId u, const ArcProperties& arc) {
            if (hops.size() > first && hops.back().to == u) {
                hops.back().probability += arc.weight;
            } else {
                hops.push_back({v, u, arc.weight});
            }
        });
        for (std::size_t i = first; i < hops.size(); ++i) {
            hops[i].probability = std::min(1.0, hops[i].probability / in_strength);
        }
    }
}

// ---- Yen's algorithm on the graph with a super-source s* = n and a super-sink t* = n + 1 ----

class PathSearch {
public:
    PathSearch(const HopGraph& hops, std::span<const VertexId> sources, std::span<const VertexId> targets)
        : m_hops(hops), m_n(hops.vertex_count()), m_source(m_n), m_sink(m_n + 1),
          m_in_sources(m_n, false), m_in_targets(m_n, false), m_dist(std::size_t{m_n} + 2, infinity),
          m_pred(std::size_t{m_n} + 2, 0), m_blocked(std::size_t{m_n} + 2, false) {
        for (const VertexId v : sources) m_in_sources[v] = true;
        for (const VertexId v : targets) m_in_targets[v] = true;
        for (VertexId v = 0; v < m_n; ++v) {
            if (m_in_sources[v]) m_first.push_back(v);
        }
        m_lengths.reserve(hops.probabilities.size());
        for (const double p : hops.probabilities) m_lengths.push_back(-std::log(p));
    }

    VertexId source() const { return m_source; }
    VertexId sink() const { return m_sink; }
    void block(VertexId v, bool blocked) { m_blocked[v] = blocked; }

    // Calls f(head, length) for every step out of x in the augmented graph.
    template <class F>
    void for_each_step(VertexId x, F&& f) const {
        if (x == m_source) {
            for (const VertexId v : m_first) f(v, 0.0);
        } else if (x == m_sink) {
            return;
        } else if (m_in_targets[x]) {
            f(m_sink, 0.0);  // no hop leaves the target group
        } else {
            for (ArcId a = m_hops.offsets[x]; a < m_hops.offsets[x + 1]; ++a) {
                const VertexId u = m_hops.heads[a];
                if (!m_in_sources[u]) f(u, m_lengths[a]);  // no hop enters the source group
            }
        }
    }

    // Shortest path from `from` to t* avoiding blocked vertices and the steps from `from` to
    // `banned` (sorted); empty when there is none. Ties settle by (distance, index).
    std::vector<VertexId> shortest(VertexId from, const std::vector<VertexId>& banned) {
        using Entry = std::pair<double, VertexId>;
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
        for (const VertexId v : m_touched) m_dist[v] = infinity;
        m_touched.clear();
        m_dist[from] = 0;
        m_touched.push_back(from);
        heap.emplace(0.0, from);
        bool reached = false;
        while (!heap.empty()) {
            // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
            const double d = heap.top().first;
            const auto x = heap.top().second;
            heap.pop();
            if (d > m_dist[x]) continue;
            if (x == m_sink) {
                reached = true;
                break;
            }
            for_each_step(x, [&](VertexId y, double length) {
                if (m_blocked[y] || (x == from && std::binary_search(banned.begin(), banned.end(), y))) return;
                const double candidate = d + length;
                if (candidate < m_dist[y]) {
                    if (m_dist[y] == infinity) m_touched.push_back(y);
                    m_dist[y] = candidate;
                    m_pred[y] = x;
                    heap.emplace(candidate, y);
                }
            });
        }
        std::vector<VertexId> path;
        if (!reached) return path;
        for (VertexId x = m_sink; x != from; x = m_pred[x]) path.push_back(x);
        path.push_back(from);
        std::reverse(path.begin(), path.end());
        return path;
    }

private:
    const HopGraph& m_hops;
    VertexId m_n, m_source, m_sink;
    std::vector<bool> m_in_sources, m_in_targets;
    std::vector<VertexId> m_first;  // members of the source group, by index
    std::vector<double> m_lengths;  // −log p, by hop
    std::vector<double> m_dist;
    std::vector<VertexId> m_pred;
    std::vector<bool> m_blocked;
    std::vector<VertexId> m_touched;
};

// An augmented path s*, x0, ..., xm, t* as a ContentPath (lengths summed from x0).
ContentPath content_path(const HopGraph& hops, const std::vector<VertexId>& augmented) {
    ContentPath path;
    path.vertices.assign(augmented.begin() + 1, augmented.end() - 1);
    for (std::size_t i = 0; i + 1 < path.vertices.size(); ++i) {
        const double p = hops.probability(path.vertices[i], path.vertices[i + 1]);
        path.hop_probabilities.push_back(p);
        path.probability *= p;
        path.length += -std::log(p);
    }
    return path;
}

double tie_tolerance(double length) { return 1e-12 * std::max(1.0, length); }

struct Candidate {
    double length;
    std::vector<VertexId> augmented;
    bool operator<(const Candidate& other) const {
        return length != other.length ? length < other.length : augmented < other.augmented;
    }
};

}  // namespace

double HopGraph::probability(VertexId from, VertexId to) const {
    const auto first = heads.begin() + offsets[from];
    const auto last = heads.begin() + offsets[from + 1];
    const auto found = std::lower_bound(first, last, to);
    return found != last && *found == to ? probabilities[static_cast<std::size_t>(found - heads.begin())] : 0.0;
}

HopGraph content_hops(const Dataset& dataset, const Graph& graph, const InfluenceOptions& options) {
    const VertexId n = graph.vertex_count();
    if (n != dataset.actors.size()) {
        throw InvalidArgument("content_hops: the graph must have one vertex per actor, got " + std::to_string(n) +
                              " vertices for " + std::to_string(dataset.actors.size()) + " actors");
    }
    // P(v): v's posts inside the window.
    std::vector<std::uint64_t> posts(n, 0);
    std::vector<bool> in_window(dataset.posts.size(), false);
    for (PostIndex q = 0; q < dataset.posts.size(); ++q) {
        if (options.window.contains(dataset.posts[q].time)) {
            in_window[q] = true;
            ++posts[dataset.posts[q].author];
        }
    }
    // Echoes (u, q): u echoed post q of another author, both inside the window, layer selected.
    std::vector<std::pair<ActorIndex, PostIndex>> echoes;
    for (const Post& post : dataset.posts) {
        const auto layer = echo_layer(post.type);
        if (!layer || !post.parent || !options.layers.contains(*layer)) continue;
        if (!options.window.contains(post.time) || !in_window[*post.parent]) continue;
        if (dataset.posts[*post.parent].author != post.author) echoes.emplace_back(post.author, *post.parent);
    }
    for (const Engagement& event : dataset.engagements) {
        const Post& post = dataset.posts[event.post];
        if (!options.layers.contains(engagement_layer(event.type)) || !in_window[event.post]) continue;
        if (!options.window.contains(event.time.value_or(post.time))) continue;
        if (post.author != event.actor) echoes.emplace_back(event.actor, event.post);
    }
    std::sort(echoes.begin(), echoes.end());
    echoes.erase(std::unique(echoes.begin(), echoes.end()), echoes.end());

    std::vector<Hop> hops;
    hops.reserve(echoes.size() + graph.arc_count());
    for (const auto& [u, q] : echoes) hops.push_back({dataset.posts[q].author, u, 1.0});  // one echoed post
    std::sort(hops.begin(), hops.end(), hop_order);
    // Merge the echoed posts of each (v, u) into E(u, v), then divide by P(v).
    std::size_t kept = 0;
    for (std::size_t i = 0; i < hops.size(); ++i) {
        if (kept > 0 && hops[kept - 1].from == hops[i].from && hops[kept - 1].to == hops[i].to) {
            hops[kept - 1].probability += 1.0;
        } else {
            hops[kept++] = hops[i];
        }
    }
    hops.resize(kept);
    for (Hop& h : hops) h.probability = std::min(1.0, h.probability / static_cast<double>(posts[h.from]));

    std::vector<bool> use_weights(n);
    for (VertexId v = 0; v < n; ++v) use_weights[v] = posts[v] == 0;
    add_weight_share_hops(graph, use_weights, hops);
    std::sort(hops.begin(), hops.end(), hop_order);
    HopGraph g = from_sorted_hops(n, hops);
    for (VertexId v = 0; v < n; ++v) {
        g.rules[v] = posts[v] > 0 ? HopRule::echoes : HopRule::weights;
        g.posts[v] = posts[v];
    }
    return g;
}

HopGraph weight_share_hops(const Graph& graph) {
    std::vector<Hop> hops;
    hops.reserve(graph.arc_count());
    add_weight_share_hops(graph, std::vector<bool>(graph.vertex_count(), true), hops);
    std::sort(hops.begin(), hops.end(), hop_order);
    return from_sorted_hops(graph.vertex_count(), hops);
}

HopGraph hop_graph_of(VertexId vertex_count, std::vector<Hop> hops) {
    for (const Hop& h : hops) {
        if (h.from >= vertex_count || h.to >= vertex_count) {
            throw InvalidArgument("hop_graph_of: vertex out of range, got " +
                                  std::to_string(std::max(h.from, h.to)) + " for " +
                                  std::to_string(vertex_count) + " vertices");
        }
        if (h.from == h.to) throw InvalidArgument("hop_graph_of: a hop from a vertex to itself, got " + std::to_string(h.from));
        if (!(h.probability > 0 && h.probability <= 1)) {
            throw InvalidArgument("hop_graph_of: a probability must be in (0, 1], got " + std::to_string(h.probability));
        }
    }
    std::sort(hops.begin(), hops.end(), hop_order);
    for (std::size_t i = 1; i < hops.size(); ++i) {
        if (hops[i].from == hops[i - 1].from && hops[i].to == hops[i - 1].to) {
            throw InvalidArgument("hop_graph_of: a hop given twice, got " + std::to_string(hops[i].from) + " -> " +
                                  std::to_string(hops[i].to));
        }
    }
    return from_sorted_hops(vertex_count, hops);
}

std::vector<ContentPath> most_probable_paths(const HopGraph& hops, std::span<const VertexId> sources,
                                             std::span<const VertexId> targets, std::size_t k) {
    if (k == 0) throw InvalidArgument("paths: the number of paths must be positive, got 0");
    const VertexId n = hops.vertex_count();
    for (const auto group : {sources, targets}) {
        for (const VertexId v : group) {
            if (v >= n) {
                throw InvalidArgument("paths: vertex out of range, got " + std::to_string(v) + " for " +
                                      std::to_string(n) + " vertices");
            }
        }
    }
    std::vector<ContentPath> result;
    if (sources.empty() || targets.empty()) return result;
    PathSearch search(hops, sources, targets);
    // A: accepted augmented paths; B: candidates ordered by (length, sequence).
    std::vector<std::vector<VertexId>> accepted;
    // The accepted paths as a prefix tree: the heads banned at a spur vertex are the children of
    // the node of the root path (without it, each spur rescans every accepted path: O(k^2 L^2)).
    struct TrieNode {
        std::vector<std::pair<VertexId, std::uint32_t>> children;  // (next vertex, node), sorted
    };
    std::vector<TrieNode> trie(1);
    const auto insert_path = [&](const std::vector<VertexId>& path) {
        std::uint32_t node = 0;
        for (std::size_t i = 1; i < path.size(); ++i) {
            auto& children = trie[node].children;
            const auto it = std::lower_bound(children.begin(), children.end(), std::pair{path[i], std::uint32_t{0}});
            if (it != children.end() && it->first == path[i]) {
                node = it->second;
            } else {
                const auto child = static_cast<std::uint32_t>(trie.size());
                children.insert(it, {path[i], child});
                trie.emplace_back();  // may move `children`: not used after this
                node = child;
            }
        }
    };
    std::set<Candidate> candidates;
    std::set<std::vector<VertexId>> seen;  // every path ever accepted or a candidate
    const auto push = [&](std::vector<VertexId> augmented) {
        if (!seen.insert(augmented).second) return;
        const double length = content_path(hops, augmented).length;
        candidates.insert({length, std::move(augmented)});
    };
    if (auto first = search.shortest(search.source(), {}); !first.empty()) push(std::move(first));
    while (!candidates.empty() && accepted.size() < k) {
        // The shortest candidate; among those tied with it, the smallest sequence.
        auto best = candidates.begin();
        const double limit = best->length + tie_tolerance(best->length);
        for (auto it = std::next(best); it != candidates.end() && it->length <= limit; ++it) {
            if (it->augmented < best->augmented) best = it;
        }
        accepted.push_back(best->augmented);
        candidates.erase(best);
        if (accepted.size() == k) break;
        insert_path(accepted.back());
        // Deviations of the new path at each of its spur vertices (Yen).
        const std::vector<VertexId>& path = accepted.back();
        std::uint32_t node = 0;  // the trie node of path[0..i]
        for (std::size_t i = 0; i + 1 < path.size(); ++i) {
            const VertexId spur = path[i];
            if (i > 0) {
                const auto& up = trie[node].children;
                node = std::lower_bound(up.begin(), up.end(), std::pair{path[i], std::uint32_t{0}})->second;
            }
            std::vector<VertexId> banned;  // sorted, as the children are
            banned.reserve(trie[node].children.size());
            for (const auto& child : trie[node].children) banned.push_back(child.first);
            for (std::size_t j = 0; j < i; ++j) search.block(path[j], true);
            std::vector<VertexId> spur_path = search.shortest(spur, banned);
            for (std::size_t j = 0; j < i; ++j) search.block(path[j], false);
            if (spur_path.empty()) continue;
            std::vector<VertexId> total(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(i));
            total.insert(total.end(), spur_path.begin(), spur_path.end());
            push(std::move(total));
        }
    }
    result.reserve(accepted.size());
    for (const auto& augmented : accepted) result.push_back(content_path(hops, augmented));
    // Yen accepts paths by non-decreasing length, but among tied ones in the order Dijkstra met
    // them: list each run of tied paths by vertex sequence.
    for (std::size_t first = 0; first < result.size();) {
        std::size_t last = first + 1;
        const double limit = result[first].length + tie_tolerance(result[first].length);
        while (last < result.size() && result[last].length <= limit) ++last;
        std::sort(result.begin() + static_cast<std::ptrdiff_t>(first), result.begin() + static_cast<std::ptrdiff_t>(last),
                  [](const ContentPath& a, const ContentPath& b) { return a.vertices < b.vertices; });
        first = last;
    }
    return result;
}

GatekeeperResult gatekeepers(const HopGraph& hops, std::span<const VertexId> sources,
                             std::span<const VertexId> targets, std::size_t path_count) {
    GatekeeperResult result;
    result.paths = most_probable_paths(hops, sources, targets, path_count);
    // Shares from probabilities scaled by the most probable path's, exp(-(length - shortest)):
    // the same ratios, without the underflow of long paths of small hops (20 hops of 1e-21 are 0
    // in double, and 0 / 0 shares).
    std::vector<double> mass(hops.vertex_count(), 0.0);
    std::vector<std::size_t> count(hops.vertex_count(), 0);
    const double shortest = result.paths.empty() ? 0.0 : result.paths.front().length;
    double total = 0;
    for (const ContentPath& path : result.paths) {
        result.total_probability += path.probability;
        const double scaled = std::exp(-(path.length - shortest));
        total += scaled;
        for (std::size_t i = 1; i + 1 < path.vertices.size(); ++i) {
            mass[path.vertices[i]] += scaled;
            ++count[path.vertices[i]];
        }
    }
    for (VertexId v = 0; v < hops.vertex_count(); ++v) {
        if (count[v] > 0) result.gatekeepers.push_back({v, mass[v] / total, count[v]});
    }
    std::sort(result.gatekeepers.begin(), result.gatekeepers.end(), [](const Gatekeeper& a, const Gatekeeper& b) {
        return a.share != b.share ? a.share > b.share : a.vertex < b.vertex;
    });
    return result;
}

}  // namespace ricochet::algorithms
