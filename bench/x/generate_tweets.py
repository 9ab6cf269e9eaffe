#!/usr/bin/env python3
"""Writes a seeded X collection as twarc2 writes it: one API response page (100 tweets, includes.users/tweets,
meta, __twarc) per line, or with --flat one flattened tweet per line (as `twarc2 flatten` writes it).
Tweets: 35% retweets, 20% replies, 10% quotes, the rest originals; 0-3 mentions; a few authors withheld.
Usage: generate_tweets.py TWEETS OUT.jsonl [--flat] [USERS]"""
import json
import random
import sys

n = int(sys.argv[1])
path = sys.argv[2]
flat = "--flat" in sys.argv
rest = [a for a in sys.argv[3:] if a != "--flat"]
users = int(rest[0]) if rest else max(n // 25, 100)
rng = random.Random(7)
words = ("Klimaschutz Haushalt Antrag Bundestag Debatte Wahlkreis Rente Bildung Europa Verkehr Digitalisierung "
         "Sitzung heute morgen wichtig danke gemeinsam Entscheidung Kommission Vorschlag Abstimmung").split()


pages = 0


def user(i):
    # A profile stays as it was while a collection runs, except that the counts of the most followed accounts grow
    # (here the top 2%, every 20 pages): their latest profile is written again each time.
    r = random.Random(i)
    grown = pages // 20 if i < users // 50 else 0
    return {"id": str(100000 + i), "username": f"user_{i}", "name": f"User {i}", "created_at": "2012-03-04T05:06:07.000Z",
            "description": " ".join(r.choice(words) for _ in range(8)), "location": "Berlin", "protected": False,
            "verified": i % 50 == 0, "verified_type": "blue" if i % 50 == 0 else "none",
            "public_metrics": {"followers_count": r.randrange(10, 100000) + grown, "following_count": r.randrange(10, 5000),
                               "tweet_count": r.randrange(100, 50000) + grown, "listed_count": r.randrange(0, 500)},
            "profile_image_url": f"https://pbs.twimg.com/profile_images/{i}/a_normal.jpg"}


def pick():
    return int(users * rng.random() ** 2)  # a few accounts get most of the attention


def tweet(tid, author, at):
    mentioned = sorted({pick() for _ in range(rng.randrange(0, 4))} - {author})
    text = " ".join(rng.choice(words) for _ in range(rng.randrange(8, 25)))
    prefix = "".join(f"@user_{m} " for m in mentioned)
    t = {"id": str(tid), "conversation_id": str(tid), "author_id": str(100000 + author),
         "created_at": f"2024-{1 + at % 12:02d}-{1 + at % 28:02d}T{at % 24:02d}:{at % 60:02d}:00.000Z",
         "text": prefix + text, "lang": "de", "possibly_sensitive": False, "reply_settings": "everyone",
         "edit_history_tweet_ids": [str(tid)], "source": "Twitter Web App",
         "public_metrics": {"retweet_count": rng.randrange(50), "reply_count": rng.randrange(20),
                            "like_count": rng.randrange(200), "quote_count": rng.randrange(5), "impression_count": rng.randrange(5000)}}
    if mentioned:
        pos, ms = 0, []
        for m in mentioned:
            name = f"user_{m}"
            ms.append({"start": pos, "end": pos + len(name) + 1, "username": name, "id": str(100000 + m)})
            pos += len(name) + 2
        t["entities"] = {"mentions": ms}
    return t


withheld = {i for i in range(users) if i % 997 == 13}
originals = []  # a window of recent tweet ids and their authors, to refer to
next_id = 1700000000000000000


def page(count):
    global next_id, pages
    pages += 1
    data, inc_users, inc_tweets = [], {}, {}
    for _ in range(count):
        next_id += 1
        author = rng.randrange(users)
        t = tweet(next_id, author, next_id % 100000)
        roll = rng.random()
        if originals and roll < 0.65:
            ref_id, ref_author, ref = rng.choice(originals)
            kind = "retweeted" if roll < 0.35 else "replied_to" if roll < 0.55 else "quoted"
            t["referenced_tweets"] = [{"type": kind, "id": ref_id}]
            if kind == "retweeted":
                t["text"] = f"RT @user_{ref_author}: " + ref["text"]
                t["entities"] = {"mentions": [{"start": 3, "end": 4 + len(f"user_{ref_author}"), "username": f"user_{ref_author}",
                                               "id": str(100000 + ref_author)}] + ref.get("entities", {}).get("mentions", [])}
            elif kind == "replied_to":
                t["in_reply_to_user_id"] = str(100000 + ref_author)
                inc_users[ref_author] = True
            if rng.random() > 0.02:  # 2% of referenced tweets deleted since
                inc_tweets[ref_id] = ref
                inc_users[ref_author] = True
        else:
            originals.append((t["id"], author, t))
            if len(originals) > 5000:
                originals.pop(rng.randrange(len(originals)))
        inc_users[author] = True
        for m in t.get("entities", {}).get("mentions", []):
            inc_users[int(m["id"]) - 100000] = True
        data.append(t)
    errors = [{"value": str(100000 + u), "detail": f"User has been suspended: [{100000 + u}].", "title": "Forbidden",
               "resource_type": "user", "parameter": "author_id", "resource_id": str(100000 + u),
               "type": "https://api.twitter.com/2/problems/resource-not-found"} for u in inc_users if u in withheld]
    response = {"data": data,
                "includes": {"users": [user(u) for u in inc_users if u not in withheld], "tweets": list(inc_tweets.values())},
                "meta": {"newest_id": data[-1]["id"], "oldest_id": data[0]["id"], "result_count": len(data), "next_token": "b26v89c19zqg8o3f"},
                "__twarc": {"url": "https://api.twitter.com/2/tweets/search/all?max_results=100", "version": "2.14.0",
                            "retrieved_at": "2024-12-01T00:00:00+00:00"}}
    if errors:
        response["errors"] = errors
    return response


def flatten(response):
    users_by_id = {u["id"]: u for u in response["includes"]["users"]}
    users_by_name = {u["username"]: u for u in response["includes"]["users"]}
    tweets_by_id = {}

    def expand(t):
        t = dict(t)
        t["author"] = users_by_id.get(t["author_id"], {})
        if "in_reply_to_user_id" in t:
            t["in_reply_to_user"] = users_by_id.get(t["in_reply_to_user_id"], {})
        if "entities" in t:
            t["entities"] = {"mentions": [{**m, **users_by_name.get(m["username"], {})} for m in t["entities"]["mentions"]]}
        if "referenced_tweets" in t:
            t["referenced_tweets"] = [{**r, **tweets_by_id.get(r["id"], {})} for r in t["referenced_tweets"]]
        return t

    for t in response["includes"]["tweets"]:
        tweets_by_id[t["id"]] = expand(t)
    return [{**expand(t), "__twarc": response["__twarc"]} for t in response["data"]]


with open(path, "w", encoding="utf-8") as f:
    written = 0
    while written < n:
        count = min(100, n - written)
        response = page(count)
        if flat:
            for t in flatten(response):
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
        else:
            f.write(json.dumps(response, ensure_ascii=False) + "\n")
        written += count
