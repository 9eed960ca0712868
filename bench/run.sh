#!/usr/bin/env bash
# Whole-process timings for issue 9: wall time (median of N fresh processes), pages, peak RSS
# and per-stage times, for the novel (.md and Gutenberg .txt), pandoc's MANUAL and a synthetic
# 1,000-page book. When pandoc, WeasyPrint or Typst are installed, times them on the same input
# and prints the ratios.  Usage: bench/run.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
corpus=${CORPUS:-../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Publish.Cli -c Release -o "$work/bin" -v quiet -nologo >/dev/null
dotnet run --project tests/Publish.Benchmarks -c Release -- generate "$work/synthetic-1000.md" >/dev/null
cp "$corpus/books/pride-and-prejudice.md" "$work/novel.md"
cp "$corpus/books/gutenberg-1342-pride-and-prejudice.txt" "$work/novel-gutenberg.txt"
cp "$corpus/markdown/pandoc-MANUAL.txt" "$work/pandoc-manual.md"
export SOURCE_DATE_EPOCH=1700000000

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# time_cmd LABEL CMD... : prints "LABEL wall=…s rss=…MB" using /usr/bin/time, median of $runs
time_cmd() {
  local label=$1; shift
  local walls=() rsss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" >"$work/out.log" 2>&1 || { echo "$label: failed"; tail -5 "$work/out.log"; return 1; }
    read -r w r <"$work/t"; walls+=("$w"); rsss+=("$r")
  done
  local wall rss
  wall=$(printf '%s\n' "${walls[@]}" | median); rss=$(printf '%s\n' "${rsss[@]}" | median)
  printf '%-34s wall %6.2f s   peak RSS %5.0f MB\n' "$label" "$wall" "$(echo "$rss/1024" | bc -l)"
  echo "$wall" >"$work/last-wall"
}

echo "Publish benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), runs=$runs"
for input in novel.md novel-gutenberg.txt pandoc-manual.md synthetic-1000.md; do
  name=${input%.*}
  time_cmd "publish $input (pdf+epub)" dotnet "$work/bin/publish.dll" build "$work/$input" -o "$work/out" -f pdf,epub --quiet
  ours=$(cat "$work/last-wall")
  pages=$(pdfinfo "$work/out/$name.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  echo "    pages: ${pages:-?}"
  dotnet "$work/bin/publish.dll" build "$work/$input" -o "$work/out" -f pdf,epub --quiet --timings 2>&1 | sed 's/^/    /' | grep -iE 'read|model|layout|pdf|epub|total' || true
  if command -v pandoc >/dev/null && [ "${input##*.}" = md ]; then
    time_cmd "  pandoc → EPUB" pandoc "$work/$input" -o "$work/p.epub"
    echo "    ratio pandoc-epub / publish: $(echo "$(cat "$work/last-wall") / $ours" | bc -l | cut -c1-5)"
    if command -v weasyprint >/dev/null; then
      time_cmd "  pandoc + WeasyPrint → PDF" pandoc "$work/$input" -t html5 --pdf-engine=weasyprint -o "$work/p.pdf"
      echo "    ratio weasyprint / publish: $(echo "$(cat "$work/last-wall") / $ours" | bc -l | cut -c1-5)"
    fi
  fi
  if command -v typst >/dev/null && [ -f "$work/$name.typ" ]; then
    time_cmd "  typst → PDF" typst compile "$work/$name.typ" "$work/t.pdf"
  fi
done
