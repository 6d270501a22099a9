#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a seeded scale-free directed graph as an edge list `src dst weight`, for
bench_centrality.py. Usage: gen_scale_free.py OUTPUT [VERTICES] [ARCS_PER_VERTEX]

Barabasi-Albert preferential attachment (igraph Graph.Barabasi, directed, new -> old, no parallel
arcs): 200 000 vertices x 5 arcs = 999 985 arcs by default. Each arc is then reversed with
probability 1/2 so that the graph has cycles (a pure new -> old graph is acyclic, which makes
shortest-path searches unrepresentatively short). Weights: integers 1 to 5, heavy-tailed.
Deterministic for a given igraph version (igraph draws from Python's `random`, seeded here)."""
import os
import random
import sys

import igraph


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    m = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    random.seed(20240607)
    igraph.set_random_number_generator(random)
    g = igraph.Graph.Barabasi(n=n, m=m, directed=True, outpref=False)
    rng = random.Random(7)
    seen = set()
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        for u, v in g.get_edgelist():
            if rng.random() < 0.5:
                u, v = v, u
            if (u, v) in seen:  # never happens (Barabasi makes no parallel arcs); a safeguard
                continue
            seen.add((u, v))
            f.write(f"{u} {v} {1 + int(rng.paretovariate(2.0)) % 5}\n")
    os.replace(tmp, path)
    print(f"{path}: {n} vertices, {len(seen)} arcs")


if __name__ == "__main__":
    main()
