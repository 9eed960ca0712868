using System.Collections.Concurrent;
using Publish.Layout.Fonts;
using Publish.Mathematics;
using Publish.Model;

namespace Publish.Layout.Formulas;

/// <summary>
/// TeX → box for the paragraph layouter: parses, lays out at the text size, and when the TeX
/// cannot be parsed reports PUB0604 and returns null (the caller then shows the TeX source).
/// Thread-safe; formulas are remembered by (TeX, display, size, math families) since a book repeats them.
/// </summary>
internal sealed class MathTypesetter(FontCatalog catalog, DiagnosticBag? diagnostics)
{
    private readonly ConcurrentDictionary<(string Tex, bool Display, double Size, string Families), MathBox?> _cache = new();

    /// <summary>The box of <paramref name="math"/> at <paramref name="size"/> in <paramref name="families"/> (the theme's <c>fonts: math:</c>; null for DejaVu Serif); null when it cannot be parsed.</summary>
    public MathBox? Typeset(TexMath math, double size, SourceSpan span, IReadOnlyList<string>? families = null)
    {
        var tex = math.Tex.Trim();
        var key = (tex, math.Display, size, families is null ? "" : string.Join('\n', families));
        if (_cache.TryGetValue(key, out var cached)) return cached;
        var parsed = TexParser.Parse(tex);
        MathBox? box = null;
        if (parsed.Tree is { } tree) box = new MathLayouter(catalog, size, families).Layout(tree, math.Display);
        else diagnostics?.Report(DiagnosticCatalog.MathNotTypeset,
            $"The math \"{Excerpt(tex)}\" cannot be typeset ({parsed.Error!.Message} at offset {parsed.Error.Offset}); its TeX is shown instead.", span,
            "Use the supported TeX subset (see the documentation), or check for a typo in the command.");
        _cache.TryAdd(key, box);
        return box;
    }

    private static string Excerpt(string tex) => tex.Length <= 40 ? tex : tex[..37] + "...";
}
