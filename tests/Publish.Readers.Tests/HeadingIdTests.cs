using Publish.Model;
using Publish.Readers.Markdown;

namespace Publish.Readers.Tests;

public class HeadingIdTests
{
    [Theory]
    [InlineData("Heading identifiers in HTML", "heading-identifiers-in-html")]
    [InlineData("Maître d'hôtel", "maître-dhôtel")]
    [InlineData("*Dogs*?--in *my* house?", "dogs--in-my-house")]
    [InlineData("[HTML], [S5], or [RTF]?", "html-s5-or-rtf")]
    [InlineData("3. Applications", "applications")]
    [InlineData("33", "section")]
    [InlineData("file_name.v2", "file_name.v2")]
    public void Ids_follow_pandoc_rules(string text, string id) => Assert.Equal(id, HeadingIds.Slug(text));

    [Fact]
    public void Duplicate_headings_get_numbered_ids()
    {
        var ids = Md.Read("# Notes\n\n# Notes\n\n# Notes\n").Blocks.Cast<Heading>().Select(h => h.Id);
        Assert.Equal(["notes", "notes-1", "notes-2"], ids);
    }

    [Fact]
    public void Explicit_ids_are_kept_and_a_duplicate_is_a_warning_at_its_line()
    {
        var document = Md.Read("# One {#intro}\n\n# Two {#intro .unnumbered}\n", out var diagnostics);
        var headings = document.Blocks.Cast<Heading>().ToList();
        Assert.Equal(["intro", "intro-1"], headings.Select(h => h.Id));
        Assert.Equal(["unnumbered"], headings[1].Attr.Classes);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("PUB0201", new SourceSpan(Md.File, 3, 1)), (warning.Code, warning.Span));
    }

    [Fact]
    public void An_auto_id_never_takes_an_explicit_one()
    {
        var ids = Md.Read("# Intro {#summary}\n\n# Summary\n").Blocks.Cast<Heading>().Select(h => h.Id);
        Assert.Equal(["summary", "summary-1"], ids);
    }
}
