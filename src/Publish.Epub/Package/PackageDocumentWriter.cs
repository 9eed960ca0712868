using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Epub.Xhtml;
using Publish.Model;

namespace Publish.Epub.Package;

/// <summary>What the OPF needs to know beyond the metadata: the files, the reading order, what the book contains.</summary>
internal sealed record PackageContents(
    string Identifier,
    string Title,
    IReadOnlyList<ManifestItem> Manifest,
    IReadOnlyList<SpineItem> Spine,
    string? CoverImageId,
    bool HasImages,
    bool HasMathML,
    bool HasPageList)
{
    /// <summary>What the content holds, for the accessibility metadata; null claims nothing beyond the basics.</summary>
    public ContentFacts Facts { get; init; } = ContentFacts.None;
}

/// <summary>The OPF 3 package document: Dublin Core metadata, accessibility metadata, manifest, spine.</summary>
internal static partial class PackageDocumentWriter
{
    public static string Write(Metadata m, PackageContents p, DateTimeOffset modified, DiagnosticBag diagnostics)
    {
        var o = new Markup();
        o.Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").Line();
        o.Open("package", ("xmlns", "http://www.idpf.org/2007/opf"), ("version", "3.0"), ("unique-identifier", "pub-id"),
            ("xml:lang", m.Language)).Line();
        o.Open("metadata", ("xmlns:dc", "http://purl.org/dc/elements/1.1/")).Line();
        Element(o, "dc:identifier", p.Identifier, ("id", "pub-id"));
        Element(o, "dc:title", p.Title, ("id", "title"));
        if (!string.IsNullOrWhiteSpace(m.Subtitle))
        {
            Element(o, "dc:title", m.Subtitle, ("id", "subtitle"));
            Meta(o, "title-type", "subtitle", "#subtitle");
        }
        for (var i = 0; i < m.Authors.Count; i++)
        {
            var author = m.Authors[i];
            var id = $"creator{i + 1}";
            Element(o, author.Role == "aut" ? "dc:creator" : "dc:contributor", author.Name, ("id", id));
            o.Open("meta", ("refines", "#" + id), ("property", "role"), ("scheme", "marc:relators")).Text(author.Role).Close("meta").Line();
        }
        Element(o, "dc:language", m.Language);
        if (W3cDate(m.Date) is { } date) Element(o, "dc:date", date);
        else if (!string.IsNullOrWhiteSpace(m.Date))
            diagnostics.Report(DiagnosticCatalog.DateNotIso, $"date '{m.Date}' is not an ISO 8601 date and is left out of the EPUB metadata", SourceSpan.None);
        if (!string.IsNullOrWhiteSpace(m.Publisher)) Element(o, "dc:publisher", m.Publisher);
        if (!string.IsNullOrWhiteSpace(m.Rights)) Element(o, "dc:rights", m.Rights);
        if (!string.IsNullOrWhiteSpace(m.Description)) Element(o, "dc:description", m.Description);
        foreach (var subject in m.Subjects.Where(s => !string.IsNullOrWhiteSpace(s))) Element(o, "dc:subject", subject);
        Meta(o, "dcterms:modified", modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        if (p.HasPageList)
        {
            // The page-list's numbers are the PDF's: name the source of the page breaks. EPUB 3.3's
            // unprefixed pageBreakSource is unknown to epubcheck 4.2 (an error), so the EPUB 3.0 form,
            // dc:source refined as the source of the pagination, which DAISY Ace also reads.
            Element(o, "dc:source", p.Identifier + " (PDF)", ("id", "page-source"));
            Meta(o, "source-of", "pagination", "#page-source");
        }
        Accessibility(o, p);
        if (p.CoverImageId is not null) o.Void("meta", ("name", "cover"), ("content", p.CoverImageId)).Line();
        o.Close("metadata").Line();

        o.Open("manifest").Line();
        foreach (var item in p.Manifest)
            o.Raw("  ").Void("item", ("id", item.Id), ("href", item.Href), ("media-type", item.MediaType), ("properties", item.Properties)).Line();
        o.Close("manifest").Line();
        // Right-to-left books turn their pages the other way (EPUB 3.3, 5.7.2).
        var progression = Styling.Languages.LanguageTag.IsRightToLeft(m.Language, m.Direction) ? "rtl" : null;
        o.Open("spine", ("toc", "ncx"), ("page-progression-direction", progression)).Line();
        foreach (var s in p.Spine) o.Raw("  ").Void("itemref", ("idref", s.IdRef), ("linear", s.Linear ? null : "no")).Line();
        o.Close("spine").Line();
        o.Close("package").Line();
        return o.ToString();
    }

    /// <summary>
    /// Schema.org accessibility metadata claiming only what the content shows: alternative text when
    /// every image has some, footnotes when there are notes, MathML when there is math, print page
    /// numbers when the page-list has page-break markers — and WCAG 2.1 AA conformance (EPUB
    /// Accessibility 1.1) only when no image lacks its alternative text.
    /// </summary>
    private static void Accessibility(Markup o, PackageContents p)
    {
        var f = p.Facts;
        var images = p.HasImages || f.Images > 0;
        var described = f.ImagesWithoutAlt == 0;
        Meta(o, "schema:accessMode", "textual");
        if (images) Meta(o, "schema:accessMode", "visual");
        Meta(o, "schema:accessModeSufficient", images && !described ? "textual,visual" : "textual");
        string[] features = ["structuralNavigation", "tableOfContents", "readingOrder"];
        foreach (var feature in features) Meta(o, "schema:accessibilityFeature", feature);
        if (images && described) Meta(o, "schema:accessibilityFeature", "alternativeText");
        if (p.HasMathML) Meta(o, "schema:accessibilityFeature", "MathML");
        if (p.HasPageList)
        {
            Meta(o, "schema:accessibilityFeature", "pageBreakMarkers");
            Meta(o, "schema:accessibilityFeature", "printPageNumbers");
        }
        Meta(o, "schema:accessibilityHazard", "none");
        var parts = new List<string> { "Text with headings for structural navigation and a table of contents" };
        if (f.Notes) parts.Add("footnotes that link back to their references");
        if (images) parts.Add(described ? "images carry alternative text" : "some images have no alternative text");
        if (p.HasMathML) parts.Add("mathematics as MathML with its TeX as alternative text");
        if (p.HasPageList) parts.Add("page numbers of the print edition (PDF)");
        Meta(o, "schema:accessibilitySummary", string.Join("; ", parts) + ".");
        if (described) Meta(o, "dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
    }

    private static void Element(Markup o, string name, string value, params (string, string?)[] attributes) =>
        o.Raw("  ").Open(name, attributes).Text(value.Trim()).Close(name).Line();

    private static void Meta(Markup o, string property, string value, string? refines = null) =>
        o.Raw("  ").Open("meta", ("property", property), ("refines", refines)).Text(value).Close("meta").Line();

    /// <summary>The date as W3CDTF (what epubcheck accepts), or null when it cannot be read as one.</summary>
    internal static string? W3cDate(string? date)
    {
        if (string.IsNullOrWhiteSpace(date)) return null;
        var trimmed = date.Trim();
        if (W3cPattern().IsMatch(trimmed)) return trimmed;
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$")]
    private static partial Regex W3cPattern();
}
