#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent oracle for ricochet's Twitter importer, written from io/TWITTER.md alone.

For every input file it decides, following the contract, whether the file is an error, and
otherwise counts the actors (= `vertices`), the distinct posts and their types, and the distinct
arcs (source, target, layer) with source != target per layer. It then runs
`RICOCHET stats FILE --input-format twitter --format json` and compares.

Usage:
  twitter_oracle.py RICOCHET FILE_OR_DIR...          each file on its own (folders walked, sorted)
  twitter_oracle.py --merge RICOCHET FILE_OR_DIR...  all files as one input, compared with
                                                     `ricochet import FILES --from twitter -o T`
                                                     then `ricochet stats T --format json`
  twitter_oracle.py --self-test                      hand-counted tiny tweets only
  add --verbose to print the oracle's own figures per file.

Readings of TWITTER.md where it leaves room (the most literal one was taken):
- the referenced tweets inside a twarc2 flattened line are not posts; only their author_id /
  author are used;
- actors come from `user` objects (v1.1), v2 user objects (includes.users, flattened author,
  in_reply_to_user, referenced_tweets[].author, entities.mentions[] with an id) and the targets
  of the arcs a tweet makes; the mentions of a v1.1 retweet (and the short mentions of a
  truncated tweet with extended_tweet) are not references, so they make no actor;
- a referenced tweet (v1.1 quoted_status_id_str alone, v2 references) has a known author when
  that tweet is anywhere in the data (the post's parent is that tweet);
- v1.1 type `reply` comes from in_reply_to_user_id_str (with or without a status id);
  `is_quote_status` alone does not make a quote;
- "RT @<username>:" is matched ignoring case (TWITTER.md says case-insensitive);
- JSON Lines = several documents separated by whitespace, even on one line;
- the file-level rules of ricochet's JSON (README "Bad input") apply: duplicate keys, integers
  beyond 64 bits, numbers beyond the largest double and unpaired surrogates are errors (stricter
  than the importer, which checks only the values it reads: TWITTER.md "Errors"; no real file
  here has such a value);
- wrong types in fields the contract does not name (counts, mention ids, in_reply_to_*) are
  ignored, not errors (the importer rejects them: TWITTER.md "Errors"; no real file has one).

Only the standard library is used. Exit 1 on any mismatch."""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import datetime

LAYERS = ["repost", "quote", "reply", "mention"]
TYPES = ["original", "repost", "quote", "reply", "comment"]
NOTICE_KEYS = ("delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "disconnect",
               "warning", "event", "friends", "direct_message", "errors", "meta")
SNOWFLAKE_MIN = (1 << 22) * 1000      # "provided the id is >= 2^22 * 10^3"


class Bad(Exception):
    """The file is an error under the contract (strict mode)."""


# ----------------------------------------------------------------------------------------------
# Reading: bytes -> (gunzip) -> UTF-8 -> a sequence of JSON documents

def _pairs(pairs):
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise Bad("a key given twice in an object")
    return dict(pairs)


def _int(text):
    value = int(text)
    if value < -(1 << 63) or value >= (1 << 64):
        raise Bad("integer beyond 64 bits: " + text)
    return value


def _float(text):
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise Bad("number beyond the largest double: " + text)
    return value


def _constant(text):
    raise Bad("not JSON: " + text)


DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_int, parse_float=_float,
                           parse_constant=_constant)
WS = re.compile(r"[ \t\n\r]*")


def read_bytes(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise Bad("bad gzip: %s" % e)
    return data


def parse_documents(data):
    """All top-level JSON documents of the bytes, in order. One document (pretty-printed or not)
    or several separated by JSON whitespace (JSON Lines)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Bad("invalid UTF-8: %s" % e)
    docs = []
    pos = WS.match(text, 0).end()
    while pos < len(text):
        try:
            doc, pos = DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            raise Bad("malformed JSON: %s" % e)
        docs.append(doc)
        pos = WS.match(text, pos).end()
    for doc in docs:
        check_strings(doc)
    return docs


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_strings(value):
    """Python's json joins escaped surrogate pairs; a surrogate left alone (\\ud83d without its
    low half) is not a character and cannot be written as UTF-8: an error, as ricochet's JSON
    reader has it (TWITTER.md does not say)."""
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if LONE_SURROGATE.search(value):
                raise Bad("unpaired surrogate in a string")
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


# ----------------------------------------------------------------------------------------------
# Validation of one tweet

V1_TIME = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                     r"|Dec) (\d\d) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d) (\d{4})$")
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ISO_TIME = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?"
                      r"(Z|[+-]\d\d:?\d\d)?$")


def digits(value):
    return isinstance(value, str) and value != "" and value.isascii() and value.isdigit()


def check_v1_time(value):
    m = V1_TIME.match(value) if isinstance(value, str) else None
    if not m:
        raise Bad("v1.1 created_at: %r" % (value,))
    try:
        datetime(int(m.group(10)), MONTHS.index(m.group(2)) + 1, int(m.group(3)),
                 int(m.group(4)), int(m.group(5)), int(m.group(6)))
    except ValueError:
        raise Bad("impossible v1.1 created_at: %r" % value)


def check_iso_time(value):
    m = ISO_TIME.match(value) if isinstance(value, str) else None
    if not m:
        raise Bad("v2 created_at: %r" % (value,))
    try:
        datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0),
                 int(m.group(5) or 0), int(m.group(6) or 0))
    except ValueError:
        raise Bad("impossible v2 created_at: %r" % value)


def present(obj, key):
    """null means absent for optional fields."""
    return isinstance(obj, dict) and obj.get(key) is not None


def validate_v1(t):
    if not digits(t.get("id_str")):
        raise Bad("v1.1 id_str: %r" % (t.get("id_str"),))
    user = t.get("user")
    # user.id_str: the contract defines id_str as a string of digits
    if not isinstance(user, dict) or not digits(user.get("id_str")):
        raise Bad("v1.1 tweet %s: user / user.id_str" % t["id_str"])
    check_v1_time(t.get("created_at"))
    for key in ("retweeted_status", "quoted_status"):
        if present(t, key):
            inner = t[key]
            if not isinstance(inner, dict) or "id_str" not in inner:
                raise Bad("v1.1 tweet %s: %s is not a tweet" % (t["id_str"], key))
            validate_v1(inner)


def validate_v2(t):
    if not digits(t.get("id")):
        raise Bad("v2 id: %r" % (t.get("id"),))
    if not digits(t.get("author_id")):            # a user id, a string of digits like id
        raise Bad("v2 tweet %s: author_id" % t["id"])
    if present(t, "created_at"):
        check_iso_time(t["created_at"])
    elif int(t["id"]) < SNOWFLAKE_MIN:
        raise Bad("v2 tweet %s: no created_at and the id is too small for a snowflake" % t["id"])


def validate(tweet):
    """A tweet is v1.1 if it has id_str, v2 if it has author_id (and no id_str)."""
    if not isinstance(tweet, dict):
        raise Bad("not a tweet: %s" % type(tweet).__name__)
    if "id_str" in tweet:
        validate_v1(tweet)
        return "v1"
    if "author_id" in tweet:
        validate_v2(tweet)
        return "v2"
    raise Bad("not a tweet (no id_str nor author_id)")


# ----------------------------------------------------------------------------------------------
# Finding the tweets of one file

class FileTweets:
    """Everything one file holds: tweet occurrences in order (version, object, page) and the
    user objects (id, handle)."""

    def __init__(self):
        self.occurrences = []      # (version, tweet dict, page index or None)
        self.users = []            # (user id, handle or None), user objects only
        self.notices = 0


def add_v1(ft, t):
    """A v1.1 tweet and the tweets embedded in it (retweeted_status, quoted_status)."""
    ft.occurrences.append(("v1", t, None))
    user = t["user"]
    ft.users.append((user["id_str"], user.get("screen_name") if isinstance(user.get("screen_name"), str) else None))
    for key in ("retweeted_status", "quoted_status"):
        if present(t, key):
            add_v1(ft, t[key])


def v2_user(ft, obj):
    if isinstance(obj, dict) and isinstance(obj.get("id"), str):
        name = obj.get("username")
        ft.users.append((obj["id"], name if isinstance(name, str) else None))


def add_v2(ft, t, page):
    ft.occurrences.append(("v2", t, page))
    # twarc2 flattened user objects, and mention objects
    v2_user(ft, t.get("author"))
    v2_user(ft, t.get("in_reply_to_user"))
    refs = t.get("referenced_tweets")
    if isinstance(refs, list):
        for r in refs:
            if isinstance(r, dict):
                v2_user(ft, r.get("author"))
    entities = t.get("entities")
    if isinstance(entities, dict) and isinstance(entities.get("mentions"), list):
        for m in entities["mentions"]:
            v2_user(ft, m)


def add_tweet(ft, t, page=None):
    version = validate(t)
    if version == "v1":
        add_v1(ft, t)
    else:
        add_v2(ft, t, page)


def scan_document(ft, doc, page):
    if isinstance(doc, list):                                              # rule 1
        for t in doc:
            add_tweet(ft, t)
        return
    if not isinstance(doc, dict):
        raise Bad("not a tweet, a tweet array, a search response or a v2 page")
    for key in ("statuses", "results"):                                    # rule 2
        if key in doc:
            if not isinstance(doc[key], list):
                raise Bad("%s is not an array" % key)
            for t in doc[key]:
                add_tweet(ft, t)
            return
    if "id_str" in doc or "author_id" in doc:                             # rule 3
        add_tweet(ft, doc)
        return
    if "data" in doc:                                                      # rule 4
        data = doc["data"]
        tweets = data if isinstance(data, list) else [data]
        for t in tweets:
            if not isinstance(t, dict) or "author_id" not in t or "id_str" in t:
                raise Bad("data holds something that is not a v2 tweet")
            add_tweet(ft, t, page)
        includes = doc.get("includes")
        if isinstance(includes, dict):
            if isinstance(includes.get("users"), list):
                for u in includes["users"]:
                    v2_user(ft, u)
            if isinstance(includes.get("tweets"), list):
                for t in includes["tweets"]:
                    if not isinstance(t, dict) or "author_id" not in t or "id_str" in t:
                        raise Bad("includes.tweets holds something that is not a v2 tweet")
                    add_tweet(ft, t, page)
        return
    if any(k in doc for k in NOTICE_KEYS):                                 # rule 5
        ft.notices += 1
        return
    raise Bad("not a tweet, a tweet array, a search response or a v2 page")


def scan_file(path):
    docs = parse_documents(read_bytes(path))
    ft = FileTweets()
    for page, doc in enumerate(docs):
        scan_document(ft, doc, page)
    if not ft.occurrences:
        raise Bad("no tweets found")
    return ft


# ----------------------------------------------------------------------------------------------
# What one tweet means: its type, its arcs and the actors its references name

def authors_of(files):
    """Tweet id -> author id over every tweet of the input (v1.1 and v2, first occurrence)."""
    author_of = {}
    for ft in files:
        for version, t, _ in ft.occurrences:
            if version == "v1":
                author_of.setdefault(t["id_str"], t["user"]["id_str"])
            else:
                author_of.setdefault(t["id"], t["author_id"])
    return author_of


class Context:
    """Lookups: tweet id -> author id over the whole input (a referenced tweet that is in the
    data has a known author: TWITTER.md, "a quote of a tweet missing from the data" is the
    unknown case, and the post's parent is that tweet), lower-case handle -> user id over the
    users of the same file."""

    def __init__(self, ft, author_of):
        self.author_of = author_of
        self.handle = {}
        for uid, name in ft.users:
            if name:
                self.handle.setdefault(name.lower(), uid)
        self.unknown_refs = 0

    def v2_ref_author(self, ref):
        if isinstance(ref.get("author_id"), str):           # twarc2 flattened reference
            return ref["author_id"]
        if isinstance(ref.get("id"), str) and ref["id"] in self.author_of:
            return self.author_of[ref["id"]]
        return None

    def mention_user(self, m):
        if not isinstance(m, dict):
            return None
        if isinstance(m.get("id"), str):
            return m["id"]
        name = m.get("username")
        if isinstance(name, str):
            return self.handle.get(name.lower())
        return None


def meaning_v1(t, ctx):
    """(type, [(target, layer)]) of a v1.1 tweet."""
    if present(t, "retweeted_status"):
        return "repost", [(t["retweeted_status"]["user"]["id_str"], "repost")]
    arcs = []
    quotes = present(t, "quoted_status") or present(t, "quoted_status_id_str")
    if present(t, "quoted_status"):
        arcs.append((t["quoted_status"]["user"]["id_str"], "quote"))
    elif present(t, "quoted_status_id_str"):
        # No embedded quoted tweet: the author is known only when the quoted tweet is in the data.
        target = ctx.author_of.get(t["quoted_status_id_str"])
        if target is None:
            ctx.unknown_refs += 1
        else:
            arcs.append((target, "quote"))
    reply_to = t.get("in_reply_to_user_id_str")
    replies = isinstance(reply_to, str)
    if replies:
        arcs.append((reply_to, "reply"))
    source = t
    if t.get("truncated") is True and isinstance(t.get("extended_tweet"), dict):
        source = t["extended_tweet"]
    entities = source.get("entities")
    mentions = entities.get("user_mentions") if isinstance(entities, dict) else None
    for m in mentions if isinstance(mentions, list) else []:
        if isinstance(m, dict) and isinstance(m.get("id_str"), str):
            arcs.append((m["id_str"], "mention"))
    kind = "quote" if quotes else "reply" if replies else "original"
    return kind, arcs


def meaning_v2(t, ctx):
    refs = [r for r in t.get("referenced_tweets") or [] if isinstance(r, dict)]
    entities = t.get("entities")
    mentions = entities.get("mentions") if isinstance(entities, dict) else None
    mentions = mentions if isinstance(mentions, list) else []
    retweeted = [r for r in refs if r.get("type") == "retweeted"]
    if retweeted:
        target = ctx.v2_ref_author(retweeted[0])
        if target is None and mentions and isinstance(mentions[0], dict):
            name = mentions[0].get("username")
            text = t.get("text")
            if isinstance(name, str) and isinstance(text, str) and text.lower().startswith("rt @" + name.lower() + ":"):
                target = ctx.mention_user(mentions[0])
        if target is None:
            ctx.unknown_refs += 1
            return "repost", []
        return "repost", [(target, "repost")]
    arcs = []
    quoted = [r for r in refs if r.get("type") == "quoted"]
    for r in quoted:
        target = ctx.v2_ref_author(r)
        if target is None:
            ctx.unknown_refs += 1
        else:
            arcs.append((target, "quote"))
    replied = [r for r in refs if r.get("type") == "replied_to"]
    replies = isinstance(t.get("in_reply_to_user_id"), str) or bool(replied)
    if isinstance(t.get("in_reply_to_user_id"), str):
        arcs.append((t["in_reply_to_user_id"], "reply"))
    elif replied:
        for r in replied:
            target = ctx.v2_ref_author(r)
            if target is None:
                ctx.unknown_refs += 1
            else:
                arcs.append((target, "reply"))
    for m in mentions:
        target = ctx.mention_user(m)
        if target is not None:
            arcs.append((target, "mention"))
    kind = "quote" if quoted else "reply" if replies else "original"
    return kind, arcs


# ----------------------------------------------------------------------------------------------
# A whole input (one file, or several merged)

class Result:
    def __init__(self):
        self.actors = set()
        self.posts = {}            # tweet id -> type
        self.arcs = set()          # (source, target, layer), source != target
        self.notes = []            # order-dependent or doubtful cases, for --verbose

    def figures(self):
        by_layer = {layer: 0 for layer in LAYERS}
        for _, _, layer in self.arcs:
            by_layer[layer] += 1
        by_type = {kind: 0 for kind in TYPES}
        for kind in self.posts.values():
            by_type[kind] += 1
        return {"vertices": len(self.actors), "arcs": len(self.arcs), "arcs_by_layer": by_layer,
                "posts.total": len(self.posts), "posts.by_type": by_type}


def tweet_id(version, t):
    return t["id_str"] if version == "v1" else t["id"]


def add_file(result, ft, author_of):
    ctx = Context(ft, author_of)
    for uid, _ in ft.users:
        result.actors.add(uid)
    seen_meaning = {}
    for version, t, _ in ft.occurrences:
        author = t["user"]["id_str"] if version == "v1" else t["author_id"]
        result.actors.add(author)
        kind, arcs = meaning_v1(t, ctx) if version == "v1" else meaning_v2(t, ctx)
        tid = tweet_id(version, t)
        meaning = (kind, frozenset(arcs))
        if tid in seen_meaning and seen_meaning[tid] != meaning:
            result.notes.append("tweet %s: occurrences differ: %s vs %s" % (tid, seen_meaning[tid], meaning))
        seen_meaning.setdefault(tid, meaning)
        if tid in result.posts:
            continue                 # the first occurrence gives the fields
        result.posts[tid] = kind
        for target, layer in arcs:
            result.actors.add(target)           # a user known by a reference is an actor
            if target != author:
                result.arcs.add((author, target, layer))


def oracle(paths):
    """Figures for the paths read as one input, or None when the input is an error."""
    result = Result()
    try:
        files = [scan_file(path) for path in paths]
        author_of = authors_of(files)
        for ft in files:
            add_file(result, ft, author_of)
    except Bad as e:
        result.error = str(e)
        return None, result
    return result.figures(), result


# ----------------------------------------------------------------------------------------------
# Comparison with ricochet

def flatten(stats):
    by_layer = stats.get("arcs_by_layer") or {}
    posts = stats.get("posts") or {}
    by_type = posts.get("by_type") or {}
    return {"vertices": stats.get("vertices"), "arcs": stats.get("arcs"),
            "arcs_by_layer": {layer: by_layer.get(layer, 0) for layer in
                              sorted(set(LAYERS) | set(by_layer))},
            "posts.total": posts.get("total"),
            "posts.by_type": {kind: by_type.get(kind, 0) for kind in sorted(set(TYPES) | set(by_type))}}


def normalise(figures):
    out = dict(figures)
    out["arcs_by_layer"] = {k: v for k, v in sorted(figures["arcs_by_layer"].items())}
    out["posts.by_type"] = {k: v for k, v in sorted(figures["posts.by_type"].items())}
    return out


def run(command):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def ricochet_single(ricochet, path):
    proc = run([ricochet, "stats", path, "--input-format", "twitter", "--format", "json"])
    return proc


def ricochet_merged(ricochet, paths):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "merged.json")
        proc = run([ricochet, "import", *paths, "--from", "twitter", "-o", out])
        if proc.returncode != 0:
            return proc
        stats = run([ricochet, "stats", out, "--format", "json"])
        if stats.returncode != 0:
            stats.returncode = 99          # the import succeeded but its output does not read
        return stats


def compare(label, expected, proc, mismatches, result):
    """Returns 'ok', 'failed-ok' or 'mismatch'."""
    if expected is None:
        if proc.returncode == 1:
            return "failed-ok"
        mismatches.append("%s: oracle says error (%s), ricochet exit %d%s" % (
            label, result.error, proc.returncode,
            (": " + proc.stderr.strip().splitlines()[-1]) if proc.stderr.strip() else ""))
        return "mismatch"
    if proc.returncode != 0:
        err = proc.stderr.strip().splitlines()
        mismatches.append("%s: oracle says success, ricochet exit %d: %s" % (
            label, proc.returncode, err[-1] if err else ""))
        return "mismatch"
    try:
        got = flatten(json.loads(proc.stdout))
    except (ValueError, AttributeError) as e:
        mismatches.append("%s: ricochet's JSON does not parse: %s" % (label, e))
        return "mismatch"
    want = normalise(expected)
    bad = False
    for key in ("vertices", "arcs", "arcs_by_layer", "posts.total", "posts.by_type"):
        w, g = want[key], got[key]
        if isinstance(w, dict):
            keys = sorted(set(w) | set(g))
            w = {k: w.get(k, 0) for k in keys}
            g = {k: g.get(k, 0) for k in keys}
        if w != g:
            mismatches.append("%s: %s oracle %s, ricochet %s" % (label, key, w, g))
            bad = True
    return "mismatch" if bad else "ok"


def walk(args):
    files = []
    for arg in args:
        if os.path.isdir(arg):
            for root, dirs, names in os.walk(arg):
                dirs.sort()
                for name in sorted(names):
                    full = os.path.join(root, name)
                    if os.path.isfile(full) and not os.path.islink(full):
                        files.append(full)
        else:
            files.append(arg)
    return files


def describe(figures):
    if figures is None:
        return "error"
    return "actors %d posts %d %s arcs %d %s" % (
        figures["vertices"], figures["posts.total"],
        {k: v for k, v in figures["posts.by_type"].items() if v}, figures["arcs"],
        {k: v for k, v in figures["arcs_by_layer"].items() if v})


def main(argv):
    verbose = "--verbose" in argv
    argv = [a for a in argv if a != "--verbose"]
    if argv and argv[0] == "--self-test":
        self_test()
        print("self-test passed")
        return 0
    merge = bool(argv) and argv[0] == "--merge"
    if merge:
        argv = argv[1:]
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    self_test()
    ricochet, files = argv[0], walk(argv[1:])
    if not files:
        print("no input files", file=sys.stderr)
        return 2
    mismatches = []
    tally = {"ok": 0, "failed-ok": 0, "mismatch": 0}
    totals = {"tweets": 0, "actors": 0, "arcs": 0, **{l: 0 for l in LAYERS}}
    if merge:
        expected, result = oracle(files)
        label = "merge of %d files" % len(files)
        tally[compare(label, expected, ricochet_merged(ricochet, files), mismatches, result)] += 1
        print("%s: oracle %s" % (label, describe(expected)))
        if verbose:
            for note in result.notes:
                print("  note:", note)
    else:
        for path in files:
            expected, result = oracle([path])
            outcome = compare(path, expected, ricochet_single(ricochet, path), mismatches, result)
            tally[outcome] += 1
            if expected is not None:
                totals["tweets"] += expected["posts.total"]
                totals["actors"] += expected["vertices"]
                totals["arcs"] += expected["arcs"]
                for l in LAYERS:
                    totals[l] += expected["arcs_by_layer"][l]
            if verbose:
                print("%s: %s%s" % (path, describe(expected),
                                    "" if expected is not None else " (%s)" % result.error))
                for note in result.notes:
                    print("  note:", note)
    for line in mismatches:
        print("MISMATCH", line)
    print("files %d, successes agreed %d, failures agreed %d, mismatches %d" % (
        sum(tally.values()), tally["ok"], tally["failed-ok"], tally["mismatch"]))
    if not merge:
        print("oracle totals over the files it accepts (summed per file): tweets %d, actors %d, "
              "arcs %d (repost %d, quote %d, reply %d, mention %d)" % (
                  totals["tweets"], totals["actors"], totals["arcs"], totals["repost"],
                  totals["quote"], totals["reply"], totals["mention"]))
    return 1 if mismatches else 0


# ----------------------------------------------------------------------------------------------
# Self-test: tiny tweets counted by hand

def _figures_of_text(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "t.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        figures, result = oracle([path])
        return figures


def _check(name, text, vertices, posts, by_type, arcs_by_layer):
    figures = _figures_of_text(text)
    want_type = {k: 0 for k in TYPES}
    want_type.update(by_type)
    want_layer = {k: 0 for k in LAYERS}
    want_layer.update(arcs_by_layer)
    want = {"vertices": vertices, "arcs": sum(arcs_by_layer.values()), "arcs_by_layer": want_layer,
            "posts.total": posts, "posts.by_type": want_type}
    assert figures == want, "self-test %s: got %s, want %s" % (name, figures, want)


def _check_error(name, text):
    assert _figures_of_text(text) is None, "self-test %s: should be an error" % name


T1 = "Wed Oct 10 20:19:24 +0000 2018"


def self_test():
    # 1. v1.1 retweet of a quote. User 1 retweets tweet 20 by user 2, which quotes tweet 30 by
    #    user 3 and mentions user 4; the retweet's own entities mention 2 (RT @two) and 4, and
    #    Twitter copies quoted_status onto the retweet too.
    #    Posts: 10 (repost), 20 (quote), 30 (original) = 3.
    #    Arcs: 1->2 repost (only arc of the retweet: no mention 1->2 or 1->4, no quote 1->3);
    #          2->3 quote, 2->4 mention (from tweet 20); tweet 30: none.  = 3 arcs.
    #    Actors: 1, 2, 3 (user objects), 4 (a reference of tweet 20) = 4.
    q30 = {"id_str": "30", "user": {"id_str": "3", "screen_name": "three"}, "created_at": T1}
    t20 = {"id_str": "20", "user": {"id_str": "2", "screen_name": "two"}, "created_at": T1,
           "quoted_status_id_str": "30", "quoted_status": q30,
           "entities": {"user_mentions": [{"id_str": "4", "screen_name": "four"}]}}
    r10 = {"id_str": "10", "user": {"id_str": "1", "screen_name": "one"}, "created_at": T1,
           "retweeted_status": t20, "quoted_status": q30, "is_quote_status": True,
           "entities": {"user_mentions": [{"id_str": "2"}, {"id_str": "4"}]}}
    _check("v1.1 retweet of a quote", json.dumps(r10), 4, 3,
           {"repost": 1, "quote": 1, "original": 1}, {"repost": 1, "quote": 1, "mention": 1})

    # 2. v1.1 reply to a tweet that is not in the data, which also mentions its author and
    #    the author itself. Tweet 11 by 1 replies to user 5 (tweet 99 missing), mentions 5 and 1.
    #    Posts: 11 (reply) = 1. Arcs: 1->5 reply, 1->5 mention (1->1 dropped) = 2.
    #    Actors: 1, 5 (known only by the reference) = 2.
    t11 = {"id_str": "11", "user": {"id_str": "1"}, "created_at": T1,
           "in_reply_to_status_id_str": "99", "in_reply_to_user_id_str": "5",
           "entities": {"user_mentions": [{"id_str": "5"}, {"id_str": "1"}]}}
    _check("v1.1 reply to a missing parent", json.dumps(t11), 2, 1, {"reply": 1},
           {"reply": 1, "mention": 1})

    # 2b. v1.1 quote by quoted_status_id_str alone (no embedded quoted_status): tweet 13 by 1
    #    quotes 30, which is in the data (its own line, by 3): its author is known, 1->3 quote.
    #    Tweet 14 by 1 quotes 31, not in the data: still a quote, but no arc.
    #    Posts: 13 quote, 14 quote, 30 original = 3. Arcs: 1->3 quote = 1. Actors: 1, 3 = 2.
    t13 = {"id_str": "13", "user": {"id_str": "1"}, "created_at": T1, "quoted_status_id_str": "30"}
    t14 = {"id_str": "14", "user": {"id_str": "1"}, "created_at": T1, "quoted_status_id_str": "31"}
    _check("v1.1 quoted_status_id_str alone", "\n".join(json.dumps(x) for x in (t13, t14, q30)), 2, 3,
           {"quote": 2, "original": 1}, {"quote": 1})

    # 3. Truncated v1.1 tweet with extended_tweet: only extended_tweet's mentions count.
    #    Tweet 12 by 1, entities mention 6; extended_tweet mentions 6 and 7.
    #    JSON Lines with the same tweet twice (one post) and a delete notice (skipped).
    #    Posts: 1 original. Arcs: 1->6, 1->7 mention = 2. Actors: 1, 6, 7 = 3.
    t12 = {"id_str": "12", "user": {"id_str": "1"}, "created_at": T1, "truncated": True,
           "entities": {"user_mentions": [{"id_str": "6"}]},
           "extended_tweet": {"full_text": "..", "entities": {"user_mentions": [
               {"id_str": "6"}, {"id_str": "7"}]}}}
    notice = {"delete": {"status": {"id_str": "1"}}}
    _check("truncated v1.1 with extended_tweet",
           "\n".join(json.dumps(x) for x in (t12, notice, t12)) + "\n", 3, 1, {"original": 1},
           {"mention": 2})
    #    The same without truncated=true: the short entities count: 1->6 only.
    t12b = dict(t12, truncated=False)
    _check("extended_tweet of a tweet not truncated", json.dumps(t12b), 2, 1, {"original": 1},
           {"mention": 1})

    # 4. v2 page (pretty-printed, one document). data: tweet 100 by 50 retweets 200, which is
    #    missing from includes; its text "RT @Bob: hi" and first mention {username: Bob, no id}
    #    -> the fallback finds user 51 (username "bob") in includes.users: 50->51 repost.
    #    Tweet 101 by 50 quotes 300 (missing from includes, no fallback: no arc) and replies to
    #    52 (in_reply_to_user_id), mentions "CAROL" (no id -> user 53 "carol" by handle) and
    #    "nobody" (unknown: none). includes.tweets: tweet 102 by 52, original, no created_at
    #    (snowflake id), mentions {id 54, username dave}.
    #    Posts: 100 repost, 101 quote, 102 original = 3.
    #    Arcs: 50->51 repost, 50->52 reply, 50->53 mention, 52->54 mention = 4.
    #    Actors: 50, 51, 52, 53 (includes.users), 54 (mention object) = 5.
    page = {"data": [
        {"id": "100", "author_id": "50", "created_at": "2021-01-01T00:00:00.000Z",
         "text": "RT @Bob: hi", "referenced_tweets": [{"type": "retweeted", "id": "200"}],
         "entities": {"mentions": [{"start": 3, "end": 7, "username": "Bob"}]}},
        {"id": "101", "author_id": "50", "created_at": "2021-01-01T00:00:00.000Z",
         "text": "@c hey @CAROL @nobody", "in_reply_to_user_id": "52",
         "referenced_tweets": [{"type": "quoted", "id": "300"}, {"type": "replied_to", "id": "102"}],
         "entities": {"mentions": [{"username": "CAROL"}, {"username": "nobody"}]}}],
        "includes": {"users": [{"id": "50", "username": "al"}, {"id": "51", "username": "bob"},
                               {"id": "52", "username": "c"}, {"id": "53", "username": "carol"}],
                     "tweets": [{"id": "1380175475545362437", "author_id": "52", "text": "x",
                                 "entities": {"mentions": [{"id": "54", "username": "dave"}]}}]},
        "meta": {"result_count": 2}}
    # (tweet 102 is "1380175475545362437" here so that its snowflake time is valid; 101's
    # replied_to points to it, but in_reply_to_user_id wins for the reply arc anyway.)
    _check("v2 page, reference missing from includes", json.dumps(page, indent=2), 5, 3,
           {"repost": 1, "quote": 1, "original": 1},
           {"repost": 1, "reply": 1, "mention": 2})

    # 5. twarc2 flattened line: tweet 400 by 60 (author object), quotes 401 whose author_id 61 is
    #    given in the reference (flattened); replied_to 402 by 62 (flattened author object) with no
    #    in_reply_to_user_id -> reply to 62; mentions object {id 63}. A second line retweets
    #    tweet 400 (flattened reference author_id 60): 64->60 repost.
    #    Posts: 400 quote, 410 repost = 2 (referenced tweets in a flattened line are not posts).
    #    Arcs: 60->61 quote, 60->62 reply, 60->63 mention, 64->60 repost = 4.
    #    Actors: 60, 61, 62, 63, 64 = 5.
    flat1 = {"id": "400", "author_id": "60", "created_at": "2021-01-01T00:00:00.000Z", "text": "q",
             "author": {"id": "60", "username": "sixty"},
             "referenced_tweets": [
                 {"type": "quoted", "id": "401", "author_id": "61", "text": "x",
                  "author": {"id": "61", "username": "s1"}},
                 {"type": "replied_to", "id": "402", "author_id": "62", "text": "y",
                  "author": {"id": "62", "username": "s2"}}],
             "entities": {"mentions": [{"id": "63", "username": "s3"}]}, "__twarc": {}}
    flat2 = {"id": "410", "author_id": "64", "created_at": "2021-01-01T00:00:00Z", "text": "RT @sixty: q",
             "referenced_tweets": [{"type": "retweeted", "id": "400", "author_id": "60"}],
             "entities": {"mentions": [{"id": "60", "username": "sixty"}]}}
    _check("flattened v2 lines", json.dumps(flat1) + "\n" + json.dumps(flat2), 5, 2,
           {"quote": 1, "repost": 1}, {"quote": 1, "reply": 1, "mention": 1, "repost": 1})

    # 6. Errors: empty, whitespace only, notices only, a user object (id_str without user), a v2
    #    tweet without created_at and a small id, an object of unknown shape, a bad line.
    _check_error("empty file", "")
    _check_error("whitespace only", " \n\t\n")
    _check_error("notices only", json.dumps(notice) + "\n" + json.dumps({"limit": {"track": 1}}))
    _check_error("user object", json.dumps({"id_str": "5", "screen_name": "x", "created_at": T1}))
    _check_error("v2 tweet with a small id and no time", json.dumps({"id": "123", "author_id": "5"}))
    _check_error("unknown object", json.dumps({"users": []}))
    _check_error("bad JSON line", json.dumps(t11) + "\n{\"id_str\": \n")
    _check_error("empty array", "[]")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
