#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Converts TIMME's PureP subset (US politicians on Twitter, March 2019; Xiao et al., KDD 2020)
into a native ricochet JSON document, gzipped, byte-for-byte deterministic.

- One actor per party of dict.csv (R, D, I), kind `association` (a political party is a
  membership organisation, not a company), sector `politics`: these are the organisations.
- One actor per politician of dict.csv, in dict.csv's order: kind `executive`, organisation =
  their party, name, Twitter handle. A user who appears in a relation but not in dict.csv would be
  added after them (ascending numeric id) as kind `other` without organisation (PureP has none).
- Interactions (no time: TIMME gives counts over the observation window): retweet_list -> repost
  (TIMME folds quotes into retweets), mention_list -> mention, reply_list -> reply,
  favorite_list -> reaction, with their counts, file by file in that order and rows in file
  order. Self-relations are kept (ricochet counts them and makes no arc). friend_list (follows)
  is left out: following is not amplification.

Usage: timme_to_native.py PUREP_FOLDER OUTPUT.json.gz
"""
import csv
import gzip
import json
import os
import sys

PARTIES = [("R", "party-r", "Republican Party"), ("D", "party-d", "Democratic Party"),
           ("I", "party-i", "Independents")]
RELATIONS = [("retweet_list.csv", "repost"), ("mention_list.csv", "mention"),
             ("reply_list.csv", "reply"), ("favorite_list.csv", "reaction")]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        header = next(reader)
        for row in reader:
            if row:
                yield header, row


def convert(folder):
    party_id = {code: pid for code, pid, _ in PARTIES}
    actors = [{"id": pid, "name": name, "kind": "association", "sector": "politics"}
              for _code, pid, name in PARTIES]
    known = set()
    for _header, row in rows(os.path.join(folder, "dict.csv")):
        name, twitter_id, handle, party = row
        actor = {"id": "twitter:" + twitter_id, "name": name, "kind": "executive"}
        if party in party_id:
            actor["organisation"] = party_id[party]
        else:
            actor["kind"] = "other"
        actor["accounts"] = {"twitter": handle}
        actors.append(actor)
        known.add(twitter_id)
    interactions = []
    strangers = set()
    counts = {}
    for filename, layer in RELATIONS:
        for _header, (source, target, count) in rows(os.path.join(folder, filename)):
            for user in (source, target):
                if user not in known:
                    strangers.add(user)
            interactions.append({"source": "twitter:" + source, "target": "twitter:" + target,
                                 "layer": layer, "count": int(count)})
            counts[layer] = counts.get(layer, 0) + 1
    for user in sorted(strangers, key=int):
        actors.append({"id": "twitter:" + user, "kind": "other"})
    return actors, interactions, counts, len(strangers)


def write(path, actors, interactions):
    lines = ['{"format": "ricochet", "version": 1,', '"actors": [']
    lines.append(",\n".join(json.dumps(a, ensure_ascii=False, sort_keys=False) for a in actors))
    lines.append('],\n"posts": [],\n"engagements": [],\n"interactions": [')
    lines.append(",\n".join(json.dumps(r, sort_keys=False) for r in interactions))
    lines.append("]}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw:
        # mtime 0 and no file name: the same input gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(data)
    return len(data)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    actors, interactions, counts, strangers = convert(argv[1])
    size = write(argv[2], actors, interactions)
    print("timme_to_native: %d actors (%d without a party), %d interactions %s, %d bytes of JSON" % (
        len(actors), strangers, len(interactions), counts, size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
