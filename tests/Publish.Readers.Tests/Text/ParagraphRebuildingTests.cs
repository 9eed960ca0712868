using static Publish.Readers.Tests.Text.TextSamples;

namespace Publish.Readers.Tests.Text;

/// <summary>Paragraphs come back whole, whatever the wrapping style of the source.</summary>
public class ParagraphRebuildingTests
{
    private static readonly List<string> Expected = [$"P: {First}", $"P: {Second}", $"P: {Third}"];

    [Fact]
    public void Spaced_wrapping_joins_wraps_and_breaks_where_the_next_word_would_have_fitted()
    {
        var (title, outline, _) = Read(Spaced("Bridge to close", 42, First, Second, Third));
        Assert.Equal("Bridge to close", title);
        Assert.Equal(Expected, outline);
    }

    [Fact]
    public void Gutenberg_blocks_are_paragraphs()
    {
        var (_, outline, _) = Read(Blocks("Bridge to close", 50, First, Second, Third));
        Assert.Equal(Expected, outline);
    }

    [Fact]
    public void One_paragraph_per_line_keeps_each_line_a_paragraph()
    {
        var (_, outline, _) = Read(string.Join("\n\n", "Bridge to close", First, Second, Third));
        Assert.Equal(Expected, outline);
    }

    [Fact]
    public void Short_paragraphs_one_per_line_are_not_joined_even_when_the_next_word_would_not_fit()
    {
        const string a = "The bridge closes on Monday for a year of repairs.";
        const string b = "Shops nearby expect to lose trade.";
        const string c = "Buses will take a longer route through the town centre.";
        var (_, outline, _) = Read(string.Join("\n\n", "Bridge to close", a, b, c));
        Assert.Equal([$"P: {a}", $"P: {b}", $"P: {c}"], outline);
    }

    [Fact]
    public void One_paragraph_per_line_without_blank_lines_is_read_the_same()
    {
        var (_, outline, _) = Read(string.Join("\n", "Bridge to close", First + " " + Second + " " + Third, First, Second, Third));
        Assert.Equal(4, outline.Count);
    }

    [Fact]
    public void A_one_sentence_opening_stands_as_the_lede_even_when_the_next_word_would_not_have_fitted()
    {
        // Wrapped at 46, the lede's last line is long enough that "Repairs" would not have fitted.
        const string lede = "The council voted on Monday to close the old bridge to traffic for the whole of next year.";
        var lines = Wrap(lede, 46);
        Assert.True(lines[^1].Length + 1 + "Repairs".Length > 46);
        var (_, outline, _) = Read(Spaced("Bridge to close", 46, lede, Second));
        Assert.Equal([$"P: {lede}", $"P: {Second}"], outline);
    }

    [Fact]
    public void A_double_blank_line_is_a_break_and_a_paragraph_cut_off_before_it_is_flagged()
    {
        var text = "Bridge to close\n\nThe council voted on Monday to close the\n\nold bridge to traffic for a year while\n\n\n" + string.Join("\n\n", Wrap(Second, 42)) + "\n";
        var (_, outline, diagnostics) = Read(text);
        Assert.Equal(["P: The council voted on Monday to close the old bridge to traffic for a year while", $"P: {Second}"], outline);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal("PUB0213", warning.Code);
        Assert.Equal(5, warning.Span.Line);
    }

    [Fact]
    public void A_finished_last_paragraph_is_not_flagged()
    {
        var (_, _, diagnostics) = Read(Spaced("Bridge to close", 42, First, Second));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_short_label_at_the_end_is_not_taken_for_a_cut_off_sentence()
    {
        var (_, outline, diagnostics) = Read(Spaced("Bridge to close", 42, First) + "\nReporting by Jane Smith\n");
        Assert.Equal("P: Reporting by Jane Smith", outline[^1]);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Paragraph_spans_point_at_their_first_line()
    {
        var document = Publish.Readers.Text.PlainTextArticleReader.Read(Spaced("Bridge to close", 42, First, Second), "a.txt", new());
        Assert.Equal([3, 3 + 2 * Wrap(First, 42).Count], document.Blocks.Select(b => b.Span.Line));
    }

    [Fact]
    public void A_hyphen_at_a_line_end_is_kept_in_compounds()
    {
        var (_, outline, _) = Read("Title\n\nThey spoke of any form of co-\noperation with the other side.\n");
        Assert.Equal(["P: They spoke of any form of co-operation with the other side."], outline);
    }

    [Fact]
    public void A_hyphen_that_only_split_a_word_goes_when_the_text_spells_the_word_whole()
    {
        var (_, outline, _) = Read("Title\n\nThis is an exam-\nple of a split word.\n\nAnother example follows.\n");
        Assert.Equal(["P: This is an example of a split word.", "P: Another example follows."], outline);
    }

    [Fact]
    public void Empty_input_gives_an_empty_document()
    {
        var (title, outline, diagnostics) = Read("\n\n  \n");
        Assert.Null(title);
        Assert.Empty(outline);
        Assert.Empty(diagnostics.Items);
    }
}
