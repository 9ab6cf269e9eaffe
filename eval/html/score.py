"""Scores the text `actorgraph extract --text` reads from saved pages (see evaluate.sh and README.md)."""
import argparse, html.parser, json, os, re, subprocess, sys
from collections import Counter

WORD = re.compile(r"\w+")
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th", "tr", "figcaption", "pre", "dd", "dt",
          "div", "section", "article", "ul", "ol", "table", "header", "footer", "figure", "address", "br", "hr"}


class Blocks(html.parser.HTMLParser):
    """The text of Readability's expected.html as its blocks: a block element or <br> ends one."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.current, self.skip = [], [], 0

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def html_blocks(path):
    parser = Blocks()
    with open(path, encoding="utf-8", errors="replace") as f:
        parser.feed(f.read())
    parser.close()
    parser.flush()
    return parser.blocks


def text_blocks(path):
    with open(path, encoding="utf-8") as f:
        return [" ".join(line.split()) for line in f.read().split("\n") if line.strip()]


def tokens(text):
    return WORD.findall(text.replace("\u00ad", ""))


def overlap(ours, expected):
    """Token recall and precision of our text against the expected text (multisets of words)."""
    a, b = Counter(tokens(ours)), Counter(tokens(expected))
    common = sum((a & b).values())
    return (common / sum(b.values()) if b else 1.0), (common / sum(a.values()) if a else 0.0)


def boundaries(ours, blocks):
    """Of the expected block boundaries whose last and first words both appear in our text next to each other, how
    many have no line break between them (glued: a sentence can run across them)."""
    lines = [tokens(line) for line in ours.split("\n")]
    flat, breaks, position = [], set(), 0
    for line in lines:
        flat.extend(line)
        position += len(line)
        breaks.add(position)
    index = {}
    for i in range(len(flat) - 5):
        index.setdefault(tuple(flat[i:i + 6]), []).append(i)
    seen = glued = 0
    for left, right in zip(blocks, blocks[1:]):
        tail, head = tokens(left)[-3:], tokens(right)[:3]
        if len(tail) < 3 or len(head) < 3:
            continue
        places = index.get(tuple(tail + head), [])
        if not places:
            continue
        seen += 1
        if all(p + 3 not in breaks for p in places):
            glued += 1
    return seen, glued


def normal(text):
    return " ".join(text.replace("\u00ad", "").split())


def snippets(ours, path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    text = normal(ours)
    found = sum(normal(s) in text for s in data["with"])
    leaked = sum(normal(s) in text for s in data["without"])
    return found, len(data["with"]), leaked, len(data["without"])


def read_all(binary, pages, batch=40):
    """Runs the CLI on the pages in batches; a page it rejects (no article) is recorded with its message."""
    texts, errors = {}, {}
    pending = list(pages)
    while pending:
        chunk, pending = pending[:batch], pending[batch:]
        while chunk:
            run = subprocess.run([binary, "extract", "--text", "--format", "json", *chunk], capture_output=True, text=True)
            if run.returncode == 0:
                for item in json.loads(run.stdout):
                    texts[item["document"]] = item["text"]
                break
            failed = next((p for p in chunk if p in run.stderr), None)
            if failed is None:
                sys.exit(f"actorgraph failed: {run.stderr.strip()}")
            errors[failed] = run.stderr.strip().removeprefix("error: ")
            chunk = [p for p in chunk if p != failed]
    return texts, errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("pages")
    parser.add_argument("--set", default="", help="only pages whose folder starts with this (readability, scrapinghub, trafilatura)")
    parser.add_argument("--list", action="store_true", help="one row per page")
    parser.add_argument("--save", help="write the text read of each page to this folder, as NAME.txt")
    args = parser.parse_args()

    names = sorted(n for n in os.listdir(args.pages) if n.startswith(args.set) and os.path.exists(os.path.join(args.pages, n, "source.html")))
    if not names:
        sys.exit(f"{args.pages}: no <name>/source.html pages (see eval/html/README.md)")
    sources = {n: os.path.join(args.pages, n, "source.html") for n in names}
    texts, errors = read_all(args.binary, list(sources.values()))
    if args.save:
        os.makedirs(args.save, exist_ok=True)
        for n in names:
            with open(os.path.join(args.save, n + ".txt"), "w", encoding="utf-8") as f:
                f.write(texts.get(sources[n], "ERROR " + errors.get(sources[n], "")))

    rows, sets = [], {}
    for n in names:
        folder, ours = os.path.join(args.pages, n), texts.get(sources[n])
        row = {"page": n, "error": errors.get(sources[n])}
        ours = ours or ""
        if os.path.exists(os.path.join(folder, "expected.html")):
            blocks = html_blocks(os.path.join(folder, "expected.html"))
        elif os.path.exists(os.path.join(folder, "expected.txt")):
            blocks = text_blocks(os.path.join(folder, "expected.txt"))
        else:
            blocks = None
        if blocks is not None:
            row["recall"], row["precision"] = overlap(ours, "\n".join(blocks))
            row["seen"], row["glued"] = boundaries(ours, blocks)
        if os.path.exists(os.path.join(folder, "snippets.json")):
            row["found"], row["with"], row["leaked"], row["without"] = snippets(ours, os.path.join(folder, "snippets.json"))
        rows.append(row)
        sets.setdefault(n.split("-")[0], []).append(row)

    if args.list:
        print("page\terror\trecall\tprecision\tglued/seen\tfound/with\tleaked/without")
        for r in rows:
            cells = [r["page"], "no article" if r["error"] else ""]
            cells += [f"{r['recall']:.3f}", f"{r['precision']:.3f}", f"{r['glued']}/{r['seen']}"] if "recall" in r else ["", "", ""]
            cells += [f"{r['found']}/{r['with']}", f"{r['leaked']}/{r['without']}"] if "found" in r else ["", ""]
            print("\t".join(cells))
        print()
    print(f"{'set':<12} {'pages':>5} {'no article':>10} {'recall':>7} {'precision':>9} {'glued':>13} {'with found':>15} {'without leaked':>15}")
    for name, group in sorted(sets.items()):
        scored = [r for r in group if "recall" in r]
        recall = f"{sum(r['recall'] for r in scored) / len(scored):.3f}" if scored else "-"
        precision = f"{sum(r['precision'] for r in scored) / len(scored):.3f}" if scored else "-"
        seen, glued = sum(r.get("seen", 0) for r in group), sum(r.get("glued", 0) for r in group)
        glue = f"{glued}/{seen} {glued / seen:.1%}" if seen else "-"
        w, f_ = sum(r.get("with", 0) for r in group), sum(r.get("found", 0) for r in group)
        wo, l_ = sum(r.get("without", 0) for r in group), sum(r.get("leaked", 0) for r in group)
        found = f"{f_}/{w} {f_ / w:.1%}" if w else "-"
        leaked = f"{l_}/{wo} {l_ / wo:.1%}" if wo else "-"
        print(f"{name:<12} {len(group):>5} {sum(1 for r in group if r['error']):>10} {recall:>7} {precision:>9} {glue:>13} {found:>15} {leaked:>15}")


if __name__ == "__main__":
    main()
