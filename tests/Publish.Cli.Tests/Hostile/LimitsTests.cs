using Publish.Infrastructure;
using System.Text;
using Publish.Model;

namespace Publish.Cli.Tests.Hostile;

/// <summary>
/// Issue #18, findings 4–5: small files that used to overflow the stack or expand to gigabytes end
/// in a diagnostic at their source position (or a correct build), never in a crash. Inputs are
/// generated here, never committed.
/// </summary>
public class LimitsTests
{
    private static BuildResult Build(string input, OutputFormat formats = OutputFormat.Html) =>
        BatchBuilderRun(new BuildOptions { Input = input, OutputDirectory = Path.Combine(Path.GetDirectoryName(input)!, "out"), Formats = formats, Timestamp = DateTimeOffset.UnixEpoch });

    // Through the batch builder, as the CLI runs it: an exception would come back as PUB0000.
    private static BuildResult BatchBuilderRun(BuildOptions options) => Publish.Batch.BatchBuilder.BuildOne(options);

    private static string AliasBomb(string firstKey = "a") =>
        $"{firstKey}: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(0, 8).Select(i =>
            $"k{i}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]\n"));

    [Fact]
    public void A_hundred_thousand_brackets_in_front_matter_are_an_error_at_the_first_one_too_deep()
    {
        using var project = new TempProject();
        var input = project.Write("deep.md", "---\ntitle: " + new string('[', 100_000) + "\n---\n\nBody.\n");
        var result = Build(input);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PUB0162", 2), (error.Code, error.Span.Line));
        Assert.Contains("deeper than 64", error.Message);
    }

    [Fact]
    public void A_hundred_thousand_brackets_in_a_theme_are_an_error_in_the_theme()
    {
        using var project = new TempProject();
        project.Write("deep.yaml", "page: " + new string('[', 100_000) + "\n");
        var input = project.Write("doc.md", "---\ntheme: deep.yaml\n---\n\n# Doc\n\nBody.\n");
        var error = Assert.Single(Build(input).Diagnostics);
        Assert.Equal("PUB0361", error.Code);
        Assert.EndsWith("deep.yaml", error.Span.File);
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_refused_as_one()
    {
        using var project = new TempProject();
        var input = project.Write("bomb.md", "---\n" + AliasBomb() + "title: *i\n---\n\nBody.\n");
        var error = Assert.Single(Build(input).Diagnostics);
        Assert.Equal("PUB0162", error.Code);
        Assert.Contains("alias", error.Message);
    }

    [Fact]
    public void An_alias_bomb_in_book_yaml_is_refused_as_one()
    {
        using var project = new TempProject();
        project.Write("book/book.yaml", AliasBomb() + "chapters: [a.md]\n");
        project.Write("book/a.md", "# A\n");
        var error = Assert.Single(Build(project.Path("book")).Diagnostics);
        Assert.Equal("PUB0162", error.Code);
    }

    [Fact]
    public void An_alias_bomb_in_a_theme_is_refused_as_one()
    {
        using var project = new TempProject();
        project.Write("bomb.yaml", AliasBomb("x-a"));
        var input = project.Write("doc.md", "---\ntheme: bomb.yaml\n---\n\n# Doc\n");
        Assert.Equal("PUB0361", Assert.Single(Build(input).Diagnostics).Code);
    }

    [Fact]
    public void Five_thousand_nested_left_delimiters_keep_the_formula_as_tex_with_a_warning()
    {
        using var project = new TempProject();
        var tex = string.Concat(Enumerable.Repeat(@"\left(", 5000)) + "x" + string.Concat(Enumerable.Repeat(@"\right)", 5000));
        var input = project.Write("math.md", $"# M\n\n$${tex}$$\n");
        var result = Build(input, OutputFormat.Html | OutputFormat.Pdf | OutputFormat.Epub);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("deeper than 64"));
        Assert.Equal(3, result.Outputs.Count);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    public void Twenty_thousand_nested_elements_are_flattened_and_keep_their_text(string element)
    {
        using var project = new TempProject();
        var input = project.Write("deep.md", $"# D\n\n{string.Concat(Enumerable.Repeat($"<{element}>", 20_000))}innermost{string.Concat(Enumerable.Repeat($"</{element}>", 20_000))}\n");
        var result = Build(input, OutputFormat.Html | OutputFormat.Epub);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Single(result.Diagnostics, d => d.Code is "PUB0202" or "PUB0203");
        Assert.Contains("innermost", File.ReadAllText(result.Outputs.Single(o => o.EndsWith(".html"))));
    }

    [Fact]
    public void A_chapter_list_past_ten_thousand_entries_is_an_error_at_the_first_entry_past_it()
    {
        using var project = new TempProject();
        var list = new StringBuilder("title: Long\nchapters:\n");
        for (var i = 0; i < 10_050; i++) list.Append("  - a.md\n");
        project.Write("book/book.yaml", list.ToString());
        project.Write("book/a.md", "Text.\n");
        var error = Assert.Single(Build(project.Path("book")).Diagnostics, d => d.Code == "PUB0161");
        Assert.Equal(3 + 10_000, error.Span.Line);
    }

    [Fact]
    public void A_source_past_the_size_cap_is_refused_before_it_is_read()
    {
        using var project = new TempProject();
        var input = project.Path("huge.md");
        using (var file = File.Create(input))
        {
            var line = Encoding.UTF8.GetBytes("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n");
            for (long written = 0; written <= ProjectScope.Cap(FileKind.Source); written += line.Length) file.Write(line);
        }
        var error = Assert.Single(Build(input).Diagnostics);
        Assert.Equal("PUB0160", error.Code);
        Assert.Contains(ProjectScope.Describe(ProjectScope.Cap(FileKind.Source)), error.Message);
    }

    [Fact]
    public void A_book_whose_chapters_together_pass_the_cap_stops_with_an_error_at_the_chapter_that_passes_it()
    {
        using var project = new TempProject();
        // Each chapter a little over half the cap: the first is read, the second would pass it.
        var chapter = new string('x', (int)(ProjectScope.Cap(FileKind.Source) / 2)) + "\n";
        for (var i = 0; i < 2; i++) project.Write($"book/c{i}.md", chapter);
        project.Write("book/book.yaml", "title: T\nchapters:\n  - c0.md\n  - c1.md\n");
        var error = Assert.Single(Build(project.Path("book")).Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("PUB0160", 4), (error.Code, error.Span.Line));
    }

    [Fact]
    public void An_unclosed_bracket_in_front_matter_is_reported_where_it_opens()
    {
        using var project = new TempProject();
        var input = project.Write("doc.md", "---\ntitle: [a, b\n---\n\nBody.\n");
        var error = Assert.Single(Build(input).Diagnostics);
        Assert.Equal(("PUB0101", 2, 8), (error.Code, error.Span.Line, error.Span.Column));
    }
}
