#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Influence maximisation benchmark: `ricochet spread` on the full Higgs retweet network, with a
plain-Python Monte Carlo re-estimating the spread of IMM's seeds in the same run. Not part of
CTest; run it with `cmake --build build --target bench_spread`.

Usage: bench_spread.py RICOCHET EDGELIST [--edge-layer repost] [--worlds 2000]
                       [--probabilities learned,weighted-cascade]

For each probability rule (learned: p(v -> u) = w(u -> v) / s_in(v), every vertex of an edge list
following the weight rule; weighted-cascade: p(v -> u) = 1 / the number of distinct actors u
amplifies), independent cascade, default seed:
- `spread --seeds 50 --epsilon 0.1` (IMM), `--seeds 20` (IMM) and `--seeds 20 --method celf`
  (1000 CELF worlds): wall time of the whole command as a user runs it (its report evaluates
  every prefix of the seeds on 10,000 worlds), and of the selection alone (the same command with
  `--simulations 1`); goal: IMM k = 50 within 60 s. The evaluated spreads of IMM's and CELF's 20
  seeds must agree within 5 %.
- Reference in the same run: this script's own IC Monte Carlo (bit-parallel live-edge worlds in
  Python integers, its own probabilities derived from the edge list, Python's Mersenne Twister)
  re-estimates the spread of every prefix of IMM's 20 seeds on --worlds worlds, timed, against
  `spread --evaluate` of the same seeds on as many worlds (both report every prefix; this script
  continues each prefix's cascade from the previous one's).
  The estimates must agree within 4 combined standard errors.
Prints a table (markdown)."""
import argparse
import collections
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import time


# ---- the input, by the rules of the README and paths.hpp (as tests/oracle/spread_oracle.py) ----

def read_arcs(path, edge_layer):
    """{(u, v): weight} of an `A B [count]` edge list (A amplified B), ids in first-appearance
    order; only the repost layer is weighted 1 (the edge list's rows are one layer)."""
    raw = open(path, "rb").read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    layer_weight = {"repost": 1.0, "quote": 1.0, "reply": 0.5, "comment": 0.5, "mention": 0.5,
                    "reaction": 0.1}[edge_layer]
    index = {}
    arcs = {}
    for line in raw.decode("utf-8").splitlines():
        cells = line.split()
        if not cells or cells[0][0] in "#%":
            continue
        u = index.setdefault(cells[0], len(index))
        v = index.setdefault(cells[1], len(index))
        if u != v:
            count = float(cells[2]) if len(cells) > 2 else 1.0
            arcs[(u, v)] = arcs.get((u, v), 0.0) + count * layer_weight
    ids = [None] * len(index)
    for name, i in index.items():
        ids[i] = name
    return ids, arcs


def hop_probabilities(arcs, rule):
    """{(v, u): p}: content of v reaches u."""
    if rule == "learned":
        in_strength = collections.Counter()
        for (u, v), w in arcs.items():
            in_strength[v] += w
        return {(v, u): min(1.0, w / in_strength[v]) for (u, v), w in arcs.items()}
    amplified = collections.Counter(u for (u, v) in arcs)
    return {(v, u): 1.0 / amplified[u] for (u, v) in arcs}


# ---- IC Monte Carlo, bit-parallel (tests/oracle/spread_oracle.py's) ----------------------------

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "oracle"))
from spread_oracle import ic_prefix_spreads  # noqa: E402


# ---- ricochet ---------------------------------------------------------------------------------

def spread(ricochet, edgelist, args):
    """(JSON report, wall seconds) of one `ricochet spread` run."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "spread.json")
        started = time.perf_counter()
        subprocess.run([ricochet, "spread", edgelist, *args, "--format", "json", "-o", path], check=True)
        elapsed = time.perf_counter() - started
        with open(path, encoding="utf-8") as f:
            return json.load(f), elapsed


def seconds(t):
    return f"{t * 1000:.0f} ms" if t < 1 else f"{t:.1f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ricochet")
    parser.add_argument("edgelist")
    parser.add_argument("--edge-layer", default="repost")
    parser.add_argument("--worlds", type=int, default=2000)
    parser.add_argument("--probabilities", default="learned,weighted-cascade")
    args = parser.parse_args()
    common = ["--edge-layer", args.edge_layer]
    started = time.perf_counter()
    ids, arcs = read_arcs(args.edgelist, args.edge_layer)
    index = {a: i for i, a in enumerate(ids)}
    print(f"{args.edgelist}: {len(ids)} vertices, {len(arcs)} arcs (read in Python in "
          f"{seconds(time.perf_counter() - started)}); OMP_NUM_THREADS="
          f"{os.environ.get('OMP_NUM_THREADS', 'unset')}, {os.cpu_count()} CPUs", flush=True)
    table = []
    failures = []
    for rule in args.probabilities.split(","):
        hops = hop_probabilities(arcs, rule)
        runs = {}
        for name, extra in (("IMM k=50 eps=0.1", ["--seeds", "50", "--epsilon", "0.1"]),
                            ("IMM k=20", ["--seeds", "20"]),
                            ("CELF k=20", ["--seeds", "20", "--method", "celf"])):
            report, wall = spread(args.ricochet, args.edgelist, [*common, "--probabilities", rule, *extra])
            _, select = spread(args.ricochet, args.edgelist,
                               [*common, "--probabilities", rule, *extra, "--simulations", "1"])
            if report["hops"] != len(hops):
                failures.append(f"{rule}: ricochet has {report['hops']} hops, this script {len(hops)}")
            runs[name] = report
            last = report["rows"][-1]["spread"]
            s = report["selection"]
            size = f"{s['rr_sets']:,} RR sets" if "rr_sets" in s else f"{s['evaluations']:,} evaluations"
            goal = result = ""
            if name.startswith("IMM k=50"):
                goal, result = "<= 60 s", "pass" if wall <= 60 else "FAIL"
            table.append([rule, name, seconds(wall), seconds(select),
                          f"{last['mean']:.2f} +- {last['standard_error']:.2f}",
                          f"{s['estimated_spread']:.2f} ({size})", goal, result])
            print(f"{rule} {name}: {seconds(wall)} ({seconds(select)} selecting), spread {last['mean']:.2f}, "
                  f"estimate {s['estimated_spread']:.2f}", flush=True)
        a = runs["IMM k=20"]["rows"][-1]["spread"]["mean"]
        b = runs["CELF k=20"]["rows"][-1]["spread"]["mean"]
        difference = abs(a - b) / max(a, b)
        table.append([rule, "IMM vs CELF k=20", "", "", f"{a / b - 1:+.2%}", "", "<= 5 %",
                      "pass" if difference <= 0.05 else "FAIL"])
        if difference > 0.05:
            failures.append(f"{rule}: IMM {a} and CELF {b} differ by {difference:.2%}")
        # Reference: this script's Monte Carlo of IMM's 20 seeds against ricochet's --evaluate.
        seeds = [r["id"] for r in runs["IMM k=20"]["rows"]]
        evaluated, ricochet_time = spread(args.ricochet, args.edgelist,
                                          [*common, "--probabilities", rule, "--evaluate", ",".join(seeds),
                                           "--simulations", str(args.worlds)])
        started = time.perf_counter()
        ours = ic_prefix_spreads(len(ids), hops, [index[a] for a in seeds], args.worlds, 2021)
        python_time = time.perf_counter() - started
        worst = 0.0
        for row, (mean, se) in zip(evaluated["rows"], ours):
            z = (row["spread"]["mean"] - mean) / max(1e-300, math.hypot(row["spread"]["standard_error"], se))
            worst = max(worst, abs(z))
        mean, se = ours[-1]
        theirs = evaluated["rows"][-1]["spread"]
        table.append([rule, f"evaluate IMM's 20 seeds, {args.worlds} worlds", seconds(ricochet_time), "",
                      f"{theirs['mean']:.2f} +- {theirs['standard_error']:.2f}", "", "", ""])
        table.append([rule, f"Python MC, same seeds, {args.worlds} worlds", seconds(python_time), "",
                      f"{mean:.2f} +- {se:.2f}", f"max prefix z {worst:.2f}",
                      f"ricochet / Python {ricochet_time / python_time:.3f}", "pass" if worst <= 4 else "FAIL"])
        if worst > 4:
            failures.append(f"{rule}: a prefix of IMM's 20 seeds differs from the Python Monte Carlo by "
                            f"{worst:.2f} standard errors")
        print(f"{rule}: Python MC {seconds(python_time)} ({mean:.2f} +- {se:.2f}), ricochet --evaluate "
              f"{seconds(ricochet_time)} ({theirs['mean']:.2f}), max prefix z {worst:.2f}", flush=True)
    print()
    header = ["probabilities", "run", "wall", "selection only", "spread (evaluated)", "method's estimate",
              "goal", "result"]
    print("| " + " | ".join(header) + " |")
    print("| " + " | ".join("---" for _ in header) + " |")
    for row in table:
        print("| " + " | ".join(row) + " |")
    if failures:
        print("\n".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
