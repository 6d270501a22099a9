#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Oracle for `ricochet teams`: an independent reference implementation of the team amplification
metrics, written from the written definitions only (the comment block of
algorithms/amplification/teams.hpp and PRODUCT.md §2), never from the C++ code.

It reads the native JSON document itself (plain or gzip), rebuilds the influence graph in plain
Python (dicts), computes every team metric, every member's contribution and the profile, runs
`ricochet teams INPUT --format json [options]` and compares every field: reals within 1e-9
(absolute or relative), integers, ids, nulls and profiles exactly. Echo chains are checked for
validity (each post a ricochet post on the previous one, maximal at both ends), for the reported
post fields, and for their lengths and order against every maximal chain of the team.

Shapley values of the reach game are computed by definition (average marginal contribution over
every subset) for teams of at most 12 members and compared with the header's closed form, which is
the reference for larger teams.

Readings where the written definitions leave room (each one a choice, stated here):
- a ricochet needs the echoed post p inside the time window too ("every figure is over the posts
  ... inside the time window"); corporate_share looks only at the echo post's author and its
  parent's author, wherever the parent's time;
- rebound_<kind> = weight of the members' arcs to actors of that kind outside T / weight of every
  arc out of a member (the parts sum to external_rebound; the outward rule compares their sum
  with 0.6 "of the outgoing amplification"); null or 0 accepted when external_rebound is null;
- a chain holds posts only (>= 2): a maximal chain ends at each ricochet post that no ricochet post
  echoes; chains are compared by (length desc, first post time, first post index);
- engagement_share (not in teams.hpp): an executive's engagement / the team's; null for the
  organisation account (its engagement is reported apart) and when the team earned nothing;
- name and sector are not metrics: the display label or the raw name, and null or "" for a
  missing sector, are accepted (and noted).

Usage: teams_oracle.py RICOCHET INPUT [ricochet options...]
       teams_oracle.py --self-test
Options understood (and passed on to ricochet): --window, --since, --until, --layers, --weights.
"""
import gzip
import json
import math
import re
import subprocess
import sys
import time as clock
from datetime import datetime, timedelta, timezone

LAYERS = ["repost", "quote", "reply", "comment", "mention", "reaction", "member"]
DEFAULT_WEIGHTS = {"repost": 1.0, "quote": 1.0, "reply": 0.5, "comment": 0.5, "mention": 0.5,
                   "reaction": 0.1, "member": 1.0}
ECHO_TYPES = ("repost", "quote", "reply", "comment")
EVENT_LAYER = {"reaction": "reaction", "comment": "comment", "share": "repost"}
REBOUND_KINDS = ["association", "kol", "media", "company", "other"]
PROFILES = ["collective", "carried", "outward", "orchestrated", "quiet", "mixed"]
SHAPLEY_BY_DEFINITION_MAX = 12
TOLERANCE = 1e-9

# Reading choices where the written definitions leave room (see the report in --help / README):
# RICOCHET_PARENT_IN_WINDOW: a ricochet needs the echoed post p itself inside the time window
# ("every figure is over the posts ... inside the time window").
RICOCHET_PARENT_IN_WINDOW = True


# ---------------------------------------------------------------------------------------------
# Small helpers (checked by --self-test)

def median(values):
    """Median; mean of the two middle values for an even count; None when empty."""
    values = sorted(values)
    n = len(values)
    if n == 0:
        return None
    if n % 2:
        return float(values[n // 2])
    return (values[n // 2 - 1] + values[n // 2]) / 2.0


def gini(values):
    """sum_i sum_j |x_i - x_j| / (2 n^2 mean); None when the values sum to 0; 0 for one value.
    Computed literally (O(n^2)), as written."""
    n = len(values)
    total = sum(values)
    if n == 0 or total == 0:
        return None
    if n == 1:
        return 0.0
    mean = total / n
    s = 0.0
    for x in values:
        for y in values:
            s += abs(x - y)
    return s / (2.0 * n * n * mean)


def coverage_value(sets, subset):
    """v(S) = |union of sets[i], i in S| (sets as Python int bitsets)."""
    union = 0
    for i in subset:
        union |= sets[i]
    return bin(union).count("1")


def shapley_by_definition(sets):
    """phi_i = sum over S subset of N \\ {i} of |S|! (n-|S|-1)! / n! (v(S u {i}) - v(S))."""
    n = len(sets)
    fact = [math.factorial(k) for k in range(n + 1)]
    # v over every subset, by bitmask of members.
    value = [0] * (1 << n)
    union = [0] * (1 << n)
    for mask in range(1, 1 << n):
        low = mask & -mask
        i = low.bit_length() - 1
        union[mask] = union[mask ^ low] | sets[i]
        value[mask] = bin(union[mask]).count("1")
    phi = []
    for i in range(n):
        bit = 1 << i
        total = 0.0
        for mask in range(1 << n):
            if mask & bit:
                continue
            s = bin(mask).count("1")
            total += fact[s] * fact[n - s - 1] / fact[n] * (value[mask | bit] - value[mask])
        phi.append(total)
    return phi


def shapley_closed_form(sets):
    """Each element u of the union gives 1 / |{i : u in sets[i]}| to each i whose set holds it."""
    counts = {}
    for s in sets:
        u = s
        while u:
            low = u & -u
            counts[low] = counts.get(low, 0) + 1
            u ^= low
    phi = []
    for s in sets:
        total = 0.0
        u = s
        while u:
            low = u & -u
            total += 1.0 / counts[low]
            u ^= low
        phi.append(total)
    return phi


TIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?"
                     r"(Z|[+-]\d{2}(?::?\d{2})?)?)?$")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_time(text):
    """ISO 8601 as graph/time.hpp documents it, to integer UTC seconds (fractions truncated)."""
    m = TIME_RE.match(text)
    if not m:
        raise ValueError("not a time: %r" % text)
    y, mo, d, hh, mm, ss, _fraction, zone = m.groups()
    local = datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0),
                     tzinfo=timezone.utc)
    offset = 0
    if zone and zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 3600 + (int(digits[2:4]) * 60 if len(digits) > 2 else 0))
    return int((local - EPOCH).total_seconds()) - offset


def format_time(seconds):
    return (EPOCH + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_duration(text):
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(text[-1:])
    number = text[:-1] if unit else text
    return int(round(float(number) * (unit or 3600)))


# ---------------------------------------------------------------------------------------------
# Options

def option(options, name, default=None):
    value = default
    for k, arg in enumerate(options):
        if arg == name and k + 1 < len(options):
            value = options[k + 1]
        elif arg.startswith(name + "="):
            value = arg[len(name) + 1:]
    return value


class Parameters:
    def __init__(self, options):
        self.echo_window = parse_duration(option(options, "--window", "72h"))
        since = option(options, "--since")
        until = option(options, "--until")
        self.since = parse_time(since) if since else None
        self.until = parse_time(until) if until else None
        if until and len(until) == 10:  # a date alone: the whole day
            self.until += 86400 - 1
        spec = option(options, "--layers", "interactions")
        if spec == "all":
            self.layers = set(LAYERS)
        elif spec == "interactions":
            self.layers = set(LAYERS) - {"member"}
        else:
            self.layers = set()
            for name in spec.split(","):
                name = name.strip()
                if name == "all":
                    self.layers |= set(LAYERS)
                elif name == "interactions":
                    self.layers |= set(LAYERS) - {"member"}
                else:
                    self.layers.add(name)
        self.weights = dict(DEFAULT_WEIGHTS)
        spec = option(options, "--weights")
        if spec:
            for item in spec.split(","):
                name, value = item.split("=")
                self.weights[name.strip()] = float(value)

    @property
    def bounded(self):
        return self.since is not None or self.until is not None

    def inside(self, t):
        if t is None:
            return not self.bounded
        return (self.since is None or t >= self.since) and (self.until is None or t <= self.until)


# ---------------------------------------------------------------------------------------------
# The data and the influence graph

class Data:
    def __init__(self, path):
        with open(path, "rb") as f:
            raw = f.read()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        doc = json.loads(raw)
        if doc.get("format") != "ricochet":
            raise SystemExit("teams_oracle: %s is not a native ricochet JSON document" % path)
        self.actors = doc.get("actors", [])
        self.index = {a["id"]: i for i, a in enumerate(self.actors)}
        self.organisation = [self.index[a["organisation"]] if a.get("organisation") is not None
                             else None for a in self.actors]
        self.kind = [a.get("kind", "other") for a in self.actors]
        self.posts = []
        post_index = {}
        for p in doc.get("posts", []):
            post_index[p["id"]] = len(self.posts)
            self.posts.append(p)
        self.post_index = post_index
        self.author = [self.index[p["author"]] for p in self.posts]
        self.ptime = [parse_time(p["time"]) for p in self.posts]
        self.ptype = [p.get("type", "original") for p in self.posts]
        self.parent = [post_index[p["parent"]] if p.get("parent") is not None else None
                       for p in self.posts]
        self.engagement = [int(p.get("reactions", 0) or 0) + int(p.get("comments", 0) or 0) +
                           int(p.get("shares", 0) or 0) for p in self.posts]
        self.events = []  # (actor, post, type, time or None)
        for e in doc.get("engagements", []):
            t = e.get("time")
            self.events.append((self.index[e["actor"]], post_index[e["post"]], e.get("type", "reaction"),
                                parse_time(t) if t is not None else None))
        self.interactions = []  # (source, target, layer, count, time or None)
        for r in doc.get("interactions", []):
            t = r.get("time")
            self.interactions.append((self.index[r["source"]], self.index[r["target"]], r["layer"],
                                      float(r.get("count", 1.0)), parse_time(t) if t is not None else None))

    def label(self, i):
        return self.actors[i].get("name") or self.actors[i]["id"]

    def teams(self):
        """Organisations with >= 1 executive; members: the organisation, then executives by index."""
        execs = {}
        for i, a in enumerate(self.actors):
            o = self.organisation[i]
            if a.get("kind") == "executive" and o is not None and o != i:
                execs.setdefault(o, []).append(i)
        # Disjoint teams (teams.hpp): an executive that leads executives of its own (a nested
        # organisation) is in its own team only; a team left without an executive is dropped.
        teams = [[o] + [e for e in execs[o] if e not in execs] for o in sorted(execs)]
        return [t for t in teams if len(t) >= 2]


def influence_arcs(data, par):
    """{(u, v): weight} over the selected layers; self-interactions make no arc."""
    arcs = {}

    def add(u, v, layer, count=1.0):
        if u == v or layer not in par.layers:
            return
        arcs[(u, v)] = arcs.get((u, v), 0.0) + count * par.weights[layer]

    for q, p in enumerate(data.posts):
        if not par.inside(data.ptime[q]):
            continue
        u = data.author[q]
        if data.ptype[q] in ECHO_TYPES and data.parent[q] is not None:
            add(u, data.author[data.parent[q]], data.ptype[q])
        seen = set()
        for m in p.get("mentions", []) or []:
            v = data.index[m]
            if v not in seen:
                seen.add(v)
                add(u, v, "mention")
    for actor, post, etype, t in data.events:
        if par.inside(t if t is not None else data.ptime[post]):
            add(actor, data.author[post], EVENT_LAYER[etype])
    for s, t_, layer, count, t in data.interactions:
        if layer == "member" or par.inside(t):
            add(s, t_, layer, count)
    for i, o in enumerate(data.organisation):
        if o is not None:
            add(i, o, "member")
    return arcs


# ---------------------------------------------------------------------------------------------
# Team metrics, from the definitions

def rebound_kind(data, v):
    kind = data.kind[v]
    if kind == "executive":
        o = data.organisation[v]
        if o is None:
            return "other"
        kind = data.kind[o]
    return kind if kind in ("association", "kol", "media", "company") else "other"


def team_metrics(data, par, arcs, members, into, outof):
    W = par.echo_window
    org = members[0]
    execs = members[1:]
    mset = set(members)
    pos = {a: k for k, a in enumerate(members)}
    n = len(members)
    posts_in = [q for q in range(len(data.posts)) if data.author[q] in mset and par.inside(data.ptime[q])]

    mposts = [0] * n
    morig = [0] * n
    meng = [0] * n
    for q in posts_in:
        k = pos[data.author[q]]
        mposts[k] += 1
        meng[k] += data.engagement[q]
        if data.ptype[q] == "original":
            morig[k] += 1

    # Ricochet posts and events.
    def parent_ok(p):
        return (not RICOCHET_PARENT_IN_WINDOW) or par.inside(data.ptime[p])

    ricochet_posts = {}  # q -> delay
    for q in range(len(data.posts)):
        m = data.author[q]
        if m not in mset or data.ptype[q] not in ECHO_TYPES or data.parent[q] is None:
            continue
        if not par.inside(data.ptime[q]):
            continue
        p = data.parent[q]
        a = data.author[p]
        if a in mset and a != m and parent_ok(p):
            d = data.ptime[q] - data.ptime[p]
            if 0 <= d <= W:
                ricochet_posts[q] = d
    ricochet_events = []  # (actor, post, delay)
    for actor, p, _etype, t in data.events:
        if t is None or actor not in mset or not par.inside(t):
            continue
        a = data.author[p]
        if a in mset and a != actor and parent_ok(p):
            d = t - data.ptime[p]
            if 0 <= d <= W:
                ricochet_events.append((actor, p, d))

    given = [0] * n
    received = [0] * n
    first_delay = {}  # echoed post -> smallest delay
    posts_with_ricochet_post = set()
    for q, d in ricochet_posts.items():
        p = data.parent[q]
        given[pos[data.author[q]]] += 1
        received[pos[data.author[p]]] += 1
        first_delay[p] = min(first_delay.get(p, d), d)
        posts_with_ricochet_post.add(p)
    for actor, p, d in ricochet_events:
        given[pos[actor]] += 1
        received[pos[data.author[p]]] += 1
        first_delay[p] = min(first_delay.get(p, d), d)

    originals = [q for q in posts_in if data.ptype[q] == "original"]
    echoed = [q for q in originals if q in first_delay]
    rate = len(echoed) / len(originals) if originals else None
    lag = median([first_delay[q] / 3600.0 for q in echoed])

    # Depth.
    score = {}

    def post_score(q):
        if q in score:
            return score[q]
        chain = []
        x = q
        while x in ricochet_posts and x not in score:
            chain.append(x)
            x = data.parent[x]
            if len(chain) > len(data.posts):
                raise RuntimeError("parent cycle")
        base = score.get(x, 0)
        for y in reversed(chain):
            base += 1
            score[y] = base
        return score[q]

    depth = 0
    for q in ricochet_posts:
        depth = max(depth, post_score(q))
    for _actor, p, _d in ricochet_events:
        depth = max(depth, 1 + (post_score(p) if p in ricochet_posts else 0))

    # Every maximal chain: one per ricochet post that no ricochet post echoes.
    has_child = set(data.parent[q] for q in ricochet_posts)
    chains = []
    for leaf in ricochet_posts:
        if leaf in has_child:
            continue
        chain = [leaf]
        x = leaf
        while x in ricochet_posts:
            x = data.parent[x]
            chain.append(x)
        chain.reverse()
        chains.append(chain)

    # Yield.
    orig_set = set(originals)
    num = sum(data.engagement[q] for q in ricochet_posts if data.parent[q] in orig_set)
    den = sum(data.engagement[q] for q in originals if q in posts_with_ricochet_post)
    ricochet_yield = num / den if den else None

    engagement = sum(meng[1:])
    g = gini([float(x) for x in meng[1:]])
    carrier = None
    carrier_share = None
    if engagement > 0:
        best = max(range(1, n), key=lambda k: (meng[k], -members[k]))
        carrier = members[best]
        carrier_share = meng[best] / engagement

    # Arcs.
    w_in = sum(w for m in members for (_u, w) in into.get(m, ()))
    w_internal = sum(w for m in members for (u, w) in into.get(m, ()) if u in mset)
    internal_share = w_internal / w_in if w_in > 0 else None
    w_out = 0.0
    w_ext = 0.0
    by_kind = dict.fromkeys(REBOUND_KINDS, 0.0)
    for m in members:
        for v, w in outof.get(m, ()):
            w_out += w
            if v not in mset:
                w_ext += w
                by_kind[rebound_kind(data, v)] += w
    external = w_ext / w_out if w_out > 0 else None
    rebound = {k: (by_kind[k] / w_out if w_out > 0 else 0.0) for k in REBOUND_KINDS}

    amp_sets = []
    for m in members:
        bits = 0
        for u, _w in into.get(m, ()):
            bits |= 1 << u
        amp_sets.append(bits)
    union = 0
    for s in amp_sets:
        union |= s
    reach = bin(union).count("1")
    closed = shapley_closed_form(amp_sets)
    definition = shapley_by_definition(amp_sets) if n <= SHAPLEY_BY_DEFINITION_MAX else None
    shapley = definition if definition is not None else closed
    disagreement = 0.0
    if definition is not None:
        disagreement = max((abs(a - b) for a, b in zip(definition, closed)), default=0.0)

    # corporate_share.
    echo_by_others = [q for q in posts_in if data.author[q] != org and data.ptype[q] in ECHO_TYPES
                      and data.parent[q] is not None]
    corporate = (sum(1 for q in echo_by_others if data.author[data.parent[q]] == org) / len(echo_by_others)
                 if echo_by_others else None)

    pairs = set((u, v) for (u, v) in arcs if u in mset and v in mset and u != v)
    density = len(pairs) / (n * (n - 1)) if n >= 2 else None
    reciprocity = sum(1 for (u, v) in pairs if (v, u) in pairs) / len(pairs) if pairs else None

    active = sum(1 for k in range(n) if mposts[k] > 0)
    details = []
    for k, a in enumerate(members):
        details.append({
            "id": data.actors[a]["id"], "name": data.label(a), "_raw_name": data.actors[a].get("name", ""),
            "kind": data.kind[a],
            "posts": mposts[k], "originals": morig[k], "engagement": meng[k],
            # Not in teams.hpp: an executive's part of the team's engagement; the account's own
            # engagement is reported apart (not part of the team's), so it has no share: null.
            "engagement_share": (meng[k] / engagement) if engagement > 0 and k > 0 else None,
            "ricochets_given": given[k], "ricochets_received": received[k],
            "amplifiers": bin(amp_sets[k]).count("1"), "shapley": shapley[k],
            "shapley_share": shapley[k] / reach if reach else 0.0,
        })
    org_actor = data.actors[org]
    return {
        "team": org_actor["id"], "name": data.label(org), "sector": org_actor.get("sector") or None,
        "_raw_name": org_actor.get("name", ""),
        "members": n, "active_members": active, "posts": len(posts_in), "originals": len(originals),
        "engagement": engagement, "account_engagement": meng[0],
        "internal_share": internal_share, "ricochet_rate": rate, "ricochet_lag_h": lag,
        "ricochet_depth": depth, "ricochet_yield": ricochet_yield, "gini": g,
        "carrier": data.actors[carrier]["id"] if carrier is not None else None,
        "carrier_share": carrier_share, "reach": reach, "external_rebound": external,
        "rebound": rebound, "corporate_share": corporate, "density": density,
        "reciprocity": reciprocity, "member_details": details,
        # private
        "_executives": n - 1, "_chains": chains, "_shapley_closed": closed,
        "_shapley_disagreement": disagreement, "_ricochet_posts": ricochet_posts,
        "_members": members,
    }


def profile(t, median_per_exec):
    def ge(x, y):
        return x is not None and x >= y

    def le(x, y):
        return x is not None and x <= y

    per_exec = t["engagement"] / t["_executives"]
    if 2 * t["active_members"] < t["members"] and median_per_exec is not None and per_exec < 0.1 * median_per_exec:
        return "quiet"
    if ge(t["ricochet_rate"], 0.5) and le(t["ricochet_lag_h"], 0.5) and ge(t["corporate_share"], 0.5):
        return "orchestrated"
    if t["_executives"] >= 3 and ge(t["carrier_share"], 0.8):
        return "carried"
    r = t["rebound"]
    if (r["association"] + r["kol"] + r["media"] >= 0.6
            and (t["corporate_share"] is None or t["corporate_share"] < 0.25)):
        return "outward"
    if (ge(t["density"], 0.5) and ge(t["reciprocity"], 0.5) and ge(t["ricochet_rate"], 0.5)
            and le(t["gini"], 0.6)):
        return "collective"
    return "mixed"


def compute(data, par):
    arcs = influence_arcs(data, par)
    into, outof = {}, {}
    for (u, v), w in arcs.items():
        into.setdefault(v, []).append((u, w))
        outof.setdefault(u, []).append((v, w))
    teams = [team_metrics(data, par, arcs, members, into, outof) for members in data.teams()]
    med = median([t["engagement"] / t["_executives"] for t in teams])
    for t in teams:
        t["profile"] = profile(t, med)
    teams.sort(key=lambda t: (-t["engagement"], t["team"].encode("utf-8")))
    return teams, med


# ---------------------------------------------------------------------------------------------
# Comparison

class Checker:
    def __init__(self):
        self.errors = []
        self.deviation = {}  # family -> max deviation
        self.notes = set()

    def fail(self, message):
        if len(self.errors) < 60:
            print("MISMATCH: " + message, file=sys.stderr)
        self.errors.append(message)

    def real(self, family, where, got, want):
        if want is None or got is None:
            if got is not None or want is not None:
                self.fail("%s: ricochet %r, oracle %r" % (where, got, want))
            return
        if not isinstance(got, (int, float)) or isinstance(got, bool):
            self.fail("%s: ricochet %r is not a number (oracle %r)" % (where, got, want))
            return
        d = abs(got - want)
        rel = d / abs(want) if want else d
        dev = min(d, rel)
        self.deviation[family] = max(self.deviation.get(family, 0.0), dev)
        if dev > TOLERANCE:
            self.fail("%s: ricochet %.17g, oracle %.17g" % (where, got, want))

    def label(self, where, got, record):
        """A name the definitions do not fix: the display label (the id when the actor has no
        name, model.hpp) or the raw `name` field are both accepted; the raw one is noted."""
        if got == record["name"]:
            return
        if got == record["_raw_name"]:
            self.notes.add("names: ricochet prints the raw name field (%r) where the actor has no name, "
                           "not the id (model.hpp: an empty name means use the id)" % got)
            return
        self.fail("%s.name: ricochet %r, oracle %r" % (where, got, record["name"]))

    def exact(self, where, got, want):
        if got != want or type(got) is not type(want) and not (isinstance(got, int) and isinstance(want, int)):
            self.fail("%s: ricochet %r, oracle %r" % (where, got, want))


REAL_FIELDS = {"internal_share": "arcs", "ricochet_rate": "ricochets", "ricochet_lag_h": "ricochets",
               "ricochet_yield": "ricochets", "gini": "engagement", "carrier_share": "engagement",
               "external_rebound": "arcs", "corporate_share": "ricochets", "density": "cohesion",
               "reciprocity": "cohesion"}
INT_FIELDS = ["members", "active_members", "posts", "originals", "engagement", "account_engagement",
              "ricochet_depth", "reach"]
EXACT_FIELDS = ["carrier", "profile"]


def check_chains(ck, data, t, got_chains, where, k_max=5):
    rp = t["_ricochet_posts"]
    members = set(t["_members"])
    if not isinstance(got_chains, list):
        ck.fail("%s.chains: not a list: %r" % (where, got_chains))
        return
    got_keys = []
    for c, chain in enumerate(got_chains):
        w = "%s.chains[%d]" % (where, c)
        ids = []
        for e in chain:
            pid = e.get("post")
            if pid not in data.post_index:
                ck.fail("%s: unknown post %r" % (w, pid))
                return
            q = data.post_index[pid]
            ids.append(q)
            want = {"post": pid, "author": data.actors[data.author[q]]["id"], "type": data.ptype[q],
                    "time": format_time(data.ptime[q]), "engagement": data.engagement[q]}
            if e != want:
                ck.fail("%s: element %r, oracle expects %r" % (w, e, want))
        if len(ids) < 2:
            ck.fail("%s: a chain of %d post(s)" % (w, len(ids)))
            continue
        if data.author[ids[0]] not in members or not par_inside_cache(data, ids[0]):
            ck.fail("%s: first post %s is not a member's post in the window" % (w, data.posts[ids[0]]["id"]))
        for a, b in zip(ids, ids[1:]):
            if b not in rp or data.parent[b] != a:
                ck.fail("%s: %s is not a ricochet post on %s" % (w, data.posts[b]["id"], data.posts[a]["id"]))
        if ids[0] in rp:
            ck.fail("%s: not maximal: its first post %s is itself a ricochet post" % (w, data.posts[ids[0]]["id"]))
        if any(data.parent[q] == ids[-1] for q in rp):
            ck.fail("%s: not maximal: a ricochet post echoes its last post %s" % (w, data.posts[ids[-1]]["id"]))
        got_keys.append((-len(ids), data.ptime[ids[0]], ids[0]))
    want_keys = sorted((-len(c), data.ptime[c[0]], c[0]) for c in t["_chains"])[:k_max]
    if got_keys != want_keys:
        ck.fail("%s.chains: (length, first post time, first post) %s, oracle %s" % (
            where, [(-a, format_time(b), data.posts[c]["id"]) for a, b, c in got_keys],
            [(-a, format_time(b), data.posts[c]["id"]) for a, b, c in want_keys]))
    if t["_chains"]:
        longest = max(len(c) for c in t["_chains"])
        if longest - 1 > t["ricochet_depth"]:
            ck.fail("%s: a chain of %d posts but depth %d" % (where, longest, t["ricochet_depth"]))


_PAR = None


def par_inside_cache(data, q):
    return _PAR.inside(data.ptime[q])


def run_ricochet(ricochet, path, options):
    command = [ricochet, "teams", path, "--format", "json"] + options
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("teams_oracle: %s failed (%d): %s" % (" ".join(command), done.returncode,
                                                                done.stderr.strip()))
    return json.loads(done.stdout)


def check(ricochet, path, options):
    global _PAR
    par = Parameters(options)
    _PAR = par
    started = clock.time()
    data = Data(path)
    want, med = compute(data, par)
    oracle_seconds = clock.time() - started
    started = clock.time()
    got = run_ricochet(ricochet, path, options)
    ricochet_seconds = clock.time() - started
    ck = Checker()

    ck.exact("team_count", got.get("team_count"), len(want))
    ck.exact("input", got.get("input"), path)
    ck.exact("layers", got.get("layers"), ",".join(l for l in LAYERS if l in par.layers))
    ck.real("header", "echo_window_h", got.get("echo_window_h"), par.echo_window / 3600.0)
    for name, value in (("since", par.since), ("until", par.until)):
        expected = format_time(value) if value is not None else None
        if got.get(name) != expected:
            ck.fail("%s: ricochet %r, oracle %r" % (name, got.get(name), expected))
    gt = got.get("teams", [])
    if [t.get("team") for t in gt] != [t["team"] for t in want]:
        ck.fail("team order: ricochet %s, oracle %s" % ([t.get("team") for t in gt][:20],
                                                       [t["team"] for t in want][:20]))
    got_by_id = {t.get("team"): t for t in gt}
    shapley_disagreement = 0.0
    by_definition = 0
    for w in want:
        g = got_by_id.get(w["team"])
        where = "team %s" % w["team"]
        shapley_disagreement = max(shapley_disagreement, w["_shapley_disagreement"])
        if w["members"] <= SHAPLEY_BY_DEFINITION_MAX:
            by_definition += 1
        if w["_shapley_disagreement"] > TOLERANCE:
            ck.fail("%s: Shapley by definition and closed form differ by %g" % (where, w["_shapley_disagreement"]))
        if g is None:
            ck.fail("%s: missing from ricochet's output" % where)
            continue
        for f in INT_FIELDS:
            ck.exact("%s.%s" % (where, f), g.get(f), w[f])
        for f in EXACT_FIELDS:
            ck.exact("%s.%s" % (where, f), g.get(f), w[f])
        ck.label(where, g.get("name"), w)
        if g.get("sector") != w["sector"]:
            if w["sector"] is None and g.get("sector") == "":
                ck.notes.add("sector: ricochet prints \"\" for an organisation without a sector (oracle: null)")
            else:
                ck.fail("%s.sector: ricochet %r, oracle %r" % (where, g.get("sector"), w["sector"]))
        for f, family in REAL_FIELDS.items():
            ck.real(family, "%s.%s" % (where, f), g.get(f), w[f])
        grb = g.get("rebound") or {}
        for k in REBOUND_KINDS:
            want_value = w["rebound"][k]
            got_value = grb.get(k)
            if w["external_rebound"] is None and got_value is None:
                continue  # "0 when undefined" (teams.hpp) or null (JSON): both accepted
            ck.real("rebound", "%s.rebound.%s" % (where, k), got_value, want_value)
        gd = g.get("member_details") or []
        if [d.get("id") for d in gd] != [d["id"] for d in w["member_details"]]:
            ck.fail("%s.member_details ids: ricochet %s, oracle %s" % (
                where, [d.get("id") for d in gd], [d["id"] for d in w["member_details"]]))
        else:
            for dg, dw in zip(gd, w["member_details"]):
                mw = "%s.member %s" % (where, dw["id"])
                ck.label(mw, dg.get("name"), dw)
                for f in ("kind", "posts", "originals", "engagement", "ricochets_given",
                          "ricochets_received", "amplifiers"):
                    ck.exact("%s.%s" % (mw, f), dg.get(f), dw[f])
                ck.real("engagement", "%s.engagement_share" % mw, dg.get("engagement_share"), dw["engagement_share"])
                ck.real("shapley", "%s.shapley" % mw, dg.get("shapley"), dw["shapley"])
                ck.real("shapley", "%s.shapley_share" % mw, dg.get("shapley_share"), dw["shapley_share"])
            total = sum(d["shapley"] for d in w["member_details"])
            if abs(total - w["reach"]) > 1e-9 * max(1, w["reach"]):
                ck.fail("%s: Shapley values sum to %r, reach %d (efficiency)" % (where, total, w["reach"]))
        check_chains(ck, data, w, g.get("chains"), where)

    families = ", ".join("%s %.2g" % (k, v) for k, v in sorted(ck.deviation.items()))
    print("teams_oracle: %s %s: %d teams compared (%d with Shapley by definition, max |definition - "
          "closed form| %.2g), max deviation: %s; oracle %.1f s, ricochet %.1f s" % (
              path, " ".join(options), len(want), by_definition, shapley_disagreement,
              families or "none", oracle_seconds, ricochet_seconds))
    for note in sorted(ck.notes):
        print("teams_oracle: note: " + note)
    if ck.errors:
        print("teams_oracle: %d mismatch(es)" % len(ck.errors), file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------------
# Self-test of the helpers

def self_test():
    errors = []

    def expect(what, got, want):
        if want is None or got is None:
            ok = got is None and want is None
        elif isinstance(want, list):
            ok = len(got) == len(want) and all(abs(a - b) <= 1e-12 for a, b in zip(got, want))
        else:
            ok = abs(got - want) <= 1e-12
        if not ok:
            errors.append("%s: got %r, want %r" % (what, got, want))

    # Median.
    expect("median []", median([]), None)
    expect("median [5]", median([5]), 5.0)
    expect("median [3, 1]", median([3, 1]), 2.0)
    expect("median [4, 1, 3]", median([4, 1, 3]), 3.0)
    expect("median [1, 2, 10, 20]", median([20, 10, 2, 1]), 6.0)
    # Gini: [0, 0, 0, 10]: sum |xi-xj| = 2 * 3 * 10 = 60, n = 4, mean 2.5: 60 / (2 * 16 * 2.5) = 0.75.
    expect("gini [0,0,0,10]", gini([0, 0, 0, 10]), 0.75)
    expect("gini [5,5,5]", gini([5, 5, 5]), 0.0)
    expect("gini [7]", gini([7]), 0.0)
    expect("gini [0,0]", gini([0, 0]), None)
    # [1, 3]: sum = 2 * 2 = 4, n = 2, mean 2: 4 / (2 * 4 * 2) = 0.25.
    expect("gini [1,3]", gini([1, 3]), 0.25)
    # [1, 2, 3]: pairs |1-2|+|1-3|+|2-3| = 4, doubled 8; 8 / (2 * 9 * 2) = 2/9.
    expect("gini [1,2,3]", gini([1, 2, 3]), 2.0 / 9.0)

    # Shapley by definition, hand values.
    # One member with amplifiers {a, b}: phi = 2.
    expect("shapley single", shapley_by_definition([0b11]), [2.0])
    # Disjoint sets {a}, {b, c}: phi = 1, 2.
    expect("shapley disjoint", shapley_by_definition([0b001, 0b110]), [1.0, 2.0])
    # Same set {a} twice: each 1/2.
    expect("shapley shared", shapley_by_definition([0b1, 0b1]), [0.5, 0.5])
    # {a, b}, {b, c}, {}: orders of 1, 2 (3 is a null player):
    # player 1: alone 2; after 2: 1 -> (2 + 1) / 2 over the two relative orders = 1.5; same for 2.
    expect("shapley overlap", shapley_by_definition([0b011, 0b110, 0]), [1.5, 1.5, 0.0])
    # {a}, {a, b}, {a, b, c}: a shared by 3 (1/3 each), b by 2 (1/2 each), c by 1.
    # phi = 1/3, 1/3 + 1/2, 1/3 + 1/2 + 1, checked by enumerating the 6 orders by hand:
    # orders (1,2,3): 1,1,1; (1,3,2): 1,0,2; (2,1,3): 0,2,1; (2,3,1): 0,2,1; (3,1,2): 0,0,3;
    # (3,2,1): 0,0,3 -> phi1 = 2/6, phi2 = 5/6, phi3 = 11/6.
    expect("shapley nested", shapley_by_definition([0b001, 0b011, 0b111]), [2 / 6, 5 / 6, 11 / 6])
    expect("closed form nested", shapley_closed_form([0b001, 0b011, 0b111]), [2 / 6, 5 / 6, 11 / 6])
    # Random agreement of the two, and efficiency (values sum to v(N)).
    import random
    rng = random.Random(7)
    for trial in range(200):
        n = rng.randint(1, 8)
        sets = [rng.getrandbits(10) for _ in range(n)]
        a = shapley_by_definition(sets)
        b = shapley_closed_form(sets)
        expect("shapley random %d" % trial, a, b)
        expect("efficiency %d" % trial, sum(a), float(coverage_value(sets, range(n))))

    # Times and durations.
    expect("time Z", parse_time("2021-03-01T09:00:00Z"), 1614589200)
    expect("time +01:00", parse_time("2021-03-03T15:00:00+01:00"), parse_time("2021-03-03T14:00:00Z"))
    expect("time +0200", parse_time("2021-03-03T16:00+0200"), parse_time("2021-03-03T14:00:00Z"))
    expect("time date", parse_time("2021-03-03"), parse_time("2021-03-03T00:00:00Z"))
    expect("time fraction", parse_time("2021-03-03T00:00:01.9Z"), parse_time("2021-03-03T00:00:01Z"))
    expect("duration 72h", parse_duration("72h"), 72 * 3600)
    expect("duration 90m", parse_duration("90m"), 5400)
    expect("duration 3d", parse_duration("3d"), 3 * 86400)
    expect("duration 3600s", parse_duration("3600s"), 3600)
    expect("duration 1.5", parse_duration("1.5"), 5400)

    # Profiles on hand-made teams.
    base = {"engagement": 100, "_executives": 2, "active_members": 3, "members": 3,
            "ricochet_rate": None, "ricochet_lag_h": None, "corporate_share": None,
            "carrier_share": None, "density": None, "reciprocity": None, "gini": None,
            "rebound": dict.fromkeys(REBOUND_KINDS, 0.0)}

    def prof(median_value, **changes):
        t = dict(base)
        t.update(changes)
        return profile(t, median_value)

    checks = [
        (prof(1000.0, active_members=1, engagement=18), "quiet"),       # 9 < 100
        (prof(1000.0, active_members=1, engagement=200), "mixed"),      # 100 not < 100
        (prof(0.0, active_members=0, engagement=0), "mixed"),           # 0 not < 0
        (prof(1.0, ricochet_rate=0.5, ricochet_lag_h=0.5, corporate_share=0.5), "orchestrated"),
        (prof(1.0, ricochet_rate=0.5, ricochet_lag_h=0.51, corporate_share=0.5), "mixed"),
        (prof(1.0, _executives=3, members=4, active_members=4, carrier_share=0.8), "carried"),
        (prof(1.0, _executives=2, carrier_share=0.9), "mixed"),
        (prof(1.0, rebound={"association": 0.3, "kol": 0.2, "media": 0.1, "company": 0.4,
                            "other": 0.0}), "outward"),
        (prof(1.0, corporate_share=0.25, rebound={"association": 0.6, "kol": 0, "media": 0,
                                                  "company": 0, "other": 0}), "mixed"),
        (prof(1.0, density=0.5, reciprocity=0.5, ricochet_rate=0.5, gini=0.6), "collective"),
        (prof(1.0, density=0.5, reciprocity=0.5, ricochet_rate=0.5, gini=None), "mixed"),
    ]
    for k, (got, want) in enumerate(checks):
        if got != want:
            errors.append("profile case %d: got %s, want %s" % (k, got, want))

    for e in errors:
        print("SELF-TEST FAILURE: " + e, file=sys.stderr)
    print("teams_oracle self-test: %d failure(s)" % len(errors))
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
