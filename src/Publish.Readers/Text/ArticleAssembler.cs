using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>Rebuilt text blocks → model blocks: smart punctuation, heading ids, spans, cut-off warnings.</summary>
/// <remarks><paramref name="underscoreEmphasis"/>: read Gutenberg's <c>_italics_</c> as emphasis (novels only; web text means no such thing).</remarks>
internal sealed class ArticleAssembler(string path, LineJoiner joiner, DiagnosticBag diagnostics, bool underscoreEmphasis = false)
{
    // The Markdown reader's id rules, so ids look the same whichever reader made them.
    private readonly HeadingIds _ids = new();

    public List<Block> Assemble(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var span = new SourceSpan(path, block.First.Number, block.First.Indent + 1);
            var text = SmartPunctuation.Apply(joiner.Join(block.Lines));
            switch (block.Role)
            {
                case BlockRole.Chapter:
                    result.Add(Heading(1, GutenbergText.ChapterTitle(text), span));
                    break;
                case BlockRole.SectionHeading:
                    result.Add(Heading(2, text, span));
                    break;
                default:
                    WarnIfCutOff(block, text);
                    IReadOnlyList<Inline> content = underscoreEmphasis ? UnderscoreEmphasis.Parse(text, span) : [new Model.Text(text) { Span = span }];
                    result.Add(new Paragraph(content) { Span = span });
                    break;
            }
        }
        return result;
    }

    private Heading Heading(int level, string text, SourceSpan span)
    {
        List<Inline> content = [new Model.Text(text) { Span = span }];
        return new Heading(level, content) { Span = span, Attr = Attr.Empty.WithId(_ids.ClaimAuto(content)) };
    }

    // A paragraph that stops mid-sentence right before a section break or the end usually lost
    // its tail when the page was copied. A few words without a full stop are a label instead
    // (a credit, "Referee: Joel Jutge (France)", a byline), not a sentence cut short.
    private const int MinCutOffWords = 8;

    private void WarnIfCutOff(TextBlock block, string text)
    {
        if (!block.BeforeSectionBreak || Sentences.EndsClause(text)) return;
        if (text.Split(' ').Length < MinCutOffWords) return;
        var last = block.Last;
        diagnostics.Report(DiagnosticCatalog.TextCutOff, "paragraph stops mid-sentence; the source may have been cut off here",
            new SourceSpan(path, last.Number, last.Indent + last.Length + 1),
            "check the original for the rest of the sentence");
    }
}
