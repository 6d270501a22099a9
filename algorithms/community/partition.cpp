// SPDX-License-Identifier: MIT
#include "algorithms/community/partition.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace ricochet::algorithms {

std::uint32_t community_count(const Membership& membership) {
    std::uint32_t count = 0;
    for (const std::uint32_t c : membership) count = std::max(count, c + 1);
    return count;
}

double modularity(const Adjacency& undirected, const Membership& membership, double gamma) {
    const std::uint32_t count = community_count(membership);
    std::vector<double> inside(count, 0.0);
    std::vector<double> strength(count, 0.0);
    double total = 0;  // 2m: every edge seen from both ends
    for (VertexId v = 0; v < undirected.vertex_count(); ++v) {
        for (ArcId a = undirected.offsets[v]; a < undirected.offsets[v + 1]; ++a) {
            const double w = undirected.weights[a];
            total += w;
            strength[membership[v]] += w;
            if (membership[undirected.targets[a]] == membership[v]) inside[membership[v]] += w;
        }
    }
    if (total == 0) return std::numeric_limits<double>::quiet_NaN();
    double q = 0;
    for (std::uint32_t c = 0; c < count; ++c) {
        q += inside[c] / total - gamma * (strength[c] / total) * (strength[c] / total);
    }
    return q;
}

double directed_modularity(const Adjacency& out, const Membership& membership, double gamma) {
    const std::uint32_t count = community_count(membership);
    std::vector<double> inside(count, 0.0);
    std::vector<double> out_strength(count, 0.0);
    std::vector<double> in_strength(count, 0.0);
    double total = 0;
    for (VertexId v = 0; v < out.vertex_count(); ++v) {
        for (ArcId a = out.offsets[v]; a < out.offsets[v + 1]; ++a) {
            const double w = out.weights[a];
            const VertexId u = out.targets[a];
            total += w;
            out_strength[membership[v]] += w;
            in_strength[membership[u]] += w;
            if (membership[u] == membership[v]) inside[membership[v]] += w;
        }
    }
    if (total == 0) return std::numeric_limits<double>::quiet_NaN();
    double q = 0;
    for (std::uint32_t c = 0; c < count; ++c) {
        q += inside[c] / total - gamma * out_strength[c] * in_strength[c] / (total * total);
    }
    return q;
}

double cpm_quality(const Adjacency& undirected, const Membership& membership, double gamma) {
    const std::uint32_t count = community_count(membership);
    std::vector<double> inside(count, 0.0);
    std::vector<double> size(count, 0.0);
    for (VertexId v = 0; v < undirected.vertex_count(); ++v) {
        size[membership[v]] += 1;
        for (ArcId a = undirected.offsets[v]; a < undirected.offsets[v + 1]; ++a) {
            if (membership[undirected.targets[a]] == membership[v]) inside[membership[v]] += undirected.weights[a];
        }
    }
    double h = 0;
    for (std::uint32_t c = 0; c < count; ++c) h += inside[c] / 2 - gamma * size[c] * (size[c] - 1) / 2;
    return h;
}

double normalized_mutual_information(const Membership& a, const Membership& b) {
    const double n = static_cast<double>(a.size());
    if (a.empty()) return 1;
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> joint;
    std::vector<double> pa(community_count(a), 0.0);
    std::vector<double> pb(community_count(b), 0.0);
    for (std::size_t v = 0; v < a.size(); ++v) {
        joint[{a[v], b[v]}] += 1;
        pa[a[v]] += 1;
        pb[b[v]] += 1;
    }
    auto entropy = [&](const std::vector<double>& p) {
        double h = 0;
        for (const double count : p) {
            if (count > 0) h -= count / n * std::log(count / n);
        }
        return h;
    };
    const double ha = entropy(pa);
    const double hb = entropy(pb);
    if (ha + hb == 0) return 1;
    double mutual = 0;
    for (const auto& [pair, count] : joint) {
        mutual += count / n * std::log(count * n / (pa[pair.first] * pb[pair.second]));
    }
    return 2 * mutual / (ha + hb);
}

std::uint32_t renumber_by_size(Membership& membership, const std::vector<std::uint32_t>& rank) {
    const std::uint32_t count = community_count(membership);
    std::vector<std::uint32_t> size(count, 0);
    std::vector<std::uint32_t> smallest(count, std::numeric_limits<std::uint32_t>::max());
    for (std::size_t v = 0; v < membership.size(); ++v) {
        ++size[membership[v]];
        smallest[membership[v]] = std::min(smallest[membership[v]], rank[v]);
    }
    std::vector<std::uint32_t> order;
    for (std::uint32_t c = 0; c < count; ++c) {
        if (size[c] > 0) order.push_back(c);
    }
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return size[x] != size[y] ? size[x] > size[y] : smallest[x] < smallest[y];
    });
    std::vector<std::uint32_t> new_id(count, 0);
    for (std::uint32_t i = 0; i < order.size(); ++i) new_id[order[i]] = i;
    for (std::uint32_t& c : membership) c = new_id[c];
    return static_cast<std::uint32_t>(order.size());
}

void split_disconnected(const Adjacency& undirected, Membership& membership) {
    const VertexId n = undirected.vertex_count();
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    Membership result(n, none);
    std::uint32_t next = 0;
    std::vector<VertexId> stack;
    for (VertexId root = 0; root < n; ++root) {
        if (result[root] != none) continue;
        result[root] = next;
        stack.assign(1, root);
        while (!stack.empty()) {
            const VertexId v = stack.back();
            stack.pop_back();
            for (const VertexId u : undirected.neighbours(v)) {
                if (result[u] == none && membership[u] == membership[root]) {
                    result[u] = next;
                    stack.push_back(u);
                }
            }
        }
        ++next;
    }
    membership = std::move(result);
}

}  // namespace ricochet::algorithms
