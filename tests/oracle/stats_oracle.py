#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet stats`: rebuilds the influence graph in Python from the documented rules
(README, "Data model"), measures it with igraph and NetworkX, and compares every figure with
`ricochet stats --format json`. Usage: stats_oracle.py RICOCHET INPUT [ricochet options...]"""
import gzip
import json
import subprocess
import sys

import igraph
import networkx

LAYERS = ["repost", "quote", "reply", "comment", "mention", "reaction", "member"]
ECHO = {"repost": "repost", "quote": "quote", "reply": "reply", "comment": "comment"}
EVENT = {"reaction": "reaction", "comment": "comment", "share": "repost"}


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return f.read()


def records_from_native(path):
    """Actor ids and (source, target, layer) records of a native JSON document."""
    doc = json.loads(read_text(path))
    actors = [a["id"] for a in doc.get("actors", [])]
    author = {p["id"]: p["author"] for p in doc.get("posts", [])}
    records = []
    for p in doc.get("posts", []):
        kind = p.get("type", "original")
        if kind in ECHO and p.get("parent"):
            records.append((p["author"], author[p["parent"]], ECHO[kind]))
        for m in dict.fromkeys(p.get("mentions", [])):
            records.append((p["author"], m, "mention"))
    for e in doc.get("engagements", []):
        records.append((e["actor"], author[e["post"]], EVENT[e["type"]]))
    for i in doc.get("interactions", []):
        records.append((i["source"], i["target"], i["layer"]))
    for a in doc.get("actors", []):
        if a.get("organisation"):
            records.append((a["id"], a["organisation"], "member"))
    return actors, records


def records_from_edge_list(path, layer):
    actors, seen, records = [], set(), []
    for line in read_text(path).splitlines():
        fields = line.split()
        if not fields or fields[0][0] in "#%":
            continue
        for x in fields[:2]:
            if x not in seen:
                seen.add(x)
                actors.append(x)
        records.append((fields[0], fields[1], fields[4] if len(fields) > 4 else layer))
    return actors, records


def expected(actors, records):
    index = {a: i for i, a in enumerate(actors)}
    arcs = {(u, v, l) for u, v, l in records if u != v}
    pairs = {(index[u], index[v]) for u, v, l in arcs if l != "member"}
    g = igraph.Graph(n=len(actors), edges=sorted(pairs), directed=True)
    components = g.connected_components(mode="weak")
    nx = networkx.DiGraph()
    nx.add_nodes_from(range(len(actors)))
    nx.add_edges_from(pairs)
    n = len(actors)
    result = {
        "vertices": n,
        "arcs": len(arcs),
        "arcs_by_layer": {l: sum(1 for a in arcs if a[2] == l) for l in LAYERS},
        "self_interactions": sum(1 for u, v, l in records if u == v),
        "components": len(components),
        "largest_component": max(components.sizes(), default=0),
        "reciprocity": g.reciprocity(ignore_loops=True) if pairs else None,
        "density": g.density(loops=False) if n >= 2 else None,
    }
    # Second opinion from NetworkX on the same pairs.
    assert networkx.number_weakly_connected_components(nx) == result["components"]
    if pairs:
        assert abs(networkx.overall_reciprocity(nx) - result["reciprocity"]) < 1e-12
    if n >= 2:
        assert abs(networkx.density(nx) - result["density"]) < 1e-12
    return result


def main():
    ricochet, path, options = sys.argv[1], sys.argv[2], sys.argv[3:]
    run = subprocess.run([ricochet, "stats", path, "--format", "json", *options],
                         capture_output=True, text=True, check=True)
    got = json.loads(run.stdout)
    if ".json" in path:
        actors, records = records_from_native(path)
    else:
        layer = options[options.index("--edge-layer") + 1] if "--edge-layer" in options else "repost"
        actors, records = records_from_edge_list(path, layer)
    if "--layers" in options:
        selected = set(options[options.index("--layers") + 1].split(","))
        records = [r for r in records if r[2] in selected]
    want = expected(actors, records)
    failures = []
    for key, value in want.items():
        if isinstance(value, float):
            ok = got[key] is not None and abs(got[key] - value) <= 1e-12 * max(1.0, abs(value))
        else:
            ok = got[key] == value
        if not ok:
            failures.append(f"{key}: ricochet {got[key]!r}, oracle {value!r}")
    print(f"{path}: {len(want)} figures compared, {len(failures)} differ")
    for f in failures:
        print("  " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
