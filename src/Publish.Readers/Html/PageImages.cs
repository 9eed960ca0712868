using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>What becomes of an &lt;img&gt;: used from the saved page's folder, or left out and why.</summary>
internal enum ImageFate { Used, Ignored, Remote, Missing, Unsupported }

/// <summary>
/// Decides each image of a saved page. Builds are offline: only images saved beside the page
/// (<c>page_files/…</c>) are used; remote, missing and unsupported ones are counted for one summary
/// warning; tracking pixels, icons and placeholders are left out silently.
/// </summary>
internal sealed partial class PageImages(string pagePath)
{
    /// <summary>Images at most this many CSS pixels on a side are icons, bullets or tracking pixels, not article pictures.</summary>
    private const int IconSize = 48;

    private static readonly HashSet<string> s_supported = [".png", ".jpg", ".jpeg", ".gif"];

    [GeneratedRegex(@"icon|logo|avatar|emoji|spinner|pixel|spacer|badge|sprite|blank\.gif|loading|placeholder|1x1|tracking|beacon", RegexOptions.IgnoreCase)]
    private static partial Regex Decorative();

    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(pagePath)) ?? ".";

    public int Remote { get; private set; }
    public int Missing { get; private set; }
    public int Unsupported { get; private set; }

    public (ImageFate Fate, string Source) Decide(IElement image)
    {
        if (IsDecorative(image)) return (ImageFate.Ignored, "");
        var source = SourceOf(image);
        if (source is null || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return (ImageFate.Ignored, "");
        if (source.StartsWith("//") || Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is not "file")
        {
            Remote++;
            return (ImageFate.Remote, source);
        }
        var relative = Uri.UnescapeDataString(source.Split('?', '#')[0]);
        var full = Path.GetFullPath(Path.Combine(_folder, relative));
        if (!File.Exists(full))
        {
            Missing++;
            return (ImageFate.Missing, source);
        }
        if (!s_supported.Contains(Path.GetExtension(full).ToLowerInvariant()) && !LooksLikeRaster(full))
        {
            Unsupported++;
            return (ImageFate.Unsupported, source);
        }
        return (ImageFate.Used, relative);
    }

    private static bool IsDecorative(IElement image)
    {
        if (Size(image, "width") is <= IconSize || Size(image, "height") is <= IconSize) return true;
        var hints = $"{image.ClassName} {image.Id} {image.GetAttribute("src")}";
        return Decorative().IsMatch(hints) || image.GetAttribute("role") == "presentation";
    }

    private static int? Size(IElement image, string attribute) =>
        int.TryParse(image.GetAttribute(attribute)?.Replace("px", "").Trim(), out var n) ? n : null;

    /// <summary>Lazy-loading pages keep the real address in a data attribute and a placeholder in src.</summary>
    private static string? SourceOf(IElement image)
    {
        foreach (var attribute in new[] { "data-src", "data-lazy-src", "data-original", "data-url", "src" })
        {
            var value = image.GetAttribute(attribute)?.Trim();
            if (!string.IsNullOrEmpty(value) && !value.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return value;
        }
        var srcset = image.GetAttribute("srcset") ?? image.GetAttribute("data-srcset");
        return srcset?.Split(',')[0].Trim().Split(' ')[0] is { Length: > 0 } first ? first : image.GetAttribute("src");
    }

    /// <summary>Browsers save images under the original name, whatever it ends with; the first bytes tell.</summary>
    private static bool LooksLikeRaster(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4];
            if (stream.Read(head) < 4) return false;
            return head[0] == 0x89 && head[1] == 'P' || head[0] == 0xFF && head[1] == 0xD8 || head[0] == 'G' && head[1] == 'I' && head[2] == 'F';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
