using Publish.Layout.Fonts;
using Publish.Layout.Shaping;

namespace Publish.Layout.Tests.Shaping;

public class ShaperTests
{
    private static readonly Font Serif = FontCatalog.System.Find("DejaVu Serif")!;

    [Fact]
    public void Shapes_at_the_fonts_own_units_per_em()
    {
        var shaped = Shaper.Shape(Serif, "Hello");
        Assert.Equal(5, shaped.Count);
        Assert.Equal([0, 1, 2, 3, 4], shaped.Clusters);
        // An em-wide advance comes out as 2048 units, not a rounded 512-unit value.
        Assert.InRange(shaped.Width, 5 * 800, 5 * 1600);
    }

    [Fact]
    public void Kerns_pairs_the_font_kerns()
    {
        var pair = Shaper.Shape(Serif, "AV");
        var apart = Shaper.Shape(Serif, "A").Width + Shaper.Shape(Serif, "V").Width;
        Assert.True(pair.Width < apart, "AV is kerned closer than A and V set apart");
    }

    [Fact]
    public void A_word_shaped_again_comes_from_the_cache()
    {
        var first = Shaper.Shape(Serif, "cachedword");
        var (hits, _) = Shaper.Statistics;
        var second = Shaper.Shape(Serif, "cachedword".AsSpan());
        Assert.Same(first, second);
        Assert.True(Shaper.Statistics.Hits > hits);
    }

    [Fact]
    public void Two_and_three_em_dashes_are_composed_from_em_dashes_and_keep_their_source_character()
    {
        Assert.False(Serif.HasGlyph(0x2E3A));
        var emDash = Shaper.Shape(Serif, "\u2014");
        var two = Shaper.Shape(Serif, "a\u2E3Ab");
        var three = Shaper.Shape(Serif, "\u2E3B");
        Assert.Equal(4, two.Count);
        Assert.Equal(emDash.Glyphs[0], two.Glyphs[1]);
        Assert.Equal(emDash.Glyphs[0], two.Glyphs[2]);
        Assert.Equal([0, 1, 1, 2], two.Clusters);
        Assert.Equal(3 * emDash.Width, three.Width);
        Assert.DoesNotContain((ushort)0, two.Glyphs);
    }

    [Fact]
    public void A_hyphenation_point_inside_a_word_has_the_width_of_the_text_before_it()
    {
        var word = Shaper.Shape(Serif, "table");
        Assert.Equal(Shaper.Shape(Serif, "ta").Width, word.AdvanceBefore(2));
    }
}
