#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet centrality`: rebuilds the simple weighted digraph from the input file in
plain Python (written apart from ricochet's readers), computes every measure with NetworkX and
igraph, and compares with `ricochet centrality INPUT --format json`.

Graph (README, "The influence graph"): directed; an edge-list row `src dst [weight] [time]
[layer]` is one interaction of count = weight (default 1) times its layer's weight (repost 1 by
default); GraphML/GEXF: one interaction per directed edge, two per undirected edge, count = the
`weight` attribute; interactions of one pair are summed into one arc; self-loops make no arc but
their ids are vertices; vertex id = the id string.

Measures and the reference each one is compared with (ricochet's contract):
  strength      in_strength, out_strength: sums of arc weights, exact (plain Python)
  amplifiers    distinct in-neighbours, exact (plain Python)
  pagerank      nx (power iteration; the mass of dangling vertices follows the teleport
                distribution: uniform, or uniform over --seeds, as NetworkX and igraph do),
                igraph PRPACK as second opinion; <= 1e-6 absolute
  hits          authority, hub summing to 1: nx.hits, igraph authority/hub_score rescaled;
                <= 1e-6 absolute
  betweenness   directed, endpoints excluded, raw (or / (n-1)(n-2) with --normalized), lengths
                hops or 1/w: igraph and nx; relative 1e-9. With --epsilon/--delta (Riondato and
                Kornaropoulos) |estimate - exact| / (n(n-1)) <= epsilon for every vertex
  harmonic      sum over u != v of 1/d(u, v), distances from u to v (nx.harmonic_centrality on
                the DiGraph, igraph harmonic_centrality mode "in"); / (n-1) with --normalized
  eigenvector   x_v ~ sum over u->v of w x_u, Euclidean norm 1: nx and igraph; <= 1e-6
  katz          x = alpha A^T x + 1, Euclidean norm 1: nx.katz_centrality (or a plain power
                iteration on big graphs); <= 1e-6
  core          core (undirected simple projection), in_core, out_core: nx / igraph, exact
  clustering    local clustering of the undirected simple projection (0 below degree 2)

Big graphs (more than 20,000 arcs) use igraph and plain Python only, and skip the O(nm) measures
(exact betweenness and harmonic) unless betweenness is sampled, where igraph's exact betweenness
is the reference.

Usage: centrality_oracle.py RICOCHET INPUT [ricochet options...]
       centrality_oracle.py --self-test
The oracle adds `--tolerance 1e-12` unless the options hold a --tolerance. Exit 1 on any
failure."""
import json
import math
import os
import subprocess
import sys
import tempfile
import time

import warnings

import networkx as nx
from networkx.algorithms.link_analysis.hits_alg import _hits_python
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_graph import LAYER_WEIGHTS, option, read_graph  # noqa: E402

ALL = ["strength", "layer-strength", "amplifiers", "pagerank", "hits", "betweenness", "harmonic", "eigenvector",
       "katz", "core", "clustering"]
COLUMNS = {"strength": ["in_strength", "out_strength"], "layer-strength": [],
           "amplifiers": ["amplifiers"],
           "pagerank": ["pagerank"], "hits": ["authority", "hub"],
           "betweenness": ["betweenness"], "harmonic": ["harmonic"],
           "eigenvector": ["eigenvector"], "katz": ["katz"],
           "core": ["core", "in_core", "out_core"], "clustering": ["clustering"]}
BIG = 20000          # arcs: above this, igraph and plain Python only, no O(nm) measure
SPECTRAL_TOL = 1e-6  # absolute, pagerank hits eigenvector katz
PATH_TOL = 1e-9      # relative, betweenness harmonic clustering


# ------------------------------------------------------------------------------ references

def strongly_connected(graph):
    return graph.n > 0 and len(graph.ig().components(mode="strong")) == 1


def strength(graph):
    ins, outs = [0.0] * graph.n, [0.0] * graph.n
    for (i, j), w in graph.arcs.items():
        outs[i] += w
        ins[j] += w
    return {"in_strength": ins, "out_strength": outs}


def amplifiers(graph):
    amps = [0] * graph.n
    for (_, j) in graph.arcs:
        amps[j] += 1
    return {"amplifiers": amps}


def pagerank_refs(graph, p):
    """(primary, second opinion) columns. Dangling mass follows the teleport distribution."""
    weight = None if p["unweighted"] else "weight"
    n = graph.n
    seeds = p["seeds"]
    refs = []
    if graph.m <= BIG:
        personalization = {graph.index[s]: 1.0 for s in seeds} if seeds else None
        x = _pagerank_python(graph.nx(), alpha=p["damping"], personalization=personalization,
                             dangling=None, weight=weight,
                             tol=1e-13 / n, max_iter=1000000)
        refs.append(("networkx", [x[i] for i in range(n)]))
    g = graph.ig()
    if seeds:
        refs.append(("igraph", g.personalized_pagerank(
            damping=p["damping"], weights=weight, reset_vertices=[graph.index[s] for s in seeds])))
    else:
        refs.append(("igraph", g.pagerank(damping=p["damping"], weights=weight)))
        if graph.m > BIG:
            refs.append(("igraph-arpack", g.pagerank(damping=p["damping"], weights=weight,
                                                     implementation="arpack")))
    return {"pagerank": refs}


def hits_refs(graph, p):
    weight = None if p["unweighted"] else "weight"
    n = graph.n
    refs_a, refs_h = [], []
    if graph.m <= BIG:
        g = graph.nx()
        if weight is None:
            g = nx.DiGraph(g.edges())
            g.add_nodes_from(range(n))
        h, a = _hits_python(g, tol=1e-11, max_iter=1000000)
        refs_a.append(("networkx", [a[i] for i in range(n)]))
        refs_h.append(("networkx", [h[i] for i in range(n)]))
    g = graph.ig()
    for refs, scores in ((refs_a, g.authority_score(weights=weight, scale=False)),
                         (refs_h, g.hub_score(weights=weight, scale=False))):
        s = sum(scores)
        refs.append(("igraph", [x / s for x in scores] if s else scores))
    return {"authority": refs_a, "hub": refs_h}


def brandes_exact(graph):
    """Brandes' betweenness with lengths 1/w in exact rational arithmetic: two paths tie when
    their lengths are equal as numbers (1/3 + 1/6 = 1/2), which floating point may miss."""
    from fractions import Fraction
    import heapq
    n = graph.n
    out = [[] for _ in range(n)]
    for (i, j), w in graph.arcs.items():
        out[i].append((j, 1 / Fraction(w)))
    result = [Fraction(0)] * n
    for s in range(n):
        dist = {s: Fraction(0)}
        sigma = [0] * n
        sigma[s] = 1
        preds = [[] for _ in range(n)]
        order = []
        done = [False] * n
        heap = [(Fraction(0), s)]
        while heap:
            d, v = heapq.heappop(heap)
            if done[v]:
                continue
            done[v] = True
            order.append(v)
            for u, length in out[v]:
                nd = d + length
                if u not in dist or nd < dist[u]:
                    dist[u] = nd
                    sigma[u] = sigma[v]
                    preds[u] = [v]
                    heapq.heappush(heap, (nd, u))
                elif nd == dist[u]:
                    sigma[u] += sigma[v]
                    preds[u].append(v)
        delta = [Fraction(0)] * n
        for w in reversed(order):
            for v in preds[w]:
                delta[v] += Fraction(sigma[v], sigma[w]) * (1 + delta[w])
            if w != s:
                result[w] += delta[w]
    return [float(x) for x in result]


def betweenness_refs(graph, p):
    n = graph.n
    length = "length" if p["lengths"] == "inverse-weight" else None
    scale = 1.0 / ((n - 1) * (n - 2)) if p["normalized"] and n > 2 else 1.0
    refs = [("igraph", [x * scale for x in graph.ig().betweenness(directed=True, weights=length)])]
    if length is not None and graph.m <= 2000:
        refs.insert(0, ("exact-rational", [x * scale for x in brandes_exact(graph)]))
    cost = n * graph.m * (1 if length is None else 3)
    if cost <= 3e7:
        b = nx.betweenness_centrality(graph.nx(), normalized=False, weight=length)
        refs.append(("networkx", [b[i] * scale for i in range(n)]))
    return {"betweenness": refs}


def harmonic_refs(graph, p):
    n = graph.n
    length = "length" if p["lengths"] == "inverse-weight" else None
    scale = 1.0 / (n - 1) if p["normalized"] and n > 1 else 1.0
    refs = []
    if n * graph.m * (1 if length is None else 3) <= 3e7:
        h = nx.harmonic_centrality(graph.nx(), distance=length)
        refs.append(("networkx", [h[i] * scale for i in range(n)]))
    refs.append(("igraph", [x * scale for x in graph.ig().harmonic_centrality(
        mode="in", weights=length, normalized=False)]))
    return {"harmonic": refs}


def eigenvector_refs(graph, p):
    weight = None if p["unweighted"] else "weight"
    n = graph.n
    refs = []
    if graph.m <= BIG:
        try:
            x = nx.eigenvector_centrality(graph.nx(), weight=weight, max_iter=100000, tol=1e-13)
            refs.append(("networkx", [x[i] for i in range(n)]))
        except nx.PowerIterationFailedConvergence:
            print("note     eigenvector: NetworkX's power iteration does not converge")
    spectral_radius(graph, weight)
    x = graph.cache[("radius", weight)][0]
    s = math.sqrt(sum(v * v for v in x))
    refs.append(("igraph", [v / s for v in x] if s else x))
    return {"eigenvector": refs}


def spectral_radius(graph, weight):
    """Largest eigenvalue of A (weighted or not), by igraph's ARPACK."""
    if graph.m == 0:
        return 0.0
    key = ("radius", weight)
    if key not in graph.cache:
        graph.cache[key] = graph.ig().eigenvector_centrality(directed=True, weights=weight,
                                                             return_eigenvalue=True)
    return graph.cache[key][1]


def katz_plain(graph, alpha, weighted):
    """x = alpha A^T x + 1, solved strong component by strong component in topological order
    (Gauss-Seidel inside a component, exact in one step outside), then Euclidean norm 1."""
    g = graph.ig()
    components = g.connected_components(mode="strong")
    order = components.cluster_graph(combine_vertices=None, combine_edges=None)
    order = order.simplify().topological_sorting(mode="out")
    members = [[] for _ in range(len(components))]
    for v, c in enumerate(components.membership):
        members[c].append(v)
    into = [[] for _ in range(graph.n)]
    for (i, j), w in graph.arcs.items():
        into[j].append((i, alpha * w if weighted else alpha))
    x = [1.0] * graph.n
    for c in order:
        vs = members[c]
        for _ in range(1000000 if len(vs) > 1 else 1):
            change = 0.0
            for v in vs:
                y = 1.0 + sum(w * x[u] for u, w in into[v])
                change = max(change, abs(y - x[v]) / y)
                x[v] = y
            if change <= 1e-15:
                break
    s = math.sqrt(sum(v * v for v in x))
    return [v / s for v in x]


def katz_refs(graph, p):
    weight = None if p["unweighted"] else "weight"
    n = graph.n
    refs = []
    if graph.m <= BIG:
        x = nx.katz_centrality(graph.nx(), alpha=p["alpha"], beta=1.0, normalized=True,
                               weight=weight, max_iter=1000000, tol=1e-15)
        refs.append(("networkx", [x[i] for i in range(n)]))
    refs.append(("python", katz_plain(graph, p["alpha"], weight is not None)))
    return {"katz": refs}


def directed_core(graph, mode):
    """k-cores by peeling: a vertex stays in the k-core while it has >= k in-neighbours
    (mode in) or out-neighbours (mode out) in it."""
    n = graph.n
    deg = [0] * n
    nbrs = [[] for _ in range(n)]  # vertices whose degree drops when this one leaves
    for (i, j) in graph.arcs:
        if mode == "in":
            deg[j] += 1
            nbrs[i].append(j)
        else:
            deg[i] += 1
            nbrs[j].append(i)
    core = [0] * n
    removed = [False] * n
    buckets = {}
    for v in range(n):
        buckets.setdefault(deg[v], set()).add(v)
    k = 0
    left = n
    while left:
        d = min(d for d, b in buckets.items() if b)
        k = max(k, d)
        v = buckets[d].pop()
        removed[v] = True
        core[v] = k
        left -= 1
        for u in nbrs[v]:
            if not removed[u]:
                buckets[deg[u]].discard(u)
                deg[u] -= 1
                buckets.setdefault(deg[u], set()).add(u)
    return core


def core_refs(graph, p):
    refs = {"core": [], "in_core": [], "out_core": []}
    g = graph.ig()
    und = g.as_undirected(mode="collapse")
    refs["core"].append(("igraph", und.coreness()))
    refs["in_core"].append(("igraph", g.coreness(mode="in")))
    refs["out_core"].append(("igraph", g.coreness(mode="out")))
    if graph.m <= BIG:
        c = nx.core_number(graph.nx().to_undirected())
        refs["core"].insert(0, ("networkx", [c[i] for i in range(graph.n)]))
        refs["in_core"].append(("python", directed_core(graph, "in")))
        refs["out_core"].append(("python", directed_core(graph, "out")))
    return refs


def clustering_refs(graph, p):
    refs = []
    if graph.m <= BIG:
        c = nx.clustering(graph.nx().to_undirected())
        refs.append(("networkx", [c[i] for i in range(graph.n)]))
    und = graph.ig().as_undirected(mode="collapse")
    refs.append(("igraph", und.transitivity_local_undirected(mode="zero")))
    return {"clustering": refs}


def exact_refs(graph, p):
    s = strength(graph)
    a = amplifiers(graph)
    return {"in_strength": [("python", s["in_strength"])],
            "out_strength": [("python", s["out_strength"])],
            "amplifiers": [("python", a["amplifiers"])]}


REFERENCES = {"strength": exact_refs, "amplifiers": exact_refs, "pagerank": pagerank_refs,
              "hits": hits_refs, "betweenness": betweenness_refs, "harmonic": harmonic_refs,
              "eigenvector": eigenvector_refs, "katz": katz_refs, "core": core_refs,
              "clustering": clustering_refs}
EXACT = {"in_strength", "out_strength", "amplifiers", "core", "in_core", "out_core"}
RELATIVE = {"betweenness", "harmonic", "clustering"}


# ------------------------------------------------------------------------------ comparing

def difference(got, want):
    """(max absolute, max relative) difference; relative to max(1, |want|)."""
    worst_abs = worst_rel = 0.0
    where = None
    for i, (a, b) in enumerate(zip(got, want)):
        d = abs(a - b)
        r = d / max(1.0, abs(b))
        if r > worst_rel or where is None:
            where = i if r >= worst_rel else where
        worst_abs = max(worst_abs, d)
        worst_rel = max(worst_rel, r)
    return worst_abs, worst_rel, where


def within(column, got, want):
    worst_abs, worst_rel, _ = difference(got, want)
    if column in EXACT:
        return worst_abs == 0
    if column in RELATIVE:
        return worst_rel <= PATH_TOL
    return worst_abs <= SPECTRAL_TOL


def eigen_residual(graph, x, kind, weighted):
    """max |M x - lambda x| / max|x| for M = A^T (eigenvector) or A^T A (authority) or A A^T
    (hub), lambda estimated by the Rayleigh quotient: how far x is from an eigenvector."""
    def at(v):  # A^T v
        y = [0.0] * graph.n
        for (i, j), w in graph.arcs.items():
            y[j] += (w if weighted else 1.0) * v[i]
        return y

    def a(v):  # A v
        y = [0.0] * graph.n
        for (i, j), w in graph.arcs.items():
            y[i] += (w if weighted else 1.0) * v[j]
        return y
    y = {"eigenvector": at, "authority": lambda v: at(a(v)), "hub": lambda v: a(at(v))}[kind](x)
    dot = sum(u * v for u, v in zip(x, x))
    if dot == 0:
        return float("inf"), 0.0
    lam = sum(u * v for u, v in zip(x, y)) / dot
    scale = max(abs(v) for v in x)
    return max(abs(b - lam * u) for u, b in zip(x, y)) / scale, lam


def parameters(options):
    p = {
        "damping": float(option(options, "--damping", 0.85)),
        "seeds": [s for s in option(options, "--seeds", "").split(",") if s],
        "alpha": float(option(options, "--alpha")) if "--alpha" in options else None,
        "unweighted": "--unweighted" in options,
        "lengths": option(options, "--lengths", "hops"),
        "normalized": "--normalized" in options,
        "epsilon": float(option(options, "--epsilon")) if "--epsilon" in options else None,
        "delta": float(option(options, "--delta", 0.1)),
        "samples": int(option(options, "--samples")) if "--samples" in options else None,
        "top": int(option(options, "--top")) if "--top" in options else None,
    }
    spec = option(options, "--measures", "all")
    p["measures"] = ALL if spec == "all" else spec.split(",")
    return p


def run_ricochet(ricochet, path, options):
    command = [ricochet, "centrality", path, "--format", "json"]
    if "--measures" not in options:
        command += ["--measures", "all"]
    if "--tolerance" not in options:
        command += ["--tolerance", "1e-12"]
    command += options
    start = time.time()
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.time() - start
    if run.returncode != 0:
        print(f"FAIL     ricochet exited {run.returncode}: {' '.join(command)}\n{run.stderr}")
        return None, elapsed
    return json.loads(run.stdout), elapsed


def check(ricochet, path, options):
    p = parameters(options)
    start = time.time()
    graph = read_graph(path, options)
    print(f"graph    {path}: {graph.n} vertices, {graph.m} arcs "
          f"(read in {time.time() - start:.2f} s)")
    out, elapsed = run_ricochet(ricochet, path, options)
    if out is None:
        return 1
    print(f"ricochet {elapsed:.2f} s")
    failures = 0

    def fail(message):
        nonlocal failures
        failures += 1
        print(f"FAIL     {message}")

    if out.get("vertices") != graph.n or out.get("arcs") != graph.m:
        fail(f"graph size: ricochet {out.get('vertices')} vertices / {out.get('arcs')} arcs, "
             f"oracle {graph.n} / {graph.m}")
    rows = {}
    for actor in out.get("actors", []):
        rows[str(actor["id"])] = actor
    if p["top"] is None and len(rows) != graph.n:
        fail(f"{len(rows)} actors, expected {graph.n}")
    unknown = [i for i in rows if i not in graph.index]
    if unknown:
        fail(f"{len(unknown)} unknown actor ids, first {unknown[0]!r}")
    listed = [graph.index[i] for i in rows if i in graph.index]
    columns = out.get("columns", [])
    wanted = [c for m in ALL if m in p["measures"] for c in COLUMNS[m]]
    for c in wanted:
        if c not in columns:
            fail(f"column {c} missing from ricochet's columns {columns}")
    diagnostics = out.get("diagnostics", {})
    params = out.get("parameters", {})
    if "katz" in p["measures"] and p["alpha"] is None:
        p["alpha"] = float(params.get("katz_alpha", params.get("alpha", 0.1)))
        print(f"note     katz: no --alpha given; using ricochet's alpha {p['alpha']}")

    def got_column(column):
        return [rows[graph.ids[i]].get(column) for i in listed]

    sampled = "betweenness" in p["measures"] and (p["epsilon"] is not None or p["samples"])
    for measure in ALL:
        if measure not in p["measures"]:
            continue
        if measure == "amplifiers" and "strength" in p["measures"]:
            pass
        t = time.time()
        if measure == "harmonic" and graph.m > BIG:
            failures += check_harmonic_subset(graph, p, rows, fail)
            continue
        if measure in ("betweenness", "harmonic") and graph.m > BIG and not sampled:
            print(f"skip     {measure}: O(nm) on {graph.m} arcs (igraph alone needs 14-20 s "
                  f"on the Higgs retweet network)")
            continue
        if measure == "layer-strength":
            failures += check_layer_strength(graph, columns, rows, fail)
            continue
        if measure == "katz":
            lam = spectral_radius(graph, None if p["unweighted"] else "weight")
            print(f"note     katz: alpha {p['alpha']}, spectral radius {lam:.6g}, "
                  f"1/radius {1 / lam if lam else math.inf:.6g}")
            if lam and p["alpha"] >= 1 / lam:
                fail(f"katz: alpha {p['alpha']} >= 1/spectral radius: the series diverges")
                continue
        if measure == "betweenness" and sampled:
            failures += check_sampled(graph, p, rows, diagnostics.get("betweenness", {}), fail)
            continue
        refs = REFERENCES[measure](graph, p)
        spent = time.time() - t
        for column in COLUMNS[measure]:
            if column not in columns:
                continue
            got = got_column(column)
            if column in refs and len(refs[column]) == 0:
                print(f"skip     {column}: no reference applies")
                continue
            engines = refs[column]
            nulls = sum(v is None for v in got)
            # Second opinions: the references must agree among themselves too.
            name0, want0 = engines[0]
            want0 = [want0[i] for i in listed]
            agree = True
            notes = []
            for name, want in engines[1:]:
                want = [want[i] for i in listed]
                a, r, _ = difference(want, want0)
                ok = within(column, want, want0)
                agree &= ok
                notes.append(f"{name} vs {name0} abs {a:.2g}{'' if ok else ' DISAGREE'}")
            refs_note = f"[refs {spent:.2f} s: {'; '.join(notes) or name0 + ' alone'}]"
            ill = ill_defined(graph, column, p, agree)
            if nulls:
                if ill:
                    print(f"ok       {column}: {nulls} null values where the measure is "
                          f"ill-defined ({ill}) {refs_note}")
                    continue
                fail(f"{column}: {nulls} null values, first at "
                     f"{graph.ids[listed[got.index(None)]]!r} {refs_note}")
                continue
            if ill:
                # Compare what is comparable: x must be a non-negative unit eigenvector.
                res, lam = eigen_residual(graph, got, column, not p["unweighted"])
                a, r, _ = difference(got, want0)
                norm = (math.sqrt(sum(v * v for v in got)) if column == "eigenvector"
                        else sum(got))
                good = res <= 1e-5 and min(got) >= -1e-9 and abs(norm - 1) <= 1e-9
                print(f"{'ok' if good else 'FAIL':8} {column}: ill-defined ({ill}): ricochet's "
                      f"vector is an eigenvector, residual {res:.3g} (lambda {lam:.6g}); "
                      f"vs {name0} abs {a:.3g} (not required) {refs_note}")
                failures += not good
                continue
            parts = []
            bad = []
            for name, want in engines:
                want = [want[i] for i in listed]
                a, r, where = difference(got, want)
                ok = within(column, got, want)
                parts.append(f"vs {name} abs {a:.3g} rel {r:.3g}{'' if ok else ' (out)'}")
                # A failure against the primary reference, or against any reference when
                # they agree among themselves.
                if not ok and (name == name0 or agree):
                    bad.append(f"worst at {graph.ids[listed[where]]!r}: ricochet "
                               f"{got[where]!r}, {name} {want[where]!r}")
            print(f"{'FAIL' if bad else 'ok':8} {column}: {'; '.join(parts)} {refs_note}"
                  + (f" -- {'; '.join(bad)}" if bad else ""))
            failures += bool(bad)
        if measure == "pagerank" and "pagerank" in columns:
            d = diagnostics.get("pagerank", {})
            total = sum(v for v in got_column("pagerank") if v is not None)
            print(f"info     pagerank: sum {total:.15f}, diagnostics {json.dumps(d)}")
            if p["top"] is None and abs(total - 1) > 1e-9:
                fail(f"pagerank sums to {total}")
    print(f"{'FAILED' if failures else 'PASSED'}  {path} {' '.join(options)}: {failures} failures")
    return 1 if failures else 0


def check_harmonic_subset(graph, p, rows, fail):
    """Big graphs: harmonic closeness of 2,000 seeded random vertices and ricochet's top 20,
    against igraph computed for those vertices only (the whole graph costs igraph 20 s)."""
    import random
    t = time.time()
    n = graph.n
    length = "length" if p["lengths"] == "inverse-weight" else None
    scale = 1.0 / (n - 1) if p["normalized"] and n > 1 else 1.0
    got = {i: rows[graph.ids[i]]["harmonic"] for i in range(n) if graph.ids[i] in rows}
    chosen = set(random.Random(12345).sample(range(n), min(n, 2000)))
    chosen |= set(sorted(got, key=lambda i: -(got[i] or 0))[:20])
    chosen = sorted(i for i in chosen if i in got)
    want = graph.ig().harmonic_centrality(vertices=chosen, mode="in", weights=length, normalized=False)
    worst, where = 0.0, None
    for i, w in zip(chosen, want):
        r = abs(got[i] - w * scale) / max(1.0, abs(w * scale))
        if r > worst:
            worst, where = r, i
    ok = worst <= 1e-9
    print(f"{'ok' if ok else 'FAIL':8} harmonic: {len(chosen)} vertices (2,000 random + top 20) vs "
          f"igraph, rel {worst:.3g} [refs {time.time() - t:.2f} s]")
    if not ok:
        fail(f"harmonic: worst at {graph.ids[where]!r}")
    return 0 if ok else 1


def check_layer_strength(graph, columns, rows, fail):
    """in_<layer>, out_<layer>: the strengths of each layer's arcs, exact."""
    failures = 0
    found = [c for c in columns if c[:3] in ("in_", "out") and c.split("_", 1)[1] in LAYER_WEIGHTS]
    for column in found:
        side, layer = column.split("_", 1)
        ins, outs = graph.layers.get(layer, ({}, {}))
        want = ins if side == "in" else outs
        bad = [(vid, row.get(column), want.get(vid, 0.0)) for vid, row in rows.items()
               if row.get(column) != want.get(vid, 0.0)]
        if bad:
            fail(f"{column}: {len(bad)} values differ, first {bad[0][0]!r}: ricochet "
                 f"{bad[0][1]!r}, expected {bad[0][2]!r}")
            failures += 1
        else:
            print(f"ok       {column}: exact on {len(rows)} actors")
    if not found:
        print("skip     layer-strength: no in_<layer>/out_<layer> column")
    return failures


def ill_defined(graph, column, p, references_agree):
    """Why eigenvector or HITS is not well defined on this graph ('' when it is)."""
    if column == "eigenvector" and not strongly_connected(graph):
        if not references_agree:
            return "not strongly connected and the references disagree"
        return ""
    if column in ("authority", "hub") and not references_agree:
        return "the references disagree: degenerate top eigenvalue"
    return ""


def check_sampled(graph, p, rows, diag, fail):
    """Riondato-Kornaropoulos: with probability >= 1 - delta, every |estimate - exact| is at most
    epsilon n (n - 1) in raw units. The exact values are igraph's."""
    n = graph.n
    start = time.time()
    length = "length" if p["lengths"] == "inverse-weight" else None
    exact = graph.ig().betweenness(directed=True, weights=length)
    print(f"time     igraph exact betweenness: {time.time() - start:.2f} s")
    pairs = n * (n - 1)
    scale = 1.0 / ((n - 1) * (n - 2)) if p["normalized"] and n > 2 else 1.0
    worst, where = 0.0, None
    failures = 0
    nulls = 0
    for vid, row in rows.items():
        got = row.get("betweenness")
        if got is None:
            nulls += 1
            continue
        i = graph.index[vid]
        d = abs(got / scale - exact[i]) / pairs
        if d > worst:
            worst, where = d, vid
    if nulls:
        fail(f"betweenness: {nulls} null values")
        failures += 1
    eps = p["epsilon"]
    samples = diag.get("samples")

    def detail_at(vid):
        if vid is None:
            return ""
        return (f" (at {vid!r}: ricochet {rows[vid]['betweenness']!r}, exact "
                f"{exact[graph.index[vid]] * scale!r})")

    print(f"info     betweenness sampled: diagnostics {json.dumps(diag)}")
    if eps is not None:
        ok = worst <= eps
        print(f"{'ok' if ok else 'FAIL':8} betweenness sampled: max |estimate - exact| / (n(n-1)) "
              f"= {worst:.3g}, epsilon {eps}{detail_at(where)}")
        if not ok:
            failures += 1
        top = max(exact) / pairs
        print(f"info     betweenness: largest exact value / (n(n-1)) = {top:.3g}")
    if samples:
        # Each estimate is n(n-1) times (paths through v) / samples: check the counts.
        off = 0
        for row in rows.values():
            got = row.get("betweenness")
            if got is None:
                continue
            count = got / scale * samples / pairs
            off = max(off, abs(count - round(count)))
        print(f"info     betweenness: estimates x samples / (n(n-1)) are whole numbers within "
              f"{off:.3g}")
        if off <= 1e-6:
            # Riondato-Kornaropoulos' estimate of p = b(v) / (n(n-1)) is the mean of `samples`
            # independent Bernoulli(p) draws (v inside the sampled path or not). Bernstein's
            # inequality with the exact p, over all n vertices at once, fails with probability
            # below 1e-9: a much tighter check than epsilon when p is small.
            level = math.log(2 * n / 1e-9)
            worst_ratio, worst_v = 0.0, None
            for vid, row in rows.items():
                got = row.get("betweenness")
                if got is None:
                    continue
                q = exact[graph.index[vid]] / pairs
                est = got / scale / pairs
                a = 2 * level / 3
                bound = (a + math.sqrt(a * a + 8 * samples * level * q * (1 - q))) / (2 * samples)
                ratio = abs(est - q) / bound
                if ratio > worst_ratio:
                    worst_ratio, worst_v = ratio, vid
            ok = worst_ratio <= 1
            print(f"{'ok' if ok else 'FAIL':8} betweenness sampled: largest |error| / Bernstein "
                  f"bound (1e-9 level) = {worst_ratio:.3g}{detail_at(worst_v)}")
            failures += not ok
    return failures


# ------------------------------------------------------------------------------ self-test

def self_test():
    """Hand-computed values, the harmonic direction and NetworkX/igraph agreements."""
    failures = 0

    def expect(label, got, want, tol=1e-12):
        nonlocal failures
        ok = all(abs(a - b) <= tol for a, b in zip(got, want)) and len(got) == len(want)
        failures += not ok
        print(f"{'ok' if ok else 'FAIL':8} {label}: {got} (want {want})")

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "t.edgelist")
        with open(path, "w") as f:
            f.write("# a path a -> b -> c, doubled, a self-loop on d\n"
                    "a b\na b 2\nb c\nd d 5\n")
        g = read_graph(path, [])
        expect("ids", [g.index[x] for x in "abcd"], [0, 1, 2, 3])
        expect("arcs", [g.arcs.get((0, 1)), g.arcs.get((1, 2))], [3.0, 1.0])
        expect("arc count", [g.m], [2])
        s = strength(g)
        expect("in_strength", s["in_strength"], [0, 3, 1, 0])
        expect("out_strength", s["out_strength"], [3, 1, 0, 0])
        # harmonic(v) sums 1/d(u, v) over u reaching v: c gets 1/1 (b) + 1/2 (a), a gets 0.
        h = nx.harmonic_centrality(g.nx())
        expect("nx harmonic is distance-to", [h[i] for i in range(4)], [0, 1, 1.5, 0])
        expect("igraph harmonic mode in", g.ig().harmonic_centrality(mode="in", normalized=False),
               [0, 1, 1.5, 0])
        hl = nx.harmonic_centrality(g.nx(), distance="length")
        expect("nx harmonic with lengths 1/w", [hl[i] for i in range(4)],
               [0, 3, 1 / (1 + 1 / 3) + 1, 0])
        b = nx.betweenness_centrality(g.nx(), normalized=False)
        expect("betweenness", [b[i] for i in range(4)], [0, 1, 0, 0])
        expect("igraph betweenness", g.ig().betweenness(directed=True), [0, 1, 0, 0])
        # PageRank by hand: a, d dangling... c and d dangling; solve the 4x4 system.
        pr = pagerank_refs(g, {"damping": 0.85, "unweighted": False, "seeds": []})["pagerank"]
        expect("pagerank nx vs igraph", pr[0][1], pr[1][1], 1e-10)
        x = pr[0][1]
        dangling = 0.85 * (x[2] + x[3] + x[0] * 0) / 4
        expect("pagerank fixed point", x,
               [0.15 / 4 + 0.85 * (x[2] + x[3]) / 4, 0.15 / 4 + dangling + 0.85 * x[0],
                0.15 / 4 + dangling + 0.85 * x[1], 0.15 / 4 + dangling], 1e-12)
        core = directed_core(g, "in")
        expect("in_core", core, g.ig().coreness(mode="in"))
        expect("katz", katz_plain(g, 0.1, True),
               nx.katz_centrality(g.nx(), alpha=0.1, weight="weight", tol=1e-15,
                                  max_iter=10000).values(), 1e-12)
        # Undirected GraphML becomes two arcs; GEXF weights count.
        gpath = os.path.join(folder, "t.graphml")
        with open(gpath, "w") as f:
            f.write('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
                    '<graph edgedefault="undirected"><node id="x"/><node id="y"/>'
                    '<edge source="x" target="y"><data key="w">2.5</data></edge>'
                    '<edge source="x" target="x"/></graph></graphml>')
        g = read_graph(gpath, [])
        expect("graphml undirected", [g.arcs[(0, 1)], g.arcs[(1, 0)], g.m], [2.5, 2.5, 2])
    print(f"{'FAILED' if failures else 'PASSED'}  self-test: {failures} failures")
    return 1 if failures else 0


def main(argv):
    warnings.simplefilter("ignore", RuntimeWarning)  # igraph: weighted directed eigenvector
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 3:
        print(__doc__)
        return 2
    return check(argv[1], argv[2], argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
