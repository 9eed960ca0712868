using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Fonts;

/// <summary>
/// One font face as the PDF names and measures it: a resource name that stays the same from
/// build to build (derived from the file's path and face index, never from first use, so cached
/// page streams stay valid), the advance widths written to /W, and the glyphs used with the
/// text each stands for (for /ToUnicode).
/// </summary>
internal sealed class PdfFontResource
{
    private readonly ulong[] used = new ulong[65536 / 64];
    private readonly ulong[] mapped = new ulong[65536 / 64];
    private readonly SortedDictionary<ushort, string> text = [];

    private PdfFontResource(FontFace face, SfntTables tables, ulong identity)
    {
        Face = face;
        Tables = tables;
        Identity = identity;
        Name = "F" + identity.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        NameBytes = System.Text.Encoding.ASCII.GetBytes("/" + Name);
        var scale = 1000.0 / tables.UnitsPerEm;
        Widths = new double[tables.Advances.Length];
        for (var g = 0; g < Widths.Length; g++) Widths[g] = Math.Round(tables.Advances[g] * scale, 3);
    }

    public FontFace Face { get; }
    public SfntTables Tables { get; }
    /// <summary>Path, face index and file length hashed: what makes two <see cref="FontFace"/> objects the same font.</summary>
    public ulong Identity { get; }
    public string Name { get; }
    /// <summary><c>/Fxxxxxxxxxxxxxxxx</c>, ready to copy into content streams.</summary>
    public byte[] NameBytes { get; }
    /// <summary>Advance widths in thousandths of an em, rounded as written to /W, so the content stream's pen matches the viewer's.</summary>
    public double[] Widths { get; }

    public double Width(int glyph) => Widths.Length == 0 ? 0 : Widths[Math.Min(glyph, Widths.Length - 1)];

    public IReadOnlyDictionary<ushort, string> Text => text;

    public static ulong IdentityOf(FontFace face)
    {
        var f = new Fingerprint(0xF0);
        f.Add(face.Path);
        f.Add((ulong)face.FaceIndex);
        f.Add((ulong)face.Data.Length);
        return f.Value;
    }

    public static PdfFontResource? Create(FontFace face) =>
        SfntTables.Read(face.Data, face.FaceIndex) is { } tables && tables.UnitsPerEm > 0
            ? new PdfFontResource(face, tables, IdentityOf(face)) : null;

    /// <summary>Used glyph ids in ascending order.</summary>
    public IEnumerable<ushort> UsedGlyphs()
    {
        for (var w = 0; w < used.Length; w++)
            for (var bits = used[w]; bits != 0; bits &= bits - 1)
                yield return (ushort)(w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits));
    }

    /// <summary>
    /// Marks the run's glyphs as used, and gives each glyph not yet mapped the text of its
    /// cluster: a ligature glyph gets all its letters, a space glyph a space. Only the first glyph
    /// of a cluster carries its text (the rest would repeat it).
    /// </summary>
    public void Use(GlyphRun run)
    {
        var glyphs = run.Glyphs;
        var hasText = run.Clusters.Length == glyphs.Length && run.Text.Length > 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            int g = glyphs[i];
            used[g >> 6] |= 1UL << g;
            if ((mapped[g >> 6] & (1UL << g)) != 0 || !hasText) continue;
            if (i > 0 && run.Clusters[i - 1] == run.Clusters[i]) continue;
            if (ClusterText(run, i) is { Length: > 0 } chars)
            {
                text[(ushort)g] = chars;
                mapped[g >> 6] |= 1UL << g;
            }
        }
    }

    private static string? ClusterText(GlyphRun run, int index)
    {
        var start = run.Clusters[index];
        if (start < 0 || start >= run.Text.Length) return null;
        var end = run.Text.Length;
        foreach (var c in run.Clusters)
            if (c > start && c < end) end = c;
        var chars = run.Text[start..end];
        // Tabs, line ends and other controls read as the space they stand for.
        return chars.All(char.IsWhiteSpace) || chars.All(char.IsControl) ? " " : chars;
    }

    /// <summary>A hash of the used glyphs and their text: equal sets give equal subsets and maps.</summary>
    public ulong UsageHash()
    {
        var f = new Fingerprint(Identity);
        f.Add<ulong>(used);
        foreach (var (glyph, chars) in text)
        {
            f.Add((ulong)glyph);
            f.Add(chars);
        }
        return f.Value;
    }
}
