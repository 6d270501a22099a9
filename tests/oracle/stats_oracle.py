#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet stats`: rebuilds everything from the documented rules (README, "The
influence graph" and "Data model") in plain Python, measures the graph with igraph and NetworkX,
and compares with `ricochet stats --format json`.

Compared: vertices, arcs, arcs by layer, self-interactions, weak components and the largest one,
reciprocity, density (igraph, checked again by NetworkX); for native JSON also actors by kind,
accounts, posts by type and platform, the engagement the posts carry, engagement events by type,
and the time span; for edge lists the number of rows. `--layers` (a list, `all`,
`interactions`), `--since` and `--until` are applied as ricochet documents them.

Usage: stats_oracle.py RICOCHET INPUT [ricochet options...]"""
import gzip
import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import igraph
import networkx

LAYERS = ["repost", "quote", "reply", "comment", "mention", "reaction", "member"]
KINDS = ["executive", "company", "association", "kol", "media", "institution", "other"]
TYPES = ["original", "repost", "quote", "reply", "comment"]
ECHO = {"repost": "repost", "quote": "quote", "reply": "reply", "comment": "comment"}
EVENT = {"reaction": "reaction", "comment": "comment", "share": "repost"}


def option(options, name, default=None):
    return options[options.index(name) + 1] if name in options else default


def parse_time(text):
    """ISO 8601 as ricochet reads it: a date alone is midnight UTC; no zone means UTC."""
    if len(text) == 10:
        return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def window(options):
    since = option(options, "--since")
    until = option(options, "--until")
    low = parse_time(since) if since else None
    high = parse_time(until) if until else None
    if until and len(until) == 10:
        high += timedelta(days=1, seconds=-1)
    return low, high


def inside(time, low, high):
    if time is None:
        return low is None and high is None
    return (low is None or time >= low) and (high is None or time <= high)


def layers(options):
    spec = option(options, "--layers", "all")
    if spec == "all":
        return set(LAYERS)
    if spec == "interactions":
        return set(LAYERS) - {"member"}
    return set(spec.split(","))


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return f.read()


def iso(time):
    return time.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_native(path, low, high):
    """(actor ids, interaction records (u, v, layer), the figures of the data itself)."""
    doc = json.loads(read_text(path))
    actors = doc.get("actors", [])
    posts = doc.get("posts", [])
    by_id = {p["id"]: p for p in posts}
    records, times = [], []
    figures = {
        "actors": {"total": len(actors), "by_kind": {k: sum(a.get("kind", "other") == k for a in actors) for k in KINDS}},
        "posts": {"total": 0, "by_type": dict.fromkeys(TYPES, 0), "by_platform": {}},
        "engagements": {"total": 0, "by_type": {"reaction": 0, "comment": 0, "share": 0}},
        "post_engagement_total": 0,
    }
    accounts = {}
    for a in actors:
        for platform in a.get("accounts") or {}:
            accounts[platform] = accounts.get(platform, 0) + 1
    figures["accounts_total"] = accounts
    for p in posts:
        time = parse_time(p["time"])
        if not inside(time, low, high):
            continue
        times.append(time)
        figures["posts"]["total"] += 1
        figures["posts"]["by_type"][p.get("type") or "original"] += 1
        figures["posts"]["by_platform"][p["platform"]] = figures["posts"]["by_platform"].get(p["platform"], 0) + 1
        figures["post_engagement_total"] += sum(p.get(k) or 0 for k in ("reactions", "comments", "shares"))
        kind = p.get("type") or "original"
        if kind in ECHO and p.get("parent"):
            records.append((p["author"], by_id[p["parent"]]["author"], ECHO[kind]))
        for m in dict.fromkeys(p.get("mentions") or []):
            records.append((p["author"], m, "mention"))
    for e in doc.get("engagements", []):
        time = parse_time(e["time"]) if e.get("time") else parse_time(by_id[e["post"]]["time"])
        if not inside(time, low, high):
            continue
        times.append(time)
        figures["engagements"]["total"] += 1
        figures["engagements"]["by_type"][e["type"]] += 1
        records.append((e["actor"], by_id[e["post"]]["author"], EVENT[e["type"]]))
    for i in doc.get("interactions", []):
        time = parse_time(i["time"]) if i.get("time") else None
        if i["layer"] != "member" and not inside(time, low, high):
            continue
        if time:
            times.append(time)
        records.append((i["source"], i["target"], i["layer"]))
    for a in actors:
        if a.get("organisation"):
            records.append((a["id"], a["organisation"], "member"))
    figures["time_span"] = {"first": iso(min(times)), "last": iso(max(times))} if times else None
    return [a["id"] for a in actors], records, figures


def from_edge_list(path, layer):
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
    return actors, records, {"interactions": len(records)}


def graph_figures(actors, records):
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
    # A second opinion from NetworkX on the same pairs.
    assert networkx.number_weakly_connected_components(nx) == result["components"]
    if pairs:
        assert abs(networkx.overall_reciprocity(nx) - result["reciprocity"]) < 1e-12
    if n >= 2:
        assert abs(networkx.density(nx) - result["density"]) < 1e-12
    return result


def same(a, b):
    if isinstance(b, float) and a is not None:
        return abs(a - b) <= 1e-12 * max(1.0, abs(b))
    return a == b


def main():
    ricochet, path, options = sys.argv[1], sys.argv[2], sys.argv[3:]
    run = subprocess.run([ricochet, "stats", path, "--format", "json", *options],
                         capture_output=True, text=True, check=True)
    got = json.loads(run.stdout)
    low, high = window(options)
    if ".json" in path:
        actors, records, want = from_native(path, low, high)
        want["accounts_total"] = {p: want["accounts_total"][p] for p in sorted(want["accounts_total"])}
        got["accounts_total"] = {p: v["total"] for p, v in got["accounts"].items()}
        got["post_engagement_total"] = got["post_engagement"]["total"]
        got["posts"] = {k: got["posts"][k] for k in ("total", "by_type", "by_platform")}
    else:
        actors, records, want = from_edge_list(path, option(options, "--edge-layer", "repost"))
    selected = layers(options)
    want.update(graph_figures(actors, [r for r in records if r[2] in selected]))
    failures = [f"{key}: ricochet {got.get(key)!r}, oracle {value!r}"
                for key, value in want.items() if not same(got.get(key), value)]
    print(f"{path} {' '.join(options)}: {len(want)} figures compared, {len(failures)} differ")
    for f in failures:
        print("  " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
