# SPDX-License-Identifier: MIT
"""The input side shared by the oracles: read an edge list (plain or gzip, space- or
comma-separated), GraphML or GEXF into the simple weighted digraph ricochet builds, by the
rules of the README written again in Python (never by calling ricochet): interactions of one
pair and layer summed, weight = count x layer weight, self-loops dropped (their ids are still
vertices), undirected GraphML/GEXF edges made two arcs, `--layers`/`--weights`/`--edge-layer`
as on the command line (default layers: every one but member)."""
import gzip
import io
import xml.etree.ElementTree as ET

import igraph
import networkx as nx

LAYER_WEIGHTS = {"repost": 1.0, "quote": 1.0, "reply": 0.5, "comment": 0.5, "mention": 0.5,
                 "reaction": 0.1, "member": 1.0}


def option(options, name, default=None):
    return options[options.index(name) + 1] if name in options else default


class Graph:
    """The simple weighted digraph: ids in first-appearance order, arcs {(i, j): weight}."""

    def __init__(self):
        self.ids = []
        self.index = {}
        self.arcs = {}
        self.layers = {}  # selected layer -> (in strengths, out strengths) by vertex id
        self.attributes = {}  # id -> node attributes (GraphML/GEXF)
        self.cache = {}
        self._und = None
        self._nx = None
        self._ig = {}

    def vertex(self, name):
        i = self.index.get(name)
        if i is None:
            i = self.index[name] = len(self.ids)
            self.ids.append(name)
        return i

    def add(self, src, dst, count, layer, selection):
        """One interaction; rows of unselected layers still make their actors."""
        i, j = self.vertex(src), self.vertex(dst)
        weights, layers = selection
        if i != j and layer in layers:
            weight = count * weights[layer]
            self.arcs[(i, j)] = self.arcs.get((i, j), 0.0) + weight
            ins, outs = self.layers.setdefault(layer, ({}, {}))
            ins[dst] = ins.get(dst, 0.0) + weight
            outs[src] = outs.get(src, 0.0) + weight

    @property
    def n(self):
        return len(self.ids)

    @property
    def m(self):
        return len(self.arcs)

    def undirected(self):
        """{(i, j): w(i->j) + w(j->i)} with i < j."""
        if self._und is None:
            und = {}
            for (i, j), w in self.arcs.items():
                key = (i, j) if i < j else (j, i)
                und[key] = und.get(key, 0.0) + w
            self._und = und
        return self._und

    def nx(self):
        """NetworkX DiGraph on the indices, edge attributes weight and length = 1/weight."""
        if self._nx is None:
            g = nx.DiGraph()
            g.add_nodes_from(range(self.n))
            g.add_edges_from((i, j, {"weight": w, "length": 1.0 / w})
                             for (i, j), w in self.arcs.items())
            self._nx = g
        return self._nx

    def ig(self, directed=True):
        """igraph Graph on the indices: the arcs, or the undirected projection; edge attributes
        weight and length = 1/weight."""
        if directed not in self._ig:
            edges = self.arcs if directed else self.undirected()
            g = igraph.Graph(n=self.n, edges=list(edges), directed=directed)
            g.es["weight"] = list(edges.values())
            g.es["length"] = [1.0 / w for w in edges.values()]
            self._ig[directed] = g
        return self._ig[directed]


def open_text(path):
    raw = open(path, "rb").read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def selection(options):
    """(layer weights, selected layers) from --weights and --layers (default: the interaction
    layers, i.e. every layer but member)."""
    weights = dict(LAYER_WEIGHTS)
    for item in filter(None, option(options, "--weights", "").split(",")):
        name, value = item.split("=")
        weights[name] = float(value)
    spec = option(options, "--layers", "interactions")
    if spec == "all":
        layers = set(LAYER_WEIGHTS)
    elif spec == "interactions":
        layers = set(LAYER_WEIGHTS) - {"member"}
    else:
        layers = set(spec.split(","))
    return weights, layers


def read_edgelist_text(text, edge_layer, chosen):
    graph = Graph()
    comma = None
    first = True
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in "#%":
            continue
        if comma is None:
            comma = "," in stripped
        cells = ([c.strip().strip('"') for c in stripped.split(",")] if comma
                 else stripped.split())
        if first:
            first = False
            if cells[0].lower() in ("source", "src", "from") and \
                    cells[1].lower() in ("target", "dst", "to"):
                continue
        count = float(cells[2]) if len(cells) > 2 and cells[2] != "" else 1.0
        layer = cells[4] if len(cells) > 4 and cells[4] != "" else edge_layer
        graph.add(cells[0], cells[1], count, layer, chosen)
    return graph


def read_xml(path, edge_layer, chosen):
    if path.endswith(".gexf"):
        text = open_text(path)
        text = (text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
                    .replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft"))
        root = ET.fromstring(text)
        for parent in root.iter():
            for child in list(parent):
                if child.tag.startswith("{http://www.gexf.net/1.2draft/viz}"):
                    parent.remove(child)
        g = nx.read_gexf(io.BytesIO(ET.tostring(root)))
    else:
        g = nx.read_graphml(path)
    graph = Graph()
    for node, data in g.nodes(data=True):
        graph.vertex(str(node))
        graph.attributes[str(node)] = data
    edge_default = g.graph.get("edge_default", {})
    for u, v, data in g.edges(data=True):
        data = {**edge_default, **{k.lower(): val for k, val in data.items()}}
        weight = float(data.get("weight", data.get("edge weight", 1.0)))
        layer = data.get("layer") or edge_layer
        both = not g.is_directed() or data.get("type") in ("undirected", "mutual")
        graph.add(str(u), str(v), weight, layer, chosen)
        if both and u != v:
            graph.add(str(v), str(u), weight, layer, chosen)
    return graph


def is_xml(path):
    lower = path.lower()
    return lower.endswith(".graphml") or lower.endswith(".gexf")


def read_graph(path, options):
    edge_layer = option(options, "--edge-layer", "repost")
    if is_xml(path):
        return read_xml(path, edge_layer, selection(options))
    return read_edgelist_text(open_text(path), edge_layer, selection(options))
