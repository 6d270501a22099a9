// SPDX-License-Identifier: MIT
#include "algorithms/amplification/cascades.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "graph/error.hpp"

namespace ricochet::algorithms {
namespace {

// Exact Wiener index: sum of s (n - s) < n^3 / 4 overflows 64 bits from n ~ 4 million.
__extension__ using Wide = unsigned __int128;

// "twitter" or "x", in any case.
bool is_flat_platform(std::string_view platform) {
    auto same = [&](std::string_view name) {
        return platform.size() == name.size() &&
               std::equal(platform.begin(), platform.end(), name.begin(), [](char a, char b) {
                   return (a >= 'A' && a <= 'Z' ? static_cast<char>(a - 'A' + 'a') : a) == b;
               });
    };
    return same("twitter") || same("x");
}

bool is_candidate(const Post& post, Reconstruction mode) {
    switch (mode) {
        case Reconstruction::never: return false;
        case Reconstruction::always: return true;
        case Reconstruction::automatic: return post.type == PostType::repost && is_flat_platform(post.platform);
    }
    return false;
}

// Re-attaches the candidate echoes, one group of echoes of the same post at a time (header).
class Reattacher {
public:
    Reattacher(const Dataset& dataset, const Graph& influence)
        : m_posts(dataset.posts),
          m_forward(influence.csr().m_forward),
          m_group_of(dataset.actors.size(), no_group),
          m_rank_of(dataset.actors.size(), 0),
          m_asked_group(dataset.actors.size(), no_group),
          m_asked_pool(dataset.actors.size(), 0),
          m_answer(dataset.actors.size(), 0) {}

    /// `echoes`: the candidate echoes of post `p`, in (time, index) order. Writes their new parents.
    void run(PostIndex p, std::span<const PostIndex> echoes, std::vector<PostIndex>& parent) {
        ++m_group;
        m_pool.assign(1, p);
        adopt(p);
        for (std::size_t first = 0; first < echoes.size();) {
            // A batch of echoes of one second: none is earlier than another.
            std::size_t last = first;
            while (last < echoes.size() && m_posts[echoes[last]].time == m_posts[echoes[first]].time) ++last;
            for (std::size_t i = first; i < last; ++i) parent[echoes[i]] = m_pool[latest_adopter(m_posts[echoes[i]].author)];
            for (std::size_t i = first; i < last; ++i) {
                m_pool.push_back(echoes[i]);
                adopt(echoes[i]);
            }
            first = last;
        }
    }

private:
    static constexpr std::uint32_t no_group = 0;

    void adopt(PostIndex q) {
        const ActorIndex a = m_posts[q].author;
        m_group_of[a] = m_group;
        m_rank_of[a] = static_cast<std::uint32_t>(m_pool.size() - 1);
    }

    // The position in m_pool of the latest adopter whose author `c` has an arc to; 0 (P) if none.
    // The pool only grows within a group, so an actor asking again needs only the adopters added
    // since its last question (remembered with its answer): one actor echoing a post many times
    // costs O(d + k log d) in all, not O(d) per echo.
    std::size_t latest_adopter(ActorIndex c) {
        const ArcId begin = m_forward.m_rowstart[c];
        const ArcId end = m_forward.m_rowstart[c + 1];
        const auto* targets = m_forward.m_column.data();
        std::size_t answer = 0;
        if (m_asked_group[c] == m_group && (m_pool.size() - m_asked_pool[c]) < end - begin) {
            answer = m_answer[c];
            for (std::size_t i = m_pool.size(); i-- > m_asked_pool[c];) {
                const ActorIndex v = m_posts[m_pool[i]].author;
                if (std::binary_search(targets + begin, targets + end, v)) {
                    answer = i;
                    break;
                }
            }
        } else {
            answer = latest_adopter_afresh(c, begin, end, targets);
        }
        m_asked_group[c] = m_group;
        m_asked_pool[c] = m_pool.size();
        m_answer[c] = answer;
        return answer;
    }

    std::size_t latest_adopter_afresh(ActorIndex, ArcId begin, ArcId end, const VertexId* targets) const {
        if (end - begin <= m_pool.size()) {
            // Few arcs: the latest adopter among c's targets.
            std::size_t best = 0;
            for (ArcId a = begin; a < end; ++a) {
                const VertexId v = targets[a];
                if (m_group_of[v] == m_group) best = std::max<std::size_t>(best, m_rank_of[v]);
            }
            return best;
        }
        // Few adopters: from the latest back, the first whose author c has an arc to (out-arcs are
        // sorted by target).
        for (std::size_t i = m_pool.size(); i-- > 1;) {
            const ActorIndex v = m_posts[m_pool[i]].author;
            if (std::binary_search(targets + begin, targets + end, v)) return i;
        }
        return 0;
    }

    const std::vector<Post>& m_posts;
    const decltype(CsrGraph::m_forward)& m_forward;
    std::vector<std::uint32_t> m_group_of;  // actor -> the last group it adopted in
    std::vector<std::uint32_t> m_rank_of;   // actor -> its latest position in m_pool there
    std::vector<PostIndex> m_pool;          // adopters of the current group, P first
    std::vector<std::uint32_t> m_asked_group;  // actor -> the last group it asked in
    std::vector<std::size_t> m_asked_pool;     // actor -> the pool size when it last asked
    std::vector<std::size_t> m_answer;         // actor -> its answer then
    std::uint32_t m_group = no_group;
};

void add(CascadeSummary& s, const Cascade& c, double& virality_sum, std::uint64_t& virality_count) {
    ++s.cascades;
    s.total_size += c.size;
    s.max_size = std::max(s.max_size, c.size);
    s.max_depth = std::max(s.max_depth, c.depth);
    if (c.structural_virality) {
        virality_sum += *c.structural_virality;
        ++virality_count;
    }
}

void finish(CascadeSummary& s, double virality_sum, std::uint64_t virality_count) {
    if (s.cascades > 0) s.mean_size = static_cast<double>(s.total_size) / static_cast<double>(s.cascades);
    if (virality_count > 0) s.mean_structural_virality = virality_sum / static_cast<double>(virality_count);
}

}  // namespace

CascadeResult find_cascades(const Dataset& dataset, const Graph& influence, const CascadeOptions& options) {
    const auto& posts = dataset.posts;
    if (options.reconstruct != Reconstruction::never && influence.vertex_count() != dataset.actors.size()) {
        throw InvalidArgument("cascades: the influence graph must have one vertex per actor (" +
                              std::to_string(dataset.actors.size()) + "), got " +
                              std::to_string(influence.vertex_count()));
    }
    if (posts.size() >= no_post) {
        throw InvalidArgument("cascades: too many posts, got " + std::to_string(posts.size()));
    }
    const auto n_posts = static_cast<PostIndex>(posts.size());
    CascadeResult result;
    std::vector<PostIndex>& parent = result.parent;
    parent.assign(n_posts, no_post);
    std::vector<bool> kept(n_posts);
    for (PostIndex p = 0; p < n_posts; ++p) kept[p] = options.window.contains(posts[p].time);
    std::vector<PostIndex> candidates;
    for (PostIndex p = 0; p < n_posts; ++p) {
        if (!kept[p]) continue;
        ++result.posts;
        if (posts[p].parent && kept[*posts[p].parent]) {
            parent[p] = *posts[p].parent;
            if (is_candidate(posts[p], options.reconstruct)) candidates.push_back(p);
        }
    }

    // Reconstruction, by groups of echoes of one post, each in time order.
    result.candidates = candidates.size();
    if (!candidates.empty()) {
        std::sort(candidates.begin(), candidates.end(), [&](PostIndex a, PostIndex b) {
            if (parent[a] != parent[b]) return parent[a] < parent[b];
            if (posts[a].time != posts[b].time) return posts[a].time < posts[b].time;
            return a < b;
        });
        const std::vector<PostIndex> given(parent);
        Reattacher reattacher(dataset, influence);
        for (std::size_t first = 0; first < candidates.size();) {
            std::size_t last = first;
            while (last < candidates.size() && given[candidates[last]] == given[candidates[first]]) ++last;
            reattacher.run(given[candidates[first]],
                           std::span<const PostIndex>(candidates).subspan(first, last - first), parent);
            first = last;
        }
        for (const PostIndex p : candidates) result.reattached += parent[p] != given[p];
    }
    candidates = {};

    // Children in compressed rows (by post index), then one breadth-first pass per root.
    std::vector<PostIndex> child_start(std::size_t{n_posts} + 1, 0);
    for (PostIndex p = 0; p < n_posts; ++p) {
        if (parent[p] != no_post) ++child_start[parent[p] + 1];
    }
    for (PostIndex p = 0; p < n_posts; ++p) child_start[p + 1] += child_start[p];
    std::vector<PostIndex> children(child_start[n_posts]);
    {
        std::vector<PostIndex> next(child_start.begin(), child_start.end() - 1);
        for (PostIndex p = 0; p < n_posts; ++p) {
            if (parent[p] != no_post) children[next[parent[p]]++] = p;
        }
    }
    std::vector<PostIndex> order;           // breadth-first order of the current cascade
    std::vector<std::uint32_t> below(n_posts, 0);  // s: posts in the subtree
    std::vector<bool> covered(n_posts, false);      // in some cascade
    for (PostIndex root = 0; root < n_posts; ++root) {
        if (!kept[root] || parent[root] != no_post) continue;
        Cascade c{.root = root};
        order.assign(1, root);
        for (std::size_t level = 0; level < order.size();) {
            const std::size_t level_end = order.size();
            c.max_breadth = std::max(c.max_breadth, static_cast<std::uint32_t>(level_end - level));
            for (std::size_t i = level; i < level_end; ++i) {
                for (PostIndex k = child_start[order[i]]; k < child_start[order[i] + 1]; ++k) {
                    order.push_back(children[k]);
                }
            }
            if (order.size() > level_end) ++c.depth;
            level = level_end;
        }
        c.size = static_cast<std::uint32_t>(order.size());
        for (const PostIndex q : order) covered[q] = true;
        if (c.size > 1) {
            // W = sum over edges (v, parent v) of s_v (n - s_v), subtrees summed leaves first.
            Wide wiener = 0;
            for (std::size_t i = order.size(); i-- > 1;) {
                const PostIndex v = order[i];
                const std::uint64_t s = ++below[v];
                below[parent[v]] += static_cast<std::uint32_t>(s);
                wiener += static_cast<Wide>(s) * (c.size - s);
            }
            const double pairs = static_cast<double>(c.size) * static_cast<double>(c.size - 1) / 2;
            c.structural_virality = static_cast<double>(wiener) / pairs;
        }
        result.cascades.push_back(c);
    }
    // A kept post in no cascade sits on a loop of parents, which readers reject but a Dataset
    // built in code may hold.
    for (PostIndex p = 0; p < n_posts; ++p) {
        if (kept[p] && !covered[p]) {
            throw InvalidArgument("cascades: the chain of parents loops back, got post " + quote_token(posts[p].id));
        }
    }
    std::sort(result.cascades.begin(), result.cascades.end(), [&](const Cascade& a, const Cascade& b) {
        if (a.size != b.size) return a.size > b.size;
        return posts[a.root].id < posts[b.root].id;
    });
    return result;
}

std::vector<AuthorCascades> cascades_by_author(const Dataset& dataset, std::span<const Cascade> cascades) {
    std::unordered_map<ActorIndex, std::size_t> row_of;
    std::vector<AuthorCascades> rows;
    std::vector<std::pair<double, std::uint64_t>> virality;  // sum, count, by row
    for (const Cascade& c : cascades) {
        const ActorIndex a = dataset.posts[c.root].author;
        const auto [it, inserted] = row_of.try_emplace(a, rows.size());
        if (inserted) {
            rows.push_back({.author = a});
            virality.emplace_back(0.0, 0);
        }
        add(rows[it->second].summary, c, virality[it->second].first, virality[it->second].second);
    }
    for (std::size_t i = 0; i < rows.size(); ++i) finish(rows[i].summary, virality[i].first, virality[i].second);
    std::sort(rows.begin(), rows.end(), [&](const AuthorCascades& a, const AuthorCascades& b) {
        if (a.summary.total_size != b.summary.total_size) return a.summary.total_size > b.summary.total_size;
        if (a.summary.cascades != b.summary.cascades) return a.summary.cascades > b.summary.cascades;
        return dataset.actors[a.author].id < dataset.actors[b.author].id;
    });
    return rows;
}

std::vector<TeamCascades> cascades_by_team(const Dataset& dataset, std::span<const Cascade> cascades) {
    const std::vector<Team> teams = ricochet::teams(dataset);
    constexpr std::size_t no_team = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> team_of(dataset.actors.size(), no_team);
    std::vector<TeamCascades> rows;
    for (std::size_t t = 0; t < teams.size(); ++t) {
        for (const ActorIndex a : teams[t].members) team_of[a] = t;
        rows.push_back({.organisation = teams[t].organisation, .members = teams[t].members.size()});
    }
    std::vector<std::pair<double, std::uint64_t>> virality(rows.size(), {0.0, 0});
    for (const Cascade& c : cascades) {
        const std::size_t t = team_of[dataset.posts[c.root].author];
        if (t != no_team) add(rows[t].summary, c, virality[t].first, virality[t].second);
    }
    for (std::size_t t = 0; t < rows.size(); ++t) finish(rows[t].summary, virality[t].first, virality[t].second);
    std::sort(rows.begin(), rows.end(), [&](const TeamCascades& a, const TeamCascades& b) {
        if (a.summary.total_size != b.summary.total_size) return a.summary.total_size > b.summary.total_size;
        if (a.summary.cascades != b.summary.cascades) return a.summary.cascades > b.summary.cascades;
        return dataset.actors[a.organisation].id < dataset.actors[b.organisation].id;
    });
    return rows;
}

}  // namespace ricochet::algorithms
