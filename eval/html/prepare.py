"""Builds the folder of saved pages that evaluate.sh reads, from local clones of three public test sets.

usage: prepare.py OUT [--readability DIR] [--scrapinghub DIR] [--trafilatura DIR]

Each page becomes OUT/<set>-<name>/source.html with what it is measured against:
  expected.html  Readability's own output (mozilla/readability test/test-pages/<name>/)
  expected.txt   the article body a person marked (scrapinghub/article-extraction-benchmark ground-truth.json)
  snippets.json  {"with": [...], "without": [...]}: text that must and must not be read (adbar/trafilatura tests/evaldata.json)
The pages are third-party text: OUT stays outside the repository.
"""
import argparse, gzip, json, os, shutil, sys


def page_dir(out, name):
    path = os.path.join(out, name)
    os.makedirs(path, exist_ok=True)
    return path


def readability(root, out):
    pages = os.path.join(root, "test", "test-pages")
    count = 0
    for name in sorted(os.listdir(pages)):
        source, expected = os.path.join(pages, name, "source.html"), os.path.join(pages, name, "expected.html")
        if os.path.exists(source) and os.path.exists(expected):
            target = page_dir(out, "readability-" + name)
            shutil.copyfile(source, os.path.join(target, "source.html"))
            shutil.copyfile(expected, os.path.join(target, "expected.html"))
            count += 1
    return count


def scrapinghub(root, out):
    with open(os.path.join(root, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    count = 0
    for key, item in sorted(truth.items()):
        source = os.path.join(root, "html", key + ".html.gz")
        if not os.path.exists(source) or not item.get("articleBody"):
            continue
        target = page_dir(out, "scrapinghub-" + key[:12])
        with gzip.open(source, "rb") as f, open(os.path.join(target, "source.html"), "wb") as g:
            g.write(f.read())
        with open(os.path.join(target, "expected.txt"), "w", encoding="utf-8") as g:
            g.write(item["articleBody"])
        count += 1
    return count


def trafilatura(root, out):
    with open(os.path.join(root, "tests", "evaldata.json"), encoding="utf-8") as f:
        data = json.load(f)
    count = 0
    for url, item in sorted(data.items(), key=lambda kv: kv[1]["file"]):
        source = os.path.join(root, "tests", "eval", item["file"])
        if not os.path.exists(source) or not item.get("with"):
            continue
        name = "".join(c if c.isalnum() or c in ".-" else "_" for c in item["file"].removesuffix(".html"))[:60]
        target = page_dir(out, "trafilatura-" + name)
        shutil.copyfile(source, os.path.join(target, "source.html"))
        with open(os.path.join(target, "snippets.json"), "w", encoding="utf-8") as g:
            json.dump({"url": url, "with": item["with"], "without": item.get("without", [])}, g, ensure_ascii=False, indent=1)
        count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--readability", help="a clone of https://github.com/mozilla/readability")
    parser.add_argument("--scrapinghub", help="a clone of https://github.com/scrapinghub/article-extraction-benchmark")
    parser.add_argument("--trafilatura", help="a clone of https://github.com/adbar/trafilatura")
    args = parser.parse_args()
    if not (args.readability or args.scrapinghub or args.trafilatura):
        parser.error("name at least one clone")
    os.makedirs(args.out, exist_ok=True)
    for label, root, build in (("readability", args.readability, readability), ("scrapinghub", args.scrapinghub, scrapinghub),
                               ("trafilatura", args.trafilatura, trafilatura)):
        if root:
            print(f"{label}: {build(root, args.out)} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
