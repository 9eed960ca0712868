using Publish.Layout.Paged;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Fonts;

/// <summary>
/// One font face as the PDF names and measures it: a resource name that stays the same from
/// build to build (derived from the font's bytes and face index, never from first use, so cached
/// page streams stay valid), the advance widths written to /W, and the glyphs used with the
/// text each stands for (for /ToUnicode).
/// </summary>
internal sealed class PdfFontResource
{
    private readonly ulong[] used = new ulong[65536 / 64];
    private readonly string?[] text;

    private PdfFontResource(FontFace face, SfntTables tables, ulong identity)
    {
        Face = face;
        Tables = tables;
        Identity = identity;
        Name = "F" + identity.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        NameBytes = System.Text.Encoding.ASCII.GetBytes("/" + Name);
        var scale = 1000.0 / tables.UnitsPerEm;
        Widths = new double[tables.Advances.Length];
        text = new string?[Math.Max(tables.Unicodes.Length, tables.Advances.Length)];
        for (var g = 0; g < Widths.Length; g++) Widths[g] = Math.Round(tables.Advances[g] * scale, 3);
    }

    public FontFace Face { get; }
    public SfntTables Tables { get; }
    /// <summary>The font's bytes and face index hashed: the same font gets the same name in any checkout, from any path.</summary>
    public ulong Identity { get; }
    public string Name { get; }
    /// <summary><c>/Fxxxxxxxxxxxxxxxx</c>, ready to copy into content streams.</summary>
    public byte[] NameBytes { get; }
    /// <summary>Advance widths in thousandths of an em, rounded as written to /W, so the content stream's pen matches the viewer's.</summary>
    public double[] Widths { get; }

    public double Width(int glyph) => Widths.Length == 0 ? 0 : Widths[Math.Min(glyph, Widths.Length - 1)];

    /// <summary>Each used glyph that stands for some text, with that text, by glyph id.</summary>
    public List<KeyValuePair<ushort, string>> Text =>
        UsedGlyphs().Where(g => g < text.Length && text[g] is not null).Select(g => new KeyValuePair<ushort, string>(g, text[g]!)).ToList();

    public static ulong IdentityOf(FontFace face)
    {
        var f = new Fingerprint(0xF0);
        f.Add((ulong)face.FaceIndex);
        f.Add<byte>(face.Data); // ~0.2 ms for a 700 KB font, once per face and build
        return f.Value;
    }

    public static PdfFontResource? Create(FontFace face, ulong identity) =>
        SfntTables.Read(face.Data, face.FaceIndex) is { } tables && tables.UnitsPerEm > 0
            ? new PdfFontResource(face, tables, identity) : null;

    /// <summary>Used glyph ids in ascending order.</summary>
    public IEnumerable<ushort> UsedGlyphs()
    {
        for (var w = 0; w < used.Length; w++)
            for (var bits = used[w]; bits != 0; bits &= bits - 1)
                yield return (ushort)(w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits));
    }

    /// <summary>
    /// Marks the run's glyphs as used and gives each glyph not yet mapped its text: the
    /// character the font's cmap names for it, else (ligatures, alternates) the text of its
    /// cluster — "ﬁ" gets "fi". Returns false when the run's glyphs, read through that map, do
    /// not spell the run's text ("N" shown for "n", reordered or decomposed clusters): such a
    /// run needs its text as ActualText for extraction to give the source back.
    /// </summary>
    public bool Use(GlyphRun run)
    {
        var glyphs = run.Glyphs;
        var hasText = run.Clusters.Length == glyphs.Length && run.Text.Length > 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            int g = glyphs[i];
            used[g >> 6] |= 1UL << g;
            if (g >= text.Length || text[g] is not null) continue;
            var unicode = Tables.Unicode(g);
            var character = unicode != 0 ? Character(unicode) : null;
            if (character is not null) text[g] = character;
            else if (hasText && (i == 0 || run.Clusters[i - 1] != run.Clusters[i])) text[g] = ClusterText(run, i);
        }
        return !hasText || Spells(run);
    }

    /// <summary>
    /// The text a glyph the cmap names stands for; null for presentation forms (the "ﬁ"
    /// ligature at U+FB01, Arabic contextual forms), which are what shaping made of plain
    /// letters: those read as the letters of their cluster. (Unicode normalisation would
    /// decompose them, but not under invariant globalisation.)
    /// </summary>
    private static string? Character(int unicode)
    {
        if (unicode < 0x20 || (unicode <= 0xFFFF && char.IsWhiteSpace((char)unicode))) return " ";
        return unicode is >= 0xFB00 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF ? null : char.ConvertFromUtf32(unicode);
    }

    /// <summary>Whether the glyphs' mapped texts, one after another, are the run's text.</summary>
    private bool Spells(GlyphRun run)
    {
        var source = run.Text.AsSpan();
        var at = 0;
        foreach (var g in run.Glyphs)
        {
            var chars = g < text.Length ? text[g] : null;
            if (chars is null) continue;
            // A space glyph reads as a space whatever space the source had (no-break, thin):
            // not worth an ActualText span on every line with "Mr. Bennet".
            var spelled = chars.Length == 1
                ? at < source.Length && (source[at] == chars[0] || (chars[0] == ' ' && char.IsWhiteSpace(source[at])))
                : source[at..].StartsWith(chars, StringComparison.Ordinal);
            if (!spelled) return false;
            at += chars.Length;
        }
        return at == source.Length;
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
        return chars.All(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? " " : chars;
    }

    /// <summary>A hash of the used glyphs and their text: equal sets give equal subsets and maps.</summary>
    public ulong UsageHash()
    {
        var f = new Fingerprint(Identity);
        f.Add<ulong>(used);
        foreach (var (glyph, chars) in Text)
        {
            f.Add((ulong)glyph);
            f.Add(chars);
        }
        return f.Value;
    }
}
