// SPDX-License-Identifier: MIT
#pragma once
// Cascades: the tree of posts that descends from one post through parent links (repost, quote,
// reply, comment), and its shape: size, depth, breadth and structural virality (Goel, Anderson,
// Hofman & Watts, "The structural virality of online diffusion", Management Science 62(1), 2016).
//
// What a cascade is. Only the posts inside `window` take part. A post is the *root* of a
// cascade when it has no parent inside the window: an original post, an echo whose parent the
// data does not hold, or an echo whose parent lies outside the window (then the cascade is the
// part of the diffusion the window sees, rooted at its first post there; its JSON row gives the
// root's type). Every other post belongs to the cascade of its root, so the cascades of a
// dataset partition the posts of the window (readers reject parent chains that loop).
//
// Reconstruction. Some platforms point every repost at the post it repeats, not at the
// adopter the reposter saw it from: an X/Twitter retweet of a retweet is a retweet of the
// original (of the retweeted reply or quote, when the original is one). The flat star this
// gives hides the tree, so, following Goel et al. 2016 (who used the follower graph), each such
// echo E of a post P by actor c is re-attached, in time order, to the *latest earlier adopter*
// that c has an arc to in the influence graph (c -> v: c amplified or addressed v), else to P:
//   - adopters of P are P itself (always the first) and the echoes of P already re-attached,
//     in (time, post index) order; "earlier" means strictly earlier in time, so echoes of the
//     same second never hang under each other; P is the fallback even when its clock is late;
//   - the latest adopter is the one that adopted last (P ranks first); an actor with several
//     posts there counts with its latest one;
//   - the arcs are those of the graph the caller built (the CLI: the input's layers and window),
//     from the data as given: echoes pointing at P make arcs c -> author(P), never to the
//     adopter they end up under.
// Re-attached echoes stay under P's subtree, and a post's other children keep their parent, so
// the result is still a forest. Which echoes: `never` none; `always` every echo whose parent is
// in the window; `automatic` ("auto") the reposts on platforms "twitter" and "x" (any case), the
// only ones known to point at the repeated post. Quotes, replies and comments are real parents.
//
// Shape of a cascade of n posts: depth = the largest number of hops from the root; max_breadth
// = the largest number of posts at one depth (the root alone is depth 0); structural virality
// nu = the mean shortest-path distance over all pairs of distinct posts of the tree,
//   nu = 1/(n(n-1)) sum_{i != j} d_ij = W / (n(n-1)/2),
// where W, the Wiener index, is sum over tree edges of s (n - s), s the number of posts below
// the edge (each pair's path crosses exactly the edges that separate it). nu is undefined for
// n = 1; a star of n has nu = 2(n-1)/n (< 2), a chain of n has nu = (n+1)/3.
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "graph/enum_names.hpp"
#include "graph/graph.hpp"
#include "graph/model.hpp"
#include "graph/time.hpp"

namespace ricochet::algorithms {

/// Which echoes are re-attached to the latest earlier adopter (see above).
enum class Reconstruction : std::uint8_t { automatic, always, never };

}  // namespace ricochet::algorithms

namespace ricochet {
template <>
struct EnumNames<algorithms::Reconstruction> {
    static constexpr std::array<std::string_view, 3> names{"auto", "always", "never"};
};
}  // namespace ricochet

namespace ricochet::algorithms {

inline constexpr PostIndex no_post = std::numeric_limits<PostIndex>::max();

struct CascadeOptions {
    TimeWindow window{};                                   ///< posts kept (bounds inclusive)
    Reconstruction reconstruct = Reconstruction::automatic;
};

struct Cascade {
    PostIndex root = 0;
    std::uint32_t size = 1;         ///< posts, root included
    std::uint32_t depth = 0;        ///< largest number of hops from the root
    std::uint32_t max_breadth = 1;  ///< largest number of posts at one depth
    std::optional<double> structural_virality;  ///< mean distance between posts; none for size 1
};

struct CascadeResult {
    /// Every cascade of the window, largest first, ties by root post id.
    std::vector<Cascade> cascades;
    /// The tree used, by post index: the parent after reconstruction, or no_post for roots and
    /// posts outside the window.
    std::vector<PostIndex> parent;
    std::uint64_t posts = 0;       ///< posts inside the window
    std::uint64_t candidates = 0;  ///< echoes the reconstruction rule applied to
    std::uint64_t reattached = 0;  ///< of those, echoes now under another post than their parent
};

/// The cascades of `dataset` (a forest over the posts of options.window), with the flat
/// platforms' echoes re-attached by `influence` unless options.reconstruct is never.
/// O(P log P) for P posts (sorting), plus, per echoing actor and post echoed, O(d + k log d) at
/// most for all its echoes of that post (d: the actor's out-degree, k: the post's adopters; each
/// echo costs the smaller of d and (adopters since its author's last echo there) x log d);
/// O(P + A) memory.
/// @throws InvalidArgument when reconstruction may apply and `influence` does not have one
/// vertex per actor (the null graph is fine with `never`), or when parents loop (readers
/// reject such data; a Dataset built in code may hold it).
[[nodiscard]] CascadeResult find_cascades(const Dataset& dataset, const Graph& influence,
                                          const CascadeOptions& options = {});

/// Figures over a set of cascades (those rooted by one author, or by one team).
struct CascadeSummary {
    std::uint64_t cascades = 0;
    std::uint64_t total_size = 0;                     ///< posts in them
    std::uint32_t max_size = 0;
    std::uint32_t max_depth = 0;
    std::optional<double> mean_size;                  ///< none without cascades
    std::optional<double> mean_structural_virality;   ///< over those of size >= 2; none if none
};

struct AuthorCascades {
    ActorIndex author = 0;
    CascadeSummary summary;
};

struct TeamCascades {
    ActorIndex organisation = 0;  ///< the team of teams(dataset) led by this organisation
    std::size_t members = 0;      ///< the organisation and its executives
    CascadeSummary summary;
};

/// One row per actor that roots at least one of `cascades`, by total size (largest first),
/// then by number of cascades (most first), then by actor id. O(C + A log A).
[[nodiscard]] std::vector<AuthorCascades> cascades_by_author(const Dataset& dataset,
                                                             std::span<const Cascade> cascades);

/// One row per team of teams(dataset) (cascades rooted by any member), teams without cascades
/// included, ordered like cascades_by_author by the organisation's id.
[[nodiscard]] std::vector<TeamCascades> cascades_by_team(const Dataset& dataset,
                                                         std::span<const Cascade> cascades);

}  // namespace ricochet::algorithms
