#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet export`: the exported files hold exactly the influence graph and the
measures the other commands compute, read back with tools that share no code with ricochet.

It runs, into a temporary folder and with the same --seed and input options,
    ricochet export INPUT --format graphml -o map.graphml
    ricochet export INPUT --format gexf    -o map.gexf
    ricochet export INPUT --format csv     -o csv/           (nodes.csv, edges.csv)
    ricochet export INPUT --format json    -o map.json       (graphology)
and reads them back: GraphML with networkx.read_graphml; GEXF with xml.etree (NetworkX 2.8.8
knows GEXF 1.1draft and 1.2draft only: on GEXF 1.3 its reader stops with "No <graph> element in
GEXF file."), the CSV files with the csv module, the JSON with json. Then it checks:

graph      in every format, the vertex set (every actor of the input, nothing else) and the arcs
           per layer with their weights (one arc per pair and layer, none twice) against the
           influence graph the oracle builds from the input itself: native JSON with
           teams_oracle.py's reader and the README's rules (echo posts, mentions once per post,
           engagement events, interaction records, organisation links as member arcs; the time
           window), GraphML/GEXF/edge lists with oracle_graph.py's reader; arcs of the
           interaction layers unless --layers says otherwise (the maps leave the member layer
           out by default), weight = sum of count x layer weight, within 1e-9 relative;
formats    the four formats carry the same attribute columns and, vertex by vertex, the same
           name, kind, organisation, sector, team, profile, community, influence, engagement and
           every centrality column (within 1e-9 relative; missing = GraphML/GEXF value left out,
           JSON null, empty CSV cell); GraphML x/y/size/r/g/b = GEXF viz:position/size/color =
           JSON x/y/size/color; arcs: same ids, weights and layers (GEXF kind = layer), GEXF
           viz:color/thickness = JSON color/size;
input      name (or the id when the actor has none), kind (default other), organisation and
           sector (the actor's own, else its organisation's) as the input gives them;
commands   the measure columns = `ricochet centrality INPUT --measures all --format csv` (every
           column of it, same ids), community = `ricochet communities INPUT --seed N --format csv`
           community + 1 (the maps number communities from 1), influence and engagement =
           `ricochet rank INPUT --level actor --format json` rows' influence and engagement
           component, team and profile = `ricochet teams INPUT --format json` (a member's team
           is its organisation's id, its profile the team's; empty for actors in no team), and
           for native inputs the teams the oracle derives from the input (organisation + its
           executives, an executive leading executives of its own in its own team only): all
           numbers within 1e-9 relative;
references measures recomputed from the exported GraphML arcs alone: weighted PageRank
           (networkx, alpha 0.85, tol 1e-12, dangling mass uniform; igraph PRPACK as a second
           opinion) within 1e-6 absolute; in_strength/out_strength and in_<layer>/out_<layer> as
           weighted degrees, amplifiers as distinct in-neighbours, within 1e-9 relative;
sizes      vertex diameter = 5 + 25 sqrt(x / max x) over the map's vertices of the size measure
           (influence, or --size-by), README "render"; GEXF viz:size is half the diameter
           (Gephi's size is a radius), and GraphML size and JSON size carry the same radius
           (checked through the format agreement); within 1e-6;
colours    each community has one colour; the seven largest communities (the seven first, as
           communities are numbered by decreasing size) the seven Okabe-Ito colours, each once,
           the others one grey; arcs: one colour per layer, 40 % opaque (GEXF a = 0.4, JSON
           alpha byte 0x66), pen width 0.4 + 1.6 sqrt(w / max w) over the exported arcs.

Usage: maps_oracle.py RICOCHET INPUT [--seed N] [--size-by MEASURE] [--layers L] [--weights W]
                      [--since T] [--until T] [--edge-layer L] [--keep DIR]
       maps_oracle.py --self-test
--seed (default 1) goes to export and communities, --size-by to export, the input options to
every command; --keep DIR (oracle option) writes the exports into DIR and leaves them there.
Prints one line per check; exit 0 when everything agrees, 1 listing the differences, 2 on a
usage error.
"""
import csv
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time as clock
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_graph  # noqa: E402
import teams_oracle  # noqa: E402

TOLERANCE = 1e-9         # relative: weights, attributes, command columns, strengths
PAGERANK_TOLERANCE = 1e-6  # absolute: exported pagerank vs NetworkX / igraph
SIZE_TOLERANCE = 1e-6    # absolute: sizes and pen widths from the README's formulas
PAGERANK_TOL = 1e-12     # NetworkX's stopping rule (N x tol on the L1 change): far below 1e-6
LIST_LIMIT = 12          # differences listed per check

STRING_COLUMNS = {"id", "name", "kind", "organisation", "sector", "team", "profile"}
VISUAL_GRAPHML = {"label", "x", "y", "size", "r", "g", "b"}
VISUAL_JSON = {"label", "x", "y", "size", "color"}
OKABE_ITO = [(0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73), (0xF0, 0xE4, 0x42),
             (0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0xCC, 0x79, 0xA7)]
GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
INPUT_OPTIONS = ["--layers", "--weights", "--since", "--until", "--edge-layer"]


# ---------------------------------------------------------------------------------------------
# Numbers

def deviation(a, b):
    """Relative difference |a - b| / max(|a|, |b|); 0 when equal; inf when one is missing."""
    if a is None or b is None:
        return 0.0 if a is None and b is None else math.inf
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def number(text):
    """A CSV cell: None when empty, int when it is an integer, else float."""
    if text is None or text == "":
        return None
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    return float(text)


def label_text(text):
    """README "Labels are text in every format": control characters become spaces (C0, tabs and
    line ends included, and DEL); the native JSON cannot hold invalid UTF-8."""
    if text is None:
        return None
    return "".join(" " if ord(ch) < 0x20 or ord(ch) == 0x7F else ch for ch in text)


def diameter(x, largest):
    """README: area proportional to the measure, diameter 5 + 25 sqrt(x / max) points."""
    if x is None or largest is None or largest <= 0 or x <= 0:
        return 5.0
    return 5.0 + 25.0 * math.sqrt(x / largest)


def pen(w, largest):
    """README: arcs drawn with pen 0.4 + 1.6 sqrt(w / max)."""
    return 0.4 + 1.6 * math.sqrt(w / largest) if largest > 0 else 0.4


def hex_colour(text):
    """'#rrggbb' or '#rrggbbaa' -> (r, g, b, alpha byte or None)."""
    m = re.fullmatch(r"#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})?", text or "")
    if not m:
        raise ValueError("not a colour: %r" % text)
    r, g, b, a = m.groups()
    return int(r, 16), int(g, 16), int(b, 16), (int(a, 16) if a is not None else None)


# ---------------------------------------------------------------------------------------------
# The reference graph, from the input (never through ricochet)

def layered_native_arcs(data, par):
    """{(source id, target id, layer): weight}: teams_oracle's influence_arcs rules, one arc per
    layer (README "The influence graph")."""
    arcs = {}

    def add(u, v, layer, count=1.0):
        if u == v or layer not in par.layers:
            return
        key = (data.actors[u]["id"], data.actors[v]["id"], layer)
        arcs[key] = arcs.get(key, 0.0) + count * par.weights[layer]

    for q, p in enumerate(data.posts):
        if not par.inside(data.ptime[q]):
            continue
        u = data.author[q]
        if data.ptype[q] in teams_oracle.ECHO_TYPES and data.parent[q] is not None:
            add(u, data.author[data.parent[q]], data.ptype[q])
        seen = set()
        for m in p.get("mentions", []) or []:
            v = data.index[m]
            if v not in seen:
                seen.add(v)
                add(u, v, "mention")
    for actor, post, etype, t in data.events:
        if par.inside(t if t is not None else data.ptime[post]):
            add(actor, data.author[post], teams_oracle.EVENT_LAYER[etype])
    for s, t_, layer, count, t in data.interactions:
        if layer == "member" or par.inside(t):
            add(s, t_, layer, count)
    for i, o in enumerate(data.organisation):
        if o is not None:
            add(i, o, "member")
    return arcs


class LayeredGraph(oracle_graph.Graph):
    """oracle_graph's Graph that also keeps one arc per layer, by actor id."""

    def __init__(self):
        super().__init__()
        self.layered = {}

    def add(self, src, dst, count, layer, selection):
        super().add(src, dst, count, layer, selection)
        weights, layers = selection
        if src != dst and layer in layers:
            key = (src, dst, layer)
            self.layered[key] = self.layered.get(key, 0.0) + count * weights[layer]


class Reference:
    """What the input says: actor ids in order, per-actor input fields, arcs per layer, and for
    native inputs the teams."""

    def __init__(self, path, options):
        self.native = path.endswith(".json") or path.endswith(".json.gz")
        self.fields = {}   # id -> {name, kind, organisation, sector}
        self.teams = None  # id -> team id, native inputs only
        if self.native:
            data = teams_oracle.Data(path)
            par = teams_oracle.Parameters(options)
            self.ids = [a["id"] for a in data.actors]
            self.arcs = layered_native_arcs(data, par)
            by_id = {a["id"]: a for a in data.actors}
            for a in data.actors:
                org = a.get("organisation")
                sector = a.get("sector")
                if sector is None and org is not None:
                    sector = by_id[org].get("sector")
                self.fields[a["id"]] = {"name": a.get("name") or a["id"], "kind": a.get("kind", "other"),
                                        "organisation": org, "sector": sector}
            self.teams = {}
            for members in data.teams():
                for i in members:
                    self.teams[data.actors[i]["id"]] = data.actors[members[0]]["id"]
        else:
            if oracle_graph.option(options, "--since") or oracle_graph.option(options, "--until"):
                raise SystemExit("maps_oracle: --since/--until only with native JSON inputs")
            saved = oracle_graph.Graph
            oracle_graph.Graph = LayeredGraph  # read_xml / read_edgelist_text build a Graph()
            try:
                graph = oracle_graph.read_graph(path, options)
            finally:
                oracle_graph.Graph = saved
            self.ids = list(graph.ids)
            self.arcs = graph.layered
            for i in self.ids:
                attrs = {k.lower(): v for k, v in graph.attributes.get(i, {}).items()}
                name = attrs.get("label") or attrs.get("name") or i
                self.fields[i] = {"name": str(name), "kind": attrs.get("kind", "other"),
                                  "organisation": attrs.get("organisation", attrs.get("organization")),
                                  "sector": attrs.get("sector")}


# ---------------------------------------------------------------------------------------------
# Readers of the exports: each gives an Export

class Export:
    def __init__(self, fmt):
        self.format = fmt
        self.order = []       # vertex ids in file order
        self.vertices = {}    # id -> {column: value}, 'name' included
        self.visual = {}      # id -> {'x', 'y', 'size', 'color': (r, g, b)}
        self.columns = []     # attribute columns in declared order ('name' excluded)
        self.arcs = {}        # (source, target, layer) -> {'weight', 'id', 'color', 'thickness'}
        self.duplicates = []  # (source, target, layer) seen twice
        self.notes = []

    def add_vertex(self, vid, values, visual=None):
        if vid in self.vertices:
            self.duplicates.append(("vertex", vid))
        self.order.append(vid)
        self.vertices[vid] = values
        if visual is not None:
            self.visual[vid] = visual

    def add_arc(self, source, target, layer, **values):
        key = (source, target, layer)
        if key in self.arcs:
            self.duplicates.append(("arc",) + key)
        self.arcs[key] = values


def read_graphml(path):
    g = nx.read_graphml(path, force_multigraph=True)
    out = Export("graphml")
    if not g.is_directed():
        out.notes.append("GraphML graph is undirected")
    # The declared order of the node keys (NetworkX keeps values, not the declarations): the
    # <key> elements before <graph>, parsed alone.
    with open(path, encoding="utf-8") as f:
        head = f.read().split("<graph ", 1)[0]
    keys = ET.fromstring("<keys>%s</keys>" % "".join(re.findall(r"<key\b[^>]*/>", head)))
    out.columns = [k.get("attr.name") for k in keys
                   if k.get("for") == "node" and k.get("attr.name") not in VISUAL_GRAPHML]
    for node, data in g.nodes(data=True):
        values = {c: data.get(c) for c in out.columns}
        values["name"] = data.get("label")
        visual = {"x": data.get("x"), "y": data.get("y"), "size": data.get("size"),
                  "color": (data.get("r"), data.get("g"), data.get("b"))}
        out.add_vertex(str(node), values, visual)
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_arc(str(u), str(v), data.get("layer"), weight=data.get("weight"), id=str(key))
    return out


def read_gexf(path):
    root = ET.parse(path).getroot()
    out = Export("gexf")
    if root.tag != "{%s}gexf" % GEXF_NS or root.get("version") != "1.3":
        out.notes.append("root %s version %s, not GEXF 1.3" % (root.tag, root.get("version")))
    n = {"x": GEXF_NS, "v": VIZ_NS}
    graph = root.find("x:graph", n)
    if graph.get("defaultedgetype") != "directed":
        out.notes.append("defaultedgetype %r" % graph.get("defaultedgetype"))
    titles = {}  # (class, id) -> (title, type)
    for block in graph.findall("x:attributes", n):
        for a in block.findall("x:attribute", n):
            titles[(block.get("class"), a.get("id"))] = (a.get("title"), a.get("type"))
            if block.get("class") == "node":
                out.columns.append(a.get("title"))

    def typed(kind, value):
        if kind in ("integer", "long", "short", "byte"):
            return int(value)
        if kind in ("double", "float"):
            return float(value)
        return value

    def attvalues(element, cls):
        values = {}
        block = element.find("x:attvalues", n)
        for av in (block.findall("x:attvalue", n) if block is not None else []):
            title, kind = titles[(cls, av.get("for"))]
            values[title] = typed(kind, av.get("value"))
        return values

    for node in graph.find("x:nodes", n).findall("x:node", n):
        values = attvalues(node, "node")
        values = {c: values.get(c) for c in out.columns}
        values["name"] = node.get("label")
        pos = node.find("v:position", n)
        size = node.find("v:size", n)
        col = node.find("v:color", n)
        visual = {"x": float(pos.get("x")) if pos is not None else None,
                  "y": float(pos.get("y")) if pos is not None else None,
                  "size": float(size.get("value")) if size is not None else None,
                  "color": (int(col.get("r")), int(col.get("g")), int(col.get("b")))
                  if col is not None else None}
        out.add_vertex(node.get("id"), values, visual)
    edges = graph.find("x:edges", n)
    for edge in (edges.findall("x:edge", n) if edges is not None else []):
        values = attvalues(edge, "edge")
        layer = values.get("layer")
        if edge.get("kind") != layer:
            out.notes.append("edge %s: kind %r, layer %r" % (edge.get("id"), edge.get("kind"), layer))
        if edge.get("type") not in (None, "directed"):
            out.notes.append("edge %s: type %r" % (edge.get("id"), edge.get("type")))
        col = edge.find("v:color", n)
        thick = edge.find("v:thickness", n)
        out.add_arc(edge.get("source"), edge.get("target"), layer,
                    weight=float(edge.get("weight", "1")), id=edge.get("id"),
                    color=(int(col.get("r")), int(col.get("g")), int(col.get("b")), float(col.get("a", "1")))
                    if col is not None else None,
                    thickness=float(thick.get("value")) if thick is not None else None)
    return out


def read_csv_folder(folder):
    out = Export("csv")
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header[:2] != ["id", "name"]:
            out.notes.append("nodes.csv header starts %r" % header[:2])
        out.columns = header[2:]
        for row in rows:
            if len(row) != len(header):
                out.notes.append("nodes.csv row of %d cells: %r" % (len(row), row[:2]))
                continue
            values = {}
            for column, cell in zip(header[1:], row[1:]):
                values[column] = (cell if cell != "" else None) if column in STRING_COLUMNS else number(cell)
            out.add_vertex(row[0], values)
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header != ["source", "target", "layer", "weight"]:
            out.notes.append("edges.csv header %r" % header)
        for row in rows:
            cells = dict(zip(header, row))
            out.add_arc(cells["source"], cells["target"], cells["layer"], weight=float(cells["weight"]))
    return out


def read_graphology(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    out = Export("json")
    options = doc.get("options", {})
    if options.get("type") != "directed" or options.get("multi") is not True:
        out.notes.append("graphology options %r" % options)
    seen = []
    for node in doc["nodes"]:
        attrs = node.get("attributes", {})
        if "type" in attrs:
            out.notes.append("node %s has an attribute 'type'" % node["key"])
        for k in attrs:
            if k not in VISUAL_JSON and k not in seen:
                seen.append(k)
    out.columns = seen
    for node in doc["nodes"]:
        attrs = node.get("attributes", {})
        values = {c: attrs.get(c) for c in out.columns}
        values["name"] = attrs.get("label")
        r, g, b, _a = hex_colour(attrs.get("color"))
        out.add_vertex(node["key"], values, {"x": attrs.get("x"), "y": attrs.get("y"),
                                             "size": attrs.get("size"), "color": (r, g, b)})
    for edge in doc["edges"]:
        attrs = edge.get("attributes", {})
        if "type" in attrs:
            out.notes.append("edge %s has an attribute 'type'" % edge.get("key"))
        r, g, b, a = hex_colour(attrs.get("color"))
        out.add_arc(edge["source"], edge["target"], attrs.get("layer"), weight=attrs.get("weight"),
                    id=edge.get("key"), color=(r, g, b, a / 255.0 if a is not None else 1.0),
                    thickness=attrs.get("size"))
    return out


# ---------------------------------------------------------------------------------------------
# Checks: each returns (differences, summary)

class Check:
    def __init__(self, name):
        self.name = name
        self.differences = []
        self.max_dev = 0.0
        self.compared = 0
        self.notes = []  # printed, not failures

    def differ(self, text):
        self.differences.append(text)

    def real(self, where, got, want, tol=TOLERANCE, absolute=False):
        self.compared += 1
        if got is None or want is None or isinstance(got, str) or isinstance(want, str):
            if got != want:
                self.differ("%s: %r, want %r" % (where, got, want))
            return
        dev = abs(got - want) if absolute else deviation(got, want)
        self.max_dev = max(self.max_dev, dev)
        if not dev <= tol:
            self.differ("%s: %r, want %r (%s %.3g)" % (where, got, want, "abs" if absolute else "rel", dev))


def check_graph(ref_ids, ref_arcs, export):
    """Vertex set and arcs by layer with weights against the reference."""
    ck = Check("graph/%s" % export.format)
    want_v = set(ref_ids)
    got_v = set(export.vertices)
    for v in sorted(want_v - got_v):
        ck.differ("vertex %s missing" % v)
    for v in sorted(got_v - want_v):
        ck.differ("vertex %s not in the input" % v)
    for d in export.duplicates:
        ck.differ("%s written twice: %s" % (d[0], " ".join(map(str, d[1:]))))
    for key in sorted(set(ref_arcs) - set(export.arcs)):
        ck.differ("arc %s -> %s (%s) missing, weight %r" % (key + (ref_arcs[key],)))
    for key in sorted(set(export.arcs) - set(ref_arcs), key=lambda k: tuple(map(str, k))):
        ck.differ("arc %s -> %s (%s) not in the input, weight %r" % (key + (export.arcs[key]["weight"],)))
    for key in sorted(set(ref_arcs) & set(export.arcs)):
        ck.real("arc %s -> %s (%s) weight" % key, export.arcs[key]["weight"], ref_arcs[key])
    by_layer = {}
    for (_s, _t, layer) in export.arcs:
        by_layer[layer] = by_layer.get(layer, 0) + 1
    layers = ", ".join("%s %d" % (k, by_layer[k]) for k in sorted(by_layer, key=str))
    summary = ("%d vertices, %d arcs (%s) = the input's %d actors and %d arcs; weights max deviation %.2g relative"
               % (len(got_v), len(export.arcs), layers or "none", len(want_v), len(ref_arcs), ck.max_dev))
    return ck, summary


def check_formats(exports):
    """Every format against the first one: columns, vertex attributes, visuals, arcs."""
    base = exports[0]
    ck = Check("formats")
    visual_dev = 0.0
    for other in exports[1:]:
        if set(other.columns) != set(base.columns):
            ck.differ("%s columns differ from %s: only in %s %s, only in %s %s" % (
                other.format, base.format, other.format, sorted(set(other.columns) - set(base.columns)),
                base.format, sorted(set(base.columns) - set(other.columns))))
        elif other.columns != base.columns and other.format != "json":
            ck.differ("%s column order %s differs from %s's" % (other.format, other.columns, base.format))
        if other.order != base.order:
            ck.differ("%s vertex order differs from %s" % (other.format, base.format))
        for vid in base.order:
            if vid not in other.vertices:
                ck.differ("%s: vertex %s missing" % (other.format, vid))
                continue
            a, b = base.vertices[vid], other.vertices[vid]
            for column in ["name"] + base.columns:
                if column in STRING_COLUMNS or isinstance(a.get(column), str):
                    ck.compared += 1
                    if a.get(column) != b.get(column):
                        ck.differ("%s %s %s: %r, %s %r" % (vid, column, other.format, b.get(column),
                                                         base.format, a.get(column)))
                else:
                    ck.real("%s %s (%s vs %s)" % (vid, column, other.format, base.format), b.get(column), a.get(column))
            if vid in base.visual and vid in other.visual:
                va, vb = base.visual[vid], other.visual[vid]
                for key in ("x", "y", "size"):
                    dev = deviation(vb[key], va[key])
                    visual_dev = max(visual_dev, dev)
                    if not dev <= TOLERANCE:
                        ck.differ("%s %s (%s vs %s): %r, %r" % (vid, key, other.format, base.format, vb[key], va[key]))
                if vb["color"] != va["color"]:
                    ck.differ("%s colour (%s vs %s): %r, %r" % (vid, other.format, base.format, vb["color"],
                                                               va["color"]))
        if set(other.arcs) != set(base.arcs):
            ck.differ("%s arcs differ from %s's: %d only in %s, %d only in %s" % (
                other.format, base.format, len(set(other.arcs) - set(base.arcs)), other.format,
                len(set(base.arcs) - set(other.arcs)), base.format))
        for key in set(other.arcs) & set(base.arcs):
            ga, gb = base.arcs[key], other.arcs[key]
            ck.real("arc %s -> %s (%s) weight (%s vs %s)" % (key + (other.format, base.format)),
                    gb["weight"], ga["weight"])
            if ga.get("id") is not None and gb.get("id") is not None and ga["id"] != gb["id"]:
                ck.differ("arc %s -> %s (%s): id %s in %s, %s in %s" % (key + (gb["id"], other.format, ga["id"],
                                                                              base.format)))
    # Arc visuals: GEXF against JSON.
    gexf = next((e for e in exports if e.format == "gexf"), None)
    graphology = next((e for e in exports if e.format == "json"), None)
    if gexf is not None and graphology is not None:
        for key in set(gexf.arcs) & set(graphology.arcs):
            a, b = gexf.arcs[key], graphology.arcs[key]
            if a["color"] is None or b["color"] is None or a["color"][:3] != b["color"][:3] \
                    or abs(a["color"][3] - b["color"][3]) > 0.5 / 255:
                ck.differ("arc %s -> %s (%s) colour: gexf %r, json %r" % (key + (a["color"], b["color"])))
            if deviation(a["thickness"], b["thickness"]) > TOLERANCE:
                ck.differ("arc %s -> %s (%s) width: gexf thickness %r, json size %r" % (key + (a["thickness"],
                                                                                             b["thickness"])))
    for e in exports:
        for note in e.notes:
            ck.differ("%s: %s" % (e.format, note))
    summary = ("%s: %d columns (%s), %d vertices, %d arcs; attributes max deviation %.2g, positions/sizes %.2g, "
               "colours and arc ids identical" % (
                   " = ".join(e.format for e in exports), len(base.columns), ",".join(base.columns),
                   len(base.order), len(base.arcs), ck.max_dev, visual_dev))
    return ck, summary


def check_input_fields(ref, export):
    ck = Check("input")
    for vid, want in ref.fields.items():
        got = export.vertices.get(vid)
        if got is None:
            continue  # reported by the graph check
        for column in ("name", "kind", "organisation", "sector"):
            ck.compared += 1
            if got.get(column) != label_text(want[column]):
                ck.differ("%s %s: %r, the input says %r" % (vid, column, got.get(column), want[column]))
    return ck, ("name, kind, organisation, sector of %d actors = the input's (control characters as spaces)"
                % len(ref.fields))


def check_centrality(export, header, rows):
    """Every column of `ricochet centrality --format csv` against the export's."""
    ck = Check("centrality")
    columns = header[2:]
    for c in columns:
        if c not in export.columns:
            ck.differ("centrality column %s not exported" % c)
    ids = set()
    unnamed = 0
    for row in rows:
        vid = row[0]
        ids.add(vid)
        got = export.vertices.get(vid)
        if got is None:
            ck.differ("centrality row %s not exported" % vid)
            continue
        if got.get("name") != label_text(row[1]):
            if row[1] == "" and got.get("name") == vid:
                unnamed += 1  # the maps label an actor without a name by its id
            else:
                ck.differ("%s name: %r, centrality %r" % (vid, got.get("name"), row[1]))
        for c, cell in zip(columns, row[2:]):
            if c in export.columns:
                ck.real("%s %s" % (vid, c), got.get(c), number(cell))
    for vid in export.vertices:
        if vid not in ids:
            ck.differ("%s exported, not in the centrality CSV" % vid)
    if unnamed:
        ck.notes.append("%d actors without a name: the exports' name/label is their id, the centrality CSV's "
                        "name is empty" % unnamed)
    return ck, "%d columns x %d actors = ricochet centrality --measures all; max deviation %.2g relative" % (
        len(columns), len(rows), ck.max_dev)


def check_communities(export, rows):
    ck = Check("communities")
    for vid, _name, community in rows:
        got = export.vertices.get(vid)
        if got is None:
            ck.differ("communities row %s not exported" % vid)
            continue
        ck.compared += 1
        if got.get("community") != int(community) + 1:
            ck.differ("%s community %r, ricochet communities %s (+1 = %d)" % (vid, got.get("community"), community,
                                                                              int(community) + 1))
    if len(rows) != len(export.vertices):
        ck.differ("%d communities rows, %d exported vertices" % (len(rows), len(export.vertices)))
    count = len({r[2] for r in rows})
    return ck, "community = ricochet communities + 1 for %d actors (%d communities)" % (len(rows), count)


def check_rank(export, rows):
    ck = Check("rank")
    for row in rows:
        got = export.vertices.get(row["id"])
        if got is None:
            ck.differ("rank row %s not exported" % row["id"])
            continue
        ck.real("%s influence" % row["id"], got.get("influence"), row["influence"])
        ck.real("%s engagement" % row["id"], got.get("engagement"), row["components"]["engagement"]["value"])
    if len(rows) != len(export.vertices):
        ck.differ("%d rank rows, %d exported vertices" % (len(rows), len(export.vertices)))
    return ck, "influence and engagement = ricochet rank --level actor for %d actors; max deviation %.2g relative" % (
        len(rows), ck.max_dev)


def check_teams(export, teams_doc, oracle_teams):
    ck = Check("teams")
    team_of, profile_of = {}, {}
    for t in teams_doc["teams"]:
        for m in t["member_details"]:
            team_of[m["id"]] = t["team"]
            profile_of[m["id"]] = t["profile"]
    for vid, got in export.vertices.items():
        ck.compared += 1
        if got.get("team") != team_of.get(vid) or got.get("profile") != profile_of.get(vid):
            ck.differ("%s team %r profile %r, ricochet teams %r %r" % (vid, got.get("team"), got.get("profile"),
                                                                   team_of.get(vid), profile_of.get(vid)))
        if oracle_teams is not None and got.get("team") != oracle_teams.get(vid):
            ck.differ("%s team %r, the input's teams %r" % (vid, got.get("team"), oracle_teams.get(vid)))
    members = sum(1 for v in export.vertices.values() if v.get("team") is not None)
    return ck, "team and profile = ricochet teams (%d teams, %d members)%s" % (
        len(teams_doc["teams"]), members, "; teams = the input's" if oracle_teams is not None else "")


def pagerank_references(ids, arcs):
    """NetworkX (pure-Python power iteration without numpy) and igraph PRPACK on the arcs of
    every layer merged: {id: value}, twice."""
    merged = {}
    for (s, t, _layer), w in arcs.items():
        merged[(s, t)] = merged.get((s, t), 0.0) + w
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    g.add_edges_from((s, t, {"weight": w}) for (s, t), w in merged.items())
    if importlib.util.find_spec("numpy") is not None:
        pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=PAGERANK_TOL, max_iter=10000)
    else:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        pr = _pagerank_python(g, alpha=0.85, weight="weight", tol=PAGERANK_TOL, max_iter=10000)
    index = {v: i for i, v in enumerate(ids)}
    ig = igraph.Graph(n=len(ids), edges=[(index[s], index[t]) for (s, t) in merged], directed=True)
    values = ig.pagerank(damping=0.85, weights=list(merged.values()) or None, directed=True)
    return pr, dict(zip(ids, values))


def check_references(export, layer_columns=True):
    """Measures recomputed from the exported arcs alone."""
    ck = Check("references/%s" % export.format)
    ids = export.order
    arcs = {k: v["weight"] for k, v in export.arcs.items()}
    nx_pr, ig_pr = pagerank_references(ids, arcs)
    pr_nx = pr_ig = 0.0
    if "pagerank" in export.columns:
        for v in ids:
            got = export.vertices[v]["pagerank"]
            ck.real("%s pagerank vs networkx" % v, got, nx_pr[v], PAGERANK_TOLERANCE, absolute=True)
            pr_nx = max(pr_nx, abs(got - nx_pr[v]) if got is not None else math.inf)
            ck.real("%s pagerank vs igraph" % v, got, ig_pr[v], PAGERANK_TOLERANCE, absolute=True)
            pr_ig = max(pr_ig, abs(got - ig_pr[v]) if got is not None else math.inf)
    else:
        ck.differ("no pagerank column")
    ins, outs, amplifiers, layer_in, layer_out = {}, {}, {}, {}, {}
    layers = set()
    for (s, t, layer), w in arcs.items():
        layers.add(layer)
        outs[s] = outs.get(s, 0.0) + w
        ins[t] = ins.get(t, 0.0) + w
        amplifiers.setdefault(t, set()).add(s)
        layer_out[(s, layer)] = layer_out.get((s, layer), 0.0) + w
        layer_in[(t, layer)] = layer_in.get((t, layer), 0.0) + w
    strength_dev = 0.0
    before = ck.max_dev
    ck.max_dev = 0.0
    checked = []
    for column, table, by_layer in [("in_strength", ins, None), ("out_strength", outs, None)] + \
            [("in_" + layer, layer_in, layer) for layer in sorted(layers)] + \
            [("out_" + layer, layer_out, layer) for layer in sorted(layers)]:
        if column not in export.columns:
            if by_layer is None or layer_columns:
                ck.differ("no %s column" % column)
            continue
        checked.append(column)
        for v in ids:
            want = table.get((v, by_layer) if by_layer else v, 0.0)
            ck.real("%s %s from the arcs" % (v, column), export.vertices[v][column], want)
    strength_dev = ck.max_dev
    ck.max_dev = max(before, strength_dev)
    if "amplifiers" in export.columns:
        for v in ids:
            ck.compared += 1
            if export.vertices[v]["amplifiers"] != len(amplifiers.get(v, ())):
                ck.differ("%s amplifiers %r, distinct in-neighbours %d" % (
                    v, export.vertices[v]["amplifiers"], len(amplifiers.get(v, ()))))
    summary = ("pagerank vs networkx.pagerank max |diff| %.2g, vs igraph %.2g (tolerance %g); %s and amplifiers "
               "from the exported arcs: max deviation %.2g relative" % (
                   pr_nx, pr_ig, PAGERANK_TOLERANCE, ",".join(checked), strength_dev))
    return ck, summary


def check_sizes(exports, measure):
    """Diameter 5 + 25 sqrt(x / max): GEXF viz:size = diameter / 2, GraphML and JSON sizes the
    same radius (their agreement with GEXF is in check_formats; checked here too)."""
    ck = Check("sizes")
    base = exports[0]
    values = [base.vertices[v].get(measure) for v in base.order]
    present = [x for x in values if x is not None]
    largest = max(present) if present else None
    dev = 0.0
    for e in exports:
        if not e.visual:
            continue
        for v in e.order:
            want = diameter(e.vertices[v].get(measure), largest) / 2.0
            got = e.visual[v]["size"]
            ck.real("%s %s size (radius)" % (e.format, v), got, want, SIZE_TOLERANCE, absolute=True)
            dev = max(dev, abs(got - want) if got is not None else math.inf)
    fmts = "/".join(e.format for e in exports if e.visual)
    return ck, ("%s size = (5 + 25 sqrt(%s / %s)) / 2 for %d vertices; max |diff| %.2g" % (
        fmts, measure, ("%.12g" % largest) if largest is not None else "none", len(base.order), dev))


def check_colours(export):
    """Vertices by community (Okabe-Ito for the seven largest, grey for the rest); arcs by layer,
    40 % opaque, pen 0.4 + 1.6 sqrt(w / max w)."""
    ck = Check("colours/%s" % export.format)
    by_comm = {}
    sizes = {}
    for v in export.order:
        c = export.vertices[v].get("community")
        by_comm.setdefault(c, set()).add(export.visual[v]["color"])
        sizes[c] = sizes.get(c, 0) + 1
    for c, colours in by_comm.items():
        if len(colours) != 1:
            ck.differ("community %r drawn in %d colours: %s" % (c, len(colours), sorted(colours)))
    numbered = sorted(by_comm, key=lambda c: (c is None, c))
    top = numbered[:7]
    rest = numbered[7:]
    if rest and min(sizes[c] for c in top) < max(sizes[c] for c in rest):
        ck.differ("communities 1-7 are not the seven largest: sizes %s" % [sizes[c] for c in numbered])
    top_colours = [next(iter(by_comm[c])) for c in top]
    if len(set(top_colours)) != len(top_colours) or not set(top_colours) <= set(OKABE_ITO):
        ck.differ("the largest communities' colours %s are not distinct Okabe-Ito colours" % top_colours)
    rest_colours = {col for c in rest for col in by_comm[c]}
    if len(rest_colours) > 1 or any(not (r == g == b) for (r, g, b) in rest_colours):
        ck.differ("smaller communities not in one grey: %s" % sorted(rest_colours))
    # Arcs.
    arc_checked = 0
    pen_dev = 0.0
    if export.arcs and next(iter(export.arcs.values())).get("color") is not None:
        by_layer = {}
        for (_s, _t, layer), a in export.arcs.items():
            by_layer.setdefault(layer, set()).add(a["color"][:3])
            if abs(a["color"][3] - 0.4) > 0.5 / 255:
                ck.differ("arc %s -> %s (%s) opacity %r" % (_s, _t, layer, a["color"][3]))
        for layer, colours in by_layer.items():
            if len(colours) != 1:
                ck.differ("layer %s drawn in %d colours" % (layer, len(colours)))
        flat = [next(iter(c)) for c in by_layer.values()]
        if len(set(flat)) != len(flat):
            ck.differ("two layers share a colour: %s" % by_layer)
        largest = max(a["weight"] for a in export.arcs.values())
        for key, a in export.arcs.items():
            want = pen(a["weight"], largest)
            arc_checked += 1
            dev = abs(a["thickness"] - want) if a["thickness"] is not None else math.inf
            pen_dev = max(pen_dev, dev)
            if not dev <= SIZE_TOLERANCE:
                ck.differ("arc %s -> %s (%s) weight %r: width %r, want 0.4 + 1.6 sqrt(w / %r) = %r" % (
                    key + (a["weight"], a["thickness"], largest, want)))
    return ck, ("%d communities: one colour each, the %d largest %s, %d others grey; arcs: one colour per layer, "
                "opacity 0.4, width 0.4 + 1.6 sqrt(w/max) on %d arcs (max |diff| %.2g)" % (
                    len(by_comm), len(top), "distinct Okabe-Ito", len(rest), arc_checked, pen_dev))


# ---------------------------------------------------------------------------------------------
# Running ricochet

class Run:
    """One ricochet command started in the background, stdout and stderr into files (several run
    at once: the four exports' layouts dominate the time)."""

    def __init__(self, command, what, folder):
        self.command, self.what = command, what
        self.out_path = os.path.join(folder, "%s.stdout" % re.sub(r"\W+", "_", what))
        self.err_path = self.out_path[:-len("stdout")] + "stderr"
        self.started = clock.time()
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(command, stdout=out, stderr=err)

    def result(self):
        code = self.proc.wait()
        self.elapsed = clock.time() - self.started
        if code != 0:
            with open(self.err_path, encoding="utf-8", errors="replace") as f:
                raise RuntimeError("%s failed (exit %d): %s\n%s" % (self.what, code, " ".join(self.command), f.read()))
        with open(self.out_path, encoding="utf-8") as f:
            return f.read()


def passed_options(options, names):
    out = []
    for name in names:
        value = oracle_graph.option(options, name)
        if value is not None:
            out += [name, value]
    return out


def check(ricochet, path, options):
    known = set(INPUT_OPTIONS) | {"--seed", "--size-by", "--keep"}
    for k in range(0, len(options), 2):
        if options[k] not in known or k + 1 >= len(options):
            print("maps_oracle: unknown or incomplete option %r" % options[k], file=sys.stderr)
            return 2
    seed = oracle_graph.option(options, "--seed", "1")
    size_by = oracle_graph.option(options, "--size-by")
    inputs = passed_options(options, INPUT_OPTIONS)
    keep = oracle_graph.option(options, "--keep")
    started = clock.time()
    checks = []
    try:
        with tempfile.TemporaryDirectory(prefix="maps_oracle.") as tmp:
            folder = keep or tmp
            os.makedirs(folder, exist_ok=True)
            targets = [("graphml", os.path.join(folder, "map.graphml")), ("gexf", os.path.join(folder, "map.gexf")),
                       ("csv", os.path.join(folder, "csv")), ("json", os.path.join(folder, "map.json"))]
            runs = []
            for fmt, target in targets:
                command = [ricochet, "export", path, "--format", fmt, "-o", target, "--seed", seed] + inputs
                if size_by:
                    command += ["--size-by", size_by]
                runs.append(Run(command, "export --format " + fmt, tmp))
            commands = {
                "centrality": Run([ricochet, "centrality", path, "--measures", "all", "--format", "csv"] + inputs,
                                  "centrality", tmp),
                "communities": Run([ricochet, "communities", path, "--seed", seed, "--format", "csv"] + inputs,
                                   "communities", tmp),
                "rank": Run([ricochet, "rank", path, "--level", "actor", "--format", "json"] + inputs, "rank", tmp),
                "teams": Run([ricochet, "teams", path, "--format", "json"] + inputs, "teams", tmp)}
            ref = Reference(path, options)  # while ricochet runs
            for r in runs:
                r.result()
            outputs = {name: r.result() for name, r in commands.items()}
            print("maps_oracle: %s: exports written (graphml, gexf, csv, json) with --seed %s%s; the 4 exports and "
                  "centrality, communities, rank, teams ran side by side in %.1f s" % (
                      path, seed, (" " + " ".join(inputs)) if inputs else "", clock.time() - started))
            exports = [read_graphml(targets[0][1]), read_gexf(targets[1][1]), read_csv_folder(targets[2][1]),
                       read_graphology(targets[3][1])]
        cent, comm, rank, teams = (outputs[k] for k in ("centrality", "communities", "rank", "teams"))
    except (RuntimeError, OSError, ET.ParseError, ValueError, KeyError) as e:
        print("maps_oracle: FAIL %s" % e)
        return 1
    graphml = exports[0]
    for e in exports:
        checks.append(check_graph(ref.ids, ref.arcs, e))
    checks.append(check_formats(exports))
    checks.append(check_input_fields(ref, graphml))
    cent_rows = list(csv.reader(cent.splitlines()))
    checks.append(check_centrality(graphml, cent_rows[0], cent_rows[1:]))
    comm_rows = list(csv.reader(comm.splitlines()))
    if comm_rows[0] != ["id", "name", "community"]:
        checks.append((Check("communities"), "header %r" % comm_rows[0]))
        checks[-1][0].differ("communities CSV header %r" % comm_rows[0])
    else:
        checks.append(check_communities(graphml, comm_rows[1:]))
    checks.append(check_rank(graphml, json.loads(rank)["rows"]))
    checks.append(check_teams(graphml, json.loads(teams), ref.teams))
    checks.append(check_references(graphml))
    checks.append(check_sizes([e for e in exports], size_by or "influence"))
    checks.append(check_colours(exports[3]))
    failed = 0
    for ck, summary in checks:
        status = "ok  " if not ck.differences else "FAIL"
        print("%s %-20s %s" % (status, ck.name, summary))
        for note in ck.notes:
            print("       note: %s" % note)
        if ck.differences:
            failed += 1
            for d in ck.differences[:LIST_LIMIT]:
                print("       %s" % d)
            if len(ck.differences) > LIST_LIMIT:
                print("       ... and %d more" % (len(ck.differences) - LIST_LIMIT))
    print("maps_oracle: %s: %d checks, %d failed (%.1f s)" % (path, len(checks), failed, clock.time() - started))
    return 1 if failed else 0


# ---------------------------------------------------------------------------------------------
# Self-test: the readers and the comparisons on hand-made files

GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="x" for="node" attr.name="x" attr.type="double"/>
  <key id="y" for="node" attr.name="y" attr.type="double"/>
  <key id="size" for="node" attr.name="size" attr.type="double"/>
  <key id="r" for="node" attr.name="r" attr.type="int"/>
  <key id="g" for="node" attr.name="g" attr.type="int"/>
  <key id="b" for="node" attr.name="b" attr.type="int"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="community" for="node" attr.name="community" attr.type="long"/>
  <key id="influence" for="node" attr.name="influence" attr.type="double"/>
  <key id="pagerank" for="node" attr.name="pagerank" attr.type="double"/>
  <key id="in_strength" for="node" attr.name="in_strength" attr.type="double"/>
  <key id="out_strength" for="node" attr.name="out_strength" attr.type="double"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="layer" for="edge" attr.name="layer" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="label">Ann</data><data key="x">1</data><data key="y">2</data>
      <data key="size">15</data><data key="r">230</data><data key="g">159</data><data key="b">0</data>
      <data key="kind">executive</data><data key="community">1</data><data key="influence">100</data>
      <data key="pagerank">PRA</data><data key="in_strength">0.5</data><data key="out_strength">1</data></node>
    <node id="b"><data key="label">b</data><data key="x">3</data><data key="y">4</data>
      <data key="size">SIZEB</data><data key="r">230</data><data key="g">159</data><data key="b">0</data>
      <data key="kind">other</data><data key="community">1</data><data key="influence">25</data>
      <data key="pagerank">PRB</data><data key="in_strength">1.5</data><data key="out_strength">0.5</data></node>
    <node id="c"><data key="label">c</data><data key="x">5</data><data key="y">6</data>
      <data key="size">2.5</data><data key="r">86</data><data key="g">180</data><data key="b">233</data>
      <data key="kind">other</data><data key="community">2</data><data key="influence">0</data>
      <data key="pagerank">PRC</data><data key="in_strength">0</data><data key="out_strength">0.5</data></node>
    <edge id="e0" source="a" target="b"><data key="weight">1</data><data key="layer">repost</data></edge>
    <edge id="e1" source="b" target="a"><data key="weight">0.5</data><data key="layer">mention</data></edge>
    <edge id="e2" source="c" target="b"><data key="weight">0.5</data><data key="layer">reply</data></edge>
  </graph>
</graphml>
"""


def self_test():
    failures = 0

    def expect(label, ok, detail=""):
        nonlocal failures
        failures += not ok
        print("%-8s %s%s" % ("ok" if ok else "FAIL", label, (": " + detail) if detail and not ok else ""))

    # Formulas.
    expect("diameter of the largest is 30", diameter(7.0, 7.0) == 30.0)
    expect("diameter of 0 is 5", diameter(0.0, 7.0) == 5.0)
    expect("diameter of a quarter is 17.5", abs(diameter(25.0, 100.0) - 17.5) < 1e-12)
    expect("pen of the heaviest is 2", pen(3.0, 3.0) == 2.0)
    expect("hex colour", hex_colour("#33228866") == (0x33, 0x22, 0x88, 0x66) and
           hex_colour("#e69f00") == (230, 159, 0, None))
    expect("deviation", deviation(1.0, 1.0 + 1e-12) < 2e-12 and deviation(None, 0.0) == math.inf
           and deviation(None, None) == 0.0)
    expect("label text", label_text("a\x01b\tc\nd\x7fe\u00e9") == "a b c d e\u00e9")
    expect("number", number("") is None and number("3") == 3 and isinstance(number("3"), int) and
           number("1e-3") == 0.001 and number("-2.5") == -2.5)

    # PageRank references on a cycle a -> b -> c -> a (1/3 each) and a 2-vertex case by hand:
    # a -> b only: b dangling; pr(a) = 0.15/2 + 0.85 pr(b)/2, pr(b) = pr(a) + 0.85 pr(a)... solved below.
    pr_nx, pr_ig = pagerank_references(["a", "b", "c"], {("a", "b", "repost"): 1.0, ("b", "c", "repost"): 2.0,
                                                         ("c", "a", "mention"): 0.5})
    expect("pagerank of a cycle is 1/3 (networkx, igraph)",
           all(abs(pr_nx[v] - 1 / 3) < 1e-12 and abs(pr_ig[v] - 1 / 3) < 1e-12 for v in "abc"))
    # a -> b, b dangling (jumps uniformly): pa = 0.075 + 0.425 pb, pb = 0.075 + 0.85 pa + 0.425 pb.
    pa = (0.075 + 0.425 * 0.075 / 0.575) / (1 - 0.425 * 0.85 / 0.575)
    pb = 1 - pa
    pr_nx, pr_ig = pagerank_references(["a", "b"], {("a", "b", "repost"): 1.0})
    expect("pagerank with a dangling vertex, by hand",
           abs(pr_nx["a"] - pa) < 1e-12 and abs(pr_nx["b"] - pb) < 1e-12 and abs(pr_ig["a"] - pa) < 1e-9,
           "%r %r vs %r %r" % (pr_nx["a"], pr_nx["b"], pa, pb))

    # A hand-made export: three vertices, arcs a->b repost 1, b->a mention 0.5, c->b reply 0.5.
    ref_ids = ["a", "b", "c"]
    ref_arcs = {("a", "b", "repost"): 1.0, ("b", "a", "mention"): 0.5, ("c", "b", "reply"): 0.5}
    prs, _ = pagerank_references(ref_ids, ref_arcs)
    size_b = diameter(25.0, 100.0) / 2
    with tempfile.TemporaryDirectory() as folder:
        def graphml(text):
            path = os.path.join(folder, "t.graphml")
            with open(path, "w") as f:
                f.write(text)
            return read_graphml(path)

        good = GRAPHML.replace("PRA", repr(prs["a"])).replace("PRB", repr(prs["b"])).replace(
            "PRC", repr(prs["c"])).replace("SIZEB", repr(size_b))
        e = graphml(good)
        ck, _ = check_graph(ref_ids, ref_arcs, e)
        expect("graph: the faithful export passes", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_references(e, layer_columns=False)
        expect("references: faithful pagerank and strengths pass", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_sizes([e], "influence")
        expect("sizes: faithful radii pass", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_colours(e)
        expect("colours: one Okabe-Ito colour per community passes", not ck.differences, "; ".join(ck.differences))

        ck, _ = check_graph(ref_ids, ref_arcs, graphml(good.replace(
            '<data key="weight">0.5</data><data key="layer">reply',
            '<data key="weight">0.50001</data><data key="layer">reply')))
        expect("graph: a changed weight is found", any("weight" in d for d in ck.differences), str(ck.differences))
        ck, _ = check_graph(ref_ids + ["d"], ref_arcs, e)
        expect("graph: a missing vertex is found", any("vertex d missing" in d for d in ck.differences))
        ck, _ = check_graph(ref_ids, {**ref_arcs, ("a", "c", "quote"): 1.0}, e)
        expect("graph: a missing arc is found", any("a -> c (quote) missing" in d for d in ck.differences))
        ck, _ = check_graph(ref_ids, {k: v for k, v in ref_arcs.items() if k[2] != "reply"}, e)
        expect("graph: an extra arc is found", any("not in the input" in d for d in ck.differences))
        ck, _ = check_graph(ref_ids, {("a", "b", "quote") if k[2] == "repost" else k: v for k, v in ref_arcs.items()},
                            e)
        expect("graph: a wrong layer is found", len(ck.differences) == 2, str(ck.differences))
        dup = graphml(good.replace("</graph>", '<edge id="e3" source="a" target="b"><data key="weight">1</data>'
                                               '<data key="layer">repost</data></edge></graph>'))
        ck, _ = check_graph(ref_ids, ref_arcs, dup)
        expect("graph: an arc written twice is found", any("twice" in d for d in ck.differences))
        bad_pr = graphml(good.replace(repr(prs["a"]), repr(prs["a"] + 1e-5)))
        ck, _ = check_references(bad_pr, layer_columns=False)
        expect("references: pagerank off by 1e-5 is found", any("pagerank" in d for d in ck.differences))
        bad_s = graphml(good.replace('<data key="in_strength">1.5', '<data key="in_strength">1.4'))
        ck, _ = check_references(bad_s, layer_columns=False)
        expect("references: a wrong in_strength is found", any("in_strength" in d for d in ck.differences))
        bad_size = graphml(good.replace('<data key="size">15<', '<data key="size">30<'))
        ck, _ = check_sizes([bad_size], "influence")
        expect("sizes: a diameter given as the radius is found", len(ck.differences) == 1, str(ck.differences))
        bad_col = graphml(good.replace('<data key="r">86</data><data key="g">180</data><data key="b">233',
                                       '<data key="r">230</data><data key="g">159</data><data key="b">0'))
        ck, _ = check_colours(bad_col)
        expect("colours: two communities in one colour are found", len(ck.differences) == 1, str(ck.differences))

        # The other formats, written by hand from the same map, and their readers.
        os.makedirs(os.path.join(folder, "csv"))
        with open(os.path.join(folder, "csv", "nodes.csv"), "w") as f:
            f.write("id,name,kind,community,influence,pagerank,in_strength,out_strength\n"
                    "a,Ann,executive,1,100,%r,0.5,1\nb,b,other,1,25,%r,1.5,0.5\nc,c,other,2,0,%r,0,0.5\n"
                    % (prs["a"], prs["b"], prs["c"]))
        with open(os.path.join(folder, "csv", "edges.csv"), "w") as f:
            f.write("source,target,layer,weight\na,b,repost,1\nb,a,mention,0.5\nc,b,reply,0.5\n")
        csv_e = read_csv_folder(os.path.join(folder, "csv"))
        gexf_text = ('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="%s" xmlns:viz="%s" version="1.3">'
                     '<graph defaultedgetype="directed" mode="static">'
                     '<attributes class="node">'
                     '<attribute id="kind" title="kind" type="string"/>'
                     '<attribute id="community" title="community" type="long"/>'
                     '<attribute id="influence" title="influence" type="double"/>'
                     '<attribute id="pagerank" title="pagerank" type="double"/>'
                     '<attribute id="in_strength" title="in_strength" type="double"/>'
                     '<attribute id="out_strength" title="out_strength" type="double"/></attributes>'
                     '<attributes class="edge"><attribute id="layer" title="layer" type="string"/></attributes>'
                     '<nodes>' % (GEXF_NS, VIZ_NS))
        for vid, name, kind, comm, infl, ins, outs, xy, size, col in [
                ("a", "Ann", "executive", 1, 100, 0.5, 1, (1, 2), 15, (230, 159, 0)),
                ("b", "b", "other", 1, 25, 1.5, 0.5, (3, 4), size_b, (230, 159, 0)),
                ("c", "c", "other", 2, 0, 0, 0.5, (5, 6), 2.5, (86, 180, 233))]:
            gexf_text += ('<node id="%s" label="%s"><attvalues><attvalue for="kind" value="%s"/>'
                          '<attvalue for="community" value="%d"/><attvalue for="influence" value="%r"/>'
                          '<attvalue for="pagerank" value="%r"/><attvalue for="in_strength" value="%r"/>'
                          '<attvalue for="out_strength" value="%r"/></attvalues>'
                          '<viz:color r="%d" g="%d" b="%d"/><viz:position x="%r" y="%r"/><viz:size value="%r"/></node>'
                          % ((vid, name, kind, comm, float(infl), prs[vid], float(ins), float(outs)) + col + xy
                             + (size,)))
        gexf_text += "</nodes><edges>"
        for eid, s, t, layer, w, col in [("e0", "a", "b", "repost", 1.0, (51, 34, 136)),
                                         ("e1", "b", "a", "mention", 0.5, (136, 204, 238)),
                                         ("e2", "c", "b", "reply", 0.5, (68, 170, 153))]:
            gexf_text += ('<edge id="%s" source="%s" target="%s" kind="%s" weight="%r"><attvalues>'
                          '<attvalue for="layer" value="%s"/></attvalues><viz:color r="%d" g="%d" b="%d" a="0.4"/>'
                          '<viz:thickness value="%r"/></edge>' % ((eid, s, t, layer, w, layer) + col + (pen(w, 1.0),)))
        gexf_text += "</edges></graph></gexf>\n"
        with open(os.path.join(folder, "t.gexf"), "w") as f:
            f.write(gexf_text)
        gexf_e = read_gexf(os.path.join(folder, "t.gexf"))
        doc = {"attributes": {"name": "t"}, "options": {"type": "directed", "multi": True, "allowSelfLoops": False},
               "nodes": [], "edges": []}
        for vid in "abc":
            v = gexf_e.vertices[vid]
            vis = gexf_e.visual[vid]
            doc["nodes"].append({"key": vid, "attributes": dict(
                {"label": v["name"], "x": vis["x"], "y": vis["y"], "size": vis["size"],
                 "color": "#%02x%02x%02x" % vis["color"]}, **{c: v[c] for c in gexf_e.columns})})
        for (s, t, layer), a in gexf_e.arcs.items():
            doc["edges"].append({"key": a["id"], "source": s, "target": t, "attributes": {
                "layer": layer, "weight": a["weight"], "size": a["thickness"],
                "color": "#%02x%02x%02x66" % a["color"][:3]}})
        with open(os.path.join(folder, "t.json"), "w") as f:
            json.dump(doc, f)
        json_e = read_graphology(os.path.join(folder, "t.json"))
        for x in (csv_e, gexf_e, json_e):
            ck, _ = check_graph(ref_ids, ref_arcs, x)
            expect("graph: the hand-made %s passes" % x.format, not ck.differences, "; ".join(ck.differences))
        ck, _ = check_formats([e, gexf_e, csv_e, json_e])
        expect("formats: the four hand-made formats agree", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_colours(gexf_e)
        expect("colours: GEXF arcs, 40 % opaque, pen widths", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_sizes([e, gexf_e, json_e], "influence")
        expect("sizes: GraphML, GEXF and JSON radii", not ck.differences, "; ".join(ck.differences))

        changed = read_csv_folder(os.path.join(folder, "csv"))
        changed.vertices["b"]["influence"] = 25.000001
        ck, _ = check_formats([e, gexf_e, changed, json_e])
        expect("formats: an attribute changed in one format is found", len(ck.differences) == 1, str(ck.differences))
        changed = read_graphology(os.path.join(folder, "t.json"))
        changed.visual["c"]["x"] = 5.5
        changed.arcs[("a", "b", "repost")]["thickness"] = 1.0
        ck, _ = check_formats([e, gexf_e, csv_e, changed])
        expect("formats: a moved vertex and a thinner arc are found", len(ck.differences) == 2, str(ck.differences))
        changed = read_gexf(os.path.join(folder, "t.gexf"))
        changed.vertices["c"]["kind"] = "media"
        del changed.arcs[("c", "b", "reply")]
        ck, _ = check_formats([e, changed, csv_e, json_e])
        expect("formats: a changed kind and a missing arc are found", len(ck.differences) >= 2, str(ck.differences))

        # Command outputs against the export.
        ck, _ = check_centrality(e, ["id", "name", "pagerank", "in_strength"],
                                 [["a", "Ann", repr(prs["a"]), "0.5"], ["b", "b", repr(prs["b"]), "1.5"],
                                  ["c", "c", repr(prs["c"]), "0"]])
        expect("centrality: equal columns pass", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_centrality(e, ["id", "name", "pagerank", "katz"],
                                 [["a", "Ann", repr(prs["a"]), "1"], ["b", "b", repr(prs["b"] * (1 + 1e-8)), "1"],
                                  ["c", "c", repr(prs["c"]), "1"]])
        expect("centrality: a missing column and a 1e-8 difference are found", len(ck.differences) == 2,
               str(ck.differences))
        ck, _ = check_communities(e, [["a", "Ann", "0"], ["b", "b", "0"], ["c", "c", "1"]])
        expect("communities: +1 passes", not ck.differences, "; ".join(ck.differences))
        ck, _ = check_communities(e, [["a", "Ann", "1"], ["b", "b", "1"], ["c", "c", "2"]])
        expect("communities: the same numbers (no +1) are found", len(ck.differences) == 3)
        rows = [{"id": v, "influence": x, "components": {"engagement": {"value": None}}}
                for v, x in (("a", 100.0), ("b", 25.0), ("c", 0.0))]
        ck, _ = check_rank(e, rows)
        expect("rank: equal influence passes (no engagement column: None = None)", not ck.differences,
               "; ".join(ck.differences))
        rows[2]["influence"] = 1e-3
        ck, _ = check_rank(e, rows)
        expect("rank: a different influence is found", len(ck.differences) == 1, str(ck.differences))

    # The reference reader on a native document: layers, mentions once per post, events, member.
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "t.json")
        with open(path, "w") as f:
            json.dump({"format": "ricochet", "version": 1,
                       "actors": [{"id": "org", "kind": "company", "sector": "medtech"},
                                  {"id": "x", "name": "X", "kind": "executive", "organisation": "org"},
                                  {"id": "y", "kind": "executive", "organisation": "org"}, {"id": "z"}],
                       "posts": [{"id": "p", "author": "org", "platform": "t", "time": "2021-01-01"},
                                 {"id": "q", "author": "x", "platform": "t", "time": "2021-01-02", "type": "repost",
                                  "parent": "p", "mentions": ["z", "z", "x"]},
                                 {"id": "r", "author": "y", "platform": "t", "time": "2021-01-09", "type": "reply",
                                  "parent": "q"}],
                       "engagements": [{"actor": "z", "post": "p", "type": "reaction"},
                                       {"actor": "z", "post": "q", "type": "share", "time": "2021-01-03"}],
                       "interactions": [{"source": "z", "target": "y", "layer": "quote", "count": 3}]}, f)
        ref = Reference(path, [])
        want = {("x", "org", "repost"): 1.0, ("x", "z", "mention"): 0.5, ("y", "x", "reply"): 0.5,
                ("z", "org", "reaction"): 0.1, ("z", "x", "repost"): 1.0, ("z", "y", "quote"): 3.0}
        expect("native reference: arcs by layer", ref.arcs == want, str(ref.arcs))
        expect("native reference: fields and teams",
               ref.fields["x"] == {"name": "X", "kind": "executive", "organisation": "org", "sector": "medtech"}
               and ref.fields["z"]["kind"] == "other" and ref.fields["z"]["name"] == "z"
               and ref.teams == {"org": "org", "x": "org", "y": "org"}, "%r %r" % (ref.fields, ref.teams))
        ref = Reference(path, ["--layers", "all", "--until", "2021-01-05"])
        expect("native reference: member layer and window",
               ref.arcs.get(("x", "org", "member")) == 1.0 and ("y", "x", "reply") not in ref.arcs
               and ("z", "y", "quote") not in ref.arcs and len(ref.arcs) == 6, str(ref.arcs))
        gpath = os.path.join(folder, "u.graphml")
        with open(gpath, "w") as f:
            f.write('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                    '<key id="w" for="edge" attr.name="weight" attr.type="double"/>'
                    '<key id="l" for="edge" attr.name="layer" attr.type="string"/>'
                    '<graph edgedefault="undirected"><node id="1"/><node id="2"/><node id="3"/>'
                    '<edge source="1" target="2"><data key="w">2</data></edge>'
                    '<edge source="2" target="3"><data key="l">mention</data></edge>'
                    '<edge source="3" target="3"/></graph></graphml>')
        ref = Reference(gpath, [])
        expect("GraphML reference: undirected edges, layers, self-loop",
               ref.arcs == {("1", "2", "repost"): 2.0, ("2", "1", "repost"): 2.0, ("2", "3", "mention"): 0.5,
                            ("3", "2", "mention"): 0.5} and ref.ids == ["1", "2", "3"], str(ref.arcs))
    print("maps_oracle self-test: %d failure(s)" % failures)
    return 1 if failures else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    return check(argv[1], argv[2], argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
