using Publish.Layout.Paged;
using Publish.Pdf.Content;
using Publish.Pdf.Fonts;

namespace Publish.Pdf.Tests;

/// <summary>
/// What each glyph reads as (/ToUnicode): the character the font's cmap gives it, a ligature
/// its letters; a run is spelled by its glyphs, or else carries its text as ActualText.
/// </summary>
public class ToUnicodeTests
{
    [Fact]
    public void Ligatures_read_as_their_letters_and_need_no_actual_text()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var run = Samples.Shape("The office staff found the affluent waffle shop.", 0, 0);
        Assert.True(run.Glyphs.Length < run.Text.Length, "the sample shapes with ligatures");

        var resources = DocumentResources.Collect(new PagedDocument([Samples.Page(0, run)], Samples.Info), null);

        Assert.False(resources.NeedsActualText(run));
        var map = resources.Font(run.Font)!.Text.ToDictionary(e => e.Key, e => e.Value);
        Assert.Equal("The office staff found the affluent waffle shop.", string.Concat(run.Glyphs.Select(g => map[g])));
        Assert.Contains("ff", map.Values); // U+FB00 in the font's cmap, read as its letters
        Assert.Contains("ffl", map.Values);
        Assert.Equal(" ", map[run.Glyphs[3]]);
    }

    [Fact]
    public void A_run_showing_other_letters_than_its_text_needs_actual_text()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var capitals = Samples.Shape("NETHERFIELD", 0, 0) with { Text = "Netherfield" };
        var plain = Samples.Shape("Nothing", 0, 20);

        var resources = DocumentResources.Collect(new PagedDocument([Samples.Page(0, capitals, plain)], Samples.Info), null);

        Assert.True(resources.NeedsActualText(capitals));
        Assert.False(resources.NeedsActualText(plain));
        Assert.Equal("E", resources.Font(plain.Font)!.Text.Single(e => e.Key == capitals.Glyphs[1]).Value);
    }

    [Fact]
    public void A_no_break_space_is_spelled_by_the_space_glyph()
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        var run = Samples.Shape("Mr. Bennet", 0, 0) with { Text = "Mr.\u00A0Bennet" };

        var resources = DocumentResources.Collect(new PagedDocument([Samples.Page(0, run)], Samples.Info), null);

        Assert.False(resources.NeedsActualText(run));
    }
}
