namespace Publish.Readers.Text;

/// <summary>
/// Rebuilds paragraphs and section headings from the body lines of an article (everything after
/// the title), by deciding for each pair of neighbouring lines: same paragraph, or a break.
/// </summary>
internal sealed class ParagraphRebuilder(WrapLayout layout)
{
    public List<TextBlock> Rebuild(IReadOnlyList<SourceLine> body)
    {
        var blocks = new List<TextBlock>();
        var current = new List<SourceLine>();
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            if (IsHeading(body, i, current))
            {
                Close(blocks, current, sectionBreak: true);
                blocks.Add(new TextBlock(BlockRole.SectionHeading, [line]));
                continue;
            }
            if (current.Count > 0 && IsBreak(current, line, blocks))
                Close(blocks, current, sectionBreak: line.BlanksBefore >= 2);
            current.Add(line);
        }
        Close(blocks, current, sectionBreak: true);
        return blocks;
    }

    private static void Close(List<TextBlock> blocks, List<SourceLine> current, bool sectionBreak)
    {
        if (current.Count == 0) return;
        blocks.Add(new TextBlock(BlockRole.Paragraph, [.. current]) { BeforeSectionBreak = sectionBreak });
        current.Clear();
    }

    private bool IsBreak(List<SourceLine> current, SourceLine next, List<TextBlock> done)
    {
        var line = current[^1];
        // Two blank lines are a deliberate break in every style.
        if (next.BlanksBefore >= 2) return true;
        switch (layout.Style)
        {
            case WrapStyle.OneLine: return true;
            case WrapStyle.Blocks: return next.BlanksBefore > 0;
        }
        if (next.BlanksBefore == 0) return false;
        var ends = Sentences.Ends(line.Text);
        var starts = Sentences.CanStart(next.Text);
        // A greedy wrapper puts every word that fits on the line: if the next one would have
        // fitted, this line ended its paragraph. A lower-case continuation after an unfinished
        // line is the exception (the text was wrapped by hand, not by a program).
        if (layout.NextWordFits(line, next)) return ends || starts;
        if (!ends || !starts) return false;
        return AmbiguousBreaks.IsBreak(current, next, done);
    }

    // A heading stands alone: after a finished sentence (or a section break, or the title) and
    // before more text. In spaced text it must also be too short to be a wrapped line, i.e. the
    // next word would have fitted after it.
    private bool IsHeading(IReadOnlyList<SourceLine> body, int i, List<SourceLine> current)
    {
        var line = body[i];
        if (i + 1 >= body.Count || !SectionHeadings.HasShape(line.Text)) return false;
        // In block text a heading is a block of one line.
        if (layout.Style == WrapStyle.Blocks && ((i > 0 && line.BlanksBefore == 0) || body[i + 1].BlanksBefore == 0)) return false;
        if (layout.Style == WrapStyle.Spaced && !layout.NextWordFits(line, body[i + 1])) return false;
        if (current.Count == 0 || line.BlanksBefore >= 2) return true;
        var previous = current[^1].Text;
        return Sentences.EndsClause(previous) || layout.Style != WrapStyle.Spaced;
    }
}
