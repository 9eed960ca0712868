using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The typefaces one document draws with: each <see cref="FontFace"/> subset once to every
/// glyph used anywhere in the document (so all pages share one small embedded font).
/// </summary>
public sealed class DocumentFonts : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> typefaces = new(FontFaceComparer.Instance);

    private DocumentFonts() { }

    /// <summary>Collects the glyphs per face and subsets each face (or loads it whole when <paramref name="subset"/> is false).</summary>
    public static DocumentFonts For(PagedDocument document, bool subset)
    {
        var fonts = new DocumentFonts();
        var usage = new Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> Codepoints)>(FontFaceComparer.Instance);
        foreach (var run in document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>())
        {
            if (!usage.TryGetValue(run.Font, out var used)) usage[run.Font] = used = ([], []);
            used.Glyphs.UnionWith(run.Glyphs);
            foreach (var rune in run.Text.EnumerateRunes()) used.Codepoints.Add(rune.Value);
        }
        foreach (var (face, used) in usage)
        {
            var data = subset ? FontSubsetter.Subset(face.Data, face.FaceIndex, used.Glyphs, used.Codepoints) : null;
            // A subset font is a single face, whatever index the source had.
            var typeface = data is not null ? SKTypeface.FromData(SKData.CreateCopy(data), 0) : null;
            typeface ??= SKTypeface.FromData(SKData.CreateCopy(face.Data), face.FaceIndex);
            if (typeface is not null) fonts.typefaces[face] = typeface;
        }
        return fonts;
    }

    /// <summary>The typeface for <paramref name="face"/>, or null when Skia could not load it.</summary>
    public SKTypeface? Typeface(FontFace face) => typefaces.GetValueOrDefault(face);

    public void Dispose()
    {
        foreach (var t in typefaces.Values) t.Dispose();
        typefaces.Clear();
    }
}

/// <summary>Layout may create several <see cref="FontFace"/> objects for one file: identity is path and index.</summary>
internal sealed class FontFaceComparer : IEqualityComparer<FontFace>
{
    public static readonly FontFaceComparer Instance = new();
    public bool Equals(FontFace? x, FontFace? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Path == y.Path && x.FaceIndex == y.FaceIndex && x.Data.Length == y.Data.Length);
    public int GetHashCode(FontFace f) => HashCode.Combine(f.Path, f.FaceIndex);
}
