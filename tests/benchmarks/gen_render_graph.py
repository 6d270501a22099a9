#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a seeded 10,000-vertex directed influence graph as an edge list `src dst weight`, for
bench_render.py. Usage: gen_render_graph.py OUTPUT [VERTICES] [COMMUNITIES] [SEED]

The graph looks like a repost network: `a b w` means a amplified b (reposted or quoted b) w times,
as in the Higgs retweet edge list. Vertices arrive one by one (preferential attachment); each new
vertex belongs to one of COMMUNITIES planted communities of unequal sizes (8 by default, the
largest about 4 times the smallest) and amplifies 1 to 5 earlier vertices (3 on average), each
chosen
- inside its own community with probability 0.85, else anywhere;
- proportionally to 1 + the number of times the vertex was already amplified (so a few hubs per
  community gather most arcs, as in real retweet graphs).
One arc in 5 is reversed (the old vertex amplifies the newcomer), so the graph has cycles and
reciprocity. Weights: integers 1 to 5, heavy-tailed (most arcs 1). No self-loops, no parallel
arcs. Ids are `u0` ... `u9999`; the first `n` ids all appear, so the map holds exactly n vertices.

Pure Python (only random.Random.random()): the same bytes for a given seed on any Python 3."""
import os
import sys


def generate(n, communities, seed):
    import random

    rng = random.Random(seed)
    # Community sizes: shares 4, 3.5, ..., decreasing (largest about 4 x smallest).
    shares = [4.0 - 3.0 * c / max(1, communities - 1) for c in range(communities)]
    total = sum(shares)
    cumulative = []
    acc = 0.0
    for s in shares:
        acc += s / total
        cumulative.append(acc)

    def pick_community():
        x = rng.random()
        for c, bound in enumerate(cumulative):
            if x < bound:
                return c
        return communities - 1

    def pick(pool):
        return pool[int(rng.random() * len(pool))]

    # Preferential attachment pools: each vertex once (the "+1"), plus once per arc it received.
    global_pool = []
    pools = [[] for _ in range(communities)]
    community_of = []
    arcs = {}  # (src, dst) -> weight, in insertion order
    for v in range(n):
        c = pick_community()
        community_of.append(c)
        if v > 0:
            # 1 to 5 targets, mean 3 (but no more than the vertices already there)
            k = min(v, 1 + int(rng.random() * 5))
            chosen = set()
            attempts = 0
            while len(chosen) < k and attempts < 50:
                attempts += 1
                pool = pools[c] if rng.random() < 0.85 and pools[c] else global_pool
                u = pick(pool)
                if u != v:
                    chosen.add(u)
            for u in sorted(chosen):
                src, dst = (v, u) if rng.random() >= 0.2 else (u, v)
                if (src, dst) in arcs or ((dst, src) in arcs and rng.random() < 0.5):
                    continue
                x = rng.random()
                weight = 1 if x < 0.6 else 2 if x < 0.8 else 3 if x < 0.9 else 4 if x < 0.96 else 5
                arcs[(src, dst)] = weight
                # the amplified vertex (dst) becomes more attractive
                global_pool.append(dst)
                pools[community_of[dst]].append(dst)
        global_pool.append(v)
        pools[c].append(v)
    # A vertex left without arcs would drop out of nothing (edge lists only name vertices with arcs):
    # give every isolated vertex one arc to a hub of its community.
    touched = set()
    for src, dst in arcs:
        touched.add(src)
        touched.add(dst)
    for v in range(n):
        if v not in touched:
            u = pick(pools[community_of[v]])
            if u == v:
                u = 0 if v != 0 else 1
            arcs[(v, u)] = 1
    return community_of, arcs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    communities = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20240607
    community_of, arcs = generate(n, communities, seed)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(f"# gen_render_graph.py: {n} vertices, {len(arcs)} arcs, {communities} planted communities, "
                f"seed {seed}; `a b w`: a amplified b w times\n")
        for (src, dst), weight in arcs.items():
            f.write(f"u{src} u{dst} {weight}\n")
    os.replace(tmp, path)
    sizes = [community_of.count(c) for c in range(communities)]
    print(f"{path}: {n} vertices, {len(arcs)} arcs, communities {sizes}")


if __name__ == "__main__":
    main()
