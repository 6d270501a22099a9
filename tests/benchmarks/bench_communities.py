#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Communities benchmark: ricochet's Leiden and Louvain against igraph and leidenalg, in one run,
on the same weighted undirected graphs with the same vertex ids. Not part of CTest; run it with
`cmake --build build --target bench_communities`.

Usage: bench_communities.py BENCH_BINARY WORK_DIR --graph NAME=PATH [--graph NAME=PATH ...]
                            [--repeat 3] [--seed 1] [--converge-timeout 120]

For each graph, the binary (community_bench) loads PATH into the influence graph and writes its
undirected projection to WORK_DIR (layers merged, the weight of {u, v} being w(u -> v) + w(v -> u):
the graph ricochet's community detection works on); igraph and leidenalg load that file. Only the
computations are timed, the graph already in memory. Modularity (resolution 1), every method's,
is computed by igraph's Graph.modularity on that graph from the membership.
- ricochet: leiden(graph, {.seed = 1}) (2 rounds, the default) and louvain(), best of --repeat.
- igraph: community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
  (python-igraph's default number of iterations) and community_multilevel(weights="weight"),
  best of --repeat (igraph's RNG is Python's `random`, seeded with --seed first).
- leidenalg: find_partition(g, ModularityVertexPartition, weights="weight", seed=--seed) with its
  default n_iterations=2, one run; and with n_iterations=-1 (until an iteration changes nothing),
  one run, reported only if it finishes within --converge-timeout seconds. Each runs in a child
  process (so that the second one can be stopped), timed there around find_partition alone.
Goal: ricochet's Leiden time <= 0.5 x igraph's community_leiden, at a modularity >= leidenalg's
(n_iterations=2) - 0.002."""
import argparse
import array
import json
import os
import random
import subprocess
import sys
import time

import igraph

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_centrality import load_graph as read_binary_graph  # noqa: E402

GOAL_TIME_RATIO = 0.5
GOAL_MODULARITY_SLACK = 0.002


def load_graph(path):
    """The undirected projection the bench wrote (edges u < v), as a weighted igraph Graph."""
    n, pairs, weights = read_binary_graph(path)
    g = igraph.Graph(n=n, edges=list(zip(pairs[0::2], pairs[1::2])), directed=False)
    g.es["weight"] = weights
    return g


def read_membership(path):
    membership = array.array("I")
    with open(path, "rb") as f:
        membership.frombytes(f.read())
    return list(membership)


def write_membership(path, membership):
    with open(path, "wb") as f:
        array.array("I", membership).tofile(f)


def modularity(g, membership):
    return g.modularity(membership, weights="weight", resolution=1)


def run_bench(binary, args):
    out = subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def leidenalg_worker(graph_path, iterations, seed, membership_path):
    """Child process: one leidenalg run; prints its time as JSON, writes the membership."""
    import leidenalg
    g = load_graph(graph_path)
    start = time.perf_counter()
    partition = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight",
                                         n_iterations=iterations, seed=seed)
    seconds = time.perf_counter() - start
    write_membership(membership_path, partition.membership)
    print(json.dumps({"seconds": seconds, "version": leidenalg.version}))


def run_leidenalg(graph_path, iterations, seed, membership_path, timeout):
    """(seconds, version) of a leidenalg run in a child process, or (None, why) past the timeout."""
    command = [sys.executable, os.path.abspath(__file__), "--leidenalg-worker", graph_path,
               str(iterations), str(seed), membership_path]
    try:
        out = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return None, f"did not finish within {timeout:.0f} s"
    result = json.loads(out.strip().splitlines()[-1])
    return result["seconds"], result["version"]


def best_of(repeat, f):
    """Best time of `repeat` calls, with the result of that call and every call's (time, result)."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = f()
        runs.append((time.perf_counter() - start, result))
    best = min(runs, key=lambda run: run[0])
    return best[0], best[1], runs


def main():
    if len(sys.argv) == 6 and sys.argv[1] == "--leidenalg-worker":
        leidenalg_worker(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("work_dir")
    parser.add_argument("--graph", action="append", required=True, metavar="NAME=PATH")
    parser.add_argument("--repeat", type=int, default=3, help="ricochet and igraph runs (best of)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--converge-timeout", type=float, default=120,
                        help="seconds allowed to leidenalg with n_iterations=-1")
    args = parser.parse_args()

    rows = []  # method, graph, seconds, modularity, communities, ratio
    goals = []  # graph, time ratio, modularity, leidenalg's, verdict
    notes = []
    leidenalg_version = "?"

    for spec in args.graph:
        name, path = spec.split("=", 1)
        graph_path = os.path.join(args.work_dir, f"communities-{name}.bin")
        membership_path = os.path.join(args.work_dir, f"communities-{name}.membership")
        dump = run_bench(args.binary, ["dump", path, graph_path])
        g = load_graph(graph_path)
        print(f"{name}: {path}: {dump['vertices']} vertices, {dump['arcs']} arcs, {dump['edges']} "
              f"undirected edges", flush=True)

        def add(method, seconds, membership, ratio=None):
            q = modularity(g, membership)
            rows.append((method, name, seconds, q, max(membership, default=-1) + 1, ratio))
            return q

        # ricochet
        ours = {}
        for method in ("leiden", "louvain"):
            result = run_bench(args.binary, [method, path, str(args.repeat), str(args.seed), membership_path])
            membership = read_membership(membership_path)
            q = modularity(g, membership)
            ours[method] = (result["seconds"], membership, q)
            notes.append(f"{name}: ricochet {method} runs " + ", ".join(f"{s:.3f}" for s in result["runs"])
                         + f" s; its own modularity {result['modularity']:.6f}, igraph's {q:.6f}")

        # igraph
        random.seed(args.seed)
        ig_leiden_s, ig_leiden, runs = best_of(args.repeat, lambda: g.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=2).membership)
        qs = [modularity(g, m) for _, m in runs]
        notes.append(f"{name}: igraph community_leiden runs " + ", ".join(f"{s:.3f}" for s, _ in runs)
                     + f" s, modularity {min(qs):.6f} to {max(qs):.6f}")
        ig_ml_s, ig_ml, runs = best_of(args.repeat, lambda: g.community_multilevel(weights="weight").membership)
        notes.append(f"{name}: igraph community_multilevel runs " + ", ".join(f"{s:.3f}" for s, _ in runs) + " s")

        q_ours = add("ricochet leiden (2 rounds)", ours["leiden"][0], ours["leiden"][1], ours["leiden"][0] / ig_leiden_s)
        add("ricochet louvain", ours["louvain"][0], ours["louvain"][1], ours["louvain"][0] / ig_ml_s)
        add("igraph community_leiden (n_iterations=2)", ig_leiden_s, ig_leiden)
        add("igraph community_multilevel", ig_ml_s, ig_ml)

        # leidenalg, in child processes
        la_path = membership_path + ".leidenalg"
        la_s, leidenalg_version = run_leidenalg(graph_path, 2, args.seed, la_path, None)
        q_la = add("leidenalg (n_iterations=2)", la_s, read_membership(la_path))
        la_s, why = run_leidenalg(graph_path, -1, args.seed, la_path, args.converge_timeout)
        if la_s is None:
            rows.append(("leidenalg (n_iterations=-1)", name, None, None, None, None))
            notes.append(f"{name}: leidenalg n_iterations=-1 {why}")
        else:
            add("leidenalg (n_iterations=-1)", la_s, read_membership(la_path))

        ratio = ours["leiden"][0] / ig_leiden_s
        passed = ratio <= GOAL_TIME_RATIO and q_ours >= q_la - GOAL_MODULARITY_SLACK
        goals.append((name, ratio, q_ours, q_la, "PASS" if passed else "FAIL"))

    def fmt_time(value):
        if value is None:
            return "-"
        return f"{value * 1e3:.1f} ms" if value < 1 else f"{value:.2f} s"

    header = ("method", "graph", "time", "modularity", "communities", "ricochet/igraph")
    table = [header]
    for method, graph, seconds, q, communities, ratio in rows:
        table.append((method, graph, fmt_time(seconds), "-" if q is None else f"{q:.4f}",
                      "-" if communities is None else str(communities), "-" if ratio is None else f"{ratio:.2f}"))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    print()
    for name, ratio, q_ours, q_la, verdict in goals:
        print(f"goal {name}: Leiden time <= {GOAL_TIME_RATIO} x igraph's Leiden at modularity >= "
              f"leidenalg's - {GOAL_MODULARITY_SLACK}: time ratio {ratio:.2f}, modularity {q_ours:.4f} vs "
              f"{q_la:.4f} - {GOAL_MODULARITY_SLACK}: {verdict}")
    print()
    for note in notes:
        print("note:", note)
    print(f"igraph {igraph.__version__}, leidenalg {leidenalg_version}, python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; ricochet and igraph best of {args.repeat}, leidenalg one run; "
          f"ratio = ricochet / igraph time (Leiden vs community_leiden, Louvain vs community_multilevel)")


if __name__ == "__main__":
    main()
