#!/usr/bin/env bash
# The tool as a user gets it (issue 21): pack it the way the README says (`dotnet pack
# src/Publish.Cli -c Release`: a pointer package plus the host's Native AOT package), install it
# with `dotnet tool install --tool-path`, check that it builds the novel byte for byte as the JIT
# build does, then time it against Typst alternately: Typst making the PDF alone, the installed
# tool making PDF + EPUB, each a fresh process, PAIRS times (default 9). Prints package and install
# sizes, and the medians of wall and CPU time (user + sys) and peak RSS (GNU time).
# PACK_ANY=1 also packs the framework-dependent fallback (`dotnet pack -r any`) and reports its size;
# PACKAGES=dir installs packages packed before instead of packing.
# Slow (a Release build and minutes of ILC): not part of `dotnet test` or .ci/run.
# Typst: bench/install-tools.sh, or `ln -s /work/main/bench/tools bench/tools`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/publish-tool-package}
novel=$(realpath "${NOVEL:-../shared/corpus/books/pride-and-prejudice.md}")
pairs=${PAIRS:-9}
rm -rf "$work" && mkdir -p "$work"
export SOURCE_DATE_EPOCH=1700000000

if [ -n "${PACKAGES:-}" ]; then
  cp -r "$PACKAGES" "$work/packages"   # PACKAGES=dir: time packages packed earlier
else
  dotnet pack src/Publish.Cli -c Release -o "$work/packages" >"$work/pack.log"
  if [ "${PACK_ANY:-0}" = 1 ]; then dotnet pack src/Publish.Cli -c Release -r any -o "$work/packages" >>"$work/pack.log"; fi
fi
ls -l "$work"/packages/*.nupkg | awk '{printf "package %s: %.1f MB (%d KB)\n", $NF, $5 / 1048576, $5 / 1024}'
dotnet tool install Publish.Tool --tool-path "$work/tool" --add-source "$work/packages" >/dev/null
du -shL "$work/tool/publish" | awk '{print "installed executable: " $1}'
du -sh "$work/tool" | awk '{print "installed in all: " $1}'
file -L "$work/tool/publish" | grep -q ELF || { echo "the installed command is not a native executable"; exit 1; }

# Same output as the JIT build (framework-dependent, Release).
dotnet build src/Publish.Cli -c Release -o "$work/jit" -v quiet -nologo >/dev/null
dotnet "$work/jit/publish.dll" build "$novel" -o "$work/out-jit" -f pdf,epub -q
"$work/tool/publish" build "$novel" -o "$work/out-tool" -f pdf,epub -q
name=$(basename "${novel%.*}")
for ext in pdf epub; do
  cmp "$work/out-jit/$name.$ext" "$work/out-tool/$name.$ext" && echo "$ext: identical to the JIT build"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
measure() { # label, command... → appends "wall cpu rssKB" to $work/<label>.txt
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" || { echo "$label failed"; cat "$work/err"; exit 1; }
  read -r w u s r <"$work/t"
  echo "$w $(echo "$u + $s" | bc -l) $r" >>"$work/$label.txt"
}

have_typst() { command -v node >/dev/null && [ -d bench/tools/node_modules/@myriaddreamin/typst-ts-node-compiler ]; }
if have_typst; then python3 bench/md2typ.py "$novel" "$work/novel.typ"; fi
echo "timing $pairs pairs, alternately; load $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores"
for _ in $(seq "$pairs"); do
  if have_typst; then measure typst node bench/typst.mjs "$work/novel.typ" "$work/typst.pdf"; fi
  measure tool "$work/tool/publish" build "$novel" -o "$work/out-tool" -f pdf,epub -q
done
for label in typst tool; do
  [ -f "$work/$label.txt" ] || continue
  wall=$(cut -d' ' -f1 "$work/$label.txt" | median); cpu=$(cut -d' ' -f2 "$work/$label.txt" | median)
  rss=$(cut -d' ' -f3 "$work/$label.txt" | median); max=$(cut -d' ' -f3 "$work/$label.txt" | sort -n | tail -1)
  printf '%-5s median wall %6.2f s  CPU %5.2f s  peak RSS %4.0f MB (max %4.0f)\n' "$label" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" "$(echo "$max / 1024" | bc -l)"
  eval "${label}_wall=$wall ${label}_cpu=$cpu"
done
if [ -f "$work/typst.txt" ]; then
  echo "tool PDF+EPUB / Typst PDF: wall $(echo "scale=2; $tool_wall / $typst_wall" | bc -l)×, CPU $(echo "scale=2; $tool_cpu / $typst_cpu" | bc -l)× (medians; goal ≤ 0.5)"
  paste -d' ' "$work/tool.txt" "$work/typst.txt" | awk '{print $1 / $4}' | median | awk '{printf "median of the per-pair wall ratios: %.2f×\n", $1}'
fi
