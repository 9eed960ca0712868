#!/usr/bin/env python3
"""Prose Markdown (headings, paragraphs, *emphasis*, **strong**) → Typst, for timing Typst on the
same novel in bench/run.sh (pandoc 2.17 has no Typst writer) and for the README's side-by-side
pictures (bench/side-by-side.sh). Everything else is escaped as text.

The page is the book theme's (styles/book.yaml): 6×9 in, margins 0.75 in inside, 0.625 in
outside, 0.75 in top, 62 pt bottom; 10.5 pt type on 14 pt lines; justified, hyphenated,
indented 1.5 em with no space between paragraphs; old-style figures; chapters on a new page,
sunk 72 pt, their titles 18 pt small capitals, centred. Not reproduced: running heads, the title
and contents pages. The face is DejaVu Serif unless --face names another (bench/run.sh's timings
use DejaVu; the side-by-side uses the book theme's TeX Gyre Pagella).

    python3 bench/md2typ.py [--face FAMILY] in.md out.typ"""
import re, sys

PREAMBLE = """#set page(width: 6in, height: 9in, margin: (inside: 0.75in, outside: 0.625in, top: 0.75in, bottom: 62pt), numbering: "1")
#set text(font: "{face}", size: 10.5pt, lang: "en", hyphenate: true, number-type: "old-style", top-edge: 0.75em, bottom-edge: -0.25em)
#set par(justify: true, first-line-indent: 1.5em, leading: 3.5pt, spacing: 3.5pt)
#show heading.where(level: 1): it => {{ pagebreak(weak: true); v(72pt); block(width: 100%, below: 24pt, align(center, text(size: 18pt, weight: "regular", smallcaps(it.body)))) }}
"""
# top-edge 0.75em + bottom-edge 0.25em is one em (10.5 pt) of line box; 3.5 pt of leading and of
# paragraph spacing make every baseline 14 pt below the last, the book theme's grid. The chapter
# title is a block, so the paragraph after it is not indented (the theme's indent-after-heading: false).

def escape(text):
    return re.sub(r'([\\#$@<>\[\]`~=_*/+-])', r'\\\1', text)

def inline(text):
    out, pos = [], 0
    for m in re.finditer(r'\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_', text):
        out.append(escape(text[pos:m.start()]))
        if m.group(1): out.append('#strong[' + escape(m.group(1)) + ']')
        else: out.append('#emph[' + escape(m.group(2) or m.group(3)) + ']')
        pos = m.end()
    out.append(escape(text[pos:]))
    return ''.join(out)

def main(src, dst, face='DejaVu Serif'):
    blocks = re.split(r'\n\s*\n', open(src, encoding='utf-8').read())
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(PREAMBLE.format(face=face))
        for block in blocks:
            block = block.strip()
            if not block or block.startswith('---'):
                continue
            heading = re.match(r'^(#{1,6})\s+(.*)$', block)
            if heading:
                f.write('\n' + '=' * len(heading.group(1)) + ' ' + inline(heading.group(2)) + '\n')
            else:
                f.write('\n' + inline(' '.join(block.split('\n'))) + '\n')

if __name__ == '__main__':
    args = sys.argv[1:]
    face = 'DejaVu Serif'
    if len(args) >= 2 and args[0] == '--face':
        face, args = args[1], args[2:]
    if len(args) != 2:
        sys.exit(__doc__.rsplit('\n\n', 1)[-1])
    main(args[0], args[1], face)
