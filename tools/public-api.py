#!/usr/bin/env python3
"""Adds the public symbols a build reports as undeclared (RS0016) to PublicAPI.Unshipped.txt.

The public API analyzer fails the build when a library's public surface and its PublicAPI.*.txt
differ. After making something public on purpose, build with the analyzer's findings as warnings
and pipe the output here:
    dotnet build src/Publish.Model --no-incremental -p:CodeAnalysisTreatWarningsAsErrors=false -v q | python3 tools/public-api.py
(--no-incremental: an up-to-date project is not compiled, so it reports nothing.) Each symbol
lands in the PublicAPI.Unshipped.txt beside the project that reported it, lines kept sorted.
Removed or changed symbols (RS0017) are not touched: delete or edit their lines by hand.
Read what was added before committing: every line is a promise to embedders.
"""
import collections, pathlib, re, sys

FINDING = re.compile(r"warning RS0016: Symbol '(.*)' is not part of the declared public API .*\[(.*\.csproj)[^\]]*\]")


def main():
    found = collections.defaultdict(set)
    for line in sys.stdin:
        match = FINDING.search(line)
        if match:
            found[match.group(2)].add(match.group(1))
    if not found:
        print('no RS0016 in the input (was the project compiled? try --no-incremental)', file=sys.stderr)
    for project, symbols in sorted(found.items()):
        target = pathlib.Path(project).parent / 'PublicAPI.Unshipped.txt'
        lines = target.read_text(encoding='utf-8').splitlines() if target.exists() else ['#nullable enable']
        header, body = lines[:1], set(lines[1:])
        added = symbols - body
        target.write_text('\n'.join(header + sorted(body | symbols)) + '\n', encoding='utf-8')
        print(f'{target}: {len(added)} added', file=sys.stderr)


if __name__ == '__main__':
    main()
