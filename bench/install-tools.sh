#!/usr/bin/env bash
# Installs what bench/run.sh compares against: pandoc and WeasyPrint (Debian) and Typst's Node.js
# binding (npm, into bench/tools/, which git ignores). Not needed for the tests.
set -euo pipefail
cd "$(dirname "$0")"
command -v pandoc >/dev/null && command -v weasyprint >/dev/null || apt-get install -y pandoc weasyprint
mkdir -p tools
[ -f tools/package.json ] || echo '{ "private": true }' > tools/package.json
npm install --prefix tools --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0
