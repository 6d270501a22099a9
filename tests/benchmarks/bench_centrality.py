#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Centrality benchmark: ricochet against igraph (and NetworkX where it finishes), in one run, on
the same graphs with the same vertex ids. Not part of CTest; run it with
`cmake --build build --target bench_centrality`.

Usage: bench_centrality.py BENCH_BINARY WORK_DIR --graph NAME=PATH [--graph NAME=PATH ...]
                           [--sources [NAME=]500 ...] [--repeat 5] [--nx-sources 3] [--no-networkx]

For each graph, the binary (centrality_bench) loads PATH and writes the graph it analyses to
WORK_DIR (layers merged, weights summed); igraph and NetworkX load that file, so all three work
on the same arcs and ids. Only the computations are timed, the graph already in memory:
- PageRank, damping 0.85, weighted: ricochet with an L1 tolerance of 1e-10 (PRPACK's internal
  tolerance) against igraph's Graph.pagerank (PRPACK), best of --repeat each; the values must agree
  to 1e-9. NetworkX: the pure-Python power iteration (no SciPy here) with the same L1 tolerance,
  one run. Goal: ricochet <= 0.5 x igraph.
- Exact betweenness (hops, directed) summed over a seeded random subset S of --sources sources,
  to every target: ricochet with 1 and 2 threads (OMP_NUM_THREADS) against igraph's
  betweenness_subset(sources=S), one run each, time per source = time / |S|; the values must
  agree. python-igraph 0.10.2 has no `sources` argument: then the same igraph C function
  (igraph_betweenness_subset, the one later python-igraph versions call) is called through
  ctypes from the system libigraph (Debian package libigraph3). NetworkX:
  betweenness_centrality_subset on the first --nx-sources sources of S. Goal (2 threads):
  ricochet <= 0.6 x igraph per source.
- Memory of the analysis graph (the Graph: forward and backward CSR arrays and arc properties),
  from the arrays' sizes and as the RSS growth while it is built. Goal: <= 40 bytes per arc.
  The merged adjacency that PageRank (in-arcs) or betweenness (out-arcs) builds is reported too.
The binary prints one JSON line per measure; this script prints a table."""
import argparse
import array
import ctypes
import ctypes.util
import json
import os
import random
import subprocess
import sys
import time

import igraph
import networkx as nx

PAGERANK_TOLERANCE = 1e-10  # PRPACK's internal tolerance (igraph's prpack.cpp: tol = 1e-10)


def run_bench(binary, args, threads):
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    out = subprocess.run([binary, *args], check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def read_doubles(path):
    values = array.array("d")
    with open(path, "rb") as f:
        values.frombytes(f.read())
    return values


def load_graph(path):
    """The binary graph the bench wrote: u64 n, u64 m, m (u32, u32) pairs, m f64 weights."""
    with open(path, "rb") as f:
        header = array.array("Q")
        header.fromfile(f, 2)
        n, m = header
        pairs = array.array("I")
        pairs.fromfile(f, 2 * m)
        weights = array.array("d")
        weights.fromfile(f, m)
    return n, pairs, weights


def best_of(repeat, f):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = f()
        best = min(best, time.perf_counter() - start)
    return best, result


class CIgraph:
    """igraph_betweenness_subset from the C library, for python-igraph versions without `sources`."""

    class VectorInt(ctypes.Structure):
        _fields_ = [("stor_begin", ctypes.c_void_p), ("stor_end", ctypes.c_void_p), ("end", ctypes.c_void_p)]

    class Vector(ctypes.Structure):
        _fields_ = [("stor_begin", ctypes.c_void_p), ("stor_end", ctypes.c_void_p), ("end", ctypes.c_void_p)]

    class VertexSelector(ctypes.Structure):  # igraph_vs_t: an enum, then a 16-byte union
        _fields_ = [("type", ctypes.c_int), ("data", ctypes.c_int64 * 2)]

    def __init__(self):
        name = ctypes.util.find_library("igraph")
        if name is None:
            raise OSError("libigraph not found (Debian: apt-get install libigraph3)")
        lib = ctypes.CDLL(name)
        self.lib = lib
        lib.igraph_vector_int_view.restype = ctypes.c_void_p
        lib.igraph_vector_int_view.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64]
        lib.igraph_create.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64, ctypes.c_bool]
        lib.igraph_vss_all.restype = CIgraph.VertexSelector
        lib.igraph_vss_vector.restype = CIgraph.VertexSelector
        lib.igraph_vss_vector.argtypes = [ctypes.c_void_p]
        lib.igraph_vector_init.argtypes = [ctypes.c_void_p, ctypes.c_int64]
        lib.igraph_betweenness_subset.argtypes = [
            ctypes.c_void_p, ctypes.c_void_p, CIgraph.VertexSelector, ctypes.c_bool,
            CIgraph.VertexSelector, CIgraph.VertexSelector, ctypes.c_void_p]
        lib.igraph_vector_destroy.argtypes = [ctypes.c_void_p]
        lib.igraph_destroy.argtypes = [ctypes.c_void_p]

    def _view(self, values):
        data = array.array("q", values)
        vector = CIgraph.VectorInt()
        address, _ = data.buffer_info()
        self.lib.igraph_vector_int_view(ctypes.byref(vector), address, len(data))
        return data, vector  # keep the buffer alive with the view

    def betweenness_subset(self, n, pairs, sources):
        """Returns (seconds of igraph_betweenness_subset alone, values)."""
        lib = self.lib
        edge_data, edges = self._view(pairs)
        graph = ctypes.create_string_buffer(1024)  # igraph_t is about 200 bytes
        if lib.igraph_create(graph, ctypes.byref(edges), n, True) != 0:
            raise RuntimeError("igraph_create failed")
        source_data, source_vector = self._view(sources)
        result = CIgraph.Vector()
        lib.igraph_vector_init(ctypes.byref(result), 0)
        start = time.perf_counter()
        code = lib.igraph_betweenness_subset(graph, ctypes.byref(result), lib.igraph_vss_all(), True,
                                            lib.igraph_vss_vector(ctypes.byref(source_vector)),
                                            lib.igraph_vss_all(), None)
        seconds = time.perf_counter() - start
        if code != 0:
            raise RuntimeError(f"igraph_betweenness_subset failed: {code}")
        values = list((ctypes.c_double * n).from_address(result.stor_begin))
        lib.igraph_vector_destroy(ctypes.byref(result))
        lib.igraph_destroy(graph)
        del edge_data, source_data
        return seconds, values


def igraph_betweenness_subset(g, n, pairs, sources):
    try:
        start = time.perf_counter()
        values = g.betweenness(directed=True, sources=sources)
        return time.perf_counter() - start, values, "Graph.betweenness(sources=S)"
    except TypeError:  # python-igraph < 0.10.5: no sources argument
        seconds, values = CIgraph().betweenness_subset(n, pairs, sources)
        return seconds, values, "C igraph_betweenness_subset via ctypes"


def max_relative_difference(a, b):
    return max((abs(x - y) / max(1.0, abs(x)) for x, y in zip(a, b)), default=0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("work_dir")
    parser.add_argument("--graph", action="append", required=True, metavar="NAME=PATH")
    parser.add_argument("--sources", action="append", default=[], metavar="[NAME=]K",
                        help="betweenness sources (seeded sample), for every graph or for NAME; default 500")
    parser.add_argument("--repeat", type=int, default=5, help="PageRank runs (best of)")
    parser.add_argument("--nx-sources", type=int, default=3, help="NetworkX betweenness sources")
    parser.add_argument("--no-networkx", action="store_true")
    args = parser.parse_args()
    source_counts = {}
    for spec in args.sources:
        name, _, count = spec.rpartition("=")
        source_counts[name] = int(count)

    rows = []  # measure, graph, threads, ricochet, igraph, ratio, goal, pass, networkx, ratio
    notes = []

    def row(measure, graph, threads, ours, theirs, goal, nx_value=None, unit="s"):
        ratio = ours / theirs if theirs else None
        measured = ratio if theirs else ours  # without a comparison the goal bounds the value
        verdict = "" if goal is None else ("PASS" if measured <= goal else "FAIL")
        nx_ratio = ours / nx_value if nx_value else None
        rows.append((measure, graph, threads, ours, theirs, ratio, goal, verdict, nx_value, nx_ratio, unit))

    for spec in args.graph:
        name, path = spec.split("=", 1)
        binary_graph = os.path.join(args.work_dir, f"centrality-{name}.bin")
        values_path = os.path.join(args.work_dir, f"centrality-{name}.values")
        memory = run_bench(args.binary, ["dump", path, binary_graph], 1)
        n, pairs, weights = load_graph(binary_graph)
        m = len(weights)
        print(f"{name}: {path}: {n} vertices, {memory['arcs']} arcs ({m} after merging layers)", flush=True)
        arcs = memory["arcs"]
        row("memory: Graph B/arc", name, "", memory["graph_bytes"] / arcs, None, 40, unit="B")
        row("memory: RSS growth B/arc", name, "", memory["rss_growth_bytes"] / arcs, None, None, unit="B")
        row("memory: merged adjacency B/arc", name, "", memory["merged_in_bytes"] / arcs, None, None, unit="B")
        notes.append(f"{name}: Graph = forward CSR {memory['forward_bytes']} B + backward CSR "
                     f"{memory['backward_bytes']} B (ArcProperties {memory['sizeof_arc_properties']} B); "
                     f"PageRank builds the merged in-arcs ({memory['merged_in_bytes']} B), betweenness "
                     f"the merged out-arcs ({memory['merged_out_bytes']} B)")

        g = igraph.Graph(n=n, edges=list(zip(pairs[0::2], pairs[1::2])), directed=True)
        g.es["weight"] = weights

        # PageRank.
        ig_seconds, ig_values = best_of(args.repeat, lambda: g.pagerank(weights="weight", damping=0.85))
        nx_seconds = None
        if not args.no_networkx:
            G = nx.DiGraph()
            G.add_nodes_from(range(n))
            G.add_weighted_edges_from(zip(pairs[0::2], pairs[1::2], weights))
            from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
            start = time.perf_counter()
            # NetworkX stops when the L1 change is below n x tol.
            nx_values = _pagerank_python(G, alpha=0.85, tol=PAGERANK_TOLERANCE / n, max_iter=10000, weight="weight")
            nx_seconds = time.perf_counter() - start
            nx_difference = max(abs(nx_values[v] - ig_values[v]) for v in range(n))
            notes.append(f"{name}: PageRank NetworkX vs igraph: max |difference| {nx_difference:.1e}")
        for threads in (1, 2):
            ours = run_bench(args.binary, ["pagerank", path, str(args.repeat), str(PAGERANK_TOLERANCE),
                                           values_path], threads)
            difference = max(abs(x - y) for x, y in zip(read_doubles(values_path), ig_values))
            if threads == 1:
                notes.append(f"{name}: PageRank {ours['iterations']} iterations, L1 residual "
                             f"{ours['residual']:.1e}; ricochet vs igraph: max |difference| {difference:.1e}"
                             + ("" if difference <= 1e-9 else "  ** MORE THAN 1e-9 **"))
            row("pagerank", name, threads, ours["seconds"], ig_seconds, 0.5, nx_seconds)

        # Betweenness from the same seeded random sources.
        sources = random.Random(2024).sample(range(n), min(source_counts.get(name, source_counts.get("", 500)), n))
        sources_path = os.path.join(args.work_dir, f"centrality-{name}.sources")
        with open(sources_path, "w") as f:
            f.write("\n".join(map(str, sources)) + "\n")
        ig_seconds, ig_values, how = igraph_betweenness_subset(g, n, pairs, sources)
        nx_per_source = None
        if not args.no_networkx and args.nx_sources > 0:
            few = sources[: args.nx_sources]
            start = time.perf_counter()
            nx_values = nx.betweenness_centrality_subset(G, few, list(range(n)), normalized=False)
            nx_per_source = (time.perf_counter() - start) / len(few)
            few_path = sources_path + ".few"
            with open(few_path, "w") as f:
                f.write("\n".join(map(str, few)) + "\n")
            run_bench(args.binary, ["betweenness", path, few_path, "1", values_path], 2)
            nx_difference = max_relative_difference(read_doubles(values_path), [nx_values[v] for v in range(n)])
            notes.append(f"{name}: betweenness on {len(few)} sources, ricochet vs NetworkX: max relative "
                         f"difference {nx_difference:.1e}")
        for threads in (1, 2):
            ours = run_bench(args.binary, ["betweenness", path, sources_path, "1", values_path], threads)
            if threads == 1:
                difference = max_relative_difference(read_doubles(values_path), ig_values)
                notes.append(f"{name}: betweenness on {len(sources)} sources (igraph: {how}), ricochet vs "
                             f"igraph: max relative difference {difference:.1e}")
            row("betweenness per source", name, threads, ours["seconds"] / len(sources),
                ig_seconds / len(sources), 0.6 if threads == 2 else None, nx_per_source)
        if not args.no_networkx:
            del G

    def fmt(value, unit):
        if value is None:
            return "-"
        if unit == "B":
            return f"{value:.1f} B"
        if value < 1e-3:
            return f"{value * 1e6:.1f} us"
        return f"{value * 1e3:.2f} ms" if value < 1 else f"{value:.2f} s"

    header = ("measure", "graph", "thr", "ricochet", "igraph", "ratio", "goal", "result", "networkx", "r/nx")
    table = [header]
    for measure, graph, threads, ours, theirs, ratio, goal, verdict, nx_value, nx_ratio, unit in rows:
        table.append((measure, graph, str(threads), fmt(ours, unit), fmt(theirs, unit),
                      "-" if ratio is None else f"{ratio:.2f}",
                      "-" if goal is None else (f"<= {goal} B" if unit == "B" else f"<= {goal}"),
                      verdict or "-", fmt(nx_value, unit), "-" if nx_ratio is None else f"{nx_ratio:.4f}"))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for r in table:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    print()
    for note in notes:
        print("note:", note)
    print(f"igraph {igraph.__version__}, networkx {nx.__version__}, python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs; PageRank best of {args.repeat}, betweenness one run; "
          f"ratio = ricochet / igraph (lower is better)")


if __name__ == "__main__":
    main()
