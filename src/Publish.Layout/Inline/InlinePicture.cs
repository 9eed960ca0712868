using System.Globalization;
using Publish.Layout.Formulas;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Inline;

/// <summary>
/// How an image inside text is set. Its natural size is the one the source gives
/// (<c>{width=50%}</c>, <c>{height=2em}</c>, px/pt/mm/cm/in) or else its pixels at CSS's 96 per
/// inch. A small image (an icon, a formula picture) sits on the line like a glyph, scaled to at
/// most the body size unless the source sizes it; a large one — wider than a third of the measure
/// or taller than two lines — is set as a block between the lines where it stands, scaled to the
/// measure, as LaTeX and browsers show it.
/// </summary>
internal sealed record InlinePicture(Resource Image, string Alt, double Width, double Height, bool Large)
{
    private const double PointsPerPixel = 72.0 / 96.0;

    /// <summary>Wider than this share of the measure makes an image a block (LaTeX users size "inline" art up to about this).</summary>
    public const double LargeWidthShare = 1.0 / 3;

    /// <summary>Taller than this many lines makes an image a block: past it the line would open too far.</summary>
    public const double LargeLines = 2;

    /// <summary>An unsized small image's bottom sits this share of its height below the baseline, as glyph descenders do.</summary>
    private const double DescentShare = 0.2;

    /// <summary>The picture for <paramref name="image"/>, or null when its resource is not embedded.</summary>
    public static InlinePicture? Of(Model.Image image, IReadOnlyDictionary<string, Resource> resources, double measure, double size, double leading)
    {
        if (!resources.TryGetValue(image.Source, out var resource) || resource.PixelWidth <= 0 || resource.PixelHeight <= 0) return null;
        var aspect = (double)resource.PixelHeight / resource.PixelWidth;
        var givenWidth = Length(image.Attr["width"], measure, size);
        var givenHeight = Length(image.Attr["height"], null, size);
        var width = givenWidth ?? (givenHeight is { } h ? h / aspect : resource.PixelWidth * PointsPerPixel);
        var height = givenHeight ?? width * aspect;
        var large = width > measure * LargeWidthShare || height > LargeLines * leading;
        if (large)
        {
            // A block never runs past the measure; its height is fitted to the page where it is placed.
            if (width > measure) { height *= measure / width; width = measure; }
        }
        else if (givenWidth is null && givenHeight is null && height > size)
        {
            width *= size / height;
            height = size;
        }
        return new InlinePicture(resource, image.Alt, width, height, large);
    }

    /// <summary>The picture as a box on the line: its foot just below the baseline, as a glyph's.</summary>
    public MathBox Box()
    {
        var descent = Height * DescentShare;
        var ascent = Height - descent;
        return new MathBox(Width, ascent, descent, [new ImageItem(PageImage.Of(Image), new Rect(0, -ascent, Width, Height), Alt)]) { Picture = true };
    }

    /// <summary>A CSS-like length in points: %, px, pt, pc, mm, cm, in, em; a bare number is pixels (as HTML's width attribute).</summary>
    public static double? Length(string? text, double? percentOf, double em)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim().ToLowerInvariant();
        var end = text.Length;
        while (end > 0 && (char.IsLetter(text[end - 1]) || text[end - 1] == '%')) end--;
        if (!double.TryParse(text.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v <= 0) return null;
        return text[end..] switch
        {
            "%" => percentOf is { } whole ? v / 100 * whole : null,
            "" or "px" => v * PointsPerPixel,
            "pt" => v,
            "pc" => v * 12,
            "mm" => v * 72 / 25.4,
            "cm" => v * 72 / 2.54,
            "in" => v * 72,
            "em" => v * em,
            _ => null,
        };
    }
}
