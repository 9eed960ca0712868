using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Fonts;

/// <summary>
/// The typefaces one document draws with, for the raster (PNG) path: each <see cref="FontFace"/>
/// loaded into Skia once. The PDF embeds its own subsets (<see cref="FontProgram"/>).
/// </summary>
internal sealed class DocumentFonts : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> typefaces = new(FontFaceComparer.Instance);

    private DocumentFonts() { }

    /// <summary>Loads every face the document's glyph runs use.</summary>
    public static DocumentFonts For(PagedDocument document)
    {
        var fonts = new DocumentFonts();
        foreach (var run in document.Pages.SelectMany(p => p.Items).OfType<GlyphRun>())
        {
            if (fonts.typefaces.ContainsKey(run.Font)) continue;
            if (SKTypeface.FromData(SKData.CreateCopy(run.Font.Data), run.Font.FaceIndex) is { } typeface) fonts.typefaces[run.Font] = typeface;
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
