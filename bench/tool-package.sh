#!/usr/bin/env bash
# The tool as a user gets it (issue 21): pack it, install it with `dotnet tool install
# --tool-path`, build the novel to PDF + EPUB as a fresh process, report package size, wall time
# and peak RSS (GNU time). With AOT=1 also publishes the Native AOT executable and times it.
# Slow (a Release build, and minutes of ILC for AOT): not part of `dotnet test` or .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${WORK:-/tmp/publish-tool-package}
novel=${NOVEL:-../shared/corpus/books/pride-and-prejudice.md}
rm -rf "$work" && mkdir -p "$work"

run() { # label, command...
  local label=$1; shift
  /usr/bin/time -v "$@" build "$novel" -o "$work/out-$label" -f pdf,epub -q 2>"$work/time-$label.txt" >/dev/null || true
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$work/time-$label.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$work/time-$label.txt" | awk '{print $NF}')
  echo "$label: wall $wall, peak RSS $((rss / 1024)) MB"
}

dotnet pack src/Publish.Cli -c Release -o "$work/packages" >/dev/null
ls -l "$work"/packages/*.nupkg | awk '{printf "package %s: %.1f MB\n", $NF, $5 / 1048576}'
dotnet tool install Publish.Tool --tool-path "$work/tool" --add-source "$work/packages" >/dev/null
du -sh "$work/tool" | awk '{print "installed: " $1}'
for i in 1 2 3; do run "tool-$i" "$work/tool/publish"; done

if [ "${AOT:-0}" = 1 ]; then
  dotnet publish src/Publish.Cli -c Release -r linux-x64 -p:Aot=true -p:PublishDir="$work/aot/" >/dev/null
  du -sh "$work/aot" | awk '{print "aot folder: " $1}'
  for i in 1 2 3; do run "aot-$i" "$work/aot/publish"; done
fi
