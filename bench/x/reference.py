#!/usr/bin/env python3
"""An independent reading of the same X collection with Python's json module: relations per type by the rules in
README (replies, retweets, quotes, mentions; none to oneself; no mentions from retweets), for the time and as a
check on the counts. Prints "seconds peak_mb TAGGED=… REPLIED_TO=… …". Usage: reference.py FILE.jsonl"""
import json
import resource
import sys
import time
from collections import Counter

start = time.time()
counts = Counter()


def relations(t, users, tweets):
    author = (t.get("author") or users.get(t.get("author_id")) or {}).get("username") or "id:" + t["author_id"]
    author_id = t.get("author_id")
    mentions = (t.get("entities") or {}).get("mentions") or []
    found = set()
    refs = {r["type"]: r for r in t.get("referenced_tweets") or []}

    def ref_author(r):
        if "author_id" in r or "text" in r:
            ref = r
        else:
            ref = tweets.get(r["id"])
        if ref is None:
            return None
        return (ref.get("author") or users.get(ref.get("author_id")) or {}).get("username") or "id:" + ref["author_id"]

    replied = None
    if t.get("in_reply_to_user_id"):
        rid = t["in_reply_to_user_id"]
        u = t.get("in_reply_to_user") or users.get(rid)
        m = [x["username"] for x in mentions if x.get("id") == rid]
        replied = (u or {}).get("username") or (m[0] if m else "id:" + rid)
    elif "replied_to" in refs:
        replied = ref_author(refs["replied_to"])
    same = lambda a, b: a is not None and b is not None and a.lower() == b.lower()
    if replied and not same(replied, author):
        counts["REPLIED_TO"] += 1
    if "retweeted" in refs:
        original = ref_author(refs["retweeted"])
        if original is None and mentions and (t.get("text") or "").startswith("RT @" + mentions[0]["username"] + ":"):
            original = mentions[0]["username"]
        if original and not same(original, author):
            counts["RETWEETED"] += 1
        return
    if "quoted" in refs:
        quoted = ref_author(refs["quoted"])
        if quoted and not same(quoted, author):
            counts["QUOTED"] += 1
    tagged = {author.lower(), (replied or "").lower()}
    for m in mentions:
        if m["username"].lower() not in tagged and m.get("id") not in (author_id, t.get("in_reply_to_user_id")):
            tagged.add(m["username"].lower())
            counts["TAGGED"] += 1


tweets_read = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if "data" in value:
            inc = value.get("includes") or {}
            users = {u["id"]: u for u in inc.get("users") or []}
            tweets = {t["id"]: t for t in inc.get("tweets") or []}
            data = value["data"] if isinstance(value["data"], list) else [value["data"]]
        elif "id" in value:
            users, tweets, data = {}, {}, [value]
        else:
            continue
        for t in data:
            relations(t, users, tweets)
            tweets_read += 1
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{time.time() - start:.2f} {peak} tweets={tweets_read} " + " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
