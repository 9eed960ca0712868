#!/usr/bin/env python3
"""Prose Markdown (headings, paragraphs, *emphasis*, **strong**) → Typst, for timing Typst on the
same novel in bench/run.sh (pandoc 2.17 has no Typst writer). Everything else is escaped as text.
The page is the book theme's: 6×9 in, justified, hyphenated, chapters on a new page."""
import re, sys

PREAMBLE = """#set page(width: 6in, height: 9in, margin: (inside: 0.875in, outside: 0.625in, top: 0.75in, bottom: 0.875in), numbering: "1")
#set text(font: "DejaVu Serif", size: 10.5pt, lang: "en", hyphenate: true)
#set par(justify: true, first-line-indent: 1.2em, spacing: 0.65em)
#show heading.where(level: 1): it => { pagebreak(weak: true); v(2em); align(center, text(size: 16pt, it.body)); v(1em) }
"""

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

def main(src, dst):
    blocks = re.split(r'\n\s*\n', open(src, encoding='utf-8').read())
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(PREAMBLE)
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
    main(sys.argv[1], sys.argv[2])
