#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet cascades` on the Twitter15 propagation trees (Ma, Gao & Wong, ACL 2017).

    cascades_twitter15.py RICOCHET TREE_DIR [--keep DATASET.json]
    cascades_twitter15.py --self-test

Converts every TREE_DIR/*.txt to one native ricochet dataset, runs `ricochet cascades` on it
(JSON with the default --reconstruct auto, CSV with --reconstruct never) and compares size,
depth, max breadth and structural virality of every cascade with a direct computation on the
same tree: breadth-first levels from the root, and the mean over all ordered pairs of
breadth-first distances (plain Python, O(n^2) per tree, nothing shared with ricochet's
subtree-size method). Agreement: equal integers, virality within 1e-9.

Conversion (one tree file = one cascade). A line reads
    ['parent_uid', 'parent_tweet_id', 'parent_delay']->['child_uid', 'child_tweet_id', 'child_delay']
and a *node* is such a (uid, tweet id, delay) triple; tweet ids repeat (a retweet carries the
source's id), so posts are made per line, not per tweet:
  - the ROOT line (parent uid "ROOT", exactly one per file, not always the first) is the original
    post; every other line is one repost by child_uid whose parent is the post of its parent
    node. Post ids are `t15:<file name>:<line number>`, actors are the user ids;
  - the post of a node is the ROOT line's for the root's triple, else the first line (in file
    order) whose child is that triple. A triple that is the child of several lines (14,170
    times in twitter15, 6,346 of them with different parents) gives one post per line; its
    children hang under the first;
  - a line whose child triple is its parent triple (1,218 in twitter15) is skipped: a post
    cannot be its own parent;
  - a parent triple that is no line's child, and a line whose chain of parents would loop back
    to itself, are attached to the root and counted (neither happens in twitter15 with the
    rule above; the counts are printed);
  - times: the source tweet's time (from its Snowflake id) plus the delay in minutes, to the
    second; negative delays (children logged before their source) are kept as they are.
Posts get platform "twitter15", not "twitter": the trees are already reconstructed (retweets
point at the user they came from), so `--reconstruct auto` must leave them, and does (the script
checks that no echo is re-attached and that both runs give the same figures).
"""
import ast
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import deque
from datetime import datetime, timezone

TOLERANCE = 1e-9
TWITTER_EPOCH_MS = 1288834974657


def snowflake_seconds(tweet_id):
    value = int(tweet_id)
    if value < (1 << 32):  # older than Snowflake: no time in the id
        return 1262304000  # 2010-01-01
    return ((value >> 22) + TWITTER_EPOCH_MS) // 1000


def iso(seconds):
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_tree(text, name):
    """[(parent triple, child triple, line number)] of the non-blank lines."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        left, sep, right = line.partition("->")
        if not sep:
            raise ValueError(f"{name}:{number}: no '->'")
        parent, child = ast.literal_eval(left), ast.literal_eval(right)
        if len(parent) != 3 or len(child) != 3:
            raise ValueError(f"{name}:{number}: expected three fields per side")
        lines.append((tuple(parent), tuple(child), number))
    return lines


def tree_of(lines, name, counts):
    """The tree of one file: (nodes, root) with nodes = [(line number, author, delay, parent
    position or None)], positions into nodes."""
    roots = [i for i, (p, c, _) in enumerate(lines) if p[0] == "ROOT"]
    if len(roots) != 1:
        raise ValueError(f"{name}: expected one ROOT line, got {len(roots)}")
    root_line = roots[0]
    kept = [i for i, (p, c, _) in enumerate(lines) if i == root_line or p != c]
    counts["self_lines"] += len(lines) - len(kept)
    position = {line: k for k, line in enumerate(kept)}
    node_of = {lines[root_line][1]: position[root_line]}
    for i in kept:
        node_of.setdefault(lines[i][1], position[i])
    parent = [None] * len(kept)
    for k, i in enumerate(kept):
        if i == root_line:
            continue
        target = node_of.get(lines[i][0])
        if target is None:
            counts["unknown_parents"] += 1
            target = position[root_line]
        parent[k] = target
    # Break loops: walk each chain; a post whose chain returns to a post of the current walk is
    # re-attached to the root.
    state = [0] * len(kept)  # 0 new, 1 on the current walk, 2 done
    for start in range(len(kept)):
        walk = []
        k = start
        while k is not None and state[k] == 0:
            state[k] = 1
            walk.append(k)
            k = parent[k]
        if k is not None and state[k] == 1:
            counts["loops"] += 1
            parent[k] = position[root_line]
        for w in walk:
            state[w] = 2
    nodes = [(lines[i][2], lines[i][1][0], float(lines[i][1][2]), parent[k]) for k, i in enumerate(kept)]
    return nodes, position[root_line]


def convert(files):
    """The native dataset of the tree files and, per cascade root post id, its tree."""
    counts = {"files": 0, "lines": 0, "self_lines": 0, "unknown_parents": 0, "loops": 0}
    actors, seen_actors, posts, trees = [], set(), [], {}
    for path in files:
        name = os.path.basename(path)
        stem = name[:-4] if name.endswith(".txt") else name
        with open(path, encoding="utf-8") as f:
            lines = parse_tree(f.read(), name)
        counts["files"] += 1
        counts["lines"] += len(lines)
        nodes, root = tree_of(lines, name, counts)
        root_line = [l for l in lines if l[0][0] == "ROOT"][0]
        start = snowflake_seconds(root_line[1][1])
        ids = [f"t15:{stem}:{line}" for line, _, _, _ in nodes]
        for k, (line, author, delay, parent) in enumerate(nodes):
            if author not in seen_actors:
                seen_actors.add(author)
                actors.append({"id": author})
            post = {"id": ids[k], "author": author, "platform": "twitter15",
                    "time": iso(start + round(delay * 60))}
            if parent is not None:
                post["type"] = "repost"
                post["parent"] = ids[parent]
            posts.append(post)
        trees[ids[root]] = (root, [parent for _, _, _, parent in nodes], nodes[root][1])
    dataset = {"format": "ricochet", "version": 1, "actors": actors, "posts": posts}
    return dataset, trees, counts


def direct_figures(root, parent):
    """(size, depth, max breadth, virality or None) by breadth-first search, all pairs."""
    n = len(parent)
    neighbours = [[] for _ in range(n)]
    for child, p in enumerate(parent):
        if p is not None:
            neighbours[child].append(p)
            neighbours[p].append(child)

    def distances(source):
        dist = [-1] * n
        dist[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for v in neighbours[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return dist

    from_root = distances(root)
    if min(from_root) < 0:
        raise AssertionError("the converted tree is not connected")
    levels = {}
    for d in from_root:
        levels[d] = levels.get(d, 0) + 1
    depth = max(levels)
    breadth = max(levels.values())
    if n == 1:
        return n, depth, breadth, None
    total = sum(sum(distances(u)) for u in range(n))
    return n, depth, breadth, total / (n * (n - 1))


def run(ricochet, dataset_path, *options):
    started = time.perf_counter()
    out = subprocess.run([ricochet, "cascades", dataset_path, *options], check=True,
                         capture_output=True, text=True)
    if out.stderr:
        raise AssertionError(f"unexpected stderr: {out.stderr}")
    return out.stdout, time.perf_counter() - started


def compare(rows, trees, label):
    """rows: [(root, author, size, depth, max_breadth, virality or None)]; returns max deviation."""
    if len(rows) != len(trees):
        raise AssertionError(f"{label}: {len(rows)} cascades, expected {len(trees)}")
    order = [(-r[2], r[0]) for r in rows]
    if order != sorted(order):
        raise AssertionError(f"{label}: rows are not sorted by size, then root id")
    worst = 0.0
    failures = []
    for root, author, size, depth, breadth, virality in rows:
        if root not in trees:
            failures.append(f"{root}: not a tree root")
            continue
        position, parent, expected_author = trees[root]
        n, d, b, v = direct_figures(position, parent)
        if (author, size, depth, breadth) != (expected_author, n, d, b):
            failures.append(f"{root}: got author {author} size {size} depth {depth} breadth {breadth}, "
                            f"expected {expected_author} {n} {d} {b}")
        if (v is None) != (virality is None):
            failures.append(f"{root}: virality {virality}, expected {v}")
        elif v is not None:
            deviation = abs(v - virality)
            worst = max(worst, deviation)
            if deviation > TOLERANCE:
                failures.append(f"{root}: virality {virality!r}, expected {v!r}")
    if failures:
        raise AssertionError(f"{label}: {len(failures)} disagreements, first: " + "; ".join(failures[:5]))
    return worst


def check(ricochet, tree_dir, keep=None):
    files = sorted(os.path.join(tree_dir, f) for f in os.listdir(tree_dir) if f.endswith(".txt"))
    dataset, trees, counts = convert(files)
    with tempfile.TemporaryDirectory() as scratch:
        path = keep or os.path.join(scratch, "twitter15.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(dataset, f)
        report_text, seconds = run(ricochet, path, "--format", "json")
        report = json.loads(report_text)
        if report["reconstruct"] != "auto" or report["reattached"] != 0 or report["candidates"] != 0:
            raise AssertionError("auto must not re-attach twitter15 echoes: "
                                 f"{report['candidates']} candidates, {report['reattached']} re-attached")
        if report["posts"] != len(dataset["posts"]):
            raise AssertionError(f"{report['posts']} posts, expected {len(dataset['posts'])}")
        rows = [(c["root"], c["author"], c["size"], c["depth"], c["max_breadth"], c["structural_virality"])
                for c in report["cascades"]]
        worst = compare(rows, trees, "json")
        csv_text, csv_seconds = run(ricochet, path, "--reconstruct", "never")
        reader = csv.reader(io.StringIO(csv_text))
        header = next(reader)
        if header != ["root", "author", "size", "depth", "max_breadth", "structural_virality"]:
            raise AssertionError(f"csv header {header}")
        csv_rows = [(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), float(r[5]) if r[5] else None) for r in reader]
        worst = max(worst, compare(csv_rows, trees, "csv"))
        if [r[:5] for r in csv_rows] != [r[:5] for r in rows]:
            raise AssertionError("--reconstruct never and auto differ")
    sizes = sorted(r[2] for r in rows)
    print(f"{counts['files']} trees, {counts['lines']} lines -> {len(dataset['posts'])} posts, "
          f"{len(dataset['actors'])} actors; skipped self lines {counts['self_lines']}, parents not "
          f"found {counts['unknown_parents']}, loops broken {counts['loops']}")
    print(f"{len(rows)} cascades (sizes {sizes[0]} to {sizes[-1]}) agree; max virality deviation "
          f"{worst:.3g}; ricochet cascades took {seconds:.2f} s (json, auto) and {csv_seconds:.2f} s (csv, never)")


def self_test():
    # r by u1 at 0'; u2 and u3 retweet r; u4 retweets u2's post; a self line; u5's line appears
    # before the ROOT line; the triple of u4 is the child of two lines (two posts, one each).
    text = "\n".join([
        "['u2', '100', '1.0']->['u5', '100', '3.0']",
        "['ROOT', 'ROOT', '0.0']->['u1', '100', '0.0']",
        "['u1', '100', '0.0']->['u2', '100', '1.0']",
        "['u1', '100', '0.0']->['u3', '100', '2.0']",
        "['u2', '100', '1.0']->['u4', '100', '2.5']",
        "['u3', '100', '2.0']->['u4', '100', '2.5']",
        "['u3', '100', '2.0']->['u3', '100', '2.0']",
        "",
    ])
    counts = {"self_lines": 0, "unknown_parents": 0, "loops": 0}
    nodes, root = tree_of(parse_tree(text, "self"), "self", counts)
    assert counts == {"self_lines": 1, "unknown_parents": 0, "loops": 0}, counts
    parent = [p for _, _, _, p in nodes]
    lines = [line for line, _, _, _ in nodes]
    assert lines == [1, 2, 3, 4, 5, 6], lines
    assert nodes[root][0] == 2 and parent == [2, None, 1, 1, 2, 3], parent
    # Tree: r - u2 - {u5, u4a}, r - u3 - u4b: n = 6, depth 2, breadth 3; edges u2 (s=3) 3x3,
    # u3 (s=2) 2x4, three leaves 1x5: W = 32, nu = 32 / 15.
    n, d, b, v = direct_figures(root, parent)
    assert (n, d, b) == (6, 2, 3) and abs(v - 32 / 15) < 1e-15, (n, d, b, v)
    # A loop and an unknown parent go to the root.
    loop = "\n".join(["['ROOT', 'ROOT', '0.0']->['a', '1', '0.0']",
                      "['c', '3', '2.0']->['b', '2', '1.0']",
                      "['b', '2', '1.0']->['c', '3', '2.0']",
                      "['z', '9', '9.0']->['d', '4', '3.0']"])
    counts = {"self_lines": 0, "unknown_parents": 0, "loops": 0}
    nodes, root = tree_of(parse_tree(loop, "loop"), "loop", counts)
    assert counts == {"self_lines": 0, "unknown_parents": 1, "loops": 1}, counts
    assert [p for _, _, _, p in nodes] == [None, 0, 1, 0], nodes
    assert direct_figures(0, [None]) == (1, 0, 1, None)
    assert iso(snowflake_seconds("265953285247209472")) == "2012-11-06T23:06:19Z"
    print("self-test passed")


def main(argv):
    if argv[1:] == ["--self-test"]:
        self_test()
        return 0
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--keep"):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    check(argv[1], argv[2], argv[4] if len(argv) == 5 else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
