using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>Two CommonMark rules Markdig alone misses: full case folding of reference labels, and trailing blank lines in fences.</summary>
public class CaseFoldingAndFenceTests
{
    [Theory]
    [InlineData("[ẞ]\n\n[SS]: /url\n")]
    [InlineData("[Straße]\n\n[STRASSE]: /url\n")]
    [InlineData("[ﬁle]\n\n[FILE]: /url\n")]
    public void A_reference_label_matches_its_definition_after_unicode_case_folding(string markdown)
    {
        var link = Assert.IsType<Link>(Assert.Single(Md.Inlines(markdown, SourceFormat.CommonMark)));
        Assert.Equal("/url", link.Target);
    }

    [Fact]
    public void The_first_of_two_definitions_that_fold_alike_wins()
    {
        var link = Assert.IsType<Link>(Assert.Single(Md.Inlines("[ss]\n\n[SS]: /first\n[ß]: /second\n", SourceFormat.CommonMark)));
        Assert.Equal("/first", link.Target);
    }

    [Fact]
    public void A_fenced_code_block_in_a_list_item_keeps_its_trailing_blank_lines()
    {
        var list = Assert.IsType<BulletList>(Assert.Single(Md.Read("- ```\n  b\n\n\n  ```\n", SourceFormat.CommonMark).Blocks));
        var code = Assert.IsType<CodeBlock>(Assert.Single(list.Items[0].Content));
        Assert.Equal("b\n\n\n", code.Text);
    }
}
