# SPDX-License-Identifier: MIT
"""Oracle for `ricochet spread`: the hop probabilities are derived again from the raw input by the
documented rules (algorithms/amplification/paths.hpp for `learned`, simulation.hpp for
`weighted-cascade` and `constant:P`), written here in plain Python and never read from ricochet,
and the spreads ricochet reports are compared with NetworkX reachability and with this script's
own Monte Carlo simulations (its own cascade code and its own random numbers: Python's Mersenne
Twister, not ricochet's counter-based SplitMix64).

Checks (one per test; each prints what it compared):
  reach        constant:1, IC: every `--evaluate` row is exactly the size of the set NetworkX finds
               reachable from the seeds in the content-direction graph (hop v -> u for each arc
               u -> v), with a zero standard error; CELF on the same probabilities picks exactly
               greedy maximum coverage (ties to the earlier actor) and IMM's picks reach what
               NetworkX says they reach. LT, constant:1: each receiver keeps one of its in-hops
               uniformly, so the spread is not a reachable set: it must lie between the threshold
               closure (actors all of whose in-hops come from active actors) and the reachable
               set, and agree with the Monte Carlo below. constant:0: the spread is the number of
               seeds. The `hops` count is compared too.
  mc           ricochet picks --k seeds (IMM) for --model and --probabilities; every prefix row
               must agree with this script's Monte Carlo estimate of the same seed set within 4
               combined standard errors. IC: bit-parallel live-edge simulation (one bit per
               world in Python integers, each hop live with its probability, drawn exactly from
               the binary expansion of p). LT: the threshold process itself (a uniform threshold
               per actor and world, activation when the summed weights of active in-neighbours
               reach it), not the live-edge form ricochet uses.
  methods      IMM and CELF with k = --k: their evaluated spreads within 5 % of each other, and
               IMM's own estimate (selection.estimated_spread) within 5 % of the evaluated spread
               and of this script's Monte Carlo estimate.
  team         --team ORG (pharma-fr): members are ORG and its executives; the `team` row is
               byte-for-byte the last row of `--evaluate` on the members, each `without` row that
               of the members but one, each `with` row that of the members plus the actor; `with`
               actors are outsiders, sorted by change descending, and no sampled outsider (random
               ones and those reaching most) adds more than the last listed one.
  determinism  the same commands twice give byte-identical output, and OMP_NUM_THREADS=1 gives
               the output of OMP_NUM_THREADS=2; `-o FILE` writes what stdout gets.

usage: spread_oracle.py --self-test DATASET      (datasets/example/paths_relay.json: this
                                                  script's simulators against exact expectations)
       spread_oracle.py RICOCHET DATASET CHECK [--model ic|lt] [--probabilities P] [--k K]
                        [--worlds W (this script's, 10000)] [--simulations R (ricochet's, 10000)]
                        [--team ORG ...] [input options passed on: --edge-layer L, --layers L]
Native JSON inputs are read with the default layers (interactions, no time window); edge lists
through oracle_graph.py (the other oracles' reader).
"""
import collections
import fractions
import itertools
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle_graph  # noqa: E402

# ---- hop probabilities of the documented rules ----------------------------------------------

LAYER_WEIGHTS = {"repost": 1.0, "quote": 1.0, "reply": 0.5, "comment": 0.5, "mention": 0.5,
                 "reaction": 0.1}
ECHO_LAYER = {"repost": "repost", "quote": "quote", "reply": "reply", "comment": "comment"}
EVENT_LAYER = {"reaction": "reaction", "comment": "comment", "share": "repost"}


class Input:
    """Actors (ids in ricochet's vertex order), the influence arcs {(u, v): weight} (u amplified
    v; layers merged, self-loops dropped) and the learned hops {(v, u): p} (content of v reaches
    u), all on vertex indices; `actors` holds the native JSON actor records when there are any."""

    def __init__(self, ids, arcs, learned, actors=None):
        self.ids = ids
        self.index = {a: i for i, a in enumerate(ids)}
        self.arcs = arcs
        self.learned = learned
        self.actors = actors

    @property
    def n(self):
        return len(self.ids)

    def hops(self, probabilities):
        """{(v, u): p} for `learned`, `weighted-cascade` or `constant:P` (only p > 0)."""
        if probabilities == "learned":
            return dict(self.learned)
        if probabilities == "weighted-cascade":
            amplified = collections.Counter(u for (u, v) in self.arcs)
            return {(v, u): 1.0 / amplified[u] for (u, v) in self.arcs}
        if probabilities.startswith("constant:"):
            p = float(probabilities.split(":", 1)[1])
            return {(v, u): p for (u, v) in self.arcs} if p > 0 else {}
        raise ValueError(probabilities)


def read_native(path):
    """The echo rule and weight rule of paths.hpp on a native JSON document (as paths_oracle.py
    does: no window, default weights, the interaction layers)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    posts = {p["id"]: p for p in data["posts"]}
    count = collections.Counter(p["author"] for p in data["posts"])
    echoed = set()  # (u, post id): u echoed that post of another author
    weight = {}     # (u, v): u amplified v, layers merged

    def arc(u, v, layer, n=1.0):
        if u != v:
            weight[(u, v)] = weight.get((u, v), 0.0) + n * LAYER_WEIGHTS[layer]

    for p in data["posts"]:
        kind = p.get("type") or "original"
        if kind in ECHO_LAYER and p.get("parent"):
            parent = posts[p["parent"]]
            arc(p["author"], parent["author"], ECHO_LAYER[kind])
            if parent["author"] != p["author"]:
                echoed.add((p["author"], parent["id"]))
        for m in p.get("mentions") or []:
            arc(p["author"], m, "mention")
    for e in data.get("engagements") or []:
        post = posts[e["post"]]
        arc(e["actor"], post["author"], EVENT_LAYER[e["type"]])
        if post["author"] != e["actor"]:
            echoed.add((e["actor"], post["id"]))
    for r in data.get("interactions") or []:
        if r["layer"] in LAYER_WEIGHTS:
            arc(r["source"], r["target"], r["layer"], r.get("count", 1.0))
    echoes = collections.Counter((posts[q]["author"], u) for u, q in echoed)
    learned = {key: min(1.0, e / count[key[0]]) for key, e in echoes.items()}
    in_strength = collections.Counter()
    for (u, v), w in weight.items():
        in_strength[v] += w
    for (u, v), w in weight.items():
        if count.get(v, 0) == 0:
            learned[(v, u)] = min(1.0, w / in_strength[v])
    ids = [a["id"] for a in data["actors"]]
    index = {a: i for i, a in enumerate(ids)}
    return Input(ids, {(index[u], index[v]): w for (u, v), w in weight.items()},
                 {(index[v], index[u]): p for (v, u), p in learned.items()}, data["actors"])


def read_edges(path, options):
    """An edge list (or GraphML/GEXF) through oracle_graph.py: every vertex has no post, so every
    hop follows the weight rule p(v -> u) = w(u -> v) / s_in(v)."""
    g = oracle_graph.read_graph(path, options)
    in_strength = collections.Counter()
    for (u, v), w in g.arcs.items():
        in_strength[v] += w
    learned = {(v, u): min(1.0, w / in_strength[v]) for (u, v), w in g.arcs.items() if w > 0}
    return Input(list(g.ids), dict(g.arcs), learned)


def read_input(path, options):
    if path.endswith(".json") or path.endswith(".json.gz"):
        if any(o in options for o in ("--layers", "--since", "--until", "--window", "--weights")):
            sys.exit("spread_oracle.py: native JSON inputs are read with the default options only")
        return read_native(path)
    return read_edges(path, options)


def out_lists(n, hops):
    out = [[] for _ in range(n)]
    for (v, u), p in sorted(hops.items()):
        out[v].append((u, p))
    return out


def threshold_weights(n, hops):
    """LT weight of each hop: p divided by max(1, the receiver's total)."""
    total = [0.0] * n
    for (v, u), p in hops.items():
        total[u] += p
    return {(v, u): p / max(1.0, total[u]) for (v, u), p in hops.items()}


# ---- Monte Carlo ------------------------------------------------------------------------------

def bernoulli_bits(rng, p, worlds, full):
    """A `worlds`-bit mask whose bits are independently 1 with probability exactly p (a double):
    each bit compares a uniform U = 0.r1 r2 ... with p's binary expansion, bit-parallel, until
    every bit is decided (U < p at the first position where p has 1 and U has 0)."""
    if p >= 1:
        return full
    if p <= 0:
        return 0
    num, den = p.as_integer_ratio()
    e = den.bit_length() - 1
    less, undecided = 0, full
    for i in range(e):
        if not undecided:
            break
        r = rng.getrandbits(worlds)
        if (num >> (e - 1 - i)) & 1:
            less |= undecided & ~r
            undecided &= r
        else:
            undecided &= ~r
    return less


class BitCounter:
    """Per-world counters, bit-sliced: plane j holds bit j of every world's count."""

    def __init__(self):
        self.planes = []

    def add(self, mask):
        j = 0
        while mask:
            if j == len(self.planes):
                self.planes.append(0)
            carry = self.planes[j] & mask
            self.planes[j] ^= mask
            mask = carry
            j += 1

    def stats(self, worlds):
        """(mean, standard error) of the per-world counts."""
        s1 = sum(plane.bit_count() << j for j, plane in enumerate(self.planes))
        s2 = 0
        for j, a in enumerate(self.planes):
            for k, b in enumerate(self.planes):
                s2 += (a & b).bit_count() << (j + k)
        mean = s1 / worlds
        variance = max(0.0, (s2 - s1 * s1 / worlds) / (worlds - 1)) if worlds > 1 else 0.0
        return mean, math.sqrt(variance / worlds)


def ic_prefix_spreads(n, hops, seeds, worlds, seed):
    """IC expected spreads of seeds[:1], seeds[:2], ... over the same `worlds` live-edge worlds,
    bit-parallel: bit w of active[v] says v is active in world w; hop masks are drawn when first
    needed and kept (one coin per hop and world)."""
    rng = random.Random(seed)
    full = (1 << worlds) - 1
    out = out_lists(n, hops)
    live = {}
    active = {}
    counter = BitCounter()
    result = []
    for s in seeds:
        pending = {}
        queue = collections.deque()
        add = full & ~active.get(s, 0)
        if add:
            active[s] = active.get(s, 0) | add
            counter.add(add)
            pending[s] = add
            queue.append(s)
        while queue:
            v = queue.popleft()
            delta = pending.pop(v)
            for u, p in out[v]:
                mask = live.get((v, u))
                if mask is None:
                    mask = live[(v, u)] = bernoulli_bits(rng, p, worlds, full)
                new = delta & mask
                if not new:
                    continue
                current = active.get(u, 0)
                new &= ~current
                if not new:
                    continue
                active[u] = current | new
                counter.add(new)
                if u in pending:
                    pending[u] |= new
                else:
                    pending[u] = new
                    queue.append(u)
        result.append(counter.stats(worlds))
    return result


def lt_prefix_spreads(n, hops, seeds, worlds, seed):
    """LT expected spreads of seeds[:1], seeds[:2], ... by the threshold process: in each world
    every actor draws a uniform threshold in [0, 1) (lazily) and becomes active when the weights
    of its active in-neighbours add up to it; the prefixes of one world share the thresholds and
    each continues the previous one's process (the final set of a monotone threshold process
    does not depend on the order of activations)."""
    rng = random.Random(seed)
    weight = threshold_weights(n, hops)
    out = [[] for _ in range(n)]
    for (v, u), w in sorted(weight.items()):
        out[v].append((u, w))
    sums = [0.0] * len(seeds)
    squares = [0.0] * len(seeds)
    for _ in range(worlds):
        threshold = {}
        influence = {}
        active = set()
        for i, s in enumerate(seeds):
            if s not in active:
                active.add(s)
                frontier = [s]
                while frontier:
                    v = frontier.pop()
                    for u, w in out[v]:
                        if u in active:
                            continue
                        total = influence.get(u, 0.0) + w
                        influence[u] = total
                        t = threshold.get(u)
                        if t is None:
                            t = threshold[u] = rng.random()
                        if total >= t:
                            active.add(u)
                            frontier.append(u)
            c = len(active)
            sums[i] += c
            squares[i] += c * c
    result = []
    for s1, s2 in zip(sums, squares):
        mean = s1 / worlds
        variance = max(0.0, (s2 - s1 * s1 / worlds) / (worlds - 1)) if worlds > 1 else 0.0
        result.append((mean, math.sqrt(variance / worlds)))
    return result


def prefix_spreads(model, n, hops, seeds, worlds, seed=2021):
    if model == "ic":
        return ic_prefix_spreads(n, hops, seeds, worlds, seed)
    return lt_prefix_spreads(n, hops, seeds, worlds, seed)


# ---- exact expectations on a tiny graph (self-test) --------------------------------------------

def exact_ic(n, hops, seeds):
    """Sum over the 2^H live-edge worlds of P(world) x reached, in exact fractions."""
    items = sorted(hops.items())
    probs = [fractions.Fraction(p) for _, p in items]
    total = fractions.Fraction(0)
    for bits in itertools.product((0, 1), repeat=len(items)):
        weight = fractions.Fraction(1)
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        for (edge, _), b, p in zip(items, bits, probs):
            weight *= p if b else 1 - p
            if b:
                g.add_edge(*edge)
        reached = set(seeds)
        for s in seeds:
            reached |= nx.descendants(g, s)
        total += weight * len(reached)
    return total


def exact_lt(n, hops, seeds):
    """Sum over the live-edge worlds of LT (each receiver keeps at most one in-hop, hop h with its
    weight; Kempe, Kleinberg, Tardos 2003) of P(world) x reached, in exact fractions. This is
    the theorem's form, used only to check the threshold simulation above."""
    weight = {h: fractions.Fraction(w) for h, w in threshold_weights(n, hops).items()}
    choices = []
    for u in range(n):
        ins = [(v, w) for (v, x), w in weight.items() if x == u]
        options = [(None, 1 - sum(w for _, w in ins))] + ins
        choices.append([(u, v, w) for v, w in options if w > 0])
    total = fractions.Fraction(0)
    for world in itertools.product(*choices):
        p = fractions.Fraction(1)
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        for u, v, w in world:
            p *= w
            if v is not None:
                g.add_edge(v, u)
        reached = set(seeds)
        for s in seeds:
            reached |= nx.descendants(g, s)
        total += p * len(reached)
    return total


def self_test(dataset):
    """This script's simulators against exact expectations on datasets/example/paths_relay.json
    (whose hops datasets/example/SPREAD.md lists), and the documented figures."""
    data = read_native(dataset)
    failures = 0
    documented = {("ic", ("org-a",)): fractions.Fraction(115, 32),
                  ("ic", ("kol",)): fractions.Fraction(2), ("ic", ("ceo-a",)): fractions.Fraction(11, 4),
                  ("ic", ("ceo-a", "kol")): fractions.Fraction(7, 2),
                  ("ic", ("media-x",)): fractions.Fraction(23, 9),
                  ("lt", ("org-a",)): fractions.Fraction(689, 220)}
    bernoulli = bernoulli_bits(random.Random(5), 0.3, 200000, (1 << 200000) - 1).bit_count() / 200000
    if abs(bernoulli - 0.3) > 4 * math.sqrt(0.3 * 0.7 / 200000):
        print(f"Bernoulli(0.3) bits: fraction {bernoulli}")
        failures += 1
    for probabilities in ("learned", "weighted-cascade", "constant:0.5"):
        hops = data.hops(probabilities)
        for model in ("ic", "lt"):
            for names in (("org-a",), ("media-x",), ("org-a", "media-x"), ("ceo-a", "kol"), ("kol",)):
                seeds = [data.index[a] for a in names]
                exact = [(exact_ic if model == "ic" else exact_lt)(data.n, hops, seeds[:i + 1])
                         for i in range(len(seeds))]
                want = documented.get((model, names))
                if probabilities == "learned" and want is not None and abs(exact[-1] - want) > 1e-12:
                    print(f"{model} {names}: exact {exact[-1]}, SPREAD.md {want}")
                    failures += 1
                estimates = prefix_spreads(model, data.n, hops, seeds, 20000 if model == "ic" else 5000)
                for i, ((mean, se), x) in enumerate(zip(estimates, exact)):
                    z = (mean - float(x)) / se if se > 0 else (0.0 if abs(mean - x) < 1e-9 else math.inf)
                    bad = abs(z) > 4
                    failures += bad
                    print(f"{probabilities} {model} {','.join(names[:i + 1])}: exact {float(x):.6f}, "
                          f"simulated {mean:.6f} +- {se:.6f} (z {z:+.2f}){'  FAIL' if bad else ''}")
    if failures:
        sys.exit(f"{failures} failures")
    print("self-test: the simulators agree with the exact expectations")


# ---- running ricochet -------------------------------------------------------------------------

def run_text(ricochet, dataset, args, threads=None):
    env = dict(os.environ)
    if threads is not None:
        env["OMP_NUM_THREADS"] = str(threads)
    out = subprocess.run([ricochet, "spread", dataset, *args], capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"ricochet spread {' '.join(args)} failed ({out.returncode}): {out.stderr}")
    return out.stdout


def run(ricochet, dataset, args):
    return json.loads(run_text(ricochet, dataset, [*args, "--format", "json"]))


def combined_z(a, b):
    se = math.hypot(a[1], b[1])
    return (a[0] - b[0]) / se if se > 0 else (0.0 if a[0] == b[0] else math.inf)


# ---- checks -----------------------------------------------------------------------------------

class Check:
    def __init__(self, ricochet, dataset, options):
        self.ricochet = ricochet
        self.dataset = dataset
        self.options = options
        self.failures = 0
        started = time.perf_counter()
        self.data = read_input(dataset, options)
        print(f"{dataset}: {self.data.n} actors, {len(self.data.arcs)} arcs, "
              f"{len(self.data.learned)} learned hops (read in {time.perf_counter() - started:.1f} s)")

    def fail(self, message):
        print("FAIL: " + message)
        self.failures += 1

    def spread(self, args):
        return run(self.ricochet, self.dataset, [*args, *self.options])

    def ids(self, vertices):
        return ",".join(self.data.ids[v] for v in vertices)

    def check_hops(self, got, hops, label):
        if got["hops"] != len(hops):
            self.fail(f"{label}: ricochet has {got['hops']} hops, the oracle {len(hops)}")

    def content_graph(self, hops):
        g = nx.DiGraph()
        g.add_nodes_from(range(self.data.n))
        g.add_edges_from(hops)
        return g

    # a. constant probabilities: reachable sets.
    def reach(self):
        d = self.data
        hops = d.hops("constant:1")
        g = self.content_graph(hops)
        # Reach of every actor, by strongly connected components (one search per component).
        condensed = nx.condensation(g)
        members = condensed.graph["mapping"]
        component_reach = {}
        for c in reversed(list(nx.topological_sort(condensed))):
            reached = set(condensed.nodes[c]["members"])
            for x in condensed.successors(c):
                reached |= component_reach[x]
            component_reach[c] = frozenset(reached)
        reach = [component_reach[members[v]] for v in range(d.n)]
        order = sorted(range(d.n), key=lambda v: (-len(reach[v]), v))
        # Seeds: the two actors with most reach, then the actor adding most to theirs.
        first, second = order[0], order[1]
        covered = reach[first] | reach[second]
        third = max((v for v in range(d.n) if v not in (first, second)),
                    key=lambda v: (len(reach[v] - covered), -v))
        seeds = [first, second, third]
        print(f"seeds by reach: {self.ids(seeds)} (reach {[len(reach[v]) for v in seeds]})")
        expected = [len(set().union(*(reach[s] for s in seeds[:i + 1]))) for i in range(3)]
        got = self.spread(["--evaluate", self.ids(seeds), "--probabilities", "constant:1",
                           "--simulations", "100"])
        self.check_hops(got, hops, "constant:1")
        previous = 0
        for row, want, v in zip(got["rows"], expected, seeds):
            s = row["spread"]
            if row["id"] != d.ids[v] or s["mean"] != want or s["standard_error"] != 0 or \
                    s["low"] != want or s["high"] != want or row["change"] != want - previous:
                self.fail(f"IC constant:1 row {row['rank']}: {row}, expected {d.ids[v]} spread {want}")
            previous = want
        print(f"IC constant:1 --evaluate: {[r['spread']['mean'] for r in got['rows']]}, NetworkX {expected}")

        # LT, constant:1: between the closure and the reachable set, and the Monte Carlo.
        got = self.spread(["--evaluate", self.ids(seeds), "--probabilities", "constant:1", "--model", "lt",
                           "--simulations", "10000"])
        into = collections.defaultdict(set)
        for (v, u) in hops:
            into[u].add(v)
        mc = prefix_spreads("lt", d.n, hops, seeds, 5000)
        for i, row in enumerate(got["rows"]):
            active = set(seeds[:i + 1])
            changed = True
            while changed:
                changed = False
                for u in set().union(*(g.successors(v) for v in active)) - active:
                    if into[u] <= active:
                        active.add(u)
                        changed = True
            mean = row["spread"]["mean"]
            z = combined_z((mean, row["spread"]["standard_error"]), mc[i])
            print(f"LT constant:1 row {i + 1}: closure {len(active)} <= {mean:.4f} +- "
                  f"{row['spread']['standard_error']:.4f} <= reach {expected[i]}; oracle "
                  f"{mc[i][0]:.4f} +- {mc[i][1]:.4f} (z {z:+.2f})")
            if not (len(active) - 1e-9 <= mean <= expected[i] + 1e-9) or abs(z) > 4:
                self.fail(f"LT constant:1 row {i + 1}")

        # constant:0: only the seeds.
        got = self.spread(["--evaluate", self.ids(seeds[:2]), "--probabilities", "constant:0",
                           "--simulations", "10"])
        if got["hops"] != 0 or [r["spread"]["mean"] for r in got["rows"]] != [1, 2]:
            self.fail(f"constant:0: hops {got['hops']}, spreads {[r['spread'] for r in got['rows']]}")

        # CELF on constant:1 is greedy maximum coverage; IMM's picks reach their reachable sets.
        k = 5
        greedy, gains, covered = [], [], set()
        for _ in range(k):
            best = min(range(d.n), key=lambda v: (-len(reach[v] - covered), v) if v not in greedy
                       else (1, v))
            gains.append(len(reach[best] - covered))
            greedy.append(best)
            covered |= reach[best]
        got = self.spread(["--seeds", str(k), "--method", "celf", "--probabilities", "constant:1",
                           "--celf-simulations", "5", "--simulations", "10"])
        picked = [d.index[r["id"]] for r in got["rows"]]
        print(f"CELF constant:1: {got['selection']['estimated_spread']} with {self.ids(picked)}; "
              f"greedy {len(covered)} with {self.ids(greedy)}")
        if picked != greedy or [r["change"] for r in got["rows"]] != gains or \
                [r["method_gain"] for r in got["rows"]] != gains or \
                got["selection"]["estimated_spread"] != len(covered):
            self.fail(f"CELF constant:1: {[(r['id'], r['change'], r['method_gain']) for r in got['rows']]}, "
                      f"greedy {list(zip(self.ids(greedy).split(','), gains))}")
        got = self.spread(["--seeds", str(k), "--probabilities", "constant:1", "--simulations", "10"])
        picked = [d.index[r["id"]] for r in got["rows"]]
        want = [len(set().union(*(reach[s] for s in picked[:i + 1]))) for i in range(len(picked))]
        imm = got["selection"]["estimated_spread"]
        print(f"IMM constant:1: {[r['spread']['mean'] for r in got['rows']]} with {self.ids(picked)}, "
              f"NetworkX {want}; IMM's estimate {imm:.2f}")
        if [r["spread"]["mean"] for r in got["rows"]] != want:
            self.fail("IMM constant:1: spreads are not the reachable sets of its picks")
        if want[-1] < 0.95 * len(covered) or abs(imm - want[-1]) > 0.05 * want[-1]:
            self.fail(f"IMM constant:1: reaches {want[-1]} (greedy {len(covered)}), estimates {imm}")

        # --candidates kind=kol (native JSON): greedy among the KOLs only.
        if d.actors is None:
            return
        kols = [v for v in range(d.n) if d.actors[v].get("kind") == "kol"]
        greedy, covered = [], set()
        for _ in range(3):
            best = min((v for v in kols if v not in greedy), key=lambda v: (-len(reach[v] - covered), v))
            greedy.append(best)
            covered |= reach[best]
        for method in ("celf", "imm"):
            got = self.spread(["--seeds", "3", "--method", method, "--probabilities", "constant:1",
                               "--candidates", "kind=kol", "--simulations", "10"])
            picked = [d.index[r["id"]] for r in got["rows"]]
            spreads = [r["spread"]["mean"] for r in got["rows"]]
            want = [len(set().union(*(reach[s] for s in picked[:i + 1]))) for i in range(len(picked))]
            print(f"{method} constant:1 among {len(kols)} KOLs: {self.ids(picked)} reach {spreads}, "
                  f"NetworkX {want}; greedy {self.ids(greedy)} reaches {len(covered)}")
            if any(v not in kols for v in picked) or spreads != want or \
                    got["selection"]["candidate_count"] != len(kols) or \
                    (method == "celf" and picked != greedy) or want[-1] < 0.95 * len(covered):
                self.fail(f"{method} --candidates kind=kol")

    # b. Monte Carlo of ricochet's picks.
    def mc(self, model, probabilities, k, worlds, simulations):
        d = self.data
        hops = d.hops(probabilities)
        started = time.perf_counter()
        got = self.spread(["--seeds", str(k), "--model", model, "--probabilities", probabilities,
                           "--simulations", str(simulations)])
        ricochet_time = time.perf_counter() - started
        self.check_hops(got, hops, probabilities)
        seeds = [d.index[r["id"]] for r in got["rows"]]
        started = time.perf_counter()
        ours = prefix_spreads(model, d.n, hops, seeds, worlds)
        oracle_time = time.perf_counter() - started
        print(f"{model} {probabilities}: IMM picked {self.ids(seeds)} ({ricochet_time:.1f} s); "
              f"oracle {worlds} worlds ({oracle_time:.1f} s)")
        worst = 0.0
        for row, mine in zip(got["rows"], ours):
            theirs = (row["spread"]["mean"], row["spread"]["standard_error"])
            if abs(row["spread"]["low"] - (theirs[0] - 1.96 * theirs[1])) > 1e-9 * max(1.0, theirs[0]) or \
                    abs(row["spread"]["high"] - (theirs[0] + 1.96 * theirs[1])) > 1e-9 * max(1.0, theirs[0]):
                self.fail(f"rank {row['rank']}: the interval is not mean -/+ 1.96 standard errors: {row['spread']}")
            z = combined_z(theirs, mine)
            worst = max(worst, abs(z))
            print(f"  {row['rank']:3d} {row['id']:>40}: ricochet {theirs[0]:10.4f} +- {theirs[1]:.4f}, "
                  f"oracle {mine[0]:10.4f} +- {mine[1]:.4f}  z {z:+.2f}")
            if abs(z) > 4:
                self.fail(f"{model} {probabilities} rank {row['rank']}: ricochet {theirs}, oracle {mine}")
        print(f"  largest |z| {worst:.2f}")
        return got, ours

    # c. IMM against CELF.
    def methods(self, model, probabilities, k, worlds, simulations):
        imm, ours = self.mc(model, probabilities, k, worlds, simulations)
        started = time.perf_counter()
        celf = self.spread(["--seeds", str(k), "--model", model, "--probabilities", probabilities,
                            "--method", "celf", "--simulations", str(simulations)])
        celf_time = time.perf_counter() - started
        a = imm["rows"][-1]["spread"]["mean"]
        b = celf["rows"][-1]["spread"]["mean"]
        estimate = imm["selection"]["estimated_spread"]
        print(f"{model} {probabilities} k={k}: IMM {a:.3f} (estimate {estimate:.3f}, "
              f"{imm['selection']['rr_sets']} RR sets), CELF {b:.3f} (estimate "
              f"{celf['selection']['estimated_spread']:.3f}, {celf_time:.1f} s), oracle {ours[-1][0]:.3f}; "
              f"IMM/CELF - 1 = {a / b - 1:+.4f}")
        if abs(a - b) > 0.05 * max(a, b):
            self.fail(f"IMM {a} and CELF {b} differ by more than 5 %")
        for label, reference in (("evaluated", a), ("oracle", ours[-1][0])):
            if abs(estimate - reference) > 0.05 * reference:
                self.fail(f"IMM's estimate {estimate} is not within 5 % of the {label} spread {reference}")

    # d. team what-if.
    def team(self, organisation, simulations):
        d = self.data
        if d.actors is None:
            sys.exit("team: needs a native JSON dataset")
        common = ["--simulations", str(simulations)]
        got = self.spread(["--team", organisation, "--additions", "6", *common])
        members = [organisation] + [a["id"] for a in d.actors
                                    if a.get("kind") == "executive" and a.get("organisation") == organisation]
        if got["team"]["members"] != members:
            self.fail(f"team members {got['team']['members']}, expected {members}")
        members = got["team"]["members"]
        print(f"team {organisation}: {len(members)} members")

        def last(seeds):
            return self.spread(["--evaluate", ",".join(seeds), *common])["rows"][-1]

        rows = got["rows"]
        scenarios = [r["scenario"] for r in rows]
        shown = scenarios.count("with")
        if scenarios != ["team"] + ["without"] * len(members) + ["with"] * shown:
            self.fail(f"scenarios {scenarios}")
        whole = last(members)
        team_row = rows[0]
        if team_row["id"] != organisation or team_row["spread"] != whole["spread"] or team_row["change"] != 0:
            self.fail(f"team row {team_row}, --evaluate gives {whole['spread']}")
        base = team_row["spread"]["mean"]
        print(f"  team {base:.4f}, --evaluate {whole['spread']['mean']:.4f}")
        for i, row in enumerate(r for r in rows if r["scenario"] == "without"):
            others = members[:i] + members[i + 1:]
            want = last(others)["spread"]
            if row["id"] != members[i] or row["rank"] != i + 1 or row["spread"] != want or \
                    row["change"] != want["mean"] - base:
                self.fail(f"without {members[i]}: {row}, --evaluate gives {want}")
        print(f"  {len(members)} without rows checked, changes "
              f"{sorted(round(r['change'], 3) for r in rows if r['scenario'] == 'without')[:5]} ...")
        with_rows = [r for r in rows if r["scenario"] == "with"]
        for i, row in enumerate(with_rows):
            if row["id"] in members:
                self.fail(f"with row {row['id']} is a member")
            want = last(members + [row["id"]])["spread"]
            if row["spread"] != want or row["change"] != want["mean"] - base:
                self.fail(f"with {row['id']}: {row}, --evaluate gives {want}")
            if i > 0 and row["change"] > with_rows[i - 1]["change"]:
                self.fail(f"with rows not sorted by change: {with_rows[i - 1]['change']} then {row['change']}")
            if i > 0 and row["change"] == with_rows[i - 1]["change"] and \
                    d.index[row["id"]] < d.index[with_rows[i - 1]["id"]]:
                self.fail(f"tied with rows not in actor order: {with_rows[i - 1]['id']} then {row['id']}")
        print(f"  with: {[(r['id'], round(r['change'], 4)) for r in with_rows]}")
        # No outsider adds more than the last one listed (same worlds: exact differences).
        listed = {r["id"] for r in with_rows}
        hops = d.hops("learned")
        g = self.content_graph(hops)
        outsiders = [v for v in range(d.n) if d.ids[v] not in members and d.ids[v] not in listed]
        by_reach = sorted(outsiders, key=lambda v: (-len(nx.descendants(g, v)), v))[:6]
        sampled = by_reach + random.Random(7).sample([v for v in outsiders if v not in by_reach], 6)
        floor = with_rows[-1]["change"] if with_rows else math.inf
        for v in sampled:
            change = last(members + [d.ids[v]])["spread"]["mean"] - base
            if change > floor + 1e-9 * max(1.0, abs(floor)):
                self.fail(f"outsider {d.ids[v]} adds {change}, more than the last listed {floor}")
        print(f"  {len(sampled)} unlisted outsiders add at most the last listed {floor:.4f}")

    # e. determinism.
    def determinism(self, commands):
        for args in commands:
            full = [*args, *self.options]
            texts = []
            for threads in (2, 2, 1):
                started = time.perf_counter()
                texts.append(run_text(self.ricochet, self.dataset, full, threads))
                elapsed = time.perf_counter() - started
            with tempfile.TemporaryDirectory() as folder:
                path = os.path.join(folder, "out")
                run_text(self.ricochet, self.dataset, [*full, "-o", path], 2)
                with open(path, encoding="utf-8") as f:
                    written = f.read()
            same = texts[0] == texts[1]
            threads_same = texts[0] == texts[2]
            print(f"{' '.join(args)}: {len(texts[0])} bytes ({elapsed:.1f} s); twice identical {same}; "
                  f"1 vs 2 threads identical {threads_same}; -o identical {written == texts[0]}")
            if not same or not threads_same or written != texts[0]:
                self.fail(f"{' '.join(args)}: output differs")


def take(options, name, default=None):
    if name in options:
        i = options.index(name)
        value = options[i + 1]
        del options[i:i + 2]
        return value
    return default


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "--self-test":
        self_test(sys.argv[2])
        return
    ricochet, dataset, check = sys.argv[1:4]
    options = sys.argv[4:]
    model = take(options, "--model", "ic")
    probabilities = take(options, "--probabilities", "learned")
    k = int(take(options, "--k", "10"))
    worlds = int(take(options, "--worlds", "10000"))
    simulations = int(take(options, "--simulations", "10000"))
    teams = []
    while "--team" in options:
        teams.append(take(options, "--team"))
    started = time.perf_counter()
    c = Check(ricochet, dataset, options)
    if check == "reach":
        c.reach()
    elif check == "mc":
        c.mc(model, probabilities, k, worlds, simulations)
    elif check == "methods":
        c.methods(model, probabilities, k, worlds, simulations)
    elif check == "team":
        for organisation in teams:
            c.team(organisation, 2000)
    elif check == "determinism":
        first = c.data.ids[0]
        second = c.data.ids[min(1, c.data.n - 1)]
        commands = [["--seeds", "10", "--simulations", "3000"],
                    ["--seeds", "5", "--method", "celf", "--model", "lt", "--simulations", "3000"],
                    ["--seeds", "5", "--probabilities", "weighted-cascade", "--model", "lt", "--simulations", "3000"],
                    ["--evaluate", f"{first},{second}", "--format", "json"]]
        commands += [["--team", t, "--simulations", "2000", "--format", "table"] for t in teams]
        c.determinism(commands)
    else:
        sys.exit(f"unknown check {check}")
    print(f"({time.perf_counter() - started:.1f} s)")
    if c.failures:
        sys.exit(f"{c.failures} disagreements")
    print(f"spread {check}: ricochet agrees with the oracle")


if __name__ == "__main__":
    main()
