#!/usr/bin/env python3
"""Typographic figures of a typeset PDF (issue 16), measured from `pdftotext -bbox-layout`.

Usage: bench/typography.py BOOK.pdf [--json] [--right-edge-slack PT]

Word spaces are the gaps between words on flush lines (median, 95th percentile, max).
Body lines are the lines whose height is the page's most common line height (running heads,
folios and headings have other sizes). A line is hyphenated when its last word ends in a hyphen
(U+002D, U+2010 or the soft hyphen U+00AD that our ActualText writes for a breaker's hyphen).
A paragraph's last line is a body line that ends short of the text block's right edge, or is
followed by an indented line. Spreads are pages 2k (verso) and 2k+1 (recto); a spread is
mid-chapter when neither page opens or ends a chapter (an opening page starts lower, after
the chapter sink) and both carry arabic folios (front matter is not a chapter), and it is uneven when the last body baselines differ by more than 1 pt.
The right edge of a page is the most common right end of its body lines; a line is flush when
it ends within 0.5 pt of it (a protruding hyphen or stop ends past it), overfull when it ends
more than --right-edge-slack (default 4 pt, about a protruding hyphen) past it or past the page.
"""
import collections
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HYPHENS = ("-", "\u2010", "\u00ad")
NS = "{http://www.w3.org/1999/xhtml}"


def pages_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    for page in root.iter(NS + "page"):
        width = float(page.get("width"))
        height = float(page.get("height"))
        lines = []
        for block in page.iter(NS + "block"):
            block_lines = list(block.iter(NS + "line"))
            for line in block_lines:
                ws = list(line.iter(NS + "word"))
                words = [w.text or "" for w in ws]
                gaps = [float(b.get("xMin")) - float(a.get("xMax")) for a, b in zip(ws, ws[1:])]
                lines.append({
                    "x0": float(line.get("xMin")), "x1": float(line.get("xMax")),
                    "y0": float(line.get("yMin")), "y1": float(line.get("yMax")),
                    "text": " ".join(words), "gaps": gaps, "page_height": height,
                })
        yield width, lines


def mode(values):
    return collections.Counter(values).most_common(1)[0][0] if values else None


def measure(pdf, slack=4.0):
    pages = list(pages_of(pdf))
    all_heights = [round(l["y1"] - l["y0"], 1) for _, ls in pages for l in ls]
    body_height = mode(all_heights)
    body = []
    # Body pages carry an arabic folio (front matter is numbered in roman, or not at all).
    arabic = [any(re.fullmatch(r"\d+", l["text"].strip()) and l["y0"] > 0.9 * l["page_height"] for l in lines) for _, lines in pages]
    for width, lines in pages:
        ls = [l for l in lines if abs((l["y1"] - l["y0"]) - body_height) < 0.3]
        ls.sort(key=lambda l: (round(l["y0"], 1), l["x0"]))
        # pdftotext may split one set line into several at wide spaces: merge by baseline.
        merged = []
        for l in ls:
            if merged and abs(merged[-1]["y1"] - l["y1"]) < 0.5:
                m = merged[-1]
                m["x1"] = max(m["x1"], l["x1"]); m["x0"] = min(m["x0"], l["x0"]); m["text"] += " " + l["text"]; m["gaps"] = []
            else:
                merged.append(dict(l))
        body.append((width, merged))
    top_mode = mode([round(ls[0]["y0"]) for _, ls in body if ls])

    total = hyph = double = penult = page_last = flush_n = flush_ok = overfull = 0
    overfull_lines = []
    spaces = []   # mean word space of each flush line inside a paragraph
    # The text block's edges per page side (facing pages mirror the margins): the most common
    # line ends over all pages of that side, so a page of short dialogue lines cannot fool it.
    side_right = [mode([round(l["x1"]) for q, (_, ls) in enumerate(body) if q % 2 == k for l in ls]) for k in (0, 1)]
    side_left = [mode([round(l["x0"]) for q, (_, ls) in enumerate(body) if q % 2 == k for l in ls]) for k in (0, 1)]
    for p, (width, ls) in enumerate(body):
        if not ls:
            continue
        right = side_right[p % 2]
        left = side_left[p % 2]
        prev_h = False
        for i, l in enumerate(ls):
            total += 1
            text = l["text"].rstrip()
            h = text.endswith(HYPHENS) and len(text) > 1 and text[-2].isalpha()
            nxt = ls[i + 1] if i + 1 < len(ls) else None
            # The next line continues the paragraph when it is not indented and follows at one leading.
            continues = nxt is not None and abs(nxt["x0"] - left) < 1 and nxt["y0"] - l["y0"] < 2 * body_height
            short = l["x1"] < right - 0.5
            is_last = short or (nxt is not None and not continues)
            if h:
                hyph += 1
                if prev_h:
                    double += 1
                if nxt is not None and nxt["x1"] < right - 0.5 and (i + 2 >= len(ls) or abs(ls[i + 2]["x0"] - left) >= 1):
                    penult += 1
                if nxt is None:
                    page_last += 1
            prev_h = h
            if nxt is not None and continues and not short:
                flush_n += 1
                flush_ok += 1
                if l["gaps"]:
                    spaces.append(sum(l["gaps"]) / len(l["gaps"]))
            elif nxt is not None and continues and short:
                # A line inside a paragraph (the next one is not indented) that ends short is not flush,
                # unless it is a forced break; we count it as not flush.
                flush_n += 1
            if l["x1"] > right + slack or l["x1"] > width:
                overfull += 1
                overfull_lines.append((p + 1, round(l["x1"] - right, 1), text[-40:]))

    # Chapters: an opening page's first body line starts lower than the usual top (the sink).
    opening = [bool(ls) and round(ls[0]["y0"]) > top_mode + 20 for _, ls in body]
    first_opening = next((i for i, o in enumerate(opening) if o), len(body))
    uneven = []
    spreads = 0
    for v in range(1, len(body) - 1, 2):   # v is 0-based index of page 2k (even page number)
        r = v + 1
        if v < first_opening or not (arabic[v] and arabic[r]):
            continue
        if opening[v] or opening[r] or r + 1 >= len(body) or opening[r + 1] or opening[v + 1]:
            continue
        if not body[v][1] or not body[r][1]:
            continue
        spreads += 1
        if abs(body[v][1][-1]["y1"] - body[r][1][-1]["y1"]) > 1:
            uneven.append(v + 1)
    spaces.sort()
    pct = lambda q: round(spaces[min(len(spaces) - 1, int(q * len(spaces)))], 2) if spaces else None
    return {
        "pages": len(body),
        "lines": total,
        "hyphenated": hyph,
        "hyphenated_percent": round(100 * hyph / max(1, total), 2),
        "double_hyphens": double,
        "penultimate_hyphens": penult,
        "page_last_line_hyphens": page_last,
        "flush_percent": round(100 * flush_ok / max(1, flush_n), 2),
        "overfull_lines": overfull,
        # Word spaces on justified lines (pt): the median and the loose tail; lower and narrower is more even.
        "space_median_pt": pct(0.5),
        "space_p95_pt": pct(0.95),
        "space_max_pt": pct(1.0),
        "overfull_examples": overfull_lines[:10],
        "mid_chapter_spreads": spreads,
        "uneven_spreads": len(uneven),
        "uneven_spread_pages": uneven[:20],
    }


def main():
    args = sys.argv[1:]
    slack = 4.0
    if "--right-edge-slack" in args:
        k = args.index("--right-edge-slack"); slack = float(args[k + 1]); del args[k:k + 2]
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    figures = measure(args[0], slack)
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        for k, v in figures.items():
            print(f"{k:24} {v}")


if __name__ == "__main__":
    main()
