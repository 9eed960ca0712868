using System.Collections.Concurrent;
using Publish.Layout.Fonts;
using Publish.Model;

namespace Publish.Layout.Inline;

/// <summary>
/// Finds the face for a list of families and reports, once each, a family that matches
/// nothing (PUB0600, naming it) and characters no installed font has (PUB0602).
/// </summary>
internal sealed class FontResolver(FontCatalog catalog, DiagnosticBag? diagnostics)
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

    /// <summary>Small capitals asked of a face without <c>smcp</c>: scaled capitals stand in (PUB0640, once per face).</summary>
    public void ReportSyntheticSmallCaps(Font font, SourceSpan span)
    {
        if (_reported.TryAdd("smcp:" + font.Face.Family, true))
            diagnostics?.Report(DiagnosticCatalog.SmallCapsSynthesized, $"The font '{font.Face.Family}' has no small capitals; scaled capitals stand in for them.", span);
    }

    private readonly ConcurrentDictionary<(string Script, string Language, IReadOnlyDictionary<string, IReadOnlyList<string>> Theme, bool Bold, bool Italic), Font?> _scripts = new();

    /// <summary>The first installed face of the families for <paramref name="script"/> (the theme's, then the built-in ones), or null.</summary>
    public Font? ForScript(string script, ParagraphSettings settings, bool bold, bool italic) =>
        _scripts.GetOrAdd((script, settings.Language, settings.ScriptFamilies, bold, italic),
            key => catalog.FindFirst(Styling.Languages.ScriptNames.Families(key.Script, key.Language, key.Theme), key.Bold, key.Italic));

    /// <summary>No installed font has a character of <paramref name="script"/>: an error naming the script, once.</summary>
    public void ReportMissingScript(string script, int codepoint, SourceSpan span)
    {
        if (!_reported.TryAdd("script:" + script, true)) return;
        var name = Styling.Languages.ScriptNames.Display(script);
        diagnostics?.Report(DiagnosticCatalog.ScriptWithoutFont, $"No installed font covers the {name} script (U+{codepoint:X4} and others); its characters are drawn as '?'.", span,
            $"Install a font for it (Debian: fonts-noto-core, fonts-noto-cjk, fonts-hosny-amiri) or name one in the theme under fonts: scripts: {script}.");
    }

    public void ReportMissingCharacter(int codepoint, SourceSpan span)
    {
        if (_reported.TryAdd($"char:{codepoint}", true))
            diagnostics?.Report(DiagnosticCatalog.GlyphMissing, $"No installed font has the character U+{codepoint:X4}; it is drawn as '?'.", span);
    }
}
