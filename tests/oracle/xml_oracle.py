#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for the GraphML and GEXF importers: NetworkX reads the file, this script applies the
documented mapping to NetworkX's graph independently of ricochet, and `ricochet stats FILE
--format json` must report the same vertices, arcs (in total and by layer), interactions,
self-interactions and actors by kind.

Mapping (README, GraphML and GEXF): a node is an actor (kind from a `kind` attribute, default
other; `organisation` makes a member arc); a directed edge is one interaction, an undirected (or
GEXF mutual) edge two, one per direction, a self-loop one; the layer comes from a `layer`
attribute, else GEXF's 1.3 `kind`, else the default edge layer (repost); key and attribute
`<default>`s apply to the elements without the value. Arcs are the distinct
(source, target, layer) triples without self-loops.

NetworkX 2.8.8 (Debian 12) reads GEXF 1.1draft/1.2draft only, without `viz:color hex` or the
`dateTime` time format and without an edge's `kind`: for GEXF 1.3 this script rewrites the
namespaces to 1.2draft, `timeformat="dateTime"` to `"date"`, drops the viz elements (both sides
ignore them) and reads each edge's `kind` itself, by edge id.

Usage: xml_oracle.py RICOCHET FILE [--edge-layer LAYER]
"""
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx

LAYERS = ["repost", "quote", "reply", "comment", "mention", "reaction", "member"]
KINDS = ["executive", "company", "association", "kol", "media", "institution", "other"]


def read_gexf(path):
    text = open(path, encoding="utf-8").read()
    text = (text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
                .replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
                .replace('timeformat="dateTime"', 'timeformat="date"'))
    root = ET.fromstring(text)
    viz = "{http://www.gexf.net/1.2draft/viz}"
    for parent in root.iter():
        for child in list(parent):
            if child.tag.startswith(viz):
                parent.remove(child)
    kinds = {e.get("id"): e.get("kind") for e in root.iter("{http://www.gexf.net/1.2draft}edge")
             if e.get("kind") is not None}
    graph = nx.read_gexf(io.BytesIO(ET.tostring(root)))
    return graph, kinds


def expected(graph, kinds, default_layer):
    arcs = set()
    interactions = 0
    self_interactions = 0
    # NetworkX keeps <default> values apart from the elements; the mapping applies them.
    edge_default = graph.graph.get("edge_default", {})
    node_default = graph.graph.get("node_default", {})
    for u, v, data in graph.edges(data=True):
        data = {**edge_default, **data}
        kind = kinds.get(data.get("id"))
        # GEXF's kind is any word: a layer only when it names one (README, GraphML and GEXF).
        layer = data.get("layer") or (kind if kind in LAYERS else None) or default_layer
        assert layer in LAYERS, f"unexpected layer {layer!r} in the test file"
        both_ways = not graph.is_directed()
        if u == v:
            interactions += 1
            self_interactions += 1
            continue
        arcs.add((u, v, layer))
        interactions += 1
        if both_ways:
            arcs.add((v, u, layer))
            interactions += 1
    by_kind = {kind: 0 for kind in KINDS}
    for node, data in graph.nodes(data=True):
        data = {**node_default, **data}
        by_kind[data.get("kind") or "other"] += 1
        organisation = data.get("organisation") or data.get("organization")
        if organisation is not None and organisation in graph and organisation != node:
            arcs.add((node, organisation, "member"))
    by_layer = {layer: sum(1 for a in arcs if a[2] == layer) for layer in LAYERS}
    return {
        "vertices": graph.number_of_nodes(),
        "arcs": len(arcs),
        "arcs_by_layer": by_layer,
        "interactions": interactions,
        "self_interactions": self_interactions,
        "actors.by_kind": by_kind,
    }


def main():
    ricochet, path = sys.argv[1], sys.argv[2]
    default_layer = "repost"
    if "--edge-layer" in sys.argv:
        default_layer = sys.argv[sys.argv.index("--edge-layer") + 1]
    if path.endswith(".gexf"):
        graph, kinds = read_gexf(path)
    else:
        graph, kinds = nx.read_graphml(path), {}
    want = expected(graph, kinds, default_layer)
    run = subprocess.run([ricochet, "stats", path, "--format", "json", "--edge-layer", default_layer],
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"ricochet failed ({run.returncode}): {run.stderr}")
        return 1
    stats = json.loads(run.stdout)
    got = {key: stats[key] for key in want if "." not in key}
    got["actors.by_kind"] = stats["actors"]["by_kind"]
    failures = 0
    for key, value in want.items():
        status = "ok" if got[key] == value else "MISMATCH"
        failures += status != "ok"
        print(f"{status:8} {key}: ricochet {got[key]}, networkx {value}")
    print(f"{path}: {len(want) - failures}/{len(want)} figures agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
