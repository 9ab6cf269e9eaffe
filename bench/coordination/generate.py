#!/usr/bin/env python3
"""A seeded X-like campaign over several months, with answers known in advance:

- accounts retweet, quote and reply to posts of 40 politicians and tag them, at random times;
- @pol_rising gets more attention every month, @pol_fading less (who rose and fell month by month);
- six accounts (@amp_1 .. @amp_6) also retweet 12 posts of @pol_campaign, each within 45 seconds of one another:
  the planted coordinated group. Nothing else repeats within a minute often enough to reach 3 shared actions.

Formats: `edges` (actorgraph's edges CSV; the original post's id in the document column) or `x` (X API v2 responses
as JSON lines, as twarc2 writes them: `ingest x-tweets` reads them).

Usage: generate.py RELATIONS OUT [--format edges|x] [--months 6] [--seed 42]"""
import argparse
import csv
import json
import random
from datetime import datetime, timedelta, timezone

p = argparse.ArgumentParser()
p.add_argument("relations", type=int)
p.add_argument("out")
p.add_argument("--format", choices=["edges", "x"], default="edges")
p.add_argument("--months", type=int, default=6)
p.add_argument("--seed", type=int, default=42)
a = p.parse_args()

rng = random.Random(a.seed)
start = datetime(2024, 1, 1, tzinfo=timezone.utc)
month_starts = [datetime(2024 + (m // 12), 1 + m % 12, 1, tzinfo=timezone.utc) for m in range(a.months + 1)]
seconds = int((month_starts[-1] - start).total_seconds())
n_accounts = max(200, a.relations // 40)
accounts = [f"user_{i:06d}" for i in range(n_accounts)]
politicians = [f"pol_{i:02d}" for i in range(40)]
group = [f"amp_{i}" for i in range(1, 7)]
n_posts = max(400, a.relations // 10)
post_author = [politicians[int(len(politicians) * rng.random() ** 1.5)] for _ in range(n_posts)]
post_time = [rng.randrange(seconds) for _ in range(n_posts)]


def target_at(t):
    """@pol_rising ever more and @pol_fading ever less likely as the months pass (from 1% to 12% of all attention
    and back), else None."""
    share = (t * a.months // seconds) / max(a.months - 1, 1)
    r = rng.random()
    rising, fading = 0.01 + 0.11 * share, 0.12 - 0.11 * share
    return "pol_rising" if r < rising else "pol_fading" if r < rising + fading else None


actions = []  # (actor, relation, target, post or None, seconds)
for i in range(a.relations - 12 * len(group)):
    actor = accounts[rng.randrange(n_accounts)]
    kind = rng.choices(["RETWEETED", "TAGGED", "REPLIED_TO", "QUOTED"], [50, 20, 20, 10])[0]
    if kind == "TAGGED":
        t = rng.randrange(seconds)
        actions.append((actor, kind, target_at(t) or rng.choice(politicians), None, t))
        continue
    # Reactions follow a post by hours (exponential, mean 12 h), as they do on X.
    post = rng.randrange(n_posts)
    t = min(post_time[post] + int(rng.expovariate(1 / 43200)), seconds - 1)
    special = target_at(t)
    if special:
        # one of the special politician's 200 posts, reacted to at random times
        post = n_posts + rng.randrange(200) + (200 if special == "pol_fading" else 0)
        t = rng.randrange(seconds)
    actions.append((actor, kind, special or post_author[post], post, t))
for k in range(12):
    post = n_posts + 1000 + k
    t = (k + 0.5) * seconds // 12
    for j, member in enumerate(group):
        actions.append((member, "RETWEETED", "pol_campaign", post, t + 7 * j + rng.randrange(3)))
actions.sort(key=lambda x: x[4])


def stamp(t):
    return (start + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ")


if a.format == "edges":
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "relation", "at", "source_id", "document", "url"])
        for i, (actor, kind, target, post, t) in enumerate(actions):
            tid = 1800000000000000000 + i
            w.writerow([f"x:{actor}", f"x:{target}", kind, stamp(t), str(tid),
                        "" if post is None else f"x:tweet:{1700000000000000000 + post}",
                        f"https://x.com/{actor}/status/{tid}"])
else:
    ids = {}

    def user(name):
        return {"id": ids.setdefault(name, str(9000000 + len(ids))), "username": name, "name": name.replace("_", " ").title()}

    with open(a.out, "w", encoding="utf-8") as f:
        for page in range(0, len(actions), 100):
            data, users, tweets = [], {}, {}
            for i, (actor, kind, target, post, t) in enumerate(actions[page:page + 100], start=page):
                me, them = user(actor), user(target)
                users[actor], users[target] = me, them
                tweet = {"id": str(1800000000000000000 + i), "author_id": me["id"], "created_at": stamp(t)}
                mention = {"username": target, "id": them["id"]}
                if kind == "TAGGED":
                    tweet |= {"text": f"What do you say, @{target}?", "entities": {"mentions": [mention]}}
                else:
                    original = str(1700000000000000000 + post)
                    tweets[original] = {"id": original, "author_id": them["id"], "text": f"Post {post}",
                                        "created_at": stamp(post_time[post] if post < n_posts else 0)}
                    ref = {"RETWEETED": "retweeted", "QUOTED": "quoted", "REPLIED_TO": "replied_to"}[kind]
                    tweet |= {"referenced_tweets": [{"type": ref, "id": original}]}
                    if kind == "RETWEETED":
                        tweet |= {"text": f"RT @{target}: Post {post}", "entities": {"mentions": [mention]}}
                    elif kind == "REPLIED_TO":
                        tweet |= {"text": f"@{target} I disagree.", "in_reply_to_user_id": them["id"],
                                  "entities": {"mentions": [mention]}}
                    else:
                        tweet |= {"text": "Look at this."}
                data.append(tweet)
            f.write(json.dumps({"data": data, "includes": {"users": list(users.values()), "tweets": list(tweets.values())},
                                "meta": {"result_count": len(data)}}) + "\n")
