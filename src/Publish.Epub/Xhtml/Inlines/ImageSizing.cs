using System.Globalization;
using Publish.Model;

namespace Publish.Epub.Xhtml.Inlines;

/// <summary>
/// The EPUB and HTML half of the inline-image rule the PDF follows: a large image inside text is
/// shown as a block (<c>img.block</c>: its own line, at most the column's width, no indent), a
/// small one sits on the line (<c>img.inline</c>: one em high unless the source sizes it).
/// Sizes the source gives (<c>{width=50%}</c>) become CSS, as XHTML's width attribute takes
/// only pixels.
/// </summary>
internal static class ImageSizing
{
    /// <summary>
    /// Wider than this many CSS pixels is large: a third of a 600 px reading column, a common
    /// e-reader's page width in CSS pixels (the PDF uses a third of its real measure).
    /// </summary>
    private const double LargeWidthPx = 200;

    /// <summary>Taller than this is large: two lines of 16 px text at the usual 1.5 leading.</summary>
    private const double LargeHeightPx = 48;

    public static (string? Class, string? Style) Of(Image image, (int Width, int Height)? pixels)
    {
        var width = image.Attr["width"];
        var height = image.Attr["height"];
        var style = string.Join("; ", new[] { ("width", Css(width)), ("height", Css(height)) }.Where(p => p.Item2 is not null).Select(p => $"{p.Item1}: {p.Item2}"));
        var sized = style.Length > 0;
        var large = Percent(width) is > 100.0 / 3 || Px(width) is > LargeWidthPx || Px(height) is > LargeHeightPx
            || (!sized && pixels is { } p && (p.Width > LargeWidthPx || p.Height > LargeHeightPx));
        if (large && width is not null && height is null) style += "; height: auto";
        // Without a known size (an image the renderer cannot measure) nothing is claimed either way.
        var cssClass = large ? "block" : sized || pixels is null ? null : "inline";
        return (cssClass, sized ? style : null);
    }

    /// <summary>A length for CSS: a bare number is pixels, as in HTML's width attribute; anything unreadable is dropped.</summary>
    private static string? Css(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim().ToLowerInvariant();
        var end = value.Length;
        while (end > 0 && (char.IsLetter(value[end - 1]) || value[end - 1] == '%')) end--;
        var unit = value[end..];
        if (!double.TryParse(value.AsSpan(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return unit is "" ? n.ToString(CultureInfo.InvariantCulture) + "px"
            : unit is "%" or "px" or "pt" or "pc" or "mm" or "cm" or "in" or "em" ? value : null;
    }

    private static double? Percent(string? value) =>
        value?.Trim() is { } v && v.EndsWith('%') && double.TryParse(v[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static double? Px(string? value)
    {
        if (value?.Trim().ToLowerInvariant() is not { } v) return null;
        var factor = v.EndsWith("px") ? 1 : v.EndsWith("pt") ? 96.0 / 72 : v.EndsWith("mm") ? 96 / 25.4 : v.EndsWith("cm") ? 96 / 2.54 : v.EndsWith("in") ? 96 : v.EndsWith("em") ? 16 : 1;
        var number = v.TrimEnd('p', 'x', 't', 'm', 'c', 'i', 'n', 'e');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n * factor : null;
    }
}
