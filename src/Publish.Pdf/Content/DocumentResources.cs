using Publish.Layout.Paged;
using Publish.Pdf.Fonts;
using Publish.Pdf.Images;

namespace Publish.Pdf.Content;

/// <summary>
/// Everything pages refer to by name, gathered in one pass over the items before any page is
/// built: fonts (with the glyphs each uses and their text), images, and the alpha values of
/// translucent colours. Read-only afterwards, so pages can be built on several threads at once.
/// </summary>
internal sealed class DocumentResources
{
    private readonly Dictionary<FontFace, PdfFontResource?> fonts = new(FontFaceComparer.Instance);
    // Two paths to the same font file are one font in the PDF.
    private readonly Dictionary<ulong, PdfFontResource?> byIdentity = [];
    private readonly Dictionary<string, (string Name, byte[] NameBytes, IPdfXObject Image)?> images = [];
    private readonly SortedSet<byte> alphas = [];
    private readonly HashSet<GlyphRun> actualText = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<PdfFontResource> Fonts => byIdentity.Values.OfType<PdfFontResource>().OrderBy(f => f.Name, StringComparer.Ordinal);
    public IEnumerable<(string Name, IPdfXObject Image)> Images =>
        images.Values.OfType<(string Name, byte[] NameBytes, IPdfXObject Image)>().Select(i => (i.Name, i.Image)).OrderBy(i => i.Name, StringComparer.Ordinal);
    public IEnumerable<byte> Alphas => alphas;

    /// <summary>
    /// Gathers what the pages use. With <paramref name="imageDpi"/>, each raster image is
    /// downsampled to that resolution at the largest size it is drawn (never enlarged).
    /// </summary>
    public static DocumentResources Collect(PagedDocument document, PdfWriteCache? cache, double? imageDpi = null)
    {
        var resources = new DocumentResources();
        var fits = imageDpi is { } dpi ? ImageFits(document, dpi) : null;
        foreach (var page in document.Pages)
            foreach (var item in page.Items)
                resources.Use(item, cache, fits);
        return resources;
    }

    /// <summary>The pixels each image needs at <paramref name="dpi"/> where it is drawn largest.</summary>
    private static Dictionary<string, (int, int)> ImageFits(PagedDocument document, double dpi)
    {
        var fits = new Dictionary<string, (int Width, int Height)>(StringComparer.Ordinal);
        foreach (var image in document.Pages.SelectMany(p => p.Items).OfType<ImageItem>())
        {
            var w = (int)Math.Ceiling(image.Area.Width / 72 * dpi);
            var h = (int)Math.Ceiling(image.Area.Height / 72 * dpi);
            fits[image.Image.Key] = fits.TryGetValue(image.Image.Key, out var known) ? (Math.Max(known.Width, w), Math.Max(known.Height, h)) : (w, h);
        }
        return fits.ToDictionary(f => f.Key, f => (f.Value.Width, f.Value.Height), StringComparer.Ordinal);
    }

    private void Use(PageItem item, PdfWriteCache? cache, Dictionary<string, (int, int)>? fits)
    {
        switch (item)
        {
            case GlyphRun run:
                if (!fonts.TryGetValue(run.Font, out var font)) fonts[run.Font] = font = FontFor(run.Font);
                // A breaker's hyphen reads as a soft hyphen (GlyphRunContent.TextOf).
                if (font is not null && (!font.Use(run) || run.EndsWithBreakHyphen)) actualText.Add(run);
                UseAlpha(run.Color);
                break;
            case RuleItem rule: UseAlpha(rule.Color); break;
            case FillItem fill: UseAlpha(fill.Color); break;
            case ImageItem picture when !images.ContainsKey(picture.Image.Key):
                (int, int)? fit = fits is not null && fits.TryGetValue(picture.Image.Key, out var f) ? f : null;
                var image = cache is not null ? cache.Image(picture.Image, fit) : PdfXObjects.From(picture.Image, fit);
                var name = PdfImage.NameOf(picture.Image);
                images[picture.Image.Key] = image is null ? null : (name, System.Text.Encoding.ASCII.GetBytes("/" + name), image);
                break;
        }
    }

    private PdfFontResource? FontFor(FontFace face)
    {
        var identity = PdfFontResource.IdentityOf(face);
        if (!byIdentity.TryGetValue(identity, out var font)) byIdentity[identity] = font = PdfFontResource.Create(face, identity);
        return font;
    }

    /// <summary>A translucent colour needs its state, and an opaque one to return to (images must not inherit the alpha).</summary>
    private void UseAlpha(Rgba color)
    {
        if (color.A == 255) return;
        alphas.Add(color.A);
        alphas.Add(255);
    }

    public PdfFontResource? Font(FontFace face) => fonts.GetValueOrDefault(face);

    /// <summary>Whether the run's glyphs do not spell its text through /ToUnicode, so it carries the text as ActualText.</summary>
    public bool NeedsActualText(GlyphRun run) => actualText.Contains(run);

    /// <summary>The image's resource name (<c>/Ixxxx</c>), or null when it could not be read and is left out.</summary>
    public byte[]? Image(PageImage image) => images.GetValueOrDefault(image.Key)?.NameBytes;

    public static string AlphaStateName(byte alpha) => "/GA" + alpha.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}
