#!/usr/bin/env python3
"""Body-text F1 of `publish build -f html` outputs against the article-extraction benchmark's truth.

usage: bench/web-f1.py OUTPUT_DIR [TRUTH_DIR] [-v]
  OUTPUT_DIR holds X.html written by `publish build TRUTH_DIR/*.html -f html -o OUTPUT_DIR`;
  TRUTH_DIR (default ../shared/corpus/web/dev) holds X.json with `articleBody`.

The metric is the benchmark's (scrapinghub/article-extraction-benchmark): tokens are \\w+ runs,
each text is the multiset of its 4-token shingles, per page TP/FP/FN are the multiset
intersection and the two differences divided by their sum, precision and recall are averaged
over pages, F1 is taken from the two means. The text scored is the HTML body outside
header/nav/footer (the title page), with block elements separated by line breaks.
"""
import html.parser, json, os, re, sys
from collections import Counter

TOKEN = re.compile(r"\w+")
SKIP = {"header", "nav", "footer", "script", "style", "head", "title"}
BLOCK = {"p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr", "dt", "dd", "aside", "caption"}


class BodyText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        elif tag in BLOCK: self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP: self.skip = max(0, self.skip - 1)
        elif tag in BLOCK: self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip: self.parts.append(data)


def body_text(markup):
    parser = BodyText()
    parser.feed(markup)
    return "".join(parser.parts)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    if len(tokens) < n: return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def match(true, pred):
    t, p = shingles(true), shingles(pred)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = max(1, tp + fp + fn)
    return tp / total, fp / total, fn / total


def precision(tp, fp, fn):
    if fp == fn == 0: return 1.0
    return tp / (tp + fp) if tp + fp > 0 else 0.0


def recall(tp, fp, fn):
    if fp == fn == 0: return 1.0
    return tp / (tp + fn) if tp + fn > 0 else 0.0


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    out = args[0]
    truth = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "web", "dev")
    ps, rs, rows = [], [], []
    for name in sorted(os.listdir(truth)):
        if not name.endswith(".json"): continue
        page = name[:-5]
        expected = json.load(open(os.path.join(truth, name), encoding="utf-8"))["articleBody"]
        path = os.path.join(out, page + ".html")
        got = body_text(open(path, encoding="utf-8").read()) if os.path.exists(path) else ""
        m = match(expected, got)
        ps.append(precision(*m)); rs.append(recall(*m))
        rows.append((page, ps[-1], rs[-1]))
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    if verbose:
        for page, pp, rr in sorted(rows, key=lambda x: 2 * x[1] * x[2] / max(1e-9, x[1] + x[2])):
            print(f"{page}  P {pp:.3f}  R {rr:.3f}")
    print(f"pages {len(ps)}  precision {p:.4f}  recall {r:.4f}  F1 {2 * p * r / (p + r):.4f}")


if __name__ == "__main__":
    main()
