using Publish.Styling;

namespace Publish.Epub.Css;

/// <summary>A font file to copy into the EPUB: <c>Href</c> is relative to the stylesheet.</summary>
internal sealed record EmbeddedFont(string Family, string Href, string SourcePath, string MediaType, FontWeight Weight, bool Italic);

/// <summary>The theme's font files as EPUB resources and <c>@font-face</c> rules (only when the theme embeds fonts).</summary>
internal static class FontFaces
{
    /// <summary>
    /// The files to add to the package when <c>theme.Epub.EmbedFonts</c> is set, else none. The
    /// EPUB writer copies each <c>SourcePath</c> to <c>Href</c> resolved against the folder of the
    /// stylesheet, and lists it in the manifest with <c>MediaType</c>.
    /// </summary>
    public static IReadOnlyList<EmbeddedFont> For(Theme theme)
    {
        if (!theme.Epub.EmbedFonts) return [];
        var fonts = new List<EmbeddedFont>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in theme.FontFiles)
        {
            var name = Path.GetFileName(file.Path);
            // Two themes in a chain may ship files with one name from different folders.
            for (var n = 2; !used.Add(name); n++) name = $"{Path.GetFileNameWithoutExtension(file.Path)}-{n}{Path.GetExtension(file.Path)}";
            fonts.Add(new EmbeddedFont(file.Family, "fonts/" + name, file.Path, MediaType(file.Path), file.Weight, file.Italic));
        }
        return fonts;
    }

    internal static void Write(CssSheet sheet, Theme theme)
    {
        foreach (var font in For(theme))
        {
            sheet.Rule("@font-face",
                ("font-family", $"\"{font.Family}\""),
                ("src", $"url(\"{font.Href}\")"),
                ("font-weight", font.Weight == FontWeight.Bold ? "bold" : "normal"),
                ("font-style", font.Italic ? "italic" : "normal"));
        }
    }

    // The EPUB 3.3 core media types for fonts.
    private static string MediaType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".otf" => "font/otf",
        ".woff" => "font/woff",
        ".woff2" => "font/woff2",
        _ => "font/ttf",
    };
}
