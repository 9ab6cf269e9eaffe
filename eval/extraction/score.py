#!/usr/bin/python3
"""Runs `actorgraph extract` on each passage of the real-text corpus and scores it against the annotations.

Usage: score.py ACTORGRAPH TEXTS_DIR [--split dev|test|all] [--list] [--why] [--lang auto|table]
Each passage is extracted with its own actors file (actors/<id>.tsv); (source, relation, target) are matched per
passage as multisets. Prints P/R/F1 per relation type and overall; --list adds every false positive (with the
evidence sentence) and false negative (with the annotated anchor); --why sorts each false negative into a class by what
`actorgraph extract --mentions` read in the evidence sentence (see why()).
"""
import argparse, collections, csv, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def why(sentences, key, anchor, documents):
    """The class of a false negative, from the sentences `extract --mentions` read: where the anchor's sentence is, and
    whether the annotated source and target are among the actors resolved in it.

    "sentence boundary": the anchor runs over sentences the splitter made; "anchor not in the text read".
    Both actors resolved in the sentence: "cue missed" (no cue of the relation there) or "rule" (a cue, not joined).
    A target only inside quotation marks, its source not in the sentence: "post author not attributed".
    Otherwise the missing actor (source, target or both) decides: "pronoun/role resolved elsewhere" (a pronoun or role
    in the sentence, resolved to someone else or no one), "named only in a neighbouring sentence" (within two sentences,
    nothing in this one stands for it), "named elsewhere in the passage", "never found" (no mention anywhere: a name form
    the actor lexicon misses). A SIGNED target counts as found when the document was named before or is the only one."""
    source, relation, target = key
    texts = [squeeze(s["text"]) for s in sentences]
    needle = squeeze(anchor)
    at = next((i for i, t in enumerate(texts) if needle in t), None)
    if at is None:
        if any(needle in " ".join(texts[i:i + 3]) for i in range(len(texts))):
            return "sentence boundary", ""
        return "anchor not in the text read", ""

    def actors_at(i, quoted=True):
        return {m["actor"] for m in sentences[i]["mentions"] if m["actor"] and (quoted or m["via"] != "quoted")} if 0 <= i < len(sentences) else set()
    here = actors_at(at)
    found_source = source in here
    found_target = target in here or (relation == "SIGNED" and target in documents
                                      and (len(documents) == 1 or any(target in actors_at(i) for i in range(at))))
    cue = any(c.split(":")[0] == relation for c in sentences[at]["cues"])
    note = "" if cue else "no cue"
    if found_source and found_target:
        return ("rule" if cue else "cue missed"), ""
    if not found_source and found_target and target not in actors_at(at, quoted=False):
        return "post author not attributed", note

    def missing(actor):
        if any(m["via"] not in ("", "quoted") and m["actor"] != actor for m in sentences[at]["mentions"]):
            return "pronoun/role resolved elsewhere"
        if any(actor in actors_at(i) for i in range(at - 2, at + 3)):
            return "named only in a neighbouring sentence"
        if any(actor in actors_at(i) for i in range(len(sentences))):
            return "named elsewhere in the passage"
        return "never found"
    which = "both" if not found_source and not found_target else "source" if not found_source else "target"
    reason = missing(source) if not found_source else missing(target)
    return f"{which} unresolved: {reason}", note


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("actorgraph")
    ap.add_argument("texts")
    ap.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    ap.add_argument("--list", action="store_true", help="list false positives and negatives")
    ap.add_argument("--why", action="store_true", help="class of each false negative: cue, actor not found or not resolved, sentence boundary")
    ap.add_argument("--lang", choices=["auto", "table"], default="auto", help="auto-detect, or the language the passages table gives")
    args = ap.parse_args()

    passages = [p for name in ("passages-de.tsv", "passages-en.tsv") if os.path.exists(os.path.join(HERE, name))
                for p in read_tsv(os.path.join(HERE, name)) if args.split in ("all", p["split"])]
    expected = collections.defaultdict(list)  # passage -> [(s, r, t, anchor)]
    for name in ("annotations-de.tsv", "annotations-en.tsv"):
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        for row in read_tsv(path):
            if row["relation"] != "-":
                expected[row["passage"]].append((row["source"], row["relation"], row["target"], row["anchor"]))

    runnable, missing = [], []
    for p in passages:
        text = os.path.join(args.texts, p["id"] + ".txt")
        actors = os.path.join(HERE, "actors", p["id"] + ".tsv")
        (runnable if os.path.exists(text) and os.path.exists(actors) else missing).append((p, text, actors))

    # One process per language group (the actors folder gives each passage its own actors file): starting the CLI
    # once per passage cost ~0.3 s of CPU each.
    groups = collections.defaultdict(list)
    for p, text, actors in runnable:
        groups[p["lang"] if args.lang == "table" else "auto"].append((p, text))

    def extract(*extra):
        """What the CLI gives per document (a relation, or with --mentions a sentence), each language group in one process."""
        found_in = collections.defaultdict(list)
        for lang, items in groups.items():
            out = subprocess.run([args.actorgraph, "extract", "--actors", os.path.join(HERE, "actors"), "--lang", lang,
                                  "--format", "json", *extra] + [text for _, text in items], capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"actorgraph extract failed ({out.returncode}): {out.stderr.strip()}")
            for f in json.loads(out.stdout or "[]"):
                found_in[f["document"]].append(f)
        return found_in
    found_in = extract()
    results = [(p, found_in[os.path.basename(text)]) for p, text, _ in runnable]

    counts = collections.defaultdict(lambda: [0, 0, 0])  # type -> tp, fp, fn
    listing, misses = [], []
    for p, found in results:
        pid = p["id"]
        gold = collections.Counter((s, r, t) for s, r, t, _ in expected[pid])
        anchors = {(s, r, t): a for s, r, t, a in expected[pid]}
        got = collections.Counter((f["source"], f["relation"], f["target"]) for f in found)
        evidence = {(f["source"], f["relation"], f["target"]): f["evidence"] for f in found}
        for key in gold.keys() | got.keys():
            tp = min(gold[key], got[key])
            c = counts[key[1]]
            c[0] += tp
            c[1] += got[key] - tp
            c[2] += gold[key] - tp
            if got[key] > tp:
                listing.append(f"FP {pid} {key[0]} {key[1]} {key[2]}\n     | {evidence[key]}")
            if gold[key] > tp:
                listing.append(f"FN {pid} {key[0]} {key[1]} {key[2]}\n     | {anchors[key]}")
                misses.append((p, key, anchors[key]))

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    if args.why:
        read = {os.path.splitext(document)[0]: sentences for document, sentences in extract("--mentions").items()}
        classes = collections.Counter()
        for p, key, anchor in misses:
            actors = read_tsv(os.path.join(HERE, "actors", p["id"] + ".tsv"))
            documents = [a.get("id") for a in actors if a["kind"] in ("document", "declaration", "letter", "treaty")]
            cls, detail = why(read[p["id"]], key, anchor, documents)
            classes[cls] += 1
            listing.append(f"WHY {p['id']} {key[0]} {key[1]} {key[2]}: {cls}{' (' + detail + ')' if detail else ''}\n     | {anchor}")
        print("\n".join(l for l in sorted(listing, key=lambda l: (l.split()[1], l)) if l.startswith("WHY")))
        print(f"\nfalse negatives by class ({sum(classes.values())}):")
        for cls, n in classes.most_common():
            print(f"  {n:>4}  {cls}")
        print()
    if args.list:
        for line in sorted(listing, key=lambda l: (l.split()[1], l)):
            if not line.startswith("WHY"):
                print(line)
        print()
    print(f"split {args.split}: {len(results)} passages scored" + (f", {len(missing)} without a text or actors file" if missing else ""))
    print(f"{'relation':<11} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    total = [0, 0, 0]
    for rel in sorted(counts):
        tp, fp, fn = counts[rel]
        total = [a + b for a, b in zip(total, counts[rel])]
        print(f"{rel:<11} {tp:>4} {fp:>4} {fn:>4} {prf(tp, fp, fn)[0]:>6.3f} {prf(tp, fp, fn)[1]:>6.3f} {prf(tp, fp, fn)[2]:>6.3f}")
    p, r, f = prf(*total)
    print(f"{'overall':<11} {total[0]:>4} {total[1]:>4} {total[2]:>4} {p:>6.3f} {r:>6.3f} {f:>6.3f}")


if __name__ == "__main__":
    main()
