using Publish.Layout.Paged;
using Publish.Pdf.Content;
using Publish.Pdf.Fonts;
using Publish.Pdf.Images;
using Publish.Pdf.Metadata;
using Publish.Pdf.Navigation;
using Publish.Pdf.Syntax;
using Publish.Pdf.Tagging;

namespace Publish.Pdf;

internal sealed record PdfWriteOptions
{
    /// <summary>Write PDF/A-2a identification (XMP, output intent), reproducibly: the file is always tagged.</summary>
    public bool PdfA { get; init; }

    /// <summary>Work kept between builds of the same input (watch mode), so unchanged pages are not redone.</summary>
    public PdfWriteCache? Cache { get; init; }

    /// <summary>Downsample raster images to this resolution where they are drawn; null keeps every image at full resolution.</summary>
    public double? ImageDpi { get; init; }
}

/// <summary>
/// Writes a <see cref="PagedDocument"/> as a PDF file in one pass: resources are gathered first,
/// page content streams are built and compressed in parallel (fonts are subset meanwhile), then
/// pages, fonts, images, navigation and metadata are written in order with the cross-reference
/// table. Same input, same bytes.
/// </summary>
internal static class PdfWriter
{
    public const string Producer = "Publish";

    public static void Write(PagedDocument document, Stream output, PdfWriteOptions options)
    {
        var cache = options.Cache;
        var resources = DocumentResources.Collect(document, cache, options.ImageDpi);
        var fonts = resources.Fonts.ToList();
        var usage = fonts.Select(f => f.UsageHash()).ToList();
        // Subsetting runs beside the page streams: it needs only the glyph sets gathered above.
        var programs = Task.Run(() => fonts.Select((f, i) => cache?.Font(usage[i]) is { } known ? new Embedding(known, false) : new Embedding(FontProgram.Build(f), true)).ToList());
        var pageStreams = PageStreams.Build(document, resources, cache);
        var destinations = new Destinations(document);

        using var w = new PdfObjectWriter(output);
        int catalog = w.Allocate(), pageTree = w.Allocate(), resourceDict = w.Allocate(), info = w.Allocate();
        var fontNumbers = fonts.Select(_ => w.Allocate()).ToList();
        var images = resources.Images.Select(i => (i.Name, i.Image, Number: w.Allocate())).ToList();

        var links = document.Pages.Select(p => LinkAnnotations.Of(p, destinations)).ToList();
        var tree = StructureTree.Build(document, resources, links);
        var written = PageObjects.Write(w, document, pageStreams.Streams, links, tree, pageTree, resourceDict);
        var pages = written.Pages;
        var fontPrograms = programs.Result;
        for (var i = 0; i < fonts.Count; i++) FontObjects.Write(w, fontNumbers[i], fonts[i], fontPrograms[i].Program);
        foreach (var image in images) image.Image.Write(w, image.Number);
        WriteResources(w, resourceDict, fonts, fontNumbers, images.Select(i => (i.Name, i.Number)), resources.Alphas);
        PageObjects.WriteTree(w, pageTree, pages);

        var outline = document.Outline.Count > 0 && pages.Count > 0 ? new OutlineWriter(w, document, destinations, pages).Write() : 0;
        var names = 0;
        if (destinations.Count > 0) destinations.WriteNameTree(w, names = w.Allocate(), pages, document);
        var structure = StructureTreeWriter.Write(w, tree, pages, written.Annotations);
        InfoDictionary.Write(w, info, document.Info);
        var profile = 0;
        if (options.PdfA)
        {
            w.Begin().Ascii("/N 3 /Filter /FlateDecode");
            w.EndStream(profile = w.Allocate(), Deflate.Compress(SrgbProfile.Bytes, Deflate.ResourceLevel));
        }
        // Everything above decides the id; the XMP that repeats it and the catalog follow.
        var id = DocumentId.From(w.ContentHash());
        // Uncompressed, so archive tools can find the packet without a PDF parser. It identifies
        // the file as PDF/UA-1 (tagged, with alt text and artifacts) and, with --pdfa, PDF/A-2a.
        w.Begin().Ascii("/Type /Metadata /Subtype /XML");
        var metadata = w.Allocate();
        w.EndStream(metadata, XmpPacket.Build(document.Info, DocumentId.Dashed(id), options.PdfA));
        WriteCatalog(w, catalog, document, pageTree, outline, names, metadata, profile, structure);
        w.Finish(catalog, info, id);

        if (cache is null) return;
        for (var i = 0; i < pageStreams.Streams.Length; i++) cache.KeepPage(pageStreams.Fingerprints[i], pageStreams.Streams[i]);
        for (var i = 0; i < fonts.Count; i++) cache.KeepFont(usage[i], fontPrograms[i].Program);
        var fontsBuilt = fontPrograms.Count(p => p.Built);
        cache.Finish(new PdfWriteStatistics(pageStreams.Built, pageStreams.Streams.Length - pageStreams.Built, fontsBuilt, fonts.Count - fontsBuilt));
    }

    /// <summary>A font's encoded program, and whether this build made it (else the cache had it).</summary>
    private sealed record Embedding(FontProgram Program, bool Built);

    private static void WriteResources(PdfObjectWriter w, int number, List<PdfFontResource> fonts, List<int> fontNumbers,
        IEnumerable<(string Name, int Number)> images, IEnumerable<byte> alphas)
    {
        var b = w.Begin().Ascii("<</ProcSet [/PDF /Text /ImageB /ImageC] /Font <<");
        for (var i = 0; i < fonts.Count; i++) b.Byte((byte)'/').Ascii(fonts[i].Name).Space().Ref(fontNumbers[i]).Space();
        b.Ascii(">> /XObject <<");
        foreach (var (name, image) in images) b.Byte((byte)'/').Ascii(name).Space().Ref(image).Space();
        b.Ascii(">> /ExtGState <<");
        foreach (var alpha in alphas)
            b.Ascii(DocumentResources.AlphaStateName(alpha)).Ascii(" <</Type /ExtGState /ca ").Number(alpha / 255.0)
             .Ascii(" /CA ").Number(alpha / 255.0).Ascii(">> ");
        b.Ascii(">>>>");
        w.End(number);
    }

    private static void WriteCatalog(PdfObjectWriter w, int number, PagedDocument document, int pageTree, int outline, int names, int metadata, int profile, int structure)
    {
        var b = w.Begin().Ascii("<</Type /Catalog /Pages ").Ref(pageTree);
        // Tagged: the structure tree, and viewers title the window with the document's title (PDF/UA).
        b.Ascii(" /MarkInfo <</Marked true>> /StructTreeRoot ").Ref(structure).Ascii(" /ViewerPreferences <</DisplayDocTitle true>>");
        if (outline != 0) b.Ascii(" /Outlines ").Ref(outline).Ascii(" /PageMode /UseOutlines");
        if (document.PageLabels.Count > 0 && document.Pages.Count > 0)
        {
            b.Ascii(" /PageLabels ");
            PageLabelTree.Write(b, document.PageLabels, document.Pages.Count);
        }
        if (names != 0) b.Ascii(" /Names <</Dests ").Ref(names).Ascii(">>");
        // The natural language lets screen readers and PDF/A validators know how to read the text.
        if (!string.IsNullOrWhiteSpace(document.Info.Language)) b.Ascii(" /Lang ").Text(document.Info.Language.Trim());
        if (metadata != 0) b.Ascii(" /Metadata ").Ref(metadata);
        if (profile != 0)
            b.Ascii(" /OutputIntents [<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)")
             .Ascii(" /Info (sRGB IEC61966-2.1) /DestOutputProfile ").Ref(profile).Ascii(">>]");
        b.Ascii(">>");
        w.End(number);
    }
}
