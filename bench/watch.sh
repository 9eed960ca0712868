#!/usr/bin/env bash
# Watch-mode rebuild time after a one-word edit (issue 9: ≤ 0.2 s for the seed article).
# Starts `publish build --watch` on a copy of each input, waits for the first build, then makes
# N one-word edits and prints the "rebuilt in" time of each (the build alone: the 300 ms debounce
# that gathers an editor's burst of events comes before it), then each rebuild's stage times (ms).
# Usage: bench/watch.sh [edits]   (default 3). PUBLISH_BIN=dir reuses a published build.
set -euo pipefail
cd "$(dirname "$0")/.."
edits=${1:-3}
corpus=${CORPUS:-../shared/corpus}
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
bin=${PUBLISH_BIN:-$work/bin}
[ -n "${PUBLISH_BIN:-}" ] || dotnet publish src/Publish.Cli -c Release -o "$bin" -v quiet -nologo >/dev/null
export SOURCE_DATE_EPOCH=1700000000

# wait_for PATTERN COUNT: until the log holds COUNT lines matching PATTERN (at most 120 s).
wait_for() { for _ in $(seq 1200); do [ "$(grep -c "$1" "$work/log" || true)" -ge "$2" ] && return 0; sleep 0.1; done; echo "timed out"; return 1; }

for source in articles/000_dc67907f365b14cf.txt books/pride-and-prejudice.md; do
  name=$(basename "$source")
  mkdir -p "$work/src" && rm -f "$work/src/"* && cp "$corpus/$source" "$work/src/$name"
  dotnet "$bin/publish.dll" build "$work/src/$name" -o "$work/out" -f pdf,epub --watch --timings >"$work/log" 2>&1 &
  pid=$!
  wait_for '^built' 1
  for i in $(seq "$edits"); do
    # One word changes (the first "the" becomes "thy" and back), as an author's save would.
    if [ $((i % 2)) -eq 1 ]; then sed -i '0,/\bthe\b/s//thy/' "$work/src/$name"; else sed -i '0,/\bthy\b/s//the/' "$work/src/$name"; fi
    wait_for 'rebuilt in' $((i + 1))   # the first build reports "rebuilt in" too
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  echo "$name: first build $(grep -m1 '^built' "$work/log" | sed 's/.* in //'), rebuilds: $(grep -o 'rebuilt in [0-9.]* *m\?s' "$work/log" | tail -n +2 | sed 's/rebuilt in //' | paste -sd' ')"
  # --timings prints a block per build: "timings for X:", "  stage   12.3 ms" lines, "  total ...".
  awk '/^timings for/ { n++; line = ""; next }
       /^  [a-z]+ +[0-9.]+ ms$/ { line = line sprintf("%s %s  ", $1, $2); if ($1 == "total" && n > 1) print "  rebuild " n - 1 ": " line }
       /^  reused / && n > 1 { sub(/^  reused +/, ""); print "             reused " $0 }' "$work/log"
done
