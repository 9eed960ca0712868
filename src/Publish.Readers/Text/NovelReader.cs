using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>
/// A whole novel in Gutenberg layout: paragraphs are blocks of lines between blank lines and each
/// chapter heading opens a chapter (a level-1 heading). Everything else — title page, preface — is
/// kept as paragraphs, so no words are lost.
/// </summary>
internal static class NovelReader
{
    public static (Metadata Metadata, List<TextBlock> Blocks) Read(List<SourceLine> lines, GutenbergHeader header)
    {
        var blocks = new List<TextBlock>();
        var current = new List<SourceLine>();
        var inChapters = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var chapter = GutenbergText.StandsApart(line, i) && GutenbergText.IsChapterHeading(line.Text);
            if (current.Count > 0 && (chapter || line.BlanksBefore > 0))
            {
                // Front matter (title page, lists of plates) is not prose: only chapters end cut off.
                blocks.Add(new TextBlock(BlockRole.Paragraph, [.. current]) { BeforeSectionBreak = chapter && inChapters });
                current.Clear();
            }
            inChapters |= chapter;
            if (chapter) blocks.Add(new TextBlock(BlockRole.Chapter, [line]));
            else current.Add(line);
        }
        if (current.Count > 0) blocks.Add(new TextBlock(BlockRole.Paragraph, [.. current]) { BeforeSectionBreak = true });

        var (title, author) = TitlePage(blocks);
        var metadata = Metadata.Empty with
        {
            Title = header.Title ?? title ?? (lines.Count > 0 ? lines[0].Text : null),
            Authors = (header.Author ?? author) is { } name ? [new Contributor(name)] : [],
        };
        return (metadata, blocks);
    }

    // Without a licence header, the title page names the book just above a "by" line:
    // "PRIDE. and PREJUDICE" / "by" / "Jane Austen,".
    private static (string? Title, string? Author) TitlePage(List<TextBlock> blocks)
    {
        var firstChapter = blocks.FindIndex(b => b.Role == BlockRole.Chapter);
        for (var i = 1; i < (firstChapter < 0 ? blocks.Count : firstChapter); i++)
        {
            var lines = blocks[i].Lines;
            if (!lines[0].Text.Equals("by", StringComparison.OrdinalIgnoreCase) && !lines[0].Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) continue;
            var title = string.Join(' ', blocks[i - 1].Lines.Select(l => Capitalise(l.Text.TrimEnd('.', ','))));
            var byLine = lines[0].Text.Length > 3 ? lines[0].Text[3..] : lines.Count > 1 ? lines[1].Text : null;
            return (title, byLine?.TrimEnd('.', ',', ' '));
        }
        return (null, null);
    }

    // Title pages shout: "PRIDE" → "Pride"; small words and mixed case stay as printed.
    private static string Capitalise(string text) => string.Join(' ', text.Split(' ').Select(w =>
        w.Length > 3 && SectionHeadings.IsAllCaps(w) ? w[0] + w[1..].ToLowerInvariant() : w));
}
