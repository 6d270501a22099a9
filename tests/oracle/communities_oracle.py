#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet communities`: rebuilds the influence graph from the input file in plain
Python (apart from ricochet's readers), recomputes the modularity and the CPM quality of the
partition ricochet returns, checks its numbering, summaries and connectivity, and compares its
quality with leidenalg's and igraph's partitions of the same graph.

Graph (ricochet's contract): an edge-list row `src dst [weight] [time] [layer]` is an arc of
weight = weight (default 1) times its layer's weight (--weights), if its layer is selected
(--layers; the interaction layers by default, member left out; the row's ids are actors either
way); a GraphML/GEXF undirected edge is two arcs u->v and v->u of the edge's weight; parallel arcs
are summed, self-loops make no arc but their ids are vertices. Communities use the undirected
projection: every actor a vertex, an edge {u, v} of weight w(u->v) + w(v->u). With --directed,
modularity is Leicht-Newman's on the simple weighted digraph.

Checks (FAIL = exit 1):
  shape        vertices, arcs, method, quality_function, resolution, directed, runs echoed; one
               assignment row per actor; `communities` numbered 0.. by decreasing size, ties by
               the smallest member id (string order), recomputed from the assignment; sizes
  modularity   igraph GraphBase.modularity(membership, weights, resolution, directed) on the
               graph above, <= 1e-9 absolute (a plain-Python formula in the self-test; NOT
               Graph.modularity, which ignores resolution and directed in python-igraph 0.10.2)
  quality      CPM: sum over c of e_c - gamma n_c (n_c - 1) / 2, <= 1e-9 relative
  summaries    internal_weight, outgoing_weight, incoming_weight from the directed arcs (layers
               merged), <= 1e-9 relative; leaders and bridges are members
  connected    every Leiden (and Louvain) community induces a connected subgraph (LPA: reported)
  reference    Leiden: >= the best of R leidenalg runs (seeds 1..R, n_iterations=-1;
               ModularityVertexPartition, RBConfigurationVertexPartition for gamma != 1,
               CPMVertexPartition for --quality cpm, scored with the formulas above) - 0.002
               (in CPM units with --quality cpm); Louvain: >= igraph community_multilevel -
               0.01 (leidenalg with --directed); LPA: reported only. Without arcs: modularity
               null and singletons
igraph's community_leiden (one iteration at a time until no gain, at most 10) and
community_multilevel are printed beside leidenalg.
  determinism  a second run gives byte-identical stdout; small graphs: --format csv gives the
               JSON's assignment (header id,name,community); --format table runs
NMI against ground-truth labels (igraph compare_communities, method "nmi") is printed for
ricochet, leidenalg and igraph's community_leiden, never asserted.

Usage: communities_oracle.py RICOCHET INPUT [oracle options] [ricochet options...]
       communities_oracle.py --self-test
Oracle options (not passed to ricochet):
  --truth ATTR|FILE.csv   ground truth: a node attribute of the GraphML/GEXF file, or a CSV
                          `id,value` file
  --metamorphic           also run ricochet on the edge list with its lines shuffled (fixed
                          seed) and with -o FILE: each run's modularity must match igraph's on
                          its own assignment and be >= leidenalg - 0.002; -o gives stdout's bytes
Exit 1 on any failure."""
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import igraph
import leidenalg

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_graph import (is_xml, open_text, option, read_edgelist_text,  # noqa: E402
                          read_graph, selection)

BIG = 20000                # arcs: above this, no CSV, table or best-seed run
MODULARITY_TOL = 1e-9      # absolute
LEIDEN_SLACK = 0.002       # ricochet's Leiden >= leidenalg's best - this
LOUVAIN_SLACK = 0.01       # ricochet's Louvain >= igraph multilevel - this
SHUFFLE_SEED = 20261128


def read_truth(graph, spec):
    """{vertex index: label} from a node attribute or an `id,value` CSV (ids not in the graph
    are ignored)."""
    if spec is None:
        return None
    labels = {}
    if spec.lower().endswith(".csv"):
        with open(spec, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row["id"] in graph.index:
                    labels[graph.index[row["id"]]] = row["value"]
    else:
        for vid, data in graph.attributes.items():
            if spec in data:
                labels[graph.index[vid]] = data[spec]
    return labels


# ------------------------------------------------------------------------------- qualities

def parameters(options):
    return {
        "method": option(options, "--method", "leiden"),
        "quality": option(options, "--quality", "modularity"),
        "resolution": float(option(options, "--resolution", 1.0)),
        "directed": "--directed" in options,
        "seed": int(option(options, "--seed")) if "--seed" in options else None,
        "runs": int(option(options, "--runs", 1)),
    }


def modularity(graph, membership, p):
    """igraph's modularity: Newman's on the undirected projection, Leicht-Newman's with
    --directed."""
    g = graph.ig(p["directed"])
    # python-igraph 0.10.2's Graph.modularity drops `resolution` and `directed` (it calls
    # GraphBase.modularity(self, membership, weights)): call the C binding directly.
    # With --quality cpm the resolution is CPM's: the modularity is reported at gamma = 1.
    gamma = 1.0 if p.get("quality") == "cpm" else p["resolution"]
    return igraph.GraphBase.modularity(g, membership, g.es["weight"], gamma, p["directed"])


def plain_modularity(graph, membership, gamma, directed=False):
    """Q = sum_c [L_c / m - gamma (K_c / 2m)^2] undirected; directed: sum_c [L_c / m - gamma
    Kout_c Kin_c / m^2]. Plain Python, for the self-test."""
    if directed:
        m = sum(graph.arcs.values())
        inside, kout, kin = {}, {}, {}
        for (i, j), w in graph.arcs.items():
            kout[membership[i]] = kout.get(membership[i], 0.0) + w
            kin[membership[j]] = kin.get(membership[j], 0.0) + w
            if membership[i] == membership[j]:
                inside[membership[i]] = inside.get(membership[i], 0.0) + w
        return sum(inside.get(c, 0.0) / m - gamma * kout.get(c, 0.0) * kin.get(c, 0.0) / m ** 2
                   for c in set(membership))
    m = sum(graph.undirected().values())
    inside, k = {}, {}
    for (i, j), w in graph.undirected().items():
        k[membership[i]] = k.get(membership[i], 0.0) + w
        k[membership[j]] = k.get(membership[j], 0.0) + w
        if membership[i] == membership[j]:
            inside[membership[i]] = inside.get(membership[i], 0.0) + w
    return sum(inside.get(c, 0.0) / m - gamma * (k.get(c, 0.0) / (2 * m)) ** 2
               for c in set(membership))


def cpm(graph, membership, gamma):
    """sum_c [e_c - gamma n_c (n_c - 1) / 2], e_c = weight of the undirected edges inside c."""
    inside, size = {}, {}
    for c in membership:
        size[c] = size.get(c, 0) + 1
    for (i, j), w in graph.undirected().items():
        if membership[i] == membership[j]:
            inside[membership[i]] = inside.get(membership[i], 0.0) + w
    return sum(inside.get(c, 0.0) - gamma * s * (s - 1) / 2 for c, s in size.items())


def score(graph, membership, p):
    """The quantity the method optimises: CPM or modularity."""
    return cpm(graph, membership, p["resolution"]) if p["quality"] == "cpm" \
        else modularity(graph, membership, p)


def disconnected(graph, membership):
    """Communities whose induced subgraph of the undirected projection is disconnected:
    [(community, size, number of pieces)]."""
    parent = list(range(graph.n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j) in graph.undirected():
        if membership[i] == membership[j]:
            a, b = find(i), find(j)
            if a != b:
                parent[a] = b
    pieces, size = {}, {}
    for v in range(graph.n):
        c = membership[v]
        pieces.setdefault(c, set()).add(find(v))
        size[c] = size.get(c, 0) + 1
    return [(c, size[c], len(r)) for c, r in sorted(pieces.items()) if len(r) > 1]


def canonical_numbering(graph, membership):
    """{old label: new label}: by decreasing size, ties by the smallest member id (string)."""
    members = {}
    for v, c in enumerate(membership):
        members.setdefault(c, []).append(graph.ids[v])
    order = sorted(members, key=lambda c: (-len(members[c]), min(members[c])))
    return {c: k for k, c in enumerate(order)}


def nmi(a, b):
    return igraph.compare_communities(a, b, method="nmi")


def relabel(membership):
    """Labels as 0..k-1 (igraph's compare_communities wants small integers)."""
    seen = {}
    return [seen.setdefault(c, len(seen)) for c in membership]


# ------------------------------------------------------------------------------ references

def references(graph, p):
    """{name: (membership, seconds)}: leidenalg's best of R seeds, igraph Leiden and Louvain."""
    refs = {}
    gamma = p["resolution"]
    directed = p["directed"]
    g = graph.ig(directed)
    if p["quality"] == "cpm":
        kind, extra = leidenalg.CPMVertexPartition, {"resolution_parameter": gamma}
    elif gamma != 1.0:
        kind, extra = leidenalg.RBConfigurationVertexPartition, {"resolution_parameter": gamma}
    else:
        kind, extra = leidenalg.ModularityVertexPartition, {}
    start = time.process_time()
    best, best_score = None, None
    for seed in range(1, p["runs"] + 1):
        part = leidenalg.find_partition(g, kind, weights="weight", seed=seed, n_iterations=-1,
                                        **extra)
        s = score(graph, part.membership, p)
        if best_score is None or s > best_score:
            best, best_score = list(part.membership), s
    refs["leidenalg"] = (best, time.process_time() - start)
    if not directed:
        random.seed(1)  # python-igraph draws from Python's `random`: reproducible references
        und = graph.ig(False)
        start = time.process_time()
        refs["igraph_leiden"] = (igraph_leiden(graph, p), time.process_time() - start)
        if p["quality"] == "modularity":
            start = time.process_time()
            c = und.community_multilevel(weights="weight", resolution=gamma)
            refs["igraph_louvain"] = (c.membership, time.process_time() - start)
            if p["method"] == "lpa":
                start = time.process_time()
                c = und.community_label_propagation(weights="weight")
                refs["igraph_lpa"] = (c.membership, time.process_time() - start)
    return refs


def igraph_leiden(graph, p):
    """igraph's community_leiden, one iteration at a time from the previous partition, until an
    iteration does not improve the quality (at most 10 iterations). n_iterations=-1 misbehaves
    in python-igraph 0.10.2: it never returns when every vertex stays a singleton (CPM,
    resolution 10 on a 9-vertex graph), and stops after one iteration on the Higgs retweet
    network (modularity 0.8055; 10 iterations: 0.8139, 4 s)."""
    und = graph.ig(False)
    objective = "CPM" if p["quality"] == "cpm" else "modularity"
    membership, best = None, None
    for _ in range(10):
        c = und.community_leiden(objective_function=objective, weights="weight",
                                 resolution_parameter=p["resolution"], n_iterations=1,
                                 initial_membership=membership)
        s = score(graph, c.membership, p)
        if best is not None and s <= best:
            break
        membership, best = c.membership, s
    return membership


# ---------------------------------------------------------------------------- the document

def close(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(1.0, abs(a), abs(b))


def membership_of(graph, doc, fail):
    """The assignment as a membership list by vertex index (None when unusable)."""
    rows = doc.get("assignment")
    if not isinstance(rows, list):
        fail("no `assignment` list")
        return None
    membership = [None] * graph.n
    for row in rows:
        vid = str(row.get("id"))
        if vid not in graph.index:
            fail(f"assignment: unknown id {vid!r}")
            return None
        i = graph.index[vid]
        if membership[i] is not None:
            fail(f"assignment: id {vid!r} twice")
            return None
        c = row.get("community")
        if not isinstance(c, int) or isinstance(c, bool) or c < 0:
            fail(f"assignment: id {vid!r} has community {c!r}")
            return None
        if not isinstance(row.get("name"), str):
            fail(f"assignment: id {vid!r} has name {row.get('name')!r}")
            return None
        membership[i] = c
    missing = [graph.ids[i] for i, c in enumerate(membership) if c is None]
    if missing:
        fail(f"assignment: {len(missing)} actors missing, first {missing[0]!r}")
        return None
    return membership


def check_document(graph, p, doc, fail, say=print, label="ricochet"):
    """Every check of one JSON document; returns (membership, modularity) or (None, None)."""
    if doc.get("vertices") != graph.n or doc.get("arcs") != graph.m:
        fail(f"graph size: ricochet {doc.get('vertices')} vertices / {doc.get('arcs')} arcs, "
             f"oracle {graph.n} / {graph.m}")
    echo = {"method": p["method"], "quality_function": p["quality"],
            "directed": p["directed"], "runs": p["runs"]}
    if p["seed"] is not None:
        echo["seed"] = p["seed"]
    for key, want in echo.items():
        if doc.get(key) != want:
            fail(f"`{key}`: {doc.get(key)!r}, expected {want!r}")
    if not isinstance(doc.get("resolution"), (int, float)) or \
            abs(doc["resolution"] - p["resolution"]) > 1e-15:
        fail(f"`resolution`: {doc.get('resolution')!r}, expected {p['resolution']!r}")
    membership = membership_of(graph, doc, fail)
    if membership is None:
        return None, None
    k = len(set(membership))
    numbering = canonical_numbering(graph, membership)
    wrong = [c for c, want in numbering.items() if c != want]
    if wrong:
        c = wrong[0]
        fail(f"numbering: {len(wrong)} of {k} communities misnumbered; community {c} should be "
             f"{numbering[c]} (by decreasing size, then smallest member id)")
    else:
        say(f"ok       numbering: {k} communities 0..{k - 1} by decreasing size, ties by "
            f"smallest id")

    # modularity and quality
    got_q = doc.get("modularity")
    if not graph.arcs:
        # no weight: modularity is 0/0 (igraph: nan), ricochet's is null
        if got_q is not None:
            fail(f"modularity: {got_q!r} on a graph without arcs, expected null")
        else:
            say("ok       modularity null on a graph without arcs")
        got_h = doc.get("quality")
        if p["quality"] == "cpm":
            want_h = cpm(graph, membership, p["resolution"])
            if not isinstance(got_h, (int, float)) or not close(got_h, want_h):
                fail(f"quality (CPM): {label} {got_h!r}, direct computation {want_h!r}")
        elif got_h is not None:
            fail(f"quality: {got_h!r} on a graph without arcs, expected null")
    else:
        got_q = check_quality(graph, p, membership, doc, fail, say, label)
    # connectivity
    bad = disconnected(graph, membership)
    if bad:
        c, size, pieces = bad[0]
        message = (f"connected: {len(bad)} communities are disconnected, first {c} "
                   f"({size} members, {pieces} pieces)")
        if p["method"] == "lpa":
            say(f"note     {message} (LPA: reported only)")
        else:
            fail(message)
    else:
        say(f"ok       connected: all {k} communities induce connected subgraphs")

    check_stability(p, doc, fail)
    check_summaries(graph, membership, doc, fail, say)
    return membership, got_q


def check_quality(graph, p, membership, doc, fail, say, label):
    """The modularity and quality of a graph with arcs; returns the modularity."""
    got_q = doc.get("modularity")
    want_q = modularity(graph, membership, p)
    if not isinstance(got_q, (int, float)) or abs(got_q - want_q) > MODULARITY_TOL:
        fail(f"modularity: {label} {got_q!r}, igraph on its assignment {want_q!r}")
        got_q = want_q if not isinstance(got_q, (int, float)) else got_q
    else:
        say(f"ok       modularity {got_q:.12f} = igraph's on the assignment "
            f"(|diff| {abs(got_q - want_q):.2g})")
    got_h = doc.get("quality")
    if p["quality"] == "cpm":
        want_h = cpm(graph, membership, p["resolution"])
        if not isinstance(got_h, (int, float)) or not close(got_h, want_h):
            fail(f"quality (CPM): {label} {got_h!r}, direct computation {want_h!r}")
        else:
            say(f"ok       quality (CPM) {got_h:.12g} = direct computation {want_h:.12g}")
    elif not isinstance(got_h, (int, float)):
        fail(f"quality: {got_h!r}")
    elif abs(got_h - got_q) > MODULARITY_TOL:
        say(f"note     quality {got_h!r} differs from modularity {got_q!r}")
    return got_q


def check_stability(p, doc, fail):
    st = doc.get("stability", "missing")
    if st is None and p["runs"] == 1:
        return
    if not isinstance(st, dict):
        fail(f"stability: {st!r} with {p['runs']} runs")
        return
    if st.get("runs") != p["runs"]:
        fail(f"stability.runs {st.get('runs')!r}, expected {p['runs']}")
    x = st.get("mean_nmi")
    if x is not None and not (isinstance(x, (int, float)) and -1e-12 <= x <= 1 + 1e-12):
        fail(f"stability.mean_nmi {x!r}")
    if not isinstance(st.get("best_seed"), int):
        fail(f"stability.best_seed {st.get('best_seed')!r}")


def check_summaries(graph, membership, doc, fail, say):
    comms = doc.get("communities")
    if not isinstance(comms, list):
        fail("no `communities` list")
        return
    k = len(set(membership))
    if membership and max(membership) >= k:
        return  # numbering already failed
    size = [0] * k
    internal, outgoing, incoming = [0.0] * k, [0.0] * k, [0.0] * k
    out_total, in_total = [0.0] * k, [0.0] * k
    for v in membership:
        size[v] += 1
    for (i, j), w in graph.arcs.items():
        a, b = membership[i], membership[j]
        out_total[a] += w
        in_total[b] += w
        if a == b:
            internal[a] += w
        else:
            outgoing[a] += w
            incoming[b] += w
    if len(comms) != k:
        say(f"note     {len(comms)} community summaries for {k} communities")
    errors = 0
    required = ("community", "size", "leaders", "kinds", "sectors", "organisations",
                "internal_weight", "outgoing_weight", "incoming_weight", "bridges")
    for position, s in enumerate(comms):
        missing = [key for key in required if key not in s]
        if missing:
            fail(f"summary {position}: keys {missing} missing")
            errors += 1
            if errors > 5:
                return
            continue
        c = s["community"]
        if c != position or not 0 <= c < k:
            fail(f"summary {position}: community {c!r}")
            return
        problems = []
        if s["size"] != size[c]:
            problems.append(f"size {s['size']!r}, assignment {size[c]}")
        for key, want in (("internal_weight", internal[c]), ("outgoing_weight", outgoing[c]),
                          ("incoming_weight", incoming[c])):
            if not isinstance(s[key], (int, float)) or not close(s[key], want):
                problems.append(f"{key} {s[key]!r}, expected {want!r}")
        inside, out, into = s["internal_weight"], s["outgoing_weight"], s["incoming_weight"]
        if all(isinstance(x, (int, float)) for x in (inside, out, into)):
            if not close(inside + out, out_total[c]):
                problems.append(f"internal + outgoing {inside + out!r} != out-strength of the "
                                f"members {out_total[c]!r}")
            if not close(inside + into, in_total[c]):
                problems.append(f"internal + incoming {inside + into!r} != in-strength of the "
                                f"members {in_total[c]!r}")
        leaders = s["leaders"] if isinstance(s["leaders"], list) else []
        if not isinstance(s["leaders"], list):
            problems.append(f"leaders {s['leaders']!r}")
        ranks = []
        for leader in leaders:
            vid = str(leader.get("id"))
            if vid not in graph.index or membership[graph.index[vid]] != c:
                problems.append(f"leader {vid!r} is not a member")
            ranks.append(leader.get("pagerank"))
        if any(not isinstance(r, (int, float)) for r in ranks) or \
                any(a < b for a, b in zip(ranks, ranks[1:])):
            problems.append(f"leaders' pagerank not non-increasing numbers: {ranks}")
        bridges = s["bridges"] if isinstance(s["bridges"], list) else []
        if not isinstance(s["bridges"], list):
            problems.append(f"bridges {s['bridges']!r}")
        for bridge in bridges:
            vid = str(bridge.get("id"))
            share = bridge.get("outside_share")
            if vid not in graph.index or membership[graph.index[vid]] != c:
                problems.append(f"bridge {vid!r} is not a member")
            if not isinstance(share, (int, float)) or not -1e-12 <= share <= 1 + 1e-12:
                problems.append(f"bridge {vid!r} outside_share {share!r}")
        for key in ("kinds", "sectors", "organisations"):
            counts = s[key]
            if not isinstance(counts, dict) or \
                    any(not isinstance(x, int) or x < 0 for x in counts.values()) or \
                    sum(counts.values()) > size[c]:
                problems.append(f"{key} {counts!r} (counts summing to at most {size[c]})")
        if problems:
            fail(f"summary of community {c}: " + "; ".join(problems))
            errors += 1
            if errors > 5:
                say("note     more summary failures not shown")
                return
    if not errors:
        say(f"ok       summaries: {len(comms)} communities: size, internal/outgoing/incoming "
            f"weights, leaders, bridges")
    explain_leaders_bridges(graph, membership, comms, say)


def explain_leaders_bridges(graph, membership, comms, say):
    """Information only (the contract does not define them): do the leaders' pagerank values
    match igraph's PageRank of the weighted digraph (damping 0.85), and outside_share the share
    of a member's undirected weight that leaves its community?"""
    strength, outside = [0.0] * graph.n, [0.0] * graph.n
    for (i, j), w in graph.undirected().items():
        strength[i] += w
        strength[j] += w
        if membership[i] != membership[j]:
            outside[i] += w
            outside[j] += w
    pr = graph.ig(True).pagerank(weights="weight", damping=0.85)
    worst_pr, worst_share, leaders, bridges = 0.0, 0.0, 0, 0
    for s in comms:
        for leader in s.get("leaders") or []:
            i = graph.index.get(str(leader.get("id")))
            if i is not None and isinstance(leader.get("pagerank"), (int, float)):
                worst_pr = max(worst_pr, abs(leader["pagerank"] - pr[i]))
                leaders += 1
        for bridge in s.get("bridges") or []:
            i = graph.index.get(str(bridge.get("id")))
            if i is not None and isinstance(bridge.get("outside_share"), (int, float)):
                want = outside[i] / strength[i] if strength[i] else 0.0
                worst_share = max(worst_share, abs(bridge["outside_share"] - want))
                bridges += 1
    say(f"info     {leaders} leaders: max |pagerank - igraph PageRank of the digraph| "
        f"{worst_pr:.2g}; {bridges} bridges: max |outside_share - outside weight / strength| "
        f"{worst_share:.2g} (not asserted)")


# ------------------------------------------------------------------------------ comparisons

def compare(graph, p, membership, got_q, refs, truth, fail, say=print):
    """Against the references: the method's assertion, then modularity and NMI tables."""
    gamma = p["resolution"]
    scored = {name: (score(graph, m, p), modularity(graph, m, p), t)
              for name, (m, t) in refs.items()}
    mine = score(graph, membership, p)
    unit = "CPM" if p["quality"] == "cpm" else "modularity"
    for name, (s, q, t) in scored.items():
        k = len(set(m for m in refs[name][0]))
        extra = f", modularity {q:.6f}" if p["quality"] == "cpm" else ""
        say(f"ref      {name:15} {unit} {s:.6f}{extra}, {k} communities ({t:.2f} s CPU)")
    k = len(set(membership))
    say(f"ricochet {p['method']:15} {unit} {mine:.6f}"
        f"{f', modularity {got_q:.6f}' if p['quality'] == 'cpm' else ''}, {k} communities")
    if p["method"] == "leiden" and "leidenalg" in scored:
        want = scored["leidenalg"][0]
        slack = LEIDEN_SLACK
        if mine >= want - slack:
            say(f"ok       leiden: {unit} {mine:.6f} >= leidenalg best of {p['runs']} "
                f"{want:.6f} - {slack} (diff {mine - want:+.6f})")
        else:
            fail(f"leiden: {unit} {mine:.6f} < leidenalg best of {p['runs']} {want:.6f} - {slack}"
                 f" (gamma {gamma})")
    elif p["method"] == "louvain":
        base = "igraph_louvain" if "igraph_louvain" in scored else "leidenalg"
        want = scored[base][0]
        if mine >= want - LOUVAIN_SLACK:
            say(f"ok       louvain: {unit} {mine:.6f} >= {base} {want:.6f} - {LOUVAIN_SLACK} "
                f"(diff {mine - want:+.6f})")
        else:
            fail(f"louvain: {unit} {mine:.6f} < {base} {want:.6f} - {LOUVAIN_SLACK}")
    elif p["method"] == "lpa":
        want = scored["leidenalg"][0]
        say(f"info     lpa: {unit} {mine:.6f}, leidenalg {want:.6f} (reported only)")
    if truth:
        known = sorted(truth)
        t = relabel([truth[v] for v in known])
        n_labels = len(set(t))
        cells = [f"ricochet {nmi(t, relabel([membership[v] for v in known])):.4f}"]
        for name, (m, _) in refs.items():
            cells.append(f"{name} {nmi(t, relabel([m[v] for v in known])):.4f}")
        say(f"nmi      vs ground truth ({len(known)} labelled vertices, {n_labels} labels): "
            + ", ".join(cells))
        # polblogs: the largest weakly connected component as well
        comps = graph.ig(False).connected_components()
        if len(comps) > 1:
            lcc = set(max(comps, key=len))
            inside = [v for v in known if v in lcc]
            t = relabel([truth[v] for v in inside])
            cells = [f"ricochet {nmi(t, relabel([membership[v] for v in inside])):.4f}"]
            for name, (m, _) in refs.items():
                cells.append(f"{name} {nmi(t, relabel([m[v] for v in inside])):.4f}")
            say(f"nmi      largest component only ({len(inside)} labelled vertices of "
                f"{len(comps)} components): " + ", ".join(cells))


# ---------------------------------------------------------------------------------- running

def run_ricochet(ricochet, path, options, fmt="json"):
    command = [ricochet, "communities", path, "--format", fmt] + options
    start = time.time()
    run = subprocess.run(command, capture_output=True, check=False)
    elapsed = time.time() - start
    if run.returncode != 0:
        print(f"FAIL     ricochet exited {run.returncode}: {' '.join(command)}\n"
              f"{run.stderr.decode(errors='replace')}")
        return None, elapsed
    return run.stdout, elapsed


def split_options(argv):
    """(oracle options, ricochet options)."""
    mine = {"truth": None, "metamorphic": False}
    rest = []
    i = 0
    while i < len(argv):
        if argv[i] == "--truth":
            mine["truth"] = argv[i + 1]
            i += 2
        elif argv[i] == "--metamorphic":
            mine["metamorphic"] = True
            i += 1
        else:
            rest.append(argv[i])
            i += 1
    return mine, rest


def check(ricochet, path, argv):
    mine, options = split_options(argv)
    p = parameters(options)
    start = time.time()
    graph = read_graph(path, options)
    print(f"graph    {path}: {graph.n} vertices, {graph.m} arcs, "
          f"{len(graph.undirected())} undirected edges (read in {time.time() - start:.2f} s)")
    truth = read_truth(graph, mine["truth"])
    failures = 0

    def fail(message):
        nonlocal failures
        failures += 1
        print(f"FAIL     {message}")

    raw, elapsed = run_ricochet(ricochet, path, options)
    if raw is None:
        return 1
    print(f"ricochet {elapsed:.2f} s: communities {' '.join(options)}")
    doc = json.loads(raw)
    if p["seed"] is None:
        p["seed"] = doc.get("seed")
    membership, got_q = check_document(graph, p, doc, fail)
    if membership is None:
        return 1
    if graph.arcs:
        refs = references(graph, p)
        compare(graph, p, membership, got_q, refs, truth, fail)
    elif len(set(membership)) != graph.n:
        fail(f"no arcs: {len(set(membership))} communities for {graph.n} actors, expected "
             f"singletons")

    again, _ = run_ricochet(ricochet, path, options)
    if again != raw:
        fail("determinism: a second run with the same options gives different stdout")
    else:
        print(f"ok       determinism: second run byte-identical ({len(raw)} bytes)")
    if graph.m <= BIG:
        check_csv(ricochet, path, options, graph, doc, fail)
        check_table(ricochet, path, options, doc, fail)
        check_best_seed(ricochet, path, options, p, doc, got_q)
    if mine["metamorphic"]:
        check_metamorphic(ricochet, path, options, graph, p, raw, got_q, membership, refs, fail)
    print(f"{'FAILED' if failures else 'PASSED'}  {failures} failures")
    return 1 if failures else 0


def check_csv(ricochet, path, options, graph, doc, fail):
    raw, _ = run_ricochet(ricochet, path, options, "csv")
    if raw is None:
        fail("--format csv failed")
        return
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    if not rows or rows[0] != ["id", "name", "community"]:
        fail(f"csv header {rows[:1]!r}")
        return
    want = [[str(r["id"]), r["name"], str(r["community"])] for r in doc["assignment"]]
    got = rows[1:]
    if sorted(got) != sorted(want) or len(got) != graph.n:
        fail(f"csv: {len(got)} rows differ from the JSON assignment ({len(want)} rows)")
    else:
        order = "same order" if got == want else "another order"
        print(f"ok       csv: header id,name,community and the JSON's {len(got)} rows ({order})")


def check_table(ricochet, path, options, doc, fail):
    """--format table runs; its layout is not part of the contract, so only reported."""
    raw, _ = run_ricochet(ricochet, path, options, "table")
    if raw is None:
        fail("--format table failed")
        return
    text = raw.decode("utf-8")
    blocks = sum(1 for line in text.splitlines() if line.startswith("#"))
    k = len({r["community"] for r in doc["assignment"]})
    said = f"{k} communities" in text
    print(f"{'ok' if blocks == len(doc['communities']) and said else 'note':8} table: "
          f"{len(text.splitlines())} lines, {blocks} community blocks for "
          f"{len(doc['communities'])} summaries; says '{k} communities': {said}")


def check_best_seed(ricochet, path, options, p, doc, got_q):
    """Information only: does --seed best_seed --runs 1 reproduce the best run?"""
    st = doc.get("stability")
    if p["runs"] <= 1 or not isinstance(st, dict) or not isinstance(st.get("best_seed"), int):
        return
    rest = []
    i = 0
    while i < len(options):
        if options[i] in ("--seed", "--runs"):
            i += 2
            continue
        rest.append(options[i])
        i += 1
    raw, _ = run_ricochet(ricochet, path, rest + ["--seed", str(st["best_seed"]), "--runs", "1"])
    if raw is None:
        return
    one = json.loads(raw)
    same = [(r["id"], r["community"]) for r in one["assignment"]] == \
        [(r["id"], r["community"]) for r in doc["assignment"]]
    print(f"info     stability: mean_nmi {st.get('mean_nmi')}, best_seed {st['best_seed']}; "
          f"--seed {st['best_seed']} --runs 1 gives modularity {one.get('modularity')} "
          f"(best run {got_q}), same partition: {'yes' if same else 'no'}")


def check_metamorphic(ricochet, path, options, graph, p, raw, got_q, membership, refs, fail):
    """Shuffled edge-list lines (a relabelling of the vertices) and -o FILE."""
    if is_xml(path):
        fail("--metamorphic needs an edge list")
        return
    lines = [line for line in open_text(path).splitlines() if line.strip()]
    random.Random(SHUFFLE_SEED).shuffle(lines)
    ref = score(graph, refs["leidenalg"][0], p)
    with tempfile.TemporaryDirectory() as folder:
        shuffled = os.path.join(folder, "shuffled.edgelist")
        with open(shuffled, "w") as f:
            f.write("\n".join(lines) + "\n")
        sgraph = read_edgelist_text(open_text(shuffled), option(options, "--edge-layer", "repost"),
                                    selection(options))
        print(f"shuffle  {len(lines)} lines with random.Random({SHUFFLE_SEED}); first id now "
              f"{sgraph.ids[0]!r} (was {graph.ids[0]!r})")
        out, _ = run_ricochet(ricochet, shuffled, options)
        if out is None:
            fail("ricochet failed on the shuffled file")
            return
        doc = json.loads(out)
        if sgraph.n != graph.n or sgraph.m != graph.m:
            fail("oracle: the shuffled graph differs")

        def quiet(message):
            if not message.startswith("ok"):
                print(message)
        smember, sq = check_document(sgraph, p, doc, fail, quiet, "shuffled run")
        if smember is not None:
            # the same partition on the original indices
            mapped = [smember[sgraph.index[vid]] for vid in graph.ids]
            on_original = modularity(graph, mapped, p)
            s = score(sgraph, smember, p)
            print(f"ok       shuffled run: modularity {sq:.12f} = igraph on its assignment; "
                  f"on the original graph {on_original:.12f}")
            if abs(on_original - sq) > MODULARITY_TOL:
                fail(f"shuffled run: modularity on the original graph {on_original!r} != {sq!r}")
            for name, value in (("original", score(graph, membership, p)), ("shuffled", s)):
                if value < ref - LEIDEN_SLACK:
                    fail(f"{name} run: {value:.6f} < leidenalg {ref:.6f} - {LEIDEN_SLACK}")
                else:
                    print(f"ok       {name} run: {value:.6f} >= leidenalg {ref:.6f} - "
                          f"{LEIDEN_SLACK}")
            print(f"info     NMI between the original and shuffled partitions: "
                  f"{nmi(relabel(membership), relabel(mapped)):.4f}; same partition up to "
                  f"renaming: {'yes' if same_partition(membership, mapped) else 'no'}")
        target = os.path.join(folder, "out.json")
        written, _ = run_ricochet(ricochet, path, options + ["-o", target])
        if written is None or not os.path.exists(target):
            fail("-o FILE: no file written")
        elif open(target, "rb").read() != raw:
            fail("-o FILE: the file differs from stdout of the same run")
        else:
            print(f"ok       -o FILE: byte-identical to stdout (stdout then {len(written)} bytes)")


def same_partition(a, b):
    pairs = set(zip(a, b))
    return len(pairs) == len(set(a)) == len(set(b))


# ------------------------------------------------------------------------------ self-test

def fake_document(graph, membership, p):
    """A document built the way the contract says, from a given partition."""
    numbering = canonical_numbering(graph, membership)
    m = [numbering[c] for c in membership]
    k = len(numbering)
    comms = []
    for c in range(k):
        members = [v for v in range(graph.n) if m[v] == c]
        internal = sum(w for (i, j), w in graph.arcs.items() if m[i] == c and m[j] == c)
        outgoing = sum(w for (i, j), w in graph.arcs.items() if m[i] == c and m[j] != c)
        incoming = sum(w for (i, j), w in graph.arcs.items() if m[i] != c and m[j] == c)
        comms.append({"community": c, "size": len(members),
                      "leaders": [{"id": graph.ids[members[0]], "name": "x", "pagerank": 0.1}],
                      "kinds": {}, "sectors": {}, "organisations": {},
                      "internal_weight": internal, "outgoing_weight": outgoing,
                      "incoming_weight": incoming, "bridges": []})
    q = plain_modularity(graph, m, 1.0 if p.get("quality") == "cpm" else p["resolution"], p["directed"])
    return {"input": "x", "vertices": graph.n, "arcs": graph.m, "method": p["method"],
            "quality_function": p["quality"], "resolution": p["resolution"],
            "directed": p["directed"], "seed": p["seed"], "runs": p["runs"], "modularity": q,
            "quality": cpm(graph, m, p["resolution"]) if p["quality"] == "cpm" else q,
            "stability": None, "communities": comms,
            "assignment": [{"id": graph.ids[v], "name": graph.ids[v], "community": m[v]}
                           for v in range(graph.n)]}


def self_test():
    failures = 0

    def expect(label, ok, detail=""):
        nonlocal failures
        failures += not ok
        print(f"{'ok' if ok else 'FAIL':8} {label} {detail}")

    def count_failures(graph, p, doc):
        found = []
        check_document(graph, p, doc, found.append, lambda s: None)
        return found

    with tempfile.TemporaryDirectory() as folder:
        # Two triangles joined by one edge, a self-loop on an isolated id, a doubled row.
        path = os.path.join(folder, "t.edgelist")
        with open(path, "w") as f:
            f.write("a b\nb a\nb c\nc a\nd e\ne f\nf d 2\nc d\ng g\nb c\n")
        g = read_graph(path, [])
        expect("ids", g.ids == list("abcdefg"), g.ids)
        und = g.undirected()
        expect("projection", und == {(0, 1): 2.0, (1, 2): 2.0, (0, 2): 1.0, (3, 4): 1.0,
                                     (4, 5): 1.0, (3, 5): 2.0, (2, 3): 1.0}, und)
        member = [0, 0, 0, 1, 1, 1, 2]
        # m = 10; inside 5 and 4; degrees by community 11 and 9, g 0.
        hand = 5 / 10 - (11 / 20) ** 2 + 4 / 10 - (9 / 20) ** 2
        for gamma in (1.0, 0.5, 2.0):
            p = {"resolution": gamma, "directed": False}
            hand_g = 5 / 10 - gamma * (11 / 20) ** 2 + 4 / 10 - gamma * (9 / 20) ** 2
            got = modularity(g, member, p)
            expect(f"igraph modularity gamma {gamma} = hand", abs(got - hand_g) < 1e-15,
                   f"{got} {hand_g}")
            expect(f"plain modularity gamma {gamma}",
                   abs(plain_modularity(g, member, gamma) - hand_g) < 1e-15)
        expect("hand value", abs(hand - modularity(g, member, {"resolution": 1.0,
                                                                "directed": False})) < 1e-15)
        pd = {"resolution": 1.0, "directed": True}
        expect("directed modularity igraph = plain",
               abs(modularity(g, member, pd) - plain_modularity(g, member, 1.0, True)) < 1e-15)
        expect("cpm by hand", abs(cpm(g, member, 0.1) - (5 - 0.3 + 4 - 0.3)) < 1e-12,
               cpm(g, member, 0.1))
        expect("disconnected none", disconnected(g, member) == [])
        expect("disconnected found", disconnected(g, [0, 0, 1, 1, 1, 0, 2]) == [(0, 3, 2)],
               disconnected(g, [0, 0, 1, 1, 1, 0, 2]))
        expect("numbering", canonical_numbering(g, [5, 5, 5, 2, 2, 2, 9]) == {5: 0, 2: 1, 9: 2})
        with open(path, "w") as f:
            f.write("a b 2 2021-01-01 repost\nb a 1 2021-01-01 mention\nc d 1 2021-01-01 member\n")
        g = read_graph(path, [])
        expect("layers: member left out, its actors kept", g.n == 4 and
               g.arcs == {(0, 1): 2.0, (1, 0): 0.5}, g.arcs)
        g = read_graph(path, ["--layers", "all", "--weights", "mention=0.25"])
        expect("--layers all --weights", g.arcs == {(0, 1): 2.0, (1, 0): 0.25, (2, 3): 1.0},
               g.arcs)

    karate = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "datasets",
                          "graphs", "karate.graphml")
    g = read_graph(karate, [])
    expect("karate", g.n == 34 and g.m == 156 and len(g.undirected()) == 78)
    truth = read_truth(g, "club")
    expect("karate truth", len(truth) == 34 and len(set(truth.values())) == 2)
    for p in ({"method": "leiden", "quality": "modularity", "resolution": 1.0, "directed": False,
               "seed": 3, "runs": 2},
              {"method": "leiden", "quality": "modularity", "resolution": 0.5, "directed": False,
               "seed": 3, "runs": 1},
              {"method": "leiden", "quality": "modularity", "resolution": 1.0, "directed": True,
               "seed": 3, "runs": 1},
              {"method": "leiden", "quality": "cpm", "resolution": 0.1, "directed": False,
               "seed": 3, "runs": 1}):
        refs = references(g, p)
        membership = refs["leidenalg"][0]
        doc = fake_document(g, membership, p)
        if p["runs"] > 1:
            doc["stability"] = {"mean_nmi": 0.9, "runs": p["runs"], "best_seed": 4}
        label = f"{p['quality']} gamma {p['resolution']} directed {p['directed']}"
        found = count_failures(g, p, doc)
        expect(f"leidenalg's partition passes ({label})", not found, found)
        compared = []
        compare(g, p, [c["community"] for c in doc["assignment"]], doc["modularity"], refs,
                truth, compared.append, lambda s: None)
        expect(f"leidenalg's partition passes the comparison ({label})", not compared, compared)
        # The singleton partition must fail the comparison (and pass the document checks).
        single = fake_document(g, list(range(g.n)), p)
        compared = []
        compare(g, p, [c["community"] for c in single["assignment"]], single["modularity"], refs,
                truth, compared.append, lambda s: None)
        expect(f"singletons fail the comparison ({label})", len(compared) == 1, compared)
    p = {"method": "leiden", "quality": "modularity", "resolution": 1.0, "directed": False,
         "seed": 3, "runs": 1}
    membership = references(g, p)["leidenalg"][0]
    base = fake_document(g, membership, p)
    mutations = {
        "modularity off by 1e-6": lambda d: d.__setitem__("modularity", d["modularity"] + 1e-6),
        "numbering swapped": lambda d: [r.__setitem__("community", {0: 1, 1: 0}.get(
            r["community"], r["community"])) for r in d["assignment"]],
        "an actor missing": lambda d: d["assignment"].pop(),
        "internal weight": lambda d: d["communities"][1].__setitem__(
            "internal_weight", d["communities"][1]["internal_weight"] + 1),
        "size": lambda d: d["communities"][0].__setitem__("size", 1),
        "arcs": lambda d: d.__setitem__("arcs", 78),
        "resolution echo": lambda d: d.__setitem__("resolution", 2),
        "leader not a member": lambda d: d["communities"][0]["leaders"].__setitem__(
            0, dict(d["communities"][1]["leaders"][0])),
    }
    for name, mutate in mutations.items():
        doc = json.loads(json.dumps(base))
        mutate(doc)
        found = count_failures(g, p, doc)
        expect(f"detects: {name}", bool(found), found[:1])
    # A disconnected community: move a vertex of the smallest community into another one
    # it has no edge to.
    doc = json.loads(json.dumps(base))
    moved = None
    adjacency = {v: set() for v in range(g.n)}
    for i, j in g.undirected():
        adjacency[i].add(j)
        adjacency[j].add(i)
    number = {r["id"]: r["community"] for r in doc["assignment"]}
    for v in range(g.n):
        others = {number[g.ids[u]] for u in adjacency[v]}
        target = next((c for c in range(len(doc["communities"])) if c not in others), None)
        if target is not None and target != number[g.ids[v]]:
            moved = (v, target)
            break
    members = [number[x] for x in g.ids]
    members[moved[0]] = moved[1]
    disc = fake_document(g, members, p)
    found = count_failures(g, p, disc)
    expect("detects: a disconnected community", any("connected" in f for f in found), found[:1])
    print(f"{'FAILED' if failures else 'PASSED'}  self-test: {failures} failures")
    return 1 if failures else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) < 3:
        print(__doc__)
        return 2
    return check(argv[1], argv[2], argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
