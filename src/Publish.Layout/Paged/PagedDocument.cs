using Publish.Model;

namespace Publish.Layout.Paged;

/// <summary>
/// What layout hands to the drawing writers (PDF and PNG): pages of positioned items in points,
/// origin at the page's top-left, y growing downwards, baselines for text. Writers draw this and
/// never look at the model.
/// </summary>
internal sealed record PagedDocument(IReadOnlyList<Page> Pages, DocumentInfo Info)
{
    /// <summary>The bookmark tree (chapters, sections), each landing on a named destination.</summary>
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];

    /// <summary>Page label ranges (roman front matter, arabic body) as the viewer should show them.</summary>
    public IReadOnlyList<PageLabelRange> PageLabels { get; init; } = [];
}

/// <summary>Document-level facts for the PDF info dictionary and XMP.</summary>
internal sealed record DocumentInfo(string? Title, string? Author, string? Subject, string? Keywords, string Language, DateTimeOffset? Date)
{
    public string Creator { get; init; } = "Publish";
}

/// <summary>
/// One page. <c>MediaWidth/MediaHeight</c> include bleed; <c>Trim</c> is the finished page inside it.
/// </summary>
internal sealed record Page(int Index, double MediaWidth, double MediaHeight, Rect Trim, IReadOnlyList<PageItem> Items)
{
    public Rect? Bleed { get; init; }
    public bool CropMarks { get; init; }
    /// <summary>The number printed on the page, e.g. "xii" or "37".</summary>
    public string Label { get; init; } = "";
}

internal readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>An sRGB colour with alpha, 0..255 each.</summary>
internal readonly record struct Rgba(byte R, byte G, byte B, byte A = 255)
{
    public static readonly Rgba Black = new(0, 0, 0);

    /// <summary>Parses <c>#rgb</c> or <c>#rrggbb</c>; anything else is black.</summary>
    public static Rgba Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length == 3) h = string.Concat(h.Select(c => new string(c, 2)));
        return h.Length == 6 && uint.TryParse(h, System.Globalization.NumberStyles.HexNumber, null, out var v)
            ? new Rgba((byte)(v >> 16), (byte)(v >> 8), (byte)v) : Black;
    }
}

internal abstract record PageItem
{
    /// <summary>The structure element this item belongs to (see <see cref="StructNode"/>); null for decoration.</summary>
    public StructNode? Tag { get; internal set; }
}

/// <summary>
/// Shaped glyphs on one baseline in one font. <c>Positions</c> are x offsets of each glyph from
/// <c>X</c> (y offsets in <c>YOffsets</c> when shaping moved a glyph vertically, else null).
/// <c>Text</c> is the source text of the run and <c>Clusters</c> maps each glyph to the UTF-16
/// index of its first character in <c>Text</c>, so that the PDF keeps the words extractable.
/// </summary>
internal sealed record GlyphRun(
    FontFace Font, double Size, Rgba Color, double X, double Baseline,
    ushort[] Glyphs, float[] Positions, string Text, int[] Clusters) : PageItem
{
    public float[]? YOffsets { get; init; }
    /// <summary>The advance width of the whole run (for underline, strike and links).</summary>
    public double Width { get; init; }
    /// <summary>
    /// The run's last glyph is a hyphen the line breaker added (the word goes on on the next
    /// line), not one of the text: extraction should read it as a soft hyphen so the word rejoins.
    /// </summary>
    public bool EndsWithBreakHyphen { get; init; }
    /// <summary>
    /// The run's last glyph is the space the line was broken at, drawn past the line's end (not
    /// counted in <c>Width</c>) so that extracted text keeps the line's last word apart from the next.
    /// </summary>
    public bool EndsWithBreakSpace { get; init; }
}

/// <summary>A straight line (rules, underlines, strike-through, table borders, crop marks).</summary>
internal sealed record RuleItem(double X1, double Y1, double X2, double Y2, double Thickness, Rgba Color) : PageItem;

/// <summary>A filled rectangle (code block background, table header shading).</summary>
internal sealed record FillItem(Rect Area, Rgba Color) : PageItem;

/// <summary>An embedded image drawn into <c>Area</c>.</summary>
internal sealed record ImageItem(PageImage Image, Rect Area, string Alt) : PageItem;

/// <summary>
/// The bytes of an image a page draws, under the key the document embeds it by: what the PDF
/// and PNG writers need of a model <c>Resource</c>, so they never look at the model.
/// </summary>
internal sealed record PageImage(string Key, byte[] Data)
{
    /// <summary>The image's type (an SVG is drawn as vector paths, not decoded), and its size in pixels (for downsampling).</summary>
    public string MediaType { get; init; } = "";
    public int PixelWidth { get; init; }
    public int PixelHeight { get; init; }

    public static PageImage Of(Resource resource) =>
        new(resource.Key, resource.Data) { MediaType = resource.MediaType, PixelWidth = resource.PixelWidth, PixelHeight = resource.PixelHeight };
}

/// <summary>A clickable area: an external URI, or an internal jump to a named destination.</summary>
internal sealed record LinkItem(Rect Area, string? Uri, string? Destination) : PageItem;

/// <summary>A named place that links and outline entries land on.</summary>
internal sealed record DestinationItem(string Name, double X, double Y) : PageItem;

internal sealed record OutlineEntry(string Title, string Destination, int PageIndex, IReadOnlyList<OutlineEntry> Children);

internal enum PageLabelStyle { Decimal, LowerRoman, UpperRoman, None }

internal sealed record PageLabelRange(int FirstPageIndex, PageLabelStyle Style, int StartNumber = 1, string Prefix = "");
