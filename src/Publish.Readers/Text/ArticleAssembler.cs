using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>Rebuilt text blocks → model blocks: smart punctuation, heading ids, spans, cut-off warnings.</summary>
internal sealed class ArticleAssembler(string path, LineJoiner joiner, DiagnosticBag diagnostics)
{
    public const string CutOffCode = "PUB0501";

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
                    var title = GutenbergText.ChapterTitle(text);
                    result.Add(new Heading(1, [new Model.Text(title) { Span = span }]) { Span = span, Attr = Attr.Empty.WithId(_ids.ClaimAuto(title)) });
                    break;
                case BlockRole.SectionHeading:
                    result.Add(new Heading(2, [new Model.Text(text) { Span = span }]) { Span = span, Attr = Attr.Empty.WithId(_ids.ClaimAuto(text)) });
                    break;
                default:
                    WarnIfCutOff(block, text);
                    result.Add(new Paragraph([new Model.Text(text) { Span = span }]) { Span = span });
                    break;
            }
        }
        return result;
    }

    // A paragraph that stops mid-sentence right before a section break or the end usually lost
    // its tail when the page was copied.
    private void WarnIfCutOff(TextBlock block, string text)
    {
        if (!block.BeforeSectionBreak || Sentences.EndsClause(text)) return;
        var last = block.Last;
        diagnostics.Warning(CutOffCode, "paragraph stops mid-sentence; the source may have been cut off here",
            new SourceSpan(path, last.Number, last.Indent + last.Length + 1),
            "check the original for the rest of the sentence");
    }
}
