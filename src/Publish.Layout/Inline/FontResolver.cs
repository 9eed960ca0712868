using System.Collections.Concurrent;
using Publish.Layout.Fonts;
using Publish.Model;

namespace Publish.Layout.Inline;

/// <summary>
/// Finds the face for a list of families and reports, once each, a family that matches
/// nothing (PUB0600, naming it) and characters no installed font has (PUB0602).
/// </summary>
public sealed class FontResolver(FontCatalog catalog, DiagnosticBag? diagnostics)
{
    private readonly ConcurrentDictionary<string, bool> _reported = new();

    public Font Resolve(IReadOnlyList<string> families, bool bold, bool italic, SourceSpan span)
    {
        if (catalog.FindFirst(families, bold, italic) is { } font) return font;
        var names = string.Join(", ", families.Select(f => $"'{f}'"));
        if (_reported.TryAdd("family:" + names, true))
            diagnostics?.Report(DiagnosticCatalog.FontFamilyMissing, $"No installed font matches the font family {names}; using a fallback font.", span,
                "Install the family, put its files in the theme's fonts/ folder, or name another family in the theme.");
        return catalog.FindFirst(FontCatalog.FallbackFamilies, bold, italic)
            ?? catalog.FindFirst(catalog.Families, bold, italic)
            ?? throw new NoFontsInstalledException($"No fonts are installed (looked for {names}).");
    }

    public void ReportMissingCharacter(int codepoint, SourceSpan span)
    {
        if (_reported.TryAdd($"char:{codepoint}", true))
            diagnostics?.Report(DiagnosticCatalog.GlyphMissing, $"No installed font has the character U+{codepoint:X4}; it is drawn as '?'.", span);
    }
}
