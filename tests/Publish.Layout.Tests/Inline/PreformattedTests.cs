using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Tests.Inline;

/// <summary>Code blocks: every space kept, no justification, long lines wrapped with a continuation mark.</summary>
public class PreformattedTests
{
    private static readonly ParagraphSettings Code = Paragraphs.Book(200) with
    {
        Preformatted = true, Families = ["DejaVu Sans Mono"], Size = 8.5, Leading = 11, Align = Styling.TextAlign.Left,
    };

    private static IReadOnlyList<LaidLine> Set(string code) => Paragraphs.Layouter.Layout([new Text(code)], Code, SourceSpan.None);

    [Fact]
    public void Keeps_each_source_line_and_its_indentation()
    {
        var lines = Set("if (x)\n    return y;\n\nz();");
        Assert.Equal(["if (x)", "    return y;", "", "z();"], lines.Select(Paragraphs.TextOf));
        Assert.DoesNotContain(lines, l => l.EndsWithHyphen);
    }

    [Fact]
    public void Wraps_a_long_line_at_a_space_and_marks_the_continuation()
    {
        var lines = Set("var result = Compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta);");
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.True(l.Width <= 200.01, $"{l.Width}"));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(LineFinalizer.ContinuationMark, Paragraphs.TextOf(l)));
        Assert.Equal("var result = Compute(alpha, beta, gamma, delta, epsilon, zeta, eta, theta);",
            string.Concat(lines.Select(l => Paragraphs.TextOf(l).Replace(LineFinalizer.ContinuationMark, ""))));
    }

    [Fact]
    public void Breaks_a_token_longer_than_the_measure_inside_it()
    {
        var token = new string('x', 80);
        var lines = Set(token);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.False(l.Overfull));
        Assert.Equal(token, string.Concat(lines.Select(l => Paragraphs.TextOf(l).Replace(LineFinalizer.ContinuationMark, ""))));
    }

    [Fact]
    public void Tabs_advance_to_the_next_multiple_of_four_columns() =>
        Assert.Equal(["ab  c", "    d"], Set("ab\tc\n\td").Select(Paragraphs.TextOf));

    [Fact]
    public void Spaces_keep_their_monospaced_width()
    {
        var line = Assert.Single(Set("a  b"));
        var run = Assert.Single(line.Items.OfType<GlyphRun>());
        Assert.Equal(4, run.Glyphs.Length);
        var advance = run.Positions[1] - run.Positions[0];
        Assert.Equal(advance, run.Positions[3] - run.Positions[2], 3);
    }
}
