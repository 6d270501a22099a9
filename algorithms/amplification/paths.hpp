// SPDX-License-Identifier: MIT
#pragma once
// How content travels: the k most probable ways content of one actor (or group) reaches another
// (`ricochet paths`), and the actors who carry that flow (gatekeepers).
//
// Direction. Arc u -> v of the influence graph means "u amplified v"; content flows against it,
// from v to u. A *hop* v -> u exists for every arc u -> v (layers merged) that gets a positive
// probability p(v -> u) by the rule below; a *path* x0 > x1 > ... > xm follows hops, so x0's
// content reaches xm (x1 amplified x0, x2 amplified x1, ...). Its probability is the product of
// its hop probabilities, and its length Σ −log p(hop) (lengths are ≥ 0: p = 1 is length 0).
//
// Hop probability (content_hops), for each v, with the influence options the graph was built with:
// - *echo rule*, when v authored at least one post inside the window (its post count is known):
//   p(v -> u) = E(u, v) / P(v), where P(v) is the number of v's posts inside the window (of any
//   type) and E(u, v) the number of those posts that u echoed: distinct posts q of v inside the
//   window such that u (u ≠ v) wrote an echo post (repost, quote, reply, comment) whose parent is
//   q, or recorded an engagement event (reaction, comment, share) on q, the echo or event inside
//   the window (an event without a time takes its post's time) and its layer selected. Then
//   0 ≤ p ≤ 1 by construction. Arcs u -> v that come only from mentions, interaction rows, member
//   links or echoes of v's posts from before the window have E(u, v) = 0: they carry none of v's
//   content and make no hop (the rule does not mix with the weight share for the same v).
// - *weight rule*, when v has no post inside the window (edge lists, actors known only as echoed
//   or mentioned): p(v -> u) = w(u -> v) / s_in(v), u's summed arc weight to v over the selected
//   layers divided by v's in-strength (the same sum over all of v's amplifiers), so the
//   probabilities out of v sum to 1.
// weight_share_hops applies the weight rule to every vertex of a bare graph.
//
// Groups. A query names a source group S and a target group T (one actor each for `--from A
// --to B`). Paths run from a member of S to a member of T, enter no member of S after their first
// vertex and leave no member of T before their last: the content is followed from the moment it
// leaves S until it first arrives in T. This is Yen's algorithm from a super-source s* (a hop of
// length 0 to every member of S) to a super-sink t* (a hop of length 0 from every member of T),
// with the hops into S and out of T removed. A vertex in both groups (A == B) gives the path of
// no hop, probability 1, and no other path (none can leave it).
//
// Ties. Two paths are tied when their lengths agree to within 1e-12 × max(1, length). Paths are
// listed by increasing length (decreasing probability), runs of tied paths by their vertex
// sequences compared lexicographically (vertex index = actor input order). Lengths are summed
// from the first hop, so one path always gets the same bits. Which tied paths are kept when they
// straddle the k-th place is deterministic but not the lexicographic choice: Yen's candidates are
// taken by (length, sequence) among those found, and Dijkstra settles vertices by (distance,
// index) and keeps the first predecessor that reached a vertex's distance; every path kept is a
// valid k-th path.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "graph/graph.hpp"
#include "graph/influence_graph.hpp"
#include "graph/model.hpp"

namespace ricochet::algorithms {

/// Which rule gave the hops out of a vertex.
enum class HopRule : std::uint8_t {
    echoes,   ///< share of the vertex's posts that the amplifier echoed
    weights,  ///< share of the vertex's incoming arc weight
};

/// The content-flow graph: hops v -> u with probabilities in (0, 1], in compressed sparse rows.
struct HopGraph {
    std::vector<ArcId> offsets{0};      ///< hops out of v are [offsets[v], offsets[v + 1])
    std::vector<VertexId> heads;        ///< u of each hop; sorted and distinct within a row
    std::vector<double> probabilities;  ///< p of each hop, in (0, 1]
    std::vector<HopRule> rules;         ///< by origin vertex v
    std::vector<std::uint64_t> posts;   ///< P(v), by vertex (0 under the weight rule)

    [[nodiscard]] VertexId vertex_count() const { return static_cast<VertexId>(offsets.size() - 1); }
    [[nodiscard]] std::size_t hop_count() const { return heads.size(); }
    /// p(from -> to), 0 when there is no such hop. O(log d).
    [[nodiscard]] double probability(VertexId from, VertexId to) const;
};

/// A hop given explicitly (tests, other front ends).
struct Hop {
    VertexId from = 0;
    VertexId to = 0;
    double probability = 0;
};

/// Hops of the documented rule: the echo rule for every actor with a post inside
/// `options.window`, the weight rule for the others. `graph` must be
/// build_influence_graph(dataset, options).graph. O(posts + events + arcs log d).
/// @throws InvalidArgument when the graph does not have one vertex per actor.
[[nodiscard]] HopGraph content_hops(const Dataset& dataset, const Graph& graph, const InfluenceOptions& options);

/// The weight rule on every vertex of a bare graph (every layer of it, merged). O(n + m).
[[nodiscard]] HopGraph weight_share_hops(const Graph& graph);

/// A hop graph on `vertex_count` vertices with exactly the given hops (rule: weights).
/// @throws InvalidArgument for a vertex out of range, a self-hop, a repeated hop, or a
/// probability outside (0, 1].
[[nodiscard]] HopGraph hop_graph_of(VertexId vertex_count, std::vector<Hop> hops);

/// One way content of vertices.front() reaches vertices.back().
struct ContentPath {
    std::vector<VertexId> vertices;          ///< the origin first; simple
    std::vector<double> hop_probabilities;   ///< p of each hop (vertices.size() − 1 of them)
    double probability = 1;                  ///< product of hop_probabilities, in path order
    double length = 0;                       ///< Σ −log p, in path order

    [[nodiscard]] std::size_t hops() const { return hop_probabilities.size(); }
};

/// The k most probable paths from a member of `sources` to a member of `targets` (groups as
/// documented above; duplicates in the groups are ignored), most probable first. Fewer when
/// fewer exist; none when a group is empty. Yen (1971) with Dijkstra on −log p, from a
/// super-source to a super-sink: O(k · L · (m + n) log n) for paths of up to L vertices.
/// @throws InvalidArgument when k is 0 or a vertex is out of range.
[[nodiscard]] std::vector<ContentPath> most_probable_paths(const HopGraph& hops, std::span<const VertexId> sources,
                                                           std::span<const VertexId> targets, std::size_t k);

/// An actor carrying content between the two groups.
struct Gatekeeper {
    VertexId vertex = 0;
    double share = 0;       ///< Σ p of the paths through it as an intermediate ÷ Σ p of all paths
    std::size_t paths = 0;  ///< how many of the paths pass through it as an intermediate
};

struct GatekeeperResult {
    std::vector<ContentPath> paths;        ///< the paths the shares are taken over
    double total_probability = 0;          ///< Σ p of `paths`, summed in rank order
    std::vector<Gatekeeper> gatekeepers;   ///< actors with paths > 0: by share, largest first, ties by index
};

/// Gatekeepers between the groups, over the `path_count` most probable paths between them
/// (most_probable_paths): an intermediate is any vertex of a path but its first and last. Each
/// share is in (0, 1]; a path of one hop or none has no intermediate, so the shares need not
/// add up to 1 (nor to anything: a path with several intermediates counts for each).
/// @throws InvalidArgument as most_probable_paths.
[[nodiscard]] GatekeeperResult gatekeepers(const HopGraph& hops, std::span<const VertexId> sources,
                                           std::span<const VertexId> targets, std::size_t path_count = 100);

}  // namespace ricochet::algorithms
