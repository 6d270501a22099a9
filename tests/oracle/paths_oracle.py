# SPDX-License-Identifier: MIT
"""Oracle for `ricochet paths`: recomputes the hop probabilities of a native JSON dataset from the
raw records by the rule documented in algorithms/amplification/paths.hpp (written again here,
never by calling ricochet), then compares the k most probable paths for a few actor pairs, and
one team -> kind gatekeeper ranking, with NetworkX's shortest_simple_paths on -log p.

Probabilities are compared rank by rank (relative 1e-9), paths wherever their probability is
distinct from every other listed one (ties aside), every hop's probability and rule, and the
number of hops of the content-flow graph.

usage: paths_oracle.py RICOCHET DATASET.json [--since DATE] [--until DATE]"""
import itertools
import json
import math
import random
import subprocess
import sys

import networkx as nx

LAYER_WEIGHTS = {"repost": 1.0, "quote": 1.0, "reply": 0.5, "comment": 0.5, "mention": 0.5,
                 "reaction": 0.1}
ECHO_LAYER = {"repost": "repost", "quote": "quote", "reply": "reply", "comment": "comment"}
EVENT_LAYER = {"reaction": "reaction", "comment": "comment", "share": "repost"}
REL = 1e-9


def hop_probabilities(data, since, until):
    """{(v, u): p} for content of v reaching u, and the rule of every v, by the documented rule
    (default layers: interactions; default weights)."""
    def inside(t):
        return t is not None and (since is None or t >= since) and (until is None or t <= until)

    def inside_optional(t):
        return inside(t) if t is not None else since is None and until is None

    posts = {p["id"]: p for p in data["posts"]}
    count = {}
    for p in data["posts"]:
        if inside(p["time"]):
            count[p["author"]] = count.get(p["author"], 0) + 1
    echoed = set()  # (u, post id)
    weight = {}     # (u, v) arc weight, layers merged
    def arc(u, v, layer, n=1.0):
        if u != v:
            weight[(u, v)] = weight.get((u, v), 0.0) + n * LAYER_WEIGHTS[layer]
    for p in data["posts"]:
        if not inside(p["time"]):
            continue
        kind = p.get("type") or "original"
        if kind in ECHO_LAYER and p.get("parent"):
            parent = posts[p["parent"]]
            arc(p["author"], parent["author"], ECHO_LAYER[kind])
            if inside(parent["time"]) and parent["author"] != p["author"]:
                echoed.add((p["author"], parent["id"]))
        for m in p.get("mentions") or []:
            arc(p["author"], m, "mention")
    for e in data.get("engagements") or []:
        post = posts[e["post"]]
        t = e.get("time") or post["time"]
        if not inside(t):
            continue
        arc(e["actor"], post["author"], EVENT_LAYER[e["type"]])
        if inside(post["time"]) and post["author"] != e["actor"]:
            echoed.add((e["actor"], post["id"]))
    for r in data.get("interactions") or []:
        if r["layer"] in LAYER_WEIGHTS and inside_optional(r.get("time")):
            arc(r["source"], r["target"], r["layer"], r.get("count", 1.0))
    echoes = {}
    for u, q in echoed:
        key = (posts[q]["author"], u)
        echoes[key] = echoes.get(key, 0) + 1
    p = {key: min(1.0, n / count[key[0]]) for key, n in echoes.items()}
    in_strength = {}
    for (u, v), w in weight.items():
        in_strength[v] = in_strength.get(v, 0.0) + w
    for (u, v), w in weight.items():
        if count.get(v, 0) == 0:
            p[(v, u)] = min(1.0, w / in_strength[v])
    rules = {a["id"]: "echoes" if count.get(a["id"], 0) > 0 else "weights" for a in data["actors"]}
    return p, rules


def run(ricochet, dataset, args):
    out = subprocess.run([ricochet, "paths", dataset, "--format", "json", *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"ricochet paths {' '.join(args)} failed: {out.stderr}")
    return json.loads(out.stdout)


def close(a, b):
    return abs(a - b) <= REL * max(abs(a), abs(b), 1e-300)


def probability(path, p):
    result = 1.0
    for a, b in zip(path, path[1:]):
        result *= p[(a, b)]
    return result


def compare_paths(label, got, expected, p, rules, k):
    """got: ricochet's JSON paths for k; expected: NetworkX's first k + 1 paths (lists of ids), to
    see ties at the k-th place."""
    failures = 0
    if len(got) != min(k, len(expected)):
        print(f"{label}: ricochet gave {len(got)} paths, NetworkX {len(expected)} (k = {k})")
        return 1
    exp_prob = [probability(path, p) for path in expected]
    for i, g in enumerate(got):
        if not close(g["probability"], exp_prob[i]):
            print(f"{label}: rank {i + 1}: probability {g['probability']!r}, NetworkX {exp_prob[i]!r}")
            failures += 1
        ids = g["path"].split(" > ")
        if not close(g["probability"], probability(ids, p)):
            print(f"{label}: rank {i + 1}: {g['path']} has probability {probability(ids, p)!r}, reported {g['probability']!r}")
            failures += 1
        for step in g["steps"]:
            want = p.get((step["from"], step["to"]))
            if want is None or not close(step["probability"], want) or step["rule"] != rules[step["from"]]:
                print(f"{label}: hop {step} expected p {want!r}, rule {rules[step['from']]}")
                failures += 1
    # Paths whose probability no other listed or next path shares must be the same.
    everything = exp_prob + [g["probability"] for g in got]
    for i, g in enumerate(got):
        if sum(close(x, exp_prob[i]) for x in everything) == 2 and g["path"].split(" > ") != expected[i]:
            print(f"{label}: rank {i + 1}: {g['path']}, NetworkX {' > '.join(expected[i])}")
            failures += 1
    return failures


def main():
    ricochet, dataset = sys.argv[1], sys.argv[2]
    options = sys.argv[3:]
    since = until = None
    if "--since" in options:
        since = options[options.index("--since") + 1] + "T00:00:00Z"
    if "--until" in options:
        until = options[options.index("--until") + 1] + "T23:59:59Z"
    with open(dataset, encoding="utf-8") as f:
        data = json.load(f)
    p, rules = hop_probabilities(data, since, until)
    g = nx.DiGraph()
    g.add_nodes_from(a["id"] for a in data["actors"])
    for (v, u), q in p.items():
        g.add_edge(v, u, length=-math.log(q))
    failures = 0

    # Actor pairs: a seeded choice among pairs joined by a path of at least two hops.
    rng = random.Random(2021)
    ids = sorted(a["id"] for a in data["actors"])
    pairs = []
    while len(pairs) < 6:
        a, b = rng.choice(ids), rng.choice(ids)
        if a != b and g.out_degree(a) > 0 and nx.has_path(g, a, b):
            pairs.append((a, b))
    for a, b in pairs:
        got = run(ricochet, dataset, ["--from", a, "--to", b, "-k", "5", *options])
        if got["hops"] != g.number_of_edges():
            print(f"hops: ricochet {got['hops']}, oracle {g.number_of_edges()}")
            failures += 1
        expected = list(itertools.islice(nx.shortest_simple_paths(g, a, b, weight="length"), 6))
        failures += compare_paths(f"{a} -> {b}", got["paths"], expected, p, rules, 5)
        print(f"{a} -> {b}: {len(got['paths'])} paths, best {got['paths'][0]['probability']:.6g}"
              if got["paths"] else f"{a} -> {b}: no path")

    # Gatekeepers: the team of the organisation with most executives -> associations.
    members = {}
    for a in data["actors"]:
        if a.get("kind") == "executive" and a.get("organisation"):
            members.setdefault(a["organisation"], []).append(a["id"])
    org = sorted(members, key=lambda o: (-len(members[o]), o))[0]
    team = {org, *members[org]}
    targets = {a["id"] for a in data["actors"] if a.get("kind") == "association"}
    h = nx.DiGraph()
    for v, u, d in g.edges(data=True):
        if u not in team and v not in targets:
            h.add_edge(v, u, length=d["length"])
    for s in team:
        h.add_edge("<s>", s, length=0.0)
    for t in targets:
        h.add_edge(t, "<t>", length=0.0)
    # Up to 40 paths, fewer when the 40th ties with the 41st (which tied path is kept may differ).
    listed = [path[1:-1] for path in itertools.islice(nx.shortest_simple_paths(h, "<s>", "<t>", weight="length"), 41)]
    count = min(40, len(listed))
    while 1 < count < len(listed) and close(probability(listed[count - 1], p), probability(listed[count], p)):
        count -= 1
    got = run(ricochet, dataset, ["--from-team", org, "--to-kind", "association", "--gatekeepers", "--paths",
                                  str(count), *options])
    expected = listed[:count + 1]
    failures += compare_paths(f"team {org} -> associations", got["paths"], expected, p, rules, count)
    kept = expected[:count]
    probs = [probability(path, p) for path in kept]
    total = sum(probs)
    if not close(got["total_probability"], total):
        print(f"gatekeepers: total probability {got['total_probability']!r}, NetworkX {total!r}")
        failures += 1
    boundary_tie = len(expected) > count and close(probability(expected[count], p), probs[-1])
    if boundary_tie:
        print("gatekeepers: tied paths at the last place: shares not compared")
    else:
        mass = {}
        through = {}
        for path, q in zip(kept, probs):
            for x in path[1:-1]:
                mass[x] = mass.get(x, 0.0) + q
                through[x] = through.get(x, 0) + 1
        if {e["id"] for e in got["gatekeepers"]} != set(mass):
            print(f"gatekeepers: ricochet {sorted(e['id'] for e in got['gatekeepers'])}, NetworkX {sorted(mass)}")
            failures += 1
        previous = None
        for e in got["gatekeepers"]:
            if e["id"] in mass and (not close(e["share"], mass[e["id"]] / total) or e["paths"] != through[e["id"]]):
                print(f"gatekeepers: {e['id']} share {e['share']!r} over {e['paths']} paths, "
                      f"NetworkX {mass[e['id']] / total!r} over {through[e['id']]}")
                failures += 1
            if previous is not None and e["share"] > previous:
                print("gatekeepers: not sorted by share")
                failures += 1
            previous = e["share"]
        print(f"team {org} ({len(team)} actors) -> {len(targets)} associations: {len(got['paths'])} paths, "
              f"{len(got['gatekeepers'])} gatekeepers, top {got['gatekeepers'][0]['id'] if got['gatekeepers'] else '-'}")
    if failures:
        sys.exit(f"{failures} disagreements")
    print("paths agree with NetworkX")


if __name__ == "__main__":
    main()
