#!/usr/bin/env bash
# The README's pictures of our typesetting next to Typst's (issue 16): the novel's first chapter
# opening, and a dense mid-chapter spread with the same text in both, as 8-bit grey PNGs under
# docs/typography/.
#   ours:  publish build pride-and-prejudice.md -f pdf   (defaults: the book theme, TeX Gyre Pagella)
#   Typst: bench/md2typ.py --face "TeX Gyre Pagella" (the book theme's page, face, size and grid)
#          compiled by bench/typst.mjs (Typst's Node.js binding; bench/install-tools.sh installs it)
# Usage: bench/side-by-side.sh [FOLIO]   FOLIO: our verso folio for the spread (default: the densest that matches).
# PUBLISH_BIN=dir runs a built publish.dll from dir instead of `dotnet run`.
set -euo pipefail
cd "$(dirname "$0")/.."
folio=${1:-}
corpus=${CORPUS:-../shared/corpus}
dpi=72                       # 432×648 px a page: the text still reads, a picture stays under ~250 KB
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=docs/typography
export SOURCE_DATE_EPOCH=1700000000

if [ -n "${PUBLISH_BIN:-}" ]; then publish=(dotnet "$PUBLISH_BIN/publish.dll")
else publish=(dotnet run --project src/Publish.Cli --); fi
"${publish[@]}" build "$corpus/books/pride-and-prejudice.md" -o "$work" -f pdf --quiet
python3 bench/md2typ.py --face "TeX Gyre Pagella" "$corpus/books/pride-and-prejudice.md" "$work/novel.typ"
node bench/typst.mjs "$work/novel.typ" "$work/typst.pdf"
ours=$work/pride-and-prejudice.pdf typst=$work/typst.pdf
typst_name=$(pdfinfo "$typst" | sed -n 's/^Creator: *//p')      # "Typst 0.14.2"

# Pages are found by their text, so the pictures follow the layout when it changes: the PDF page
# that starts chapter I in each; for the spread, among our mid-chapter spreads (no chapter starts
# on either page) whose verso begins with the same line as a mid-chapter verso of Typst's, the one
# with the most words (or the one at folio FOLIO).
read -r ours_open typst_open ours_left typst_left < <(python3 - "$ours" "$typst" "$folio" <<'PY'
import re, subprocess, sys
def pages(pdf):
    text = subprocess.run(['pdftotext', '-layout', pdf, '-'], check=True, capture_output=True, text=True).stdout
    return [[l.strip() for l in p.split('\n') if l.strip()] for p in text.split('\f')]
def letters(s): return re.sub(r'[^a-z]', '', s.lower())
def chapter(lines): return any(re.fullmatch(r'[IVXLC]+', l) for l in lines)
ours, typst, folio = pages(sys.argv[1]), pages(sys.argv[2]), sys.argv[3]
def opening(doc): return next(i + 1 for i, p in enumerate(doc) if p and p[0] == 'I')
# Ours: line 0 is the running head, the last line the folio; Typst's pages (from md2typ) have no running heads.
typst_versos = {letters(p[0]): i + 1 for i, p in enumerate(typst[:-1])
                if (i + 1) % 2 == 0 and len(p) > 20 and not chapter(p[:-1] + typst[i + 1][:-1])}
best = None
for i, p in enumerate(ours[:-1]):
    if len(p) < 20 or not p[-1].isdigit() or int(p[-1]) % 2 or chapter(p[1:-1] + ours[i + 1][1:-1]): continue
    if folio and p[-1] != folio: continue
    if (t := typst_versos.get(letters(p[1]))) is None: continue
    words = len(' '.join(p + ours[i + 1]).split())
    if best is None or words > best[0]: best = (words, i + 1, t)
if best is None: sys.exit(f'no spread of ours {"at folio " + folio + " " if folio else ""}starts with the same line as a spread of Typst\'s')
print(opening(ours), opening(typst), best[1], best[2])
PY
)
echo "PDF pages — chapter I: ours $ours_open, Typst $typst_open; spread: ours $ours_left–$((ours_left + 1)), Typst $typst_left–$((typst_left + 1))"

page() { pdftoppm -r "$dpi" -gray -png -f "$2" -l "$2" "$1" "$work/p" && mv "$work"/p-*.png "$3"; }
label() { convert "$1" -gravity North -background white -splice 0x28 -font DejaVu-Sans -pointsize 16 -annotate +0+6 "$2" "$1"; }
page "$ours" "$ours_open" "$work/o1.png"; page "$typst" "$typst_open" "$work/t1.png"
label "$work/o1.png" "Publish"; label "$work/t1.png" "$typst_name"
convert "$work/o1.png" "$work/t1.png" -bordercolor '#999999' -border 1 +append -colorspace Gray -depth 8 -strip "$out/opening-vs-typst.png"
page "$ours" "$ours_left" "$work/ol.png"; page "$ours" "$((ours_left + 1))" "$work/or.png"
page "$typst" "$typst_left" "$work/tl.png"; page "$typst" "$((typst_left + 1))" "$work/tr.png"
convert "$work/ol.png" "$work/or.png" +append "$work/os.png"; label "$work/os.png" "Publish"
convert "$work/tl.png" "$work/tr.png" +append "$work/ts.png"; label "$work/ts.png" "$typst_name"
convert "$work/os.png" "$work/ts.png" -bordercolor '#999999' -border 1 -append -colorspace Gray -depth 8 -strip "$out/spread-vs-typst.png"
ls -l "$out"/*-vs-typst.png
