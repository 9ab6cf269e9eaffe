#!/usr/bin/python3
"""Measures whether a learned pair scorer on top of the rules of `actorgraph extract` would help (issue 13), on the DEV
split of the real-text corpus only.

Usage:
  train.py ACTORGRAPH TEXTS_DIR --cv              5-fold cross-validation over dev passages: rules alone vs rules ∪ scorer
  train.py ACTORGRAPH TEXTS_DIR --unseen FOLDER   train on the dev passages not in FOLDER, score FOLDER's dev passages
                                                  (new passages nobody tuned on: a folder of links to their .txt files)

Candidates and features come from `actorgraph extract --pairs` (one ordered pair of actors per sentence); a candidate is a
positive of type T when the annotations give (source, T, target) for the passage with its anchor inside that sentence. A
candidate whose pair has T in the gold but whose sentence holds no anchor of it is left out of training (it may restate it).
Per type, a logistic regression (numpy, L2, full-batch Adam from zeros: deterministic) on binary features. The threshold is
chosen inside the training passages by an inner cross-validation (F1 of rules ∪ scorer there). Folds are by passage, shuffled
with a fixed seed; `--repeats K` repeats the CV with K shuffles (outer and inner folds), since a gain of a few relations can
come and go with the split. Only the dev split is ever read. A type would be worth wiring into `extract` when its F1 rises
and the precision of rules ∪ scorer stays >= 0.85 in every shuffle ("keep"); measured on 28 Nov 2026 no type did (README,
"Does a learned scorer help?"), so the product has no scorer, only the candidates (`extract --pairs`) it learns from.
"""
import argparse, collections, json, os, random, subprocess, sys

import numpy as np
from scipy import sparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import HERE, read_tsv, squeeze  # noqa: E402

TYPES = ["TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "QUOTED", "RETWEETED"]
SEED = 13
MIN_PRECISION = 0.85


def dev_passages(texts):
    rows = [p for name in ("passages-de.tsv", "passages-en.tsv") for p in read_tsv(os.path.join(HERE, name)) if p["split"] == "dev"]
    return [p["id"] for p in rows if os.path.exists(os.path.join(texts, p["id"] + ".txt")) and os.path.exists(os.path.join(HERE, "actors", p["id"] + ".tsv"))]


def gold_relations():
    gold = collections.defaultdict(list)
    for name in ("annotations-de.tsv", "annotations-en.tsv"):
        for row in read_tsv(os.path.join(HERE, name)):
            if row["relation"] != "-":
                gold[row["passage"]].append((row["source"], row["relation"], row["target"], squeeze(row["anchor"])))
    return gold


def run(actorgraph, texts, ids, *extra, cache=None):
    """`actorgraph extract` as JSON over the passages, in one process; passage id -> rows. With a cache file, its rows if it exists."""
    if cache and os.path.exists(cache):
        with open(cache, encoding="utf-8") as f:
            return collections.defaultdict(list, json.load(f))
    out = subprocess.run([actorgraph, "extract", "--actors", os.path.join(HERE, "actors"), "--format", "json", *extra]
                         + [os.path.join(texts, i + ".txt") for i in ids], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"actorgraph extract failed ({out.returncode}): {out.stderr.strip()}")
    rows = collections.defaultdict(list)
    for r in json.loads(out.stdout or "[]"):
        rows[os.path.splitext(r["document"])[0]].append(r)
    if cache:
        with open(cache, "w", encoding="utf-8") as f:
            json.dump(rows, f)
    return rows


class Data:
    """The candidates of a set of passages as one sparse matrix, labels per type, and what the rules found in each passage."""

    def __init__(self, actorgraph, texts, ids, gold, cache=None):
        self.ids = ids
        self.gold = gold
        rules = run(actorgraph, texts, ids, cache=cache and cache + ".rules.json")
        self.rules = {i: {(r["source"], r["relation"], r["target"]) for r in rules[i]} for i in ids}
        pairs = run(actorgraph, texts, ids, "--pairs", cache=cache and cache + ".pairs.json")
        rows, self.labels = [], {t: [] for t in TYPES}
        for i in ids:
            for c in pairs[i]:
                sentence = squeeze(c["evidence"])
                for t in TYPES:
                    stated = [a for s, r, g, a in gold[i] if (s, r, g) == (c["source"], t, c["target"])]
                    self.labels[t].append(1 if any(a in sentence for a in stated) else -1 if stated else 0)
                rows.append((i, c["source"], c["target"], c["features"]))
        self.names = ["bias"] + sorted({f for r in rows for f in r[3]} - {"bias"})
        index = {f: k for k, f in enumerate(self.names)}
        cells = [(k, index[f]) for k, r in enumerate(rows) for f in r[3]]
        self.X = sparse.csr_matrix((np.ones(len(cells)), ([k for k, _ in cells], [j for _, j in cells])), shape=(len(rows), len(self.names)))
        self.labels = {t: np.array(v) for t, v in self.labels.items()}
        self.passage = np.array([r[0] for r in rows])
        keys = {}
        self.key = np.array([keys.setdefault(r[:3], len(keys)) for r in rows])
        self.keys = list(keys)
        self.by_rule = {t: np.array([f"rule:{t}" in r[3] for r in rows]) for t in TYPES}
        self.rows = len(rows)

    def positives(self, t):
        return int(((self.labels[t] == 1) & ~self.by_rule[t]).sum())

    def missed(self, t):
        """Gold relations of type t the rules miss, and how many of them some candidate pair stands for (what a scorer could reach)."""
        candidates = set(self.keys)
        keys = {(i, s, g) for i in self.ids for s, r, g, _ in self.gold[i] if r == t and (s, r, g) not in self.rules[i]}
        return len(keys), len(keys & candidates)


def fit(X, y, l2=1.0, epochs=400, rate=0.05):
    """Logistic regression by full-batch Adam from zero weights: the same data gives the same weights."""
    w = np.zeros(X.shape[1])
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    n = max(len(y), 1)
    shrink = np.full_like(w, l2 / n)
    shrink[0] = 0.0  # the bias is not shrunk
    for step in range(1, epochs + 1):
        p = 1 / (1 + np.exp(-(X @ w)))
        grad = X.T @ (p - y) / n + shrink * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def train(data, passages, t):
    """Weights (one per feature of data.names) for type t from the candidates of the passages the rules did not already give t."""
    rows = np.isin(data.passage, list(passages)) & (data.labels[t] >= 0) & ~data.by_rule[t]
    y = (data.labels[t][rows] == 1).astype(float)
    if y.sum() == 0:
        w = np.zeros(len(data.names))
        w[0] = -10.0
        return w
    return fit(data.X[rows], y)


def probabilities(data, passages, t, weights):
    """(passage, source, target) -> the highest p of any of its candidates."""
    rows = np.isin(data.passage, list(passages))
    p = 1 / (1 + np.exp(-(data.X[rows] @ weights)))
    best = np.zeros(len(data.keys))
    np.maximum.at(best, data.key[rows], p)
    return {data.keys[k]: best[k] for k in np.unique(data.key[rows])}


def count(data, passages, t, proposals):
    """tp, fp, fn of type t over the passages for rules ∪ proposals."""
    tp = fp = fn = 0
    for i in passages:
        gold = collections.Counter((s, g) for s, r, g, _ in data.gold[i] if r == t)
        got = {(s, g) for s, r, g in data.rules[i] if r == t} | {(s, g) for (j, s, g) in proposals if j == i}
        for key in gold.keys() | got:
            hit = min(gold[key], 1 if key in got else 0)
            tp += hit
            fp += (1 if key in got else 0) - hit
            fn += gold[key] - hit
    return tp, fp, fn


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def folds(passages, k, seed=SEED):
    order = sorted(passages)
    random.Random(seed).shuffle(order)
    return [order[j::k] for j in range(k)]


def threshold(data, passages, t, seed, inner=3):
    """The threshold that gives the best F1 of rules ∪ scorer over the passages, from out-of-fold p of an inner CV."""
    oof = {}
    for held in folds(passages, inner, seed):
        rest = [i for i in passages if i not in set(held)]
        oof.update(probabilities(data, held, t, train(data, rest, t)))
    best = (f1(*count(data, passages, t, set())), 1.01)
    for th in np.arange(0.30, 0.99, 0.02):
        c = count(data, passages, t, {k for k, p in oof.items() if p >= th})
        precision = c[0] / (c[0] + c[1]) if c[0] + c[1] else 1.0
        if precision >= MIN_PRECISION and f1(*c) > best[0] + 1e-9:
            best = (f1(*c), float(th))
    return best[1]


def evaluate(data, train_ids, test_ids, seed=SEED):
    """Per type: rules alone and rules ∪ scorer on test_ids, the model and its threshold from train_ids only."""
    result = {}
    for t in TYPES:
        weights = train(data, train_ids, t)
        th = threshold(data, train_ids, t, seed)
        p = probabilities(data, test_ids, t, weights)
        result[t] = (count(data, test_ids, t, set()), count(data, test_ids, t, {k for k, q in p.items() if q >= th}), th)
    return result


def report(title, summed):
    print(title)
    print(f"{'relation':<11} {'rules tp/fp/fn':>16} {'P':>6} {'R':>6} {'F1':>6}   {'+scorer tp/fp/fn':>16} {'P':>6} {'R':>6} {'F1':>6}  keep")
    keep = []
    for t in TYPES:
        a, b = summed[t]
        def prf(c):
            return (c[0] / (c[0] + c[1]) if c[0] + c[1] else 0.0, c[0] / (c[0] + c[2]) if c[0] + c[2] else 0.0, f1(*c))
        ok = f1(*b) > f1(*a) + 1e-9 and prf(b)[0] >= MIN_PRECISION
        if ok:
            keep.append(t)
        print(f"{t:<11} {'/'.join(map(str, a)):>16} {prf(a)[0]:>6.3f} {prf(a)[1]:>6.3f} {prf(a)[2]:>6.3f}   {'/'.join(map(str, b)):>16} "
              f"{prf(b)[0]:>6.3f} {prf(b)[1]:>6.3f} {prf(b)[2]:>6.3f}  {'yes' if ok else 'no'}")
    return keep


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("actorgraph")
    ap.add_argument("texts")
    ap.add_argument("--cv", action="store_true", help="5-fold cross-validation over dev passages")
    ap.add_argument("--unseen", help="a folder of new dev passages: train on the other dev passages, score these")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="repeat the CV with other shuffles of the passages; a type is kept only if every repeat keeps it")
    ap.add_argument("--cache", help="keep the CLI's output in CACHE.rules.json and CACHE.pairs.json and read it from there next time (same binary and texts only)")
    args = ap.parse_args()
    gold = gold_relations()
    ids = dev_passages(args.texts)
    data = Data(args.actorgraph, args.texts, ids, gold, args.cache)
    print(f"{len(ids)} dev passages, {data.rows} candidate pairs, {len(data.names)} features; positives per type outside the rules: "
          + ", ".join(f"{t} {data.positives(t)}" for t in TYPES))
    print("relations the rules miss / of them with a candidate pair: " + ", ".join(f"{t} {'/'.join(map(str, data.missed(t)))}" for t in TYPES), flush=True)
    if args.unseen:
        new = set(dev_passages(args.unseen))
        result = evaluate(data, [i for i in ids if i not in new], [i for i in ids if i in new])
        report(f"unseen dev: {len(new)} passages, trained on the other {len(ids) - len(new)}", {t: result[t][:2] for t in TYPES})
    if args.cv:
        kept = set(TYPES)
        for seed in range(SEED, SEED + args.repeats):
            summed = {t: [(0, 0, 0), (0, 0, 0)] for t in TYPES}
            for k, held in enumerate(folds(ids, args.folds, seed)):
                result = evaluate(data, [i for i in ids if i not in set(held)], held, seed)
                for t in TYPES:
                    summed[t] = [tuple(x + y for x, y in zip(summed[t][j], result[t][j])) for j in range(2)]
                print(f"fold {k + 1}: thresholds " + ", ".join(f"{t} {result[t][2]:.2f}" for t in TYPES), file=sys.stderr)
            kept &= set(report(f"{args.folds}-fold cross-validation over {len(ids)} dev passages (summed over folds, shuffle seed {seed})", summed))
        if args.repeats > 1:
            print(f"kept in all {args.repeats} repeats: {', '.join(t for t in TYPES if t in kept) or 'no type'}")


if __name__ == "__main__":
    main()
