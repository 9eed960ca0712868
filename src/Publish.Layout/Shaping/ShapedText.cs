namespace Publish.Layout.Shaping;

/// <summary>
/// The glyphs of a piece of text in one font, in font units (size-independent, so one cache
/// entry serves every size). <c>Clusters[i]</c> is the UTF-16 index in the shaped text of the
/// first character glyph <c>i</c> stands for.
/// </summary>
internal sealed class ShapedText
{
    public ShapedText(ushort[] glyphs, int[] advances, int[] xOffsets, int[]? yOffsets, int[] clusters, int textLength)
    {
        Glyphs = glyphs; Advances = advances; XOffsets = xOffsets; YOffsets = yOffsets; Clusters = clusters; TextLength = textLength;
        var w = 0;
        foreach (var a in advances) w += a;
        Width = w;
    }

    public ushort[] Glyphs { get; }
    public int[] Advances { get; }
    public int[] XOffsets { get; }
    /// <summary>Vertical glyph offsets (font units, up positive), or null when all are zero.</summary>
    public int[]? YOffsets { get; }
    public int[] Clusters { get; }
    public int TextLength { get; }
    /// <summary>The total advance, font units.</summary>
    public int Width { get; }
    public int Count => Glyphs.Length;

    /// <summary>
    /// The advance of the glyphs for text before <paramref name="index"/>, or -1 when a glyph
    /// (a ligature) straddles that index, so no break can fall there without reshaping.
    /// </summary>
    public int AdvanceBefore(int index)
    {
        var w = 0;
        for (var i = 0; i < Glyphs.Length; i++)
        {
            if (Clusters[i] >= index) return Clusters[i] == index || i == 0 ? w : -1;
            w += Advances[i];
        }
        return w;
    }

    public static readonly ShapedText Empty = new([], [], [], null, [], 0);
}
