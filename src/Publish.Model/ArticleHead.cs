using System.Globalization;

namespace Publish.Model;

/// <summary>
/// The head of an article as every writer sets it: the headline, the dek under it, and the byline
/// line (authors, date, source), followed by the body. One rule for PDF, EPUB and HTML.
/// </summary>
/// <param name="Headline">The headline's inlines; empty when the source names no title.</param>
/// <param name="HeadlineId">The id of the heading the headline came from (links to it land on the headline), or "".</param>
/// <param name="Dek">The subtitle, else the description; null when the metadata has neither.</param>
/// <param name="Byline">Authors, date and source, in that order, each present only when the metadata has it.</param>
/// <param name="Body">The blocks after the head; the first is the lede when it is a paragraph.</param>
internal sealed record ArticleHead(IReadOnlyList<Inline> Headline, string HeadlineId, string? Dek, IReadOnlyList<string> Byline, IReadOnlyList<Block> Body)
{
    /// <summary>The headline as plain text.</summary>
    public string Title => PlainText.Of(Headline).Trim();

    /// <summary>The lede: the body's first block when it is a paragraph.</summary>
    public Paragraph? Lede => Body.Count > 0 ? Body[0] as Paragraph : null;

    /// <summary>
    /// Splits an article: a level-1 heading that opens the text is its headline (the title is
    /// not printed twice); otherwise the metadata's title is.
    /// </summary>
    public static ArticleHead Of(Document document)
    {
        var meta = document.Metadata;
        IReadOnlyList<Inline> headline = [];
        var id = "";
        var body = document.Blocks;
        if (body.Count > 0 && body[0] is Heading { Level: 1 } h)
        {
            (headline, id, body) = (h.Content, h.Id, body.Skip(1).ToList());
        }
        else if (!string.IsNullOrWhiteSpace(meta.Title))
        {
            headline = [new Text(meta.Title.Trim())];
        }
        var dek = !string.IsNullOrWhiteSpace(meta.Subtitle) ? meta.Subtitle.Trim()
            : !string.IsNullOrWhiteSpace(meta.Description) ? meta.Description.Trim() : null;
        return new ArticleHead(headline, id, dek, BylineParts(meta), body);
    }

    private static List<string> BylineParts(Metadata meta)
    {
        var parts = new List<string>();
        var authors = meta.Authors.Where(a => a.Role == "aut").Select(a => a.Name).ToList();
        if (authors.Count > 0)
        {
            var names = authors.Count == 1 ? authors[0] : string.Join(", ", authors[..^1]) + (English(meta) ? " and " : ", ") + authors[^1];
            parts.Add(English(meta) ? "By " + names : names);
        }
        if (!string.IsNullOrWhiteSpace(meta.Date)) parts.Add(Date(meta.Date.Trim(), meta.Language));
        if (!string.IsNullOrWhiteSpace(meta.Publisher)) parts.Add(meta.Publisher.Trim());
        return parts;
    }

    private static bool English(Metadata meta) => meta.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>An ISO date (with or without a time) as readers write it in the text's language: 2023-06-27 → 27 June 2023.</summary>
    public static string Date(string text, string language)
    {
        var culture = Culture(language);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day.ToString("d MMMM yyyy", culture);
        if (text.Length > 10 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return DateOnly.FromDateTime(moment.Date).ToString("d MMMM yyyy", culture);
        return text;
    }

    private static CultureInfo Culture(string language)
    {
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
