using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Publish.Model;

namespace Publish.Readers.Tests;

/// <summary>
/// pandoc's citations read into <see cref="Citation"/> nodes, form by form. Each expectation was
/// taken from <c>pandoc -f markdown -t native</c> (2.17); where pandoc is installed, the last
/// spec asks it again and compares every form. An item is written <c>id mode 'prefix' 'suffix'</c>
/// (prefix and suffix as plain text), items joined by " | ".
/// </summary>
public sealed class CitationTests
{
    public static TheoryData<string, string, string> Forms => new()
    {
        { "A [@doe99] b.", "[@doe99]", "doe99 normal '' ''" },
        { "A [see @doe99, pp. 33-35; also @smith04, chap. 1] b.", "[see @doe99, pp. 33-35; also @smith04, chap. 1]",
            "doe99 normal 'see' ', pp. 33-35' | smith04 normal 'also' ', chap. 1'" },
        { "A [-@doe99] b.", "[-@doe99]", "doe99 suppressAuthor '' ''" },
        { "@doe99 says.", "@doe99", "doe99 authorInText '' ''" },
        { "@doe99 [p. 33] says.", "@doe99 [p. 33]", "doe99 authorInText '' 'p. 33'" },
        { "@doe99 [p. 33; @smith04] says.", "@doe99 [p. 33; @smith04]", "doe99 authorInText '' 'p. 33' | smith04 normal '' ''" },
        { "A @Foo_bar:baz.2. b.", "@Foo_bar:baz.2", "Foo_bar:baz.2 authorInText '' ''" },
        { "A @{https://example.com/key} b.", "@https://example.com/key", "https://example.com/key authorInText '' ''" },
        { "A [@{https://example.com/key}, p. 3] b.", "[@{https://example.com/key}, p. 3]", "https://example.com/key normal '' ', p. 3'" },
        { "A [*see* @doe99, p. **33**] b.", "[*see* @doe99, p. **33**]", "doe99 normal 'see' ', p. 33'" },
        { "A [@doe99 p. 4] b.", "[@doe99 p. 4]", "doe99 normal '' ' p. 4'" },
        { "A [ @doe99 ] b.", "[ @doe99 ]", "doe99 normal '' ' '" },
        { "[@a; -@b; @c]", "[@a; -@b; @c]", "a normal '' '' | b suppressAuthor '' '' | c normal '' ''" },
        { "A [@doe, `a;b`; @x] b.", "[@doe, `a;b`; @x]", "doe normal '' ', a;b' | x normal '' ''" },
        { "A [**see** @doe; @x -- 2].", "[**see** @doe; @x -- 2]", "doe normal 'see' '' | x normal '' ' \u2013 2'" },
        { "Keys end before punctuation: @doe99's and @doe99, and (@doe99).", "@doe99 @doe99 @doe99",
            "doe99 authorInText '' '' || doe99 authorInText '' '' || doe99 authorInText '' ''" },
        { "A @a..b and x-@c and _@d.", "@a @c @d", "a authorInText '' '' || c authorInText '' '' || d authorInText '' ''" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Each_pandoc_form_is_read_as_pandoc_reads_it(string markdown, string shown, string items)
    {
        var citations = Citations(Md.Read(markdown).Blocks);
        Assert.Equal(items, Describe(citations));
        Assert.Equal(shown, string.Join(' ', citations.Select(c => PlainText.Of(c.Content))));
    }

    [Theory]
    [InlineData("Mail john@example.com or me@example.org now.")]
    [InlineData("Not a key: @{weird key} and @ alone and @-x.")]
    [InlineData("A [see; also x] and [@ x] and [no key here].")]
    public void Text_that_is_no_citation_stays_text(string markdown)
    {
        var inlines = Md.Inlines(markdown);
        Assert.Empty(Citations([new Paragraph(inlines)]));
        Assert.Equal(markdown, PlainText.Of(inlines));
    }

    [Theory]
    [InlineData("[@doe99](https://example.org)", typeof(Link))]
    [InlineData("[@doe99]{.x}", typeof(Span))]
    public void A_bracket_that_is_a_link_or_span_holds_an_author_in_text_citation(string markdown, Type container)
    {
        var inline = Assert.Single(Md.Inlines(markdown));
        Assert.IsType(container, inline);
        Assert.Equal("doe99 authorInText '' ''", Describe(Citations([new Paragraph([inline])])));
    }

    [Fact]
    public void A_citation_in_brackets_needs_a_key_in_every_item_else_its_keys_stand_alone()
    {
        var citations = Citations(Md.Read("A [@doe; no key] b.").Blocks);
        Assert.Equal("doe authorInText '' ''", Describe(citations));
        Assert.Equal("A [@doe; no key] b.", PlainText.Of(Md.Inlines("A [@doe; no key] b.")));
    }

    [Fact]
    public void A_locator_may_follow_on_the_next_line()
    {
        var citation = Assert.Single(Citations(Md.Read("As @doe\n[p. 3] says.").Blocks));
        Assert.Equal("doe authorInText '' 'p. 3'", Describe([citation]));
    }

    [Fact]
    public void Words_of_a_prefix_or_suffix_that_would_open_a_block_stay_words()
    {
        var citation = Assert.Single(Citations(Md.Read("[i. e. @doe, - 3; # 2 @x]").Blocks));
        Assert.Equal("doe normal 'i. e.' ', - 3' | x normal '# 2' ''", Describe([citation]));
    }

    [Fact]
    public void Prefix_and_suffix_keep_their_markup_and_the_shown_text_its_source()
    {
        var citation = Assert.Single(Citations(Md.Read("[*see* @doe99, p. **33**]").Blocks));
        Assert.IsType<Emphasis>(Assert.Single(citation.Items[0].Prefix));
        Assert.Contains(citation.Items[0].Suffix, i => i is Strong);
        Assert.Equal("[*see* @doe99, p. **33**]", Assert.IsType<Publish.Model.Text>(Assert.Single(citation.Content)).Value);
    }

    [Fact]
    public void Plain_text_of_a_citation_is_its_shown_text_once()
    {
        Assert.Equal("As [see @doe99, p. 3; @roe04] and @smith04 say.", Md.Text("As [see @doe99, p. 3; @roe04] and @smith04 say."));
    }

    [Fact]
    public void A_citation_carries_its_source_span()
    {
        var citation = Assert.Single(Citations(Md.Read("Line one.\nSee [@doe99].").Blocks));
        Assert.Equal((2, 5), (citation.Span.Line, citation.Span.Column));
    }

    [Fact]
    public void An_example_label_is_its_number_not_a_citation()
    {
        var blocks = Md.Read("(@good) An example.\n\nAs @good shows.\n").Blocks;
        Assert.Empty(Citations(blocks));
        Assert.Equal("As 1 shows.", PlainText.Of(Assert.IsType<Paragraph>(blocks[^1]).Content));
    }

    [Fact]
    public void Commonmark_and_gfm_read_no_citations()
    {
        Assert.Empty(Citations(Md.Read("See [@doe99] and @doe99.", SourceFormat.CommonMark).Blocks));
        Assert.Empty(Citations(Md.Read("See [@doe99] and @doe99.", SourceFormat.Gfm).Blocks));
    }

    [Fact]
    public void A_bibliography_in_the_metadata_is_reported_once_as_not_processed()
    {
        Md.Read("---\ntitle: T\nbibliography: refs.bib\ncsl: apa.csl\n---\n\nSee [@doe99].\n", out var diagnostics);
        var reported = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCatalog.BibliographyNotProcessed.Code, reported.Code);
        Assert.Contains("shown as written", reported.Message);
    }

    [Fact]
    public void Every_form_agrees_with_the_installed_pandoc()
    {
        var forms = Forms.Select(row => (string)row.Data.Item1).ToList();
        var json = Pandoc(string.Join("\n\n", forms));
        if (json is null) { Assert.Skip("pandoc is not installed: the expectations above were taken from pandoc 2.17"); return; }
        using var document = JsonDocument.Parse(json);
        var paragraphs = document.RootElement.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(forms.Count, paragraphs.Count);
        for (var i = 0; i < forms.Count; i++)
        {
            var theirs = new List<JsonElement>();
            PandocCites(paragraphs[i], theirs);
            var expected = string.Join(" || ", theirs.Select(cite => string.Join(" | ", cite.GetProperty("c")[0].EnumerateArray().Select(item =>
                $"{item.GetProperty("citationId").GetString()} {Mode(item.GetProperty("citationMode").GetProperty("t").GetString())} " +
                $"'{PandocText(item.GetProperty("citationPrefix"))}' '{PandocText(item.GetProperty("citationSuffix"))}'"))));
            Assert.Equal(expected, Describe(Citations(Md.Read(forms[i]).Blocks)));
        }
    }

    private static List<Citation> Citations(IReadOnlyList<Block> blocks)
    {
        var found = new List<Citation>();
        NodeWalker.Walk(blocks, node => { if (node is Citation c) found.Add(c); });
        return found;
    }

    private static string Describe(IEnumerable<Citation> citations) => string.Join(" || ", citations.Select(c =>
        string.Join(" | ", c.Items.Select(i => $"{i.Id} {Camel(i.Mode.ToString())} '{PlainText.Of(i.Prefix)}' '{PlainText.Of(i.Suffix)}'"))));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Mode(string? pandoc) => pandoc switch
    {
        "NormalCitation" => "normal",
        "AuthorInText" => "authorInText",
        "SuppressAuthor" => "suppressAuthor",
        _ => pandoc ?? "",
    };

    private static void PandocCites(JsonElement element, List<JsonElement> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("t", out var t) && t.GetString() == "Cite") { found.Add(element); return; }
            foreach (var property in element.EnumerateObject()) PandocCites(property.Value, found);
        }
        else if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray()) PandocCites(item, found);
    }

    // pandoc's inlines as plain text. Its smart extension puts a no-break space after an
    // abbreviation ("p.\u00A033"), which Publish's reader does nowhere: compared as a space.
    private static string PandocText(JsonElement inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines.EnumerateArray())
        {
            var c = inline.TryGetProperty("c", out var content) ? content : default;
            switch (inline.GetProperty("t").GetString())
            {
                case "Str": text.Append(c.GetString()!.Replace('\u00A0', ' ')); break;
                case "Space" or "SoftBreak": text.Append(' '); break;
                case "Code": text.Append(c[1].GetString()); break;
                case "Emph" or "Strong" or "Strikeout" or "Superscript" or "Subscript" or "SmallCaps": text.Append(PandocText(c)); break;
                case "Span" or "Link": text.Append(PandocText(c[1])); break;
            }
        }
        return text.ToString();
    }

    private static string? Pandoc(string markdown)
    {
        var start = new ProcessStartInfo("pandoc", ["-f", "markdown", "-t", "json"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start)!;
            process.StandardInput.Write(markdown);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
