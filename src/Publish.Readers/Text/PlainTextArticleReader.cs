using Publish.Model;

namespace Publish.Readers.Text;

/// <summary>Plain text copied from the web (or Project Gutenberg) → a clean article in the model.</summary>
/// <remarks>
/// The title goes into <see cref="Metadata.Title"/> only: the writers make a title page from the
/// metadata, so repeating it as a body heading would print it twice. Section headings are level 2;
/// a novel's chapters are level 1, where the writers split chapters.
/// </remarks>
internal static class PlainTextArticleReader
{
    /// <summary>Reads <paramref name="text"/> (already decoded) that came from <paramref name="path"/>.</summary>
    public static Document Read(string text, string path, DiagnosticBag diagnostics)
    {
        var front = FrontMatter.Split(SourceLines.NormaliseLineEnds(text), path, diagnostics);
        var lines = SourceLines.Split(front.Body, front.BodyLine);
        var (book, header) = GutenbergText.StripLicence(lines);
        book = GutenbergText.DropIllustrations(book);
        var isNovel = GutenbergText.IsNovel(book);
        var (metadata, blocks) = isNovel ? NovelReader.Read(book, header) : ReadArticle(RemoveChrome(book));
        if (header.Title is not null) metadata = metadata with { Title = header.Title }; // the licence header names the work exactly
        var joiner = new LineJoiner(book);
        var model = new ArticleAssembler(path, joiner, diagnostics, underscoreEmphasis: isNovel).Assemble(blocks);
        return new Document(Merge(front.Metadata, metadata), model) { SourcePath = path };
    }

    /// <summary>
    /// A first line longer than this is a paragraph, not a title: the longest headlines run to
    /// about twenty words, and a whole article saved on one line made a 58-word title page that
    /// lost the rest of the text.
    /// </summary>
    public const int MaxTitleWords = 30;

    private static (Metadata, List<TextBlock>) ReadArticle(List<SourceLine> lines)
    {
        if (lines.Count == 0) return (Metadata.Empty, []);
        if (lines[0].Text.Split(' ', MaxTitleWords + 1, StringSplitOptions.RemoveEmptyEntries).Length > MaxTitleWords)
            return (Metadata.Empty, new ParagraphRebuilder(WrapLayout.Infer(lines)).Rebuild(lines));
        var body = lines.Skip(1).ToList();
        var title = SmartPunctuation.Apply(TitleCasing.Recover(lines[0].Text, body));
        var blocks = new ParagraphRebuilder(WrapLayout.Infer(body)).Rebuild(body);
        return (Metadata.Empty with { Title = title }, blocks);
    }

    // Chrome is dropped only as a line of its own, between blank lines; the blank lines around
    // it must not grow into a section break.
    private static List<SourceLine> RemoveChrome(List<SourceLine> lines)
    {
        var kept = new List<SourceLine>(lines.Count);
        var carried = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var alone = (i == 0 || line.BlanksBefore > 0) && (i + 1 == lines.Count || lines[i + 1].BlanksBefore > 0);
            if (alone && PageChrome.IsChrome(line.Text))
            {
                carried = Math.Max(carried, line.BlanksBefore);
                continue;
            }
            kept.Add(carried > 0 ? line with { BlanksBefore = Math.Max(carried, line.BlanksBefore) } : line);
            carried = 0;
        }
        return kept;
    }

    // Front matter the author wrote wins over anything inferred from the text.
    private static Metadata Merge(Metadata declared, Metadata inferred) => declared with
    {
        Title = declared.Title ?? inferred.Title,
        Authors = declared.Authors.Count > 0 ? declared.Authors : inferred.Authors,
    };
}
