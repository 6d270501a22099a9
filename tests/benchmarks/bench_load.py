#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Load benchmark: a 1 M-arc edge list read and built into a graph by ricochet (CSR) and by
igraph's Graph.Read_Ncol, best of REPEAT runs each, in the same run on the same file.
Reports the ratio ricochet / igraph (goal: <= 0.5). Usage: bench_load.py BENCH_BINARY [ARCS]"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import igraph


def make_edge_list(path, arcs, seed=2021):
    """Heavy-tailed, retweet-like: targets by preferential attachment, distinct pairs, weights 1-5."""
    rng = random.Random(seed)
    n = arcs // 4
    pairs = set()
    popular = [0]
    with open(path, "w") as f:
        while len(pairs) < arcs:
            u = rng.randrange(n)
            v = rng.choice(popular) if rng.random() < 0.8 else rng.randrange(n)
            if u == v or (u, v) in pairs:
                continue
            pairs.add((u, v))
            popular.append(v)
            f.write(f"{u} {v} {1 + int(rng.paretovariate(2.0)) % 5}\n")


def main():
    bench, arcs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    repeat = 5
    path = os.path.join(tempfile.gettempdir(), f"ricochet-bench-{arcs}.edgelist")
    if not os.path.exists(path):
        make_edge_list(path, arcs)
    ours = json.loads(subprocess.run([bench, path, str(repeat)], check=True, capture_output=True,
                                     text=True).stdout)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        g = igraph.Graph.Read_Ncol(path, names=True, weights=True, directed=True)
        best = min(best, time.perf_counter() - start)
    assert g.vcount() == ours["vertices"] and g.ecount() == ours["arcs"], (g.vcount(), g.ecount(), ours)
    print(f"edge list: {path} ({arcs} arcs, {g.vcount()} vertices)")
    print(f"ricochet read + CSR build : {ours['seconds']:.3f} s (best of {repeat})")
    print(f"igraph Graph.Read_Ncol    : {best:.3f} s (best of {repeat})")
    print(f"ratio ricochet / igraph   : {ours['seconds'] / best:.2f} (goal <= 0.5)")


if __name__ == "__main__":
    main()
