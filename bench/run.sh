#!/usr/bin/env bash
# Whole-process timings for issue 9: wall time and CPU time (median of N fresh processes), pages,
# peak RSS and per-stage times, for the novel (.md and Gutenberg .txt), pandoc's MANUAL and a
# synthetic 1,000-page book. When pandoc, WeasyPrint or Typst are installed, times them on the
# same input and prints the ratios.
# Usage: bench/run.sh [runs] [input...]   (default 5 runs, all four inputs; inputs by name, e.g. novel.md)
# The tool is published as it ships (Release, ReadyToRun); PUBLISH_BIN=dir reuses a published build.
# bench/install-tools.sh installs pandoc, WeasyPrint and Typst (Node.js binding) to compare against.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
corpus=${CORPUS:-../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bin=${PUBLISH_BIN:-$work/bin}
if [ -z "${PUBLISH_BIN:-}" ]; then
  dotnet publish src/Publish.Cli -c Release -o "$bin" -v quiet -nologo >/dev/null
fi
dotnet run --project tests/Publish.Benchmarks -c Release -- generate "$work/synthetic-1000.md" >/dev/null
cp "$corpus/books/pride-and-prejudice.md" "$work/novel.md"
cp "$corpus/books/gutenberg-1342-pride-and-prejudice.txt" "$work/novel-gutenberg.txt"
cp "$corpus/markdown/pandoc-MANUAL.txt" "$work/pandoc-manual.md"
cp content/belarus-coup.txt "$work/seed-article.txt"
export SOURCE_DATE_EPOCH=1700000000

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# time_cmd LABEL CMD... : prints wall, CPU (user+sys) and peak RSS, each the median of $runs runs.
# On a shared machine the CPU time is the steadier figure; wall time is what a user waits.
time_cmd() {
  local label=$1; shift
  local walls=() cpus=() rsss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >"$work/out.log" 2>&1 || { echo "$label: failed"; tail -5 "$work/out.log"; return 1; }
    read -r w u s r <"$work/t"; walls+=("$w"); cpus+=("$(echo "$u + $s" | bc -l)"); rsss+=("$r")
  done
  local wall cpu rss
  wall=$(printf '%s\n' "${walls[@]}" | median); cpu=$(printf '%s\n' "${cpus[@]}" | median); rss=$(printf '%s\n' "${rsss[@]}" | median)
  printf '%-36s wall %6.2f s   cpu %6.2f s   peak RSS %5.0f MB\n' "$label" "$wall" "$cpu" "$(echo "$rss/1024" | bc -l)"
  echo "$wall" >"$work/last-wall"
}

ratio() { echo "scale=2; $1 / $2" | bc -l; }

inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(seed-article.txt novel.md novel-gutenberg.txt pandoc-manual.md synthetic-1000.md)
echo "Publish benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), load $(cut -d' ' -f1 /proc/loadavg), runs=$runs"
typst_js=bench/typst.mjs
have_typst() { command -v node >/dev/null && [ -d bench/tools/node_modules/@myriaddreamin/typst-ts-node-compiler ]; }
for input in "${inputs[@]}"; do
  name=${input%.*}
  time_cmd "publish $input (pdf+epub)" dotnet "$bin/publish.dll" build "$work/$input" -o "$work/out" -f pdf,epub --quiet
  both=$(cat "$work/last-wall")
  pages=$(pdfinfo "$work/out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "    pages: ${pages:-? (pdfinfo missing)}"
  # Stage times of one more run (read, theme, resources, links, layout, pdf, epub, total).
  dotnet "$bin/publish.dll" build "$work/$input" -o "$work/out" -f pdf,epub --quiet --timings 2>&1 \
    | grep -E '^\s+[a-z]+\s+[0-9.]+ ms' | awk '{printf "%s %s ms, ", $1, $2} END {print ""}' | sed 's/, $//; s/^/    stages: /'
  [ "${input##*.}" = md ] || continue
  time_cmd "publish $input (pdf alone)" dotnet "$bin/publish.dll" build "$work/$input" -o "$work/out" -f pdf --quiet
  pdf_alone=$(cat "$work/last-wall")
  if command -v pandoc >/dev/null; then
    time_cmd "  pandoc → EPUB" pandoc "$work/$input" -o "$work/p.epub"
    echo "    pandoc EPUB / publish PDF+EPUB: $(ratio "$(cat "$work/last-wall")" "$both")× (goal ≥ 1)"
    if command -v weasyprint >/dev/null; then
      time_cmd "  pandoc + WeasyPrint → PDF" pandoc "$work/$input" -t html5 --pdf-engine=weasyprint -o "$work/p.pdf"
      echo "    WeasyPrint PDF / publish PDF: $(ratio "$(cat "$work/last-wall")" "$pdf_alone")× (goal ≥ 10), pages $(pdfinfo "$work/p.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
    fi
  fi
  if have_typst && [ "$name" != pandoc-manual ]; then
    # Typst reads its own markup: the prose is converted (headings, paragraphs, emphasis) first, outside the timing.
    python3 bench/md2typ.py "$work/$input" "$work/$name.typ"
    time_cmd "  Typst → PDF" node "$typst_js" "$work/$name.typ" "$work/t.pdf"
    echo "    Typst PDF / publish PDF+EPUB: $(ratio "$(cat "$work/last-wall")" "$both")× (target ≥ 1), pages $(pdfinfo "$work/t.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
  fi
done
