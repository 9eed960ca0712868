using System.Runtime.InteropServices;
using HarfBuzzSharp;
using Publish.Layout.Paged;
using HbFont = HarfBuzzSharp.Font;

namespace Publish.Layout.Fonts;

/// <summary>
/// A loaded face ready for shaping: the <see cref="FontFace"/> the writers embed, plus one shared
/// HarfBuzz font at the face's own units per em (HarfBuzz fonts are safe to shape with from
/// several threads once created). Metrics are in font units; multiply by <see cref="Scale"/>.
/// </summary>
internal sealed class Font
{
    private readonly HbFont _hb;
    private readonly Lazy<bool> _hasSmallCaps;

    internal Font(FontFileInfo info)
    {
        Info = info;
        // Read once into pinned memory: HarfBuzz reads the same bytes the writers embed.
        using var file = File.OpenRead(info.Path);
        var pinned = GC.AllocateArray<byte>(checked((int)file.Length), pinned: true);
        file.ReadExactly(pinned);
        var blob = new Blob(Marshal.UnsafeAddrOfPinnedArrayElement(pinned, 0), pinned.Length, MemoryMode.ReadOnly);
        var face = new Face(blob, info.FaceIndex);
        UnitsPerEm = face.UnitsPerEm;
        _hb = new HbFont(face);
        _hb.SetScale(UnitsPerEm, UnitsPerEm);
        Face = new FontFace(info.Family, info.Path, info.FaceIndex, pinned, UnitsPerEm, info.Bold, info.Italic);
        var extents = _hb.GetFontExtentsForDirection(Direction.LeftToRight);
        Ascender = extents.Ascender;
        Descender = -extents.Descender;
        SpaceAdvance = _hb.TryGetNominalGlyph(' ', out var space) ? _hb.GetHorizontalGlyphAdvance(space) : UnitsPerEm / 4;
        _hasSmallCaps = new(ProbeSmallCaps);
        // An OpenType math font (TeX Gyre Pagella Math, STIX Two Math…) carries a MATH table; its
        // italic and bold letters are the Mathematical Alphanumeric Symbols, not separate faces.
        using var math = face.ReferenceTable(Tag.Parse("MATH"));
        IsMathFont = math.Length > 0;
    }

    public FontFileInfo Info { get; }
    public FontFace Face { get; }
    public string Family => Info.Family;
    public int UnitsPerEm { get; }
    /// <summary>Distance above the baseline, font units (positive).</summary>
    public int Ascender { get; }
    /// <summary>Distance below the baseline, font units (positive).</summary>
    public int Descender { get; }
    public int SpaceAdvance { get; }
    /// <summary>The face has an OpenType <c>MATH</c> table: a math font, whose styled letters live at U+1D400….</summary>
    public bool IsMathFont { get; }
    internal HbFont HarfBuzz => _hb;

    /// <summary>Points per font unit at <paramref name="size"/>.</summary>
    public double Scale(double size) => size / UnitsPerEm;

    public bool HasGlyph(int codepoint)
    {
        if (codepoint > 0xFFFF) return _hb.TryGetNominalGlyph((uint)codepoint, out var g) && g != 0;
        // Asked for every character of every paragraph: remember the answer for the BMP.
        // Racing writers store the same value, so no lock is needed.
        var known = _coverage[codepoint];
        if (known != 0) return known == 1;
        var has = _hb.TryGetNominalGlyph((uint)codepoint, out var glyph) && glyph != 0;
        _coverage[codepoint] = has ? (byte)1 : (byte)2;
        return has;
    }

    private readonly byte[] _coverage = new byte[0x10000];

    /// <summary>Shaped text by features (none, small caps, old-style figures, both), keyed by text: the shaper's cache for this face.</summary>
    internal readonly System.Collections.Concurrent.ConcurrentDictionary<string, Shaping.ShapedText>[] ShapeCache = [new(), new(), new(), new()];

    /// <summary>Whether the font has real small capitals (the <c>smcp</c> feature changes "a").</summary>
    public bool HasSmallCaps => _hasSmallCaps.Value;

    private bool ProbeSmallCaps()
    {
        using var plain = new HarfBuzzSharp.Buffer();
        plain.AddUtf16("a");
        plain.GuessSegmentProperties();
        _hb.Shape(plain);
        using var smcp = new HarfBuzzSharp.Buffer();
        smcp.AddUtf16("a");
        smcp.GuessSegmentProperties();
        _hb.Shape(smcp, Feature.Parse("smcp"));
        return plain.GlyphInfos[0].Codepoint != smcp.GlyphInfos[0].Codepoint;
    }

    public override string ToString() => Face.ToString();
}
