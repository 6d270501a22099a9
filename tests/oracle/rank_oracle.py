#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet rank`: an independent reference implementation of the influence scores,
written from the written definitions only (the header comment of algorithms/scoring/scores.hpp,
the team definitions of algorithms/amplification/teams.hpp, graph/model.hpp `teams` and
PRODUCT.md §2), never from the C++ code of the scores, the rank report or the rank command.

It reuses tests/oracle/teams_oracle.py as a library (native JSON reader, time window, the
influence graph rebuilt in plain Python, the disjoint teams and ricochet_yield by definition),
computes every component of every actor or team of the scored set, the percentiles, the
contributions, the score, the ranks and the engagement ranks, runs
`ricochet rank INPUT --format json [options]` and compares every row:

- engagement baseline: the exact rational sum over the raw posts (fractions.Fraction of the
  configured weights), compared within 1e-9 (relative, or absolute below 1); with integer weights
  this is an exact integer comparison;
- amplifiers, reach: exact integers; outside (an exact rational in the oracle) and yield: within
  1e-9 (relative above 1);
- pagerank: NetworkX pagerank(alpha=0.85, weight='weight', max_iter=10000) (its pure-Python
  _pagerank_python when numpy is missing, as with Debian's python3) on the weighted digraph
  over every actor (dangling mass uniform, NetworkX's default) with tol=1e-15: NetworkX stops
  when the L1 change is below N x tol, and tol=1e-12 leaves per-vertex errors up to 1.7e-10 on
  pharma-fr (L1 4.5e-9); 1e-15 brings them under 3e-13 (1.1 s). Compared within 1e-9 absolute;
- percentiles: by the definition 100 (L + (E - 1) / 2) / (n - 1), 100 when n = 1, and always
  also on ricochet's own printed values (every percentile must follow from them when the whole
  scope is printed). Ties:
  * engagement, amplifiers, reach, outside and yield are rational: the oracle computes them
    exactly (arc weights as decimal rationals, so 0.1 + 0.1 + 0.1 + 1 is 13/10), so its ties are
    the definition's ties and ricochet must give every value of a tie the same percentile within
    1e-9. A tie that ricochet splits because its floating-point sums differ (13/10 printed as
    1.3 and 1.3000000000000003) is reported as a mismatch, naming the exact value; the oracle
    option --lenient-ties accepts it instead (any percentile the split allows, with ricochet's
    percentiles still following the definition on its own values), to see what else differs;
  * PageRank is iterative: two values whose oracle difference is within the observed deviations
    of both (|ricochet - oracle| of each, plus 1e-12 relative) may tie or swap; the oracle then
    accepts any percentile between the lowest and highest position the near tie allows (with
    the self-consistency check above). Rows without such a neighbour are compared within 1e-9;
  * with --top, ties with a hidden row cannot be checked exactly and are accepted in range;
- contributions: w_c x percentile_c with the normalised weights, checked against ricochet's own
  percentile and (unambiguous rows) the oracle's; they must add up to the score within 1e-9;
- order: rows by score descending then id (byte order), rank = 1-based position, exactly on
  ricochet's own printed scores; against the oracle, on its exact scores (rationals) when no
  component of either row is a near tie: equal scores must be in id order (mathematically equal
  scores that ricochet sums into two floats are a mismatch, or counted with --lenient-ties);
  otherwise the oracle's score intervals decide (either order within 1e-9);
- engagement_rank: the 1-based position by engagement descending then id, among the scored set;
  movement = engagement_rank - rank.

Readings where the written definitions leave room (each a choice, stated here and reported):
- an actor's sector (for --sector and the row's `sector`) is its own `sector` when it has one,
  else its organisation's (the raw field is accepted for the row with a note);
- `yield` is teams_oracle's ricochet_yield, i.e. on the plain reactions + comments + shares of
  `ricochet teams` (the configured engagement weights do not apply to it), with the echo window
  of 72 h (or --window) and the echoed post inside the time window (teams_oracle's reading);
- the team row's kind is the organisation's kind (a missing `kind` is noted, not failed), its
  name the organisation's label; a missing sector may be printed as null or "" (noted).

Usage: rank_oracle.py RICOCHET INPUT [ricochet rank options...] [--lenient-ties] [--baseline-only]
       rank_oracle.py --self-test
Options understood (and passed on to ricochet): --level, --by, --sector, --kind, --top,
--compare, --config, --since, --until, --layers, --weights. --format and -o are
replaced by --format json on stdout. Oracle options (not passed on): --lenient-ties (above);
--baseline-only (with --by engagement: compare the engagement baseline alone, its percentiles,
contributions, the order by it and the engagement ranks, not the other components).
"""
import importlib.util
import json
import os
import subprocess
import sys
import time as clock
from bisect import bisect_left, bisect_right
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import teams_oracle  # noqa: E402
from teams_oracle import format_time, option, parse_time  # noqa: E402

ACTOR_COMPONENTS = ["engagement", "pagerank", "amplifiers", "reach", "outside"]
TEAM_COMPONENTS = ["engagement", "pagerank", "reach", "outside", "yield"]
DEFAULT_ACTOR_WEIGHTS = {"engagement": 0.3, "pagerank": 0.0, "amplifiers": 0.665, "reach": 0.035, "outside": 0.0}
DEFAULT_TEAM_WEIGHTS = {"engagement": 0.3, "pagerank": 0.25, "reach": 0.15, "outside": 0.15, "yield": 0.15}
DEFAULT_ENGAGEMENT_WEIGHTS = {"reactions": 1.0, "comments": 1.0, "shares": 1.0}
TOLERANCE = 1e-9
TIE_RELATIVE = 1e-12
PAGERANK_TOL = 1e-15


# ---------------------------------------------------------------------------------------------
# Definitions (pure functions, covered by the self-test)

def percentiles(values, near=None):
    """Percentile of each value among `values`: 100 (L + (E - 1) / 2) / (n - 1), L the number of
    values below x, E the number equal to x (itself included); 100 when n = 1. Exact equality."""
    n = len(values)
    if n == 0:
        return []
    if n == 1:
        return [100.0]
    ordered = sorted(values)
    out = []
    for x in values:
        below = bisect_left(ordered, x)
        equal = bisect_right(ordered, x) - below
        out.append(100.0 * (below + (equal - 1) / 2.0) / (n - 1))
    return out


def percentiles_exact(values):
    """The definition in exact rationals (values comparable exactly: ints or Fractions)."""
    n = len(values)
    if n == 1:
        return [Fraction(100)]
    ordered = sorted(values)
    out = []
    for x in values:
        below = bisect_left(ordered, x)
        equal = bisect_right(ordered, x) - below
        out.append(Fraction(100 * (2 * below + equal - 1), 2 * (n - 1)))
    return out


def percentile_bounds(values, slack, got=None):
    """For each value: (lowest, highest) percentile any resolution of its near-ties allows, and
    whether that range is in play (`ambiguous`). j is a near tie of i when v_j != v_i and
    |v_i - v_j| <= slack_i + slack_j. With `got` (ricochet's printed values, None when --top
    hides the row), an exact tie is in play too when ricochet prints its values differently or
    hides some of them. lowest = 100 L_min / (n - 1), L_min the values certainly below;
    highest = 100 (G - 1) / (n - 1), G the values certainly not above (itself included). When
    `ambiguous` is false the definition's own value applies (the caller uses `percentiles`)."""
    n = len(values)
    if n <= 1:
        return [(100.0, 100.0, False)] * n
    order = sorted(range(n), key=lambda i: values[i])
    ordered = [values[i] for i in order]
    smax = max(slack) if slack else 0.0
    # runs of exactly equal values
    group_start = [0] * n
    group_end = [0] * n
    split = [False] * n
    k = 0
    while k < n:
        e = k
        while e < n and ordered[e] == ordered[k]:
            e += 1
        members = order[k:e]
        flag = False
        if got is not None and e - k > 1:
            printed = [got[j] for j in members]
            flag = any(x is None for x in printed) or len(set(printed)) > 1
        for j in members:
            group_start[j] = k
            group_end[j] = e
            split[j] = flag
        k = e
    out = []
    for i in range(n):
        x, s = values[i], slack[i]
        certainly_below = group_start[i]
        not_above = group_end[i]
        ambiguous = split[i]
        if s + smax > 0:
            k = group_start[i] - 1
            while k >= 0 and x - ordered[k] <= s + smax:
                if x - ordered[k] <= s + slack[order[k]]:
                    certainly_below -= 1
                    ambiguous = True
                k -= 1
            k = group_end[i]
            while k < n and ordered[k] - x <= s + smax:
                if ordered[k] - x <= s + slack[order[k]]:
                    not_above += 1
                    ambiguous = True
                k += 1
        out.append((100.0 * certainly_below / (n - 1), 100.0 * (not_above - 1) / (n - 1), ambiguous))
    return out


def normalise(weights):
    total = sum(weights.values())
    if not total > 0:
        raise ValueError("weights must have a positive sum")
    return {k: v / total for k, v in weights.items()}


def two_hop_reach(target_set, into):
    """Distinct actors outside target_set with an arc or a two-arc path into a vertex of it."""
    first = set()
    for t in target_set:
        first.update(into.get(t, ()))
    reach = set(first)
    for y in first:
        reach.update(into.get(y, ()))
    return reach - set(target_set)


def engagement_of(post, ew):
    """E(post) as an exact rational: w_reaction x reactions + w_comment x comments + w_share x shares."""
    return (ew["reactions"] * int(post.get("reactions", 0) or 0)
            + ew["comments"] * int(post.get("comments", 0) or 0)
            + ew["shares"] * int(post.get("shares", 0) or 0))


def exact(x):
    """A weight as an exact rational (its decimal text: 0.3 is 3/10, as the config file says)."""
    return Fraction(repr(float(x))) if not isinstance(x, Fraction) else x


class Exact(Fraction):
    """A rational that stays exact when teams_oracle.influence_arcs mixes it with float counts
    (0.0 + count x weight): floats are taken at their exact binary value."""

    def _op(name):
        base = getattr(Fraction, name)

        def op(self, other):
            if isinstance(other, float):
                other = Fraction(other)
            result = base(self, other)
            return Exact(result) if isinstance(result, Fraction) else result
        return op

    __add__ = _op("__add__")
    __radd__ = _op("__radd__")
    __mul__ = _op("__mul__")
    __rmul__ = _op("__rmul__")
    __sub__ = _op("__sub__")
    __rsub__ = _op("__rsub__")
    del _op


def exact_parameters(par):
    """A copy of teams_oracle.Parameters with the layer weights as exact rationals (their decimal
    text, so 0.1 is 1/10): arc weights, and sums of them, are then exact."""
    import copy
    q = copy.copy(par)
    q.weights = {k: Exact(exact(v)) for k, v in par.weights.items()}
    return q


def id_key(s):
    return s.encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Configuration

class Config:
    def __init__(self, options):
        self.level = option(options, "--level", "actor")
        self.by = option(options, "--by", "influence")
        self.sector = option(options, "--sector")
        self.kind = option(options, "--kind")
        top = option(options, "--top")
        self.top = int(top) if top is not None else None
        self.compare = option(options, "--compare")
        self.lenient_ties = False
        actor = dict(DEFAULT_ACTOR_WEIGHTS)
        team = dict(DEFAULT_TEAM_WEIGHTS)
        ew = dict(DEFAULT_ENGAGEMENT_WEIGHTS)
        path = option(options, "--config")
        if path:
            with open(path, encoding="utf-8") as f:
                doc = json.load(f)
            for key, target in (("actor_weights", actor), ("team_weights", team), ("engagement_weights", ew)):
                for k, v in (doc.get(key) or {}).items():
                    if k not in target:
                        raise SystemExit("rank_oracle: unknown key %s.%s in %s" % (key, k, path))
                    target[k] = v
        self.raw_weights = actor if self.level == "actor" else team
        self.components = ACTOR_COMPONENTS if self.level == "actor" else TEAM_COMPONENTS
        # Exact rationals for the engagement; floats for the score weights.
        self.engagement_weights_exact = {k: exact(v) for k, v in ew.items()}
        self.engagement_weights = {k: float(v) for k, v in ew.items()}
        self.weights = normalise({k: float(v) for k, v in self.raw_weights.items()})
        self.weights_exact = normalise({k: exact(v) for k, v in self.raw_weights.items()})


# ---------------------------------------------------------------------------------------------
# The components

def pagerank(n, arcs):
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v, {"weight": float(w)}) for (u, v), w in arcs.items())
    if n == 0:
        return []
    if importlib.util.find_spec("numpy") is not None:  # nx.pagerank needs it from NetworkX 2.6 on
        pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=PAGERANK_TOL, max_iter=10000)
    else:
        # Debian's python3 without numpy: NetworkX's own pure-Python power iteration, the same
        # algorithm and stopping rule.
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        pr = _pagerank_python(g, alpha=0.85, weight="weight", tol=PAGERANK_TOL, max_iter=10000)
    return [pr[i] for i in range(n)]


def effective_sector(data, i):
    own = data.actors[i].get("sector")
    if own:
        return own
    o = data.organisation[i]
    if o is not None:
        return data.actors[o].get("sector") or None
    return None


def compute(data, par, cfg):
    n = len(data.actors)
    arcs = teams_oracle.influence_arcs(data, exact_parameters(par))  # exact rational weights
    into = {}      # v -> set of u
    into_w = {}    # v -> list of (u, w)
    for (u, v), w in arcs.items():
        into.setdefault(v, set()).add(u)
        into_w.setdefault(v, []).append((u, w))
    pr = pagerank(n, arcs)

    ew = cfg.engagement_weights_exact
    eng = [Fraction(0)] * n
    for q, p in enumerate(data.posts):
        if par.inside(data.ptime[q]):
            eng[data.author[q]] += engagement_of(p, ew)

    teams = data.teams()
    team_of = {}
    for t, members in enumerate(teams):
        for m in members:
            team_of[m] = t

    rows = []
    if cfg.level == "actor":
        for a in range(n):
            t = team_of.get(a)
            team = set(teams[t]) if t is not None else {a}
            outside = sum((w for (u, w) in into_w.get(a, ()) if u not in team), Fraction(0))
            values = {
                "engagement": eng[a],
                "pagerank": pr[a],
                "amplifiers": len(into.get(a, ())),
                "reach": len(two_hop_reach([a], into)),
                "outside": outside,
            }
            rows.append({"index": a, "id": data.actors[a]["id"], "name": data.label(a),
                         "_raw_name": data.actors[a].get("name", ""), "kind": data.kind[a],
                         "sector": effective_sector(data, a), "_raw_sector": data.actors[a].get("sector") or None,
                         "values": values})
    else:
        # ricochet_yield from teams_oracle (Shapley by definition is not needed here).
        teams_oracle.SHAPLEY_BY_DEFINITION_MAX = 0
        metrics, _median = teams_oracle.compute(data, par)
        yields = {m["team"]: m["ricochet_yield"] for m in metrics}
        plain_engagement = {m["team"]: m["engagement"] for m in metrics}
        for members in teams:
            org = members[0]
            mset = set(members)
            tid = data.actors[org]["id"]
            values = {
                "engagement": sum((eng[e] for e in members[1:]), Fraction(0)),
                "pagerank": sum(pr[m] for m in members),
                "reach": len(two_hop_reach(members, into)),
                "outside": sum((w for m in members for (u, w) in into_w.get(m, ()) if u not in mset),
                               Fraction(0)),
                # teams_oracle's float num / den of integers: the correctly rounded rational
                "yield": yields[tid] if yields[tid] is not None else 0.0,
            }
            if all(w == 1 for w in ew.values()) and values["engagement"] != plain_engagement[tid]:
                raise SystemExit("rank_oracle: internal disagreement with teams_oracle on team %s engagement: "
                                 "%s vs %s" % (tid, values["engagement"], plain_engagement[tid]))
            rows.append({"index": org, "id": tid, "name": data.label(org),
                         "_raw_name": data.actors[org].get("name", ""), "kind": data.kind[org],
                         "sector": data.actors[org].get("sector") or None,
                         "_raw_sector": data.actors[org].get("sector") or None,
                         "values": values, "members": members})

    # Scope.
    scoped = []
    for r in rows:
        if cfg.level == "actor" and cfg.kind is not None and r["kind"] != cfg.kind:
            continue
        if cfg.sector is not None and r["sector"] != cfg.sector:
            continue
        scoped.append(r)
    return scoped, len(arcs)


# ---------------------------------------------------------------------------------------------
# Comparison

class Checker:
    def __init__(self):
        self.errors = []
        self.deviation = {}
        self.notes = set()
        self.counts = {}

    def fail(self, message):
        if len(self.errors) < 60:
            print("MISMATCH: " + message, file=sys.stderr)
        self.errors.append(message)

    def count(self, what, k=1):
        self.counts[what] = self.counts.get(what, 0) + k

    def number(self, got, where):
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            self.fail("%s: %r is not a number" % (where, got))
            return False
        return True

    def real(self, family, where, got, want, relative=True, tol=TOLERANCE):
        if not self.number(got, where):
            return None
        d = abs(got - want)
        dev = d / abs(want) if (relative and abs(want) > 1) else d
        self.deviation[family] = max(self.deviation.get(family, 0.0), dev)
        if dev > tol:
            self.fail("%s: ricochet %.17g, oracle %.17g (deviation %.3g)" % (where, got, want, dev))
        return d


def run_ricochet(ricochet, path, options):
    command = [ricochet, "rank", path] + options + ["--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("rank_oracle: %s failed (%d): %s" % (" ".join(command), done.returncode,
                                                               done.stderr.strip()))
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError as e:
        raise SystemExit("rank_oracle: ricochet's output is not JSON (%s): %s" % (e, done.stdout[:300]))


def strip_output_options(options):
    out = []
    skip = False
    for k, arg in enumerate(options):
        if skip:
            skip = False
            continue
        if arg in ("--format", "-o", "--output"):
            skip = True
            continue
        if arg.startswith("--format=") or arg.startswith("--output="):
            continue
        out.append(arg)
    return out


def check_header(ck, got, path, par, cfg, scope_count):
    ck_exact = lambda name, g, w: ck.fail("%s: ricochet %r, oracle %r" % (name, g, w)) if g != w else None
    ck_exact("input", got.get("input"), path)
    ck_exact("level", got.get("level"), cfg.level)
    ck_exact("by", got.get("by"), cfg.by)
    ck_exact("layers", got.get("layers"),
             ",".join(l for l in teams_oracle.LAYERS if l in par.layers))
    for name, value in (("since", par.since), ("until", par.until)):
        g = got.get(name)
        if value is None:
            ck_exact(name, g, None)
        elif g != format_time(value):
            try:
                same = parse_time(g) == value
            except (TypeError, ValueError):
                same = False
            if same:
                ck.notes.add("%s printed as %r (oracle format %r, the same instant)" % (name, g, format_time(value)))
            else:
                ck.fail("%s: ricochet %r, oracle %r" % (name, g, format_time(value)))
    gw = got.get("weights") or {}
    if sorted(gw) != sorted(cfg.components):
        ck.fail("weights: components %s, oracle %s" % (sorted(gw), sorted(cfg.components)))
    for c in cfg.components:
        if c in gw:
            ck.real("weights", "weights.%s" % c, gw[c], cfg.weights[c], relative=False, tol=1e-12)
    if gw and ck.number(sum(gw.values()), "weights sum"):
        if abs(sum(gw.values()) - 1) > 1e-12:
            ck.fail("weights add up to %.17g, not 1" % sum(gw.values()))
    gew = got.get("engagement_weights") or {}
    for k in ("reactions", "comments", "shares"):
        if k not in gew:
            ck.fail("engagement_weights.%s missing" % k)
        else:
            ck.real("weights", "engagement_weights.%s" % k, gew[k], cfg.engagement_weights[k], relative=False, tol=1e-12)
    scope = got.get("scope") or {}
    ck_exact("scope.kind", scope.get("kind"), cfg.kind if cfg.level == "actor" else scope.get("kind"))
    ck_exact("scope.sector", scope.get("sector"), cfg.sector)
    ck_exact("scope.count", scope.get("count"), scope_count)


def check(ricochet, path, options):
    options = strip_output_options(options)
    lenient = "--lenient-ties" in options
    baseline_only = "--baseline-only" in options
    options = [o for o in options if o not in ("--lenient-ties", "--baseline-only")]
    par = teams_oracle.Parameters(options)
    cfg = Config(options)
    cfg.lenient_ties = lenient
    if baseline_only and cfg.by != "engagement":
        raise SystemExit("rank_oracle: --baseline-only needs --by engagement")
    started = clock.time()
    data = teams_oracle.Data(path)
    want, arc_count = compute(data, par, cfg)
    oracle_seconds = clock.time() - started
    started = clock.time()
    got = run_ricochet(ricochet, path, options)
    ricochet_seconds = clock.time() - started
    ck = Checker()
    n = len(want)
    check_header(ck, got, path, par, cfg, n)

    grows = got.get("rows")
    if not isinstance(grows, list):
        raise SystemExit("rank_oracle: no rows in ricochet's output")
    by_id = {r["id"]: r for r in want}
    shown = min(n, cfg.top) if cfg.top is not None else n
    if len(grows) != shown:
        ck.fail("row count: ricochet %d, oracle %d (scope %d, --top %s)" % (len(grows), shown, n, cfg.top))
    gids = [r.get("id") for r in grows]
    if len(set(gids)) != len(gids):
        ck.fail("duplicate ids in rows")
    unknown = [i for i in gids if i not in by_id]
    if unknown:
        ck.fail("rows outside the scored set: %s" % unknown[:10])
    grows = [r for r in grows if r.get("id") in by_id]
    got_by_id = {r["id"]: r for r in grows}
    every_row = len(got_by_id) == n

    # ---- values of every component
    comps = cfg.components
    # --baseline-only: the engagement baseline alone (values, percentiles, contributions, order
    # by it, engagement ranks); the other components are not compared.
    checked = ["engagement"] if baseline_only else comps
    ids = [r["id"] for r in want]
    pos_of = {i: k for k, i in enumerate(ids)}
    oracle_values = {c: [float(r["values"][c]) for r in want] for c in comps}
    got_values = {c: [None] * n for c in comps}
    got_pct = {c: [None] * n for c in comps}
    for k, w in enumerate(want):
        g = got_by_id.get(w["id"])
        if g is None:
            continue
        where = "%s %s" % (cfg.level, w["id"])
        gc = g.get("components")
        if not isinstance(gc, dict) or sorted(gc) != sorted(comps):
            ck.fail("%s: components %r, oracle %s" % (where, sorted(gc) if isinstance(gc, dict) else gc, comps))
            continue
        for c in checked:
            entry = gc[c] or {}
            v = entry.get("value")
            wv = w["values"][c]
            cw = "%s.%s.value" % (where, c)
            if c in ("amplifiers", "reach"):
                if v != wv or not ck.number(v, cw):
                    ck.fail("%s: ricochet %r, oracle %d" % (cw, v, wv))
                else:
                    got_values[c][k] = float(v)
                    ck.deviation[c] = max(ck.deviation.get(c, 0.0), 0.0)
            elif c == "engagement":
                if ck.number(v, cw):
                    # exact rational reference; relative 1e-9 above 1, absolute below
                    ck.real("engagement", cw, v, float(wv))
                    got_values[c][k] = float(v)
            elif c == "pagerank":
                if ck.number(v, cw):
                    ck.real("pagerank", cw, v, wv, relative=False)
                    got_values[c][k] = float(v)
            else:
                if ck.number(v, cw):
                    ck.real(c, cw, v, wv)
                    got_values[c][k] = float(v)
            p = entry.get("percentile")
            if ck.number(p, "%s.%s.percentile" % (where, c)):
                got_pct[c][k] = float(p)
        for f in ("name", "kind", "sector"):
            if f not in g:
                if f == "kind" and cfg.level == "team":
                    # the brief's row schema lists kind; a team has none of its own
                    ck.notes.add("team rows have no `kind` field (the brief's schema lists one; "
                                 "the oracle expects the organisation's kind when present)")
                    continue
                ck.fail("%s: no field %s" % (where, f))
        if g.get("name") != w["name"]:
            if g.get("name") == w["_raw_name"]:
                ck.notes.add("names: ricochet prints the raw name field where the actor has no name")
            else:
                ck.fail("%s.name: ricochet %r, oracle %r" % (where, g.get("name"), w["name"]))
        if ("kind" in g or cfg.level == "actor") and g.get("kind") != w["kind"]:
            ck.fail("%s.kind: ricochet %r, oracle %r" % (where, g.get("kind"), w["kind"]))
        gs = g.get("sector")
        if gs != w["sector"]:
            if gs == "" and w["sector"] is None:
                ck.notes.add("sector: ricochet prints \"\" where there is none (oracle: null)")
            elif (gs or None) == w["_raw_sector"]:
                ck.notes.add("sector: ricochet prints the actor's own sector field (an executive's is "
                             "empty), not the sector the --sector filter uses (own or organisation's)")
            else:
                ck.fail("%s.sector: ricochet %r, oracle %r" % (where, gs, w["sector"]))

    # ---- percentiles
    # Rational components (engagement, amplifiers, reach, outside, yield) are exact in the oracle:
    # their ties are the definition's ties, and ricochet must give every value of a tie the same
    # percentile (--lenient-ties: accept a tie split by ricochet's floating-point values when its
    # percentiles follow the definition on its own values). PageRank (and a team's sum of it) is
    # iterative: values within the observed deviations of each other may tie or swap.
    accepted = {c: [None] * n for c in comps}  # the percentile used for the score checks
    bounds = {}
    exact_pct = {c: percentiles_exact([r["values"][c] if c != "pagerank" else Fraction(r["values"][c])
                                       for r in want]) if n else [] for c in comps}
    for c in checked:
        vo = oracle_values[c]
        iterative = c == "pagerank"
        if iterative:
            ties = vo
            slack = []
            for k in range(n):
                gv = got_values[c][k]
                dev = abs(gv - vo[k]) if gv is not None else 0.0
                slack.append(dev + TIE_RELATIVE * abs(vo[k]))
        else:
            ties = [r["values"][c] for r in want]  # exact
            slack = [0.0] * n
        exact_p = percentiles(ties)
        bnd = percentile_bounds(ties, slack, got_values[c] if (iterative or cfg.lenient_ties) else None)
        bounds[c] = bnd
        # ricochet's own values through the definition (exact ties), when every row is printed
        self_p = percentiles(got_values[c]) if every_row and all(x is not None for x in got_values[c]) else None
        split_reported = set()
        groups = {}
        if not iterative:
            for j, x in enumerate(ties):
                groups.setdefault(x, []).append(j)
        for k in range(n):
            p = got_pct[c][k]
            if p is None:
                continue
            where = "%s %s.%s.percentile" % (cfg.level, ids[k], c)
            lo, hi, ambiguous = bnd[k]
            if self_p is not None and abs(p - self_p[k]) > TOLERANCE:
                ck.fail("%s: ricochet %.17g, but the definition on ricochet's own values gives %.17g"
                        % (where, p, self_p[k]))
            if not ambiguous:
                dev = abs(p - exact_p[k])
                ck.deviation["percentile"] = max(ck.deviation.get("percentile", 0.0), dev)
                if dev > TOLERANCE:
                    tie = groups.get(ties[k], [k])
                    printed = sorted(set(got_values[c][j] for j in tie if got_values[c][j] is not None))
                    hidden = sum(1 for j in tie if got_values[c][j] is None)
                    if not iterative and hidden and len(tie) > 1:
                        ck.fail("%s: ricochet %.17g, oracle %.17g: %d values are exactly %s (%s), %d of them "
                                "hidden by --top; ricochet prints %s and does not give the tie one percentile"
                                % (where, p, exact_p[k], len(tie), ties[k], float(ties[k]), hidden,
                                   ", ".join("%.17g" % x for x in printed)))
                    elif not iterative and len(printed) > 1:
                        ck.count("ties split (%s)" % c)
                        if ties[k] not in split_reported:
                            split_reported.add(ties[k])
                            ck.fail("%s: ricochet %.17g, oracle %.17g: %d values are exactly %s (%s) but "
                                    "ricochet prints them as %s and splits the tie"
                                    % (where, p, exact_p[k], len(tie), ties[k], float(ties[k]),
                                       ", ".join("%.17g" % x for x in printed)))
                    else:
                        ck.fail("%s: ricochet %.17g, oracle %.17g (value %.17g)" % (where, p, exact_p[k], vo[k]))
                accepted[c][k] = exact_p[k]
            else:
                ck.count("near-tie percentiles (%s)" % c if iterative
                         else "ties split or partly hidden by --top, accepted (%s)" % c)
                if p < lo - TOLERANCE or p > hi + TOLERANCE:
                    ck.fail("%s: ricochet %.17g outside the near-tie range [%.17g, %.17g] (value %.17g)"
                            % (where, p, lo, hi, vo[k]))
                accepted[c][k] = p

    # ---- contributions, influence, score
    oracle_score = [None] * n      # interval (lo, hi) of the value ranked by
    influence_interval = [None] * n
    for k, w in enumerate(want):
        g = got_by_id.get(w["id"])
        if baseline_only:
            oracle_score[k] = (oracle_values["engagement"][k], oracle_values["engagement"][k],
                               w["values"]["engagement"])
            if g is None:
                continue
            where = "%s %s" % (cfg.level, w["id"])
            entry = (g.get("components") or {}).get("engagement") or {}
            contribution = entry.get("contribution")
            if ck.number(contribution, "%s.engagement.contribution" % where) and accepted["engagement"][k] is not None:
                ck.real("contribution", "%s.engagement.contribution" % where, contribution,
                        cfg.weights["engagement"] * accepted["engagement"][k], relative=False)
            if g.get("score") != entry.get("value"):
                ck.fail("%s.score: %r is not the engagement value %r" % (where, g.get("score"), entry.get("value")))
            continue
        lo_inf = hi_inf = 0.0
        for c in comps:
            lo, hi, ambiguous = bounds[c][k]
            if ambiguous:
                lo_inf += cfg.weights[c] * lo
                hi_inf += cfg.weights[c] * hi
            else:
                p = accepted[c][k] if accepted[c][k] is not None else percentiles_cache(want, c, k)
                lo_inf += cfg.weights[c] * p
                hi_inf += cfg.weights[c] * p
        influence_interval[k] = (lo_inf, hi_inf)
        # exact influence when no component of the row is a near tie
        unambiguous = all(not bounds[c][k][2] for c in comps)
        exact_influence = (sum(cfg.weights_exact[c] * exact_pct[c][k] for c in comps)
                           if unambiguous else None)
        if cfg.by == "influence":
            oracle_score[k] = (lo_inf, hi_inf, exact_influence)
        else:
            v = oracle_values[cfg.by][k]
            if cfg.by == "pagerank" or cfg.lenient_ties:
                s = bounds_slack(oracle_values, got_values, cfg.by, k)
                oracle_score[k] = (v - s, v + s, None)
            else:
                oracle_score[k] = (v, v, w["values"][cfg.by])
        if g is None:
            continue
        where = "%s %s" % (cfg.level, w["id"])
        gc = g.get("components") or {}
        total = 0.0
        complete = True
        for c in comps:
            entry = gc.get(c) or {}
            contribution = entry.get("contribution")
            if not ck.number(contribution, "%s.%s.contribution" % (where, c)):
                complete = False
                continue
            total += contribution
            if got_pct[c][k] is not None:
                ck.real("contribution", "%s.%s.contribution (vs its percentile)" % (where, c), contribution,
                        cfg.weights[c] * got_pct[c][k], relative=False)
            if accepted[c][k] is not None:
                ck.real("contribution", "%s.%s.contribution" % (where, c), contribution,
                        cfg.weights[c] * accepted[c][k], relative=False)
        influence = g.get("influence")
        if ck.number(influence, "%s.influence" % where):
            if complete:
                ck.real("contribution sum", "%s: contributions add up to %.17g, influence" % (where, total),
                        influence, total, relative=False)
            lo_inf, hi_inf = influence_interval[k]
            if lo_inf == hi_inf:
                ck.real("influence", "%s.influence" % where, influence, lo_inf, relative=False)
            else:
                all_accepted = all(accepted[c][k] is not None for c in comps)
                if all_accepted:
                    ck.real("influence", "%s.influence" % where, influence,
                            sum(cfg.weights[c] * accepted[c][k] for c in comps), relative=False)
                if influence < lo_inf - TOLERANCE or influence > hi_inf + TOLERANCE:
                    ck.fail("%s.influence: ricochet %.17g outside the near-tie range [%.17g, %.17g]"
                            % (where, influence, lo_inf, hi_inf))
            if not (-TOLERANCE <= influence <= 100 + TOLERANCE):
                ck.fail("%s.influence: %.17g not in 0..100" % (where, influence))
        score = g.get("score")
        if ck.number(score, "%s.score" % where):
            if cfg.by == "influence":
                if score != influence:
                    ck.fail("%s.score: %r is not the influence %r (--by influence)" % (where, score, influence))
            else:
                v = (gc.get(cfg.by) or {}).get("value")
                if score != v:
                    ck.fail("%s.score: %r is not the %s value %r (--by %s)" % (where, score, cfg.by, v, cfg.by))

    # ---- order and ranks
    def self_key(r):
        return (-r["score"], id_key(r["id"]))
    scores_ok = all(isinstance(r.get("score"), (int, float)) and not isinstance(r.get("score"), bool)
                    for r in grows)
    for k, r in enumerate(grows):
        if r.get("rank") != k + 1:
            ck.fail("row %d (%s): rank %r, expected its position %d" % (k, r["id"], r.get("rank"), k + 1))
    if scores_ok:
        for a, b in zip(grows, grows[1:]):
            if not self_key(a) < self_key(b):
                ck.fail("order: %s (score %.17g) before %s (score %.17g): not score descending then id"
                        % (a["id"], a["score"], b["id"], b["score"]))
    near_tie_pairs = 0
    for a, b in zip(grows, grows[1:]):
        la, ha, ea = oracle_score[pos_of[a["id"]]]
        lb, hb, eb = oracle_score[pos_of[b["id"]]]
        if ea is not None and eb is not None:
            # both exact: the definition decides
            if ea < eb:
                ck.fail("order: %s before %s, but the oracle scores are %s < %s (%.17g < %.17g)"
                        % (a["id"], b["id"], ea, eb, float(ea), float(eb)))
            elif ea == eb and id_key(a["id"]) > id_key(b["id"]):
                if cfg.lenient_ties:
                    ck.count("equal scores not by id, accepted")
                else:
                    ck.fail("order: %s before %s: their scores are both exactly %s (%.17g) in the oracle, "
                            "so the smaller id comes first; ricochet's scores %.17g and %.17g"
                            % (a["id"], b["id"], ea, float(ea), a.get("score"), b.get("score")))
        elif ha < lb - TOLERANCE:
            ck.fail("order: %s before %s, but the oracle scores are %.17g and %.17g"
                    % (a["id"], b["id"], ha, lb))
        elif abs(la - lb) <= TOLERANCE or abs(ha - hb) <= TOLERANCE or la <= hb + TOLERANCE:
            near_tie_pairs += 1
    # --top: the rows shown are the best of the scope (up to near-ties at the boundary)
    if cfg.top is not None and grows and len(grows) < n:
        shown_ids = set(got_by_id)
        worst_shown = min(oracle_score[pos_of[i]][1] for i in shown_ids)  # highest possible
        for k, w in enumerate(want):
            if w["id"] not in shown_ids and oracle_score[k][0] > worst_shown + TOLERANCE:
                ck.fail("--top: %s (oracle score %.17g) is missing, above a row shown (%.17g)"
                        % (w["id"], oracle_score[k][0], worst_shown))
    # exact oracle order (for the report): how many rows sit at another rank than the exact one
    uncertain_rows = sum(1 for k in range(n) if oracle_score[k][2] is None)

    # ---- engagement ranks and movement
    if cfg.compare == "engagement":
        eng_exact = [w["values"]["engagement"] for w in want]
        eng_got = got_values["engagement"]
        # exact rational ranks; near ties (floats within the deviations) widen the range
        order = sorted(range(n), key=lambda k: (-eng_exact[k], id_key(ids[k])))
        erank = {ids[k]: r + 1 for r, k in enumerate(order)}
        eo = oracle_values["engagement"]
        seen = []
        for k, r in enumerate(grows):
            where = "%s %s" % (cfg.level, r["id"])
            gr = r.get("engagement_rank")
            mv = r.get("movement")
            if not isinstance(gr, int) or isinstance(gr, bool):
                ck.fail("%s.engagement_rank: %r" % (where, gr))
                continue
            seen.append(gr)
            j = pos_of[r["id"]]
            if gr != erank[r["id"]]:
                s = abs(eng_got[j] - eo[j]) if eng_got[j] is not None else 0.0
                close = [i for i in range(n) if i != j and eo[i] != eo[j]
                         and abs(eo[i] - eo[j]) <= s + TIE_RELATIVE * abs(eo[j]) + TOLERANCE]
                lo = 1 + sum(1 for i in range(n) if eo[i] > eo[j] and i not in close)
                hi = lo + len(close) + sum(1 for i in range(n) if eo[i] == eo[j] and i != j)
                if close and lo <= gr <= hi:
                    ck.count("near-tie engagement ranks")
                else:
                    ck.fail("%s.engagement_rank: ricochet %d, oracle %d (engagement %s)"
                            % (where, gr, erank[r["id"]], eng_exact[j]))
            if mv != gr - r.get("rank", 0) or isinstance(mv, bool):
                ck.fail("%s.movement: ricochet %r, engagement_rank - rank = %r" % (where, mv, gr - r.get("rank", 0)))
        if len(set(seen)) != len(seen):
            ck.fail("engagement ranks are not distinct")
        if every_row and sorted(seen) != list(range(1, n + 1)):
            ck.fail("engagement ranks are not a permutation of 1..%d" % n)
    else:
        for r in grows:
            if "engagement_rank" in r or "movement" in r:
                ck.fail("%s: engagement_rank/movement without --compare engagement" % r["id"])
                break

    fam = ", ".join("%s %.2g" % (k, v) for k, v in sorted(ck.deviation.items()))
    extra = ", ".join("%s %d" % (k, v) for k, v in sorted(ck.counts.items()))
    print("rank_oracle: %s %s%s: %d %s rows compared of %d scored (%d arcs), %d components each; "
          "max deviation: %s; near ties: %s; %d rows with a score known to an interval, %d adjacent "
          "pairs ordered within it; "
          "oracle %.1f s, ricochet %.1f s" % (
              path, " ".join(options), " (baseline only)" if baseline_only else "", len(grows), cfg.level, n,
              arc_count, len(checked), fam or "none",
              extra or "none", uncertain_rows, near_tie_pairs, oracle_seconds, ricochet_seconds))
    for note in sorted(ck.notes):
        print("rank_oracle: note: " + note)
    if ck.errors:
        print("rank_oracle: %d mismatch(es)" % len(ck.errors), file=sys.stderr)
        return 1
    return 0


_PCT_CACHE = {}


def percentiles_cache(want, c, k):
    key = (id(want), c)
    if key not in _PCT_CACHE:
        _PCT_CACHE[key] = percentiles([r["values"][c] for r in want])
    return _PCT_CACHE[key][k]


def bounds_slack(oracle_values, got_values, c, k):
    gv = got_values[c][k]
    vo = oracle_values[c][k]
    return (abs(gv - vo) if gv is not None else 0.0) + TIE_RELATIVE * abs(vo)


# ---------------------------------------------------------------------------------------------
# Self-test

def self_test():
    errors = []

    def expect(what, got, want, tol=1e-12):
        if isinstance(want, (list, tuple)):
            ok = len(got) == len(want) and all(abs(a - b) <= tol for a, b in zip(got, want))
        elif isinstance(want, dict):
            ok = sorted(got) == sorted(want) and all(abs(got[k] - want[k]) <= tol for k in want)
        else:
            ok = abs(got - want) <= tol
        if not ok:
            errors.append("%s: got %r, want %r" % (what, got, want))

    # Percentile definition, by hand.
    expect("n=1", percentiles([42.0]), [100.0])
    expect("n=1 zero", percentiles([0.0]), [100.0])
    expect("empty", percentiles([]), [])
    expect("distinct", percentiles([3, 1, 2]), [100, 0, 50])
    # [1, 1, 2]: 1 -> L 0, E 2: 100 x 0.5 / 2 = 25; 2 -> L 2, E 1: 100.
    expect("tie low", percentiles([1, 1, 2]), [25, 25, 100])
    # [1, 2, 2]: 1 -> 0; 2 -> L 1, E 2: 100 x 1.5 / 2 = 75.
    expect("tie high", percentiles([2, 1, 2]), [75, 0, 75])
    expect("all equal", percentiles([3, 3, 3]), [50, 50, 50])
    expect("pair equal", percentiles([4, 4]), [50, 50])
    expect("pair", percentiles([5, 4]), [100, 0])
    # [0, 7, 7, 7, 9]: 7 -> L 1, E 3: 100 x 2 / 4 = 50.
    expect("middle tie", percentiles([7, 0, 9, 7, 7]), [50, 0, 100, 50, 50])
    # Six values, ties of two and three: [1, 1, 2, 3, 3, 3]: 1 -> 100 x 0.5 / 5 = 10;
    # 2 -> 100 x 2 / 5 = 40; 3 -> L 3, E 3: 100 x 4 / 5 = 80.
    expect("two ties", percentiles([3, 1, 2, 3, 1, 3]), [80, 10, 40, 80, 10, 80])
    # Ties share the mean of their positions: the mean percentile of a tie group equals the mean of
    # the distinct-value percentiles of its positions; the mean over all values is 50.
    import random
    rng = random.Random(11)
    for trial in range(100):
        vals = [rng.randint(0, 5) for _ in range(rng.randint(2, 12))]
        p = percentiles(vals)
        expect("mean 50 (%d)" % trial, sum(p) / len(p), 50.0, 1e-9)
        order = sorted(range(len(vals)), key=lambda i: vals[i])
        for v in set(vals):
            positions = [r for r, i in enumerate(order) if vals[i] == v]
            want = 100.0 * (sum(positions) / len(positions)) / (len(vals) - 1)
            got = [p[i] for i in range(len(vals)) if vals[i] == v]
            expect("mean of positions (%d, %d)" % (trial, v), got, [want] * len(got), 1e-9)
        expect("max 100 (%d)" % trial, [max(p)], [100.0 if vals.count(max(vals)) == 1 else max(p)])
    # Near-tie bounds: 1 and 1 + 1e-15 with slack 1e-12: either order; 2 is certain.
    b = percentile_bounds([1.0, 1.0 + 1e-15, 2.0], [1e-12, 1e-12, 2e-12])
    expect("near-tie low range", b[0][:2], (0.0, 50.0))
    expect("near-tie high range", b[1][:2], (0.0, 50.0))
    expect("near-tie certain", b[2][:2], (100.0, 100.0))
    if not (b[0][2] and b[1][2] and not b[2][2]):
        errors.append("near-tie flags %r" % [x[2] for x in b])
    # Exact ties are not ambiguous; distinct values without slack neither.
    b = percentile_bounds([1.0, 1.0, 2.0], [0.0, 0.0, 0.0])
    if any(x[2] for x in b):
        errors.append("exact ties flagged ambiguous: %r" % b)
    expect("exact tie range", b[0][:2], (0.0, 50.0))
    # An exact tie that ricochet prints as two floats, or with a row hidden by --top: in play.
    b = percentile_bounds([Fraction(13, 10), Fraction(13, 10), Fraction(2)], [0.0] * 3,
                          [1.3, 1.3000000000000003, 2.0])
    if [x[2] for x in b] != [True, True, False]:
        errors.append("split tie flags %r" % b)
    expect("split tie range", b[1][:2], (0.0, 50.0))
    b = percentile_bounds([Fraction(13, 10), Fraction(13, 10), Fraction(2)], [0.0] * 3, [1.3, None, 2.0])
    if [x[2] for x in b] != [True, True, False]:
        errors.append("hidden tie flags %r" % b)
    b = percentile_bounds([Fraction(13, 10), Fraction(13, 10), Fraction(2)], [0.0] * 3, [1.3, 1.3, 2.0])
    if any(x[2] for x in b):
        errors.append("printed tie flagged %r" % b)
    # Exact percentiles: [1, 1, 2] -> 25, 25, 100 as rationals; n = 1 -> 100.
    if percentiles_exact([1, 1, 2]) != [25, 25, 100] or percentiles_exact([Fraction(7)]) != [100]:
        errors.append("percentiles_exact %r" % percentiles_exact([1, 1, 2]))
    # Exact arc weights: 0.1 x 3 + 1 is exactly 13/10 (floats: 0.1 + 0.1 + 0.1 + 1 = 1.3000000000000003).
    total = 0.0
    for _ in range(3):
        total = total + 1.0 * Exact(exact(0.1))
    total = total + 1.0 * Exact(exact(1.0))
    if total != Fraction(13, 10):
        errors.append("exact weights: %r" % total)

    # Weights: normalised to sum 1.
    expect("defaults actor", normalise(DEFAULT_ACTOR_WEIGHTS), DEFAULT_ACTOR_WEIGHTS)
    expect("defaults team", normalise(DEFAULT_TEAM_WEIGHTS), DEFAULT_TEAM_WEIGHTS)
    expect("normalise 1:3", normalise({"a": 1, "b": 3}), {"a": 0.25, "b": 0.75})
    # pagerank 1 with the other defaults: total 0.3 + 1 + 0.665 + 0.035 = 2.
    w = dict(DEFAULT_ACTOR_WEIGHTS, pagerank=1.0)
    expect("normalise override", normalise(w),
           {"engagement": 0.3 / 2, "pagerank": 1 / 2, "amplifiers": 0.665 / 2,
            "reach": 0.035 / 2, "outside": 0.0})
    expect("normalise zero part", normalise({"a": 0, "b": 2}), {"a": 0.0, "b": 1.0})
    try:
        normalise({"a": 0, "b": 0})
        errors.append("normalise of zero weights did not fail")
    except ValueError:
        pass
    # Score: contributions add up; by hand: weights 0.3/0.25/0.15/0.15/0.15 and percentiles
    # 100, 50, 0, 25, 75: 30 + 12.5 + 0 + 3.75 + 11.25 = 57.5.
    pct = {"engagement": 100, "pagerank": 50, "amplifiers": 0, "reach": 25, "outside": 75}
    initial = {"engagement": 0.3, "pagerank": 0.25, "amplifiers": 0.15, "reach": 0.15, "outside": 0.15}
    expect("score by hand", sum(initial[c] * pct[c] for c in pct), 57.5)

    # Engagement: exact rationals with weights 1, 2, 3 and 0.3.
    post = {"reactions": 26, "comments": 1, "shares": 1}
    expect("E default", float(engagement_of(post, {k: exact(1) for k in ("reactions", "comments", "shares")})), 28)
    expect("E 1/2/3", float(engagement_of(post, {"reactions": exact(1), "comments": exact(2), "shares": exact(3)})), 31)
    e = engagement_of({"reactions": 10, "comments": 0, "shares": 0},
                      {"reactions": exact(0.3), "comments": exact(1), "shares": exact(1)})
    if e != 3:
        errors.append("E with 0.3 x 10: %r, want exactly 3" % e)

    # Two-hop reach: arcs x->a, y->x, a->y (cycle), z->y, w->z.
    into = {"a": {"x"}, "x": {"y"}, "y": {"a", "z"}, "z": {"w"}}
    got = two_hop_reach(["a"], into)
    if got != {"x", "y"}:
        errors.append("reach of a: %r, want {x, y}" % got)
    got = two_hop_reach(["y"], into)  # a, z direct; x (x->a), w (w->z); not y itself
    if got != {"a", "z", "x", "w"}:
        errors.append("reach of y: %r" % got)
    # Team {a, x}: non-members with an arc or two-arc path in: y (y->x), and via y: a (member,
    # excluded), z (z->y->x).
    got = two_hop_reach(["a", "x"], into)
    if got != {"y", "z"}:
        errors.append("team reach {a, x}: %r, want {y, z}" % got)

    # A tiny dataset through the whole computation (no ricochet): org O with executives e1, e2;
    # outsider k. Posts: e1 original (10 reactions, 2 comments, 1 share), e2 reposts it
    # (3 reactions), k quotes it (1 comment), k mentions O.
    import tempfile
    doc = {"format": "ricochet", "version": 1,
           "actors": [{"id": "O", "name": "Org", "kind": "company", "sector": "medtech"},
                      {"id": "e1", "kind": "executive", "organisation": "O"},
                      {"id": "e2", "name": "E2", "kind": "executive", "organisation": "O"},
                      {"id": "k", "name": "K", "kind": "kol"}],
           "posts": [{"id": "p1", "author": "e1", "time": "2021-03-01T09:00:00Z", "type": "original",
                      "reactions": 10, "comments": 2, "shares": 1},
                     {"id": "p2", "author": "e2", "time": "2021-03-01T10:00:00Z", "type": "repost",
                      "parent": "p1", "reactions": 3},
                     {"id": "p3", "author": "k", "time": "2021-03-01T11:00:00Z", "type": "quote",
                      "parent": "p1", "comments": 1, "mentions": ["O", "O"]}],
           "engagements": [{"actor": "O", "post": "p1", "type": "reaction", "time": "2021-03-01T12:00:00Z"}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(doc, f)
        tmp = f.name
    try:
        data = teams_oracle.Data(tmp)
        par = teams_oracle.Parameters([])
        rows, arcs = compute(data, par, Config([]))
        v = {r["id"]: r["values"] for r in rows}
        # arcs: e2->e1 1 (repost), k->e1 1 (quote), k->O 0.5 (mention once), O->e1 0.1 (reaction)
        expect("arcs", [arcs], [4])
        expect("E e1", [float(v["e1"]["engagement"])], [13])
        expect("E e2", [float(v["e2"]["engagement"])], [3])
        expect("amplifiers e1", [v["e1"]["amplifiers"]], [3])
        # reach of e1: e2, k, O direct; k via O: {e2, k, O}
        expect("reach e1", [v["e1"]["reach"]], [3])
        expect("reach O", [v["O"]["reach"]], [1])
        # outside of e1: only k's quote (1); O and e2 are team members.
        expect("outside e1", [v["e1"]["outside"]], [1.0])
        # k is in no team: every arc into it (none).
        expect("outside k", [v["k"]["outside"]], [0.0])
        expect("sector e1", [1.0 if rows[1]["sector"] == "medtech" else 0.0], [1.0])
        pr = [v[a]["pagerank"] for a in ("O", "e1", "e2", "k")]
        expect("pagerank sums to 1", [sum(pr)], [1.0], 1e-12)
        teams_rows, _ = compute(data, par, Config(["--level", "team"]))
        t = teams_rows[0]["values"]
        expect("team engagement (executives only)", [float(t["engagement"])], [16])
        expect("team reach", [t["reach"]], [1])
        expect("team outside", [t["outside"]], [1.5])
        # yield: ricochet post p2 (3) on original p1 (13): 3 / 13.
        expect("team yield", [t["yield"]], [3 / 13])
        expect("team pagerank", [t["pagerank"]], [pr[0] + pr[1] + pr[2]])
        scoped, _ = compute(data, par, Config(["--kind", "executive"]))
        if [r["id"] for r in scoped] != ["e1", "e2"]:
            errors.append("--kind executive scope: %r" % [r["id"] for r in scoped])
        scoped, _ = compute(data, par, Config(["--sector", "medtech"]))
        if [r["id"] for r in scoped] != ["O", "e1", "e2"]:
            errors.append("--sector medtech scope: %r" % [r["id"] for r in scoped])
    finally:
        os.unlink(tmp)

    for e in errors:
        print("SELF-TEST FAILURE: " + e, file=sys.stderr)
    print("rank_oracle self-test: %d failure(s)" % len(errors))
    return 1 if errors else 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "--self-test":
        return self_test()
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    return check(argv[1], argv[2], argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
