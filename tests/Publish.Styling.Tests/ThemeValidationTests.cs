namespace Publish.Styling.Tests;

/// <summary>Each mistake in a theme is an error naming the file, line, column and key, with what is allowed.</summary>
public class ThemeValidationTests
{
    private static (Model.Diagnostic Error, ThemeFolder Folder) LoadFailing(string yaml)
    {
        var folder = new ThemeFolder().With("mine.yaml", yaml);
        Assert.Null(folder.Load("mine"));
        return (folder.SingleError(), folder);
    }

    [Fact]
    public void A_mistyped_key_names_its_line_and_suggests_the_right_one()
    {
        var (error, folder) = LoadFailing("""
            page:
              size: A5
              margns:
                top: 20mm
            """);
        using var _ = folder;
        Assert.Equal("PUB0302", error.Code);
        Assert.Equal(folder.FileOf("mine.yaml"), error.Span.File);
        Assert.Equal((3, 3), (error.Span.Line, error.Span.Column));
        Assert.Contains("'margns'", error.Message);
        Assert.Contains("did you mean 'margins'", error.Message);
        Assert.Contains("allowed keys are size, width, height, margins", error.Message);
        Assert.StartsWith($"{folder.FileOf("mine.yaml")}:3:3: error PUB0302", error.ToString());
    }

    [Fact]
    public void A_value_of_the_wrong_kind_names_the_key_and_the_expected_form()
    {
        var (error, folder) = LoadFailing("body:\n  size: large\n");
        using var _ = folder;
        Assert.Equal("PUB0303", error.Code);
        Assert.Equal((2, 9), (error.Span.Line, error.Span.Column));
        Assert.Contains("'body.size'", error.Message);
        Assert.Contains("pt, in, mm or cm", error.Message);
    }

    [Fact]
    public void A_word_outside_the_choices_lists_the_choices_and_the_closest_one()
    {
        var (error, folder) = LoadFailing("paragraph:\n  align: justfy\n");
        using var _ = folder;
        Assert.Equal("PUB0303", error.Code);
        Assert.Contains("did you mean 'justify'", error.Message);
        Assert.Contains("one of justify, left, ragged, center, right", error.Message);
    }

    [Fact]
    public void Margins_wider_than_the_page_are_impossible_and_reported_at_the_margin()
    {
        var (error, folder) = LoadFailing("""
            page:
              size: 5x8in
              margins:
                inner: 2.5in
                outer: 2in
            """);
        using var _ = folder;
        Assert.Equal("PUB0304", error.Code);
        Assert.Equal(4, error.Span.Line);
        Assert.Contains("page.margins.inner", error.Message);
        Assert.Contains("360pt-wide page", error.Message);
    }

    [Fact]
    public void A_negative_size_is_impossible()
    {
        var (error, folder) = LoadFailing("body:\n  size: -3pt\n");
        using var _ = folder;
        Assert.Equal("PUB0304", error.Code);
        Assert.Contains("4pt to 72pt", error.Message);
    }

    [Fact]
    public void A_toc_depth_out_of_range_names_the_range()
    {
        var (error, folder) = LoadFailing("toc:\n  depth: 9\n");
        using var _ = folder;
        Assert.Equal("PUB0304", error.Code);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("from 1 to 6", error.Message);
    }

    [Fact]
    public void Leading_below_the_body_size_would_overlap_lines()
    {
        var (error, folder) = LoadFailing("body:\n  size: 12pt\n  leading: 10pt\n");
        using var _ = folder;
        Assert.Equal("PUB0304", error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.Contains("body.leading", error.Message);
    }

    [Fact]
    public void A_section_given_a_scalar_asks_for_a_mapping()
    {
        var (error, folder) = LoadFailing("headings: big\n");
        using var _ = folder;
        Assert.Equal("PUB0303", error.Code);
        Assert.Contains("expected a mapping with keys all, h1", error.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_position()
    {
        var (error, folder) = LoadFailing("page:\n  size: [A4\nbody: {}\n");
        using var _ = folder;
        Assert.Equal("PUB0305", error.Code);
        Assert.True(error.Span.Line > 0);
    }

    [Fact]
    public void Every_mistake_in_a_file_is_reported_not_just_the_first()
    {
        using var folder = new ThemeFolder().With("mine.yaml", "body:\n  size: huge\n  leadin: 12pt\ncolours:\n  text: '#000'\n");
        Assert.Null(folder.Load("mine"));
        Assert.Equal(["PUB0302", "PUB0302", "PUB0303"], folder.Diagnostics.Items.Select(d => d.Code).Order());
        Assert.Contains(folder.Diagnostics.Items, d => d.Message.Contains("did you mean 'colors'"));
        Assert.Contains(folder.Diagnostics.Items, d => d.Message.Contains("did you mean 'leading'"));
    }

    [Fact]
    public void A_missing_font_file_names_the_path_it_looked_for()
    {
        var (error, folder) = LoadFailing("fonts:\n  files:\n    - { family: Body, file: fonts/Body.ttf }\n");
        using var _ = folder;
        Assert.Equal("PUB0304", error.Code);
        Assert.Equal(3, error.Span.Line);
        Assert.Contains("fonts/Body.ttf", error.Message);
    }
}
