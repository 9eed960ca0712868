using System.Xml.Linq;
using Publish.Epub.Xhtml;
using Publish.Model;

namespace Publish.Epub.Tests;

/// <summary>
/// HTML kept from the source is written back as the elements it was, with only the attributes the
/// vocabulary allows, as valid XHTML — and a book made of it passes epubcheck.
/// </summary>
public class KeptHtmlTests
{
    private static readonly DateTimeOffset Fixed = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string Chapter = """
        # Kept HTML

        Press <kbd>Ctrl</kbd>+<kbd>C</kbd> at the <abbr title="British Broadcasting Corporation">BBC</abbr>,
        <i>twice</i>, <mark>now</mark><br>
        and read <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <q cite="https://example.org/q">aloud</q>.
        <span onclick="evil()" style="color:red">Unsafe bits go</span>, <a href="javascript:evil()">this too</a>.

        <table class="data">
          <caption>Tides</caption>
          <thead><tr><th scope="col">Day</th><th colspan="2">Heights</th></tr></thead>
          <tbody><tr><td>Mon</td><td>1.2 m</td><td>3.4 m</td></tr></tbody>
        </table>

        <details open>
        <summary>More</summary>

        Markdown *inside*, with a list:

        - one
        - two

        </details>

        <dl><dt>Term</dt><dd>Its definition.</dd></dl>

        <ol start="3"><li>third</li><li>fourth</li></ol>

        <section id="kept-section">
        <h2>Inside a section</h2>
        <p>Text with a <a href="#kept-section">link back</a>.</p>
        <pre><code>line 1
          line 2</code></pre>
        </section>

        <del>

        A deleted paragraph.

        </del>

        <script>document.write("never")</script>
        <!-- a comment -->
        """;

    [Fact]
    public void A_chapter_with_kept_html_passes_epubcheck()
    {
        EpubCheck.SkipUnlessAvailable();
        var folder = Directory.CreateTempSubdirectory("publish-kept-html-").FullName;
        try
        {
            var input = Path.Combine(folder, "kept.md");
            File.WriteAllText(input, Chapter);
            var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = folder, Formats = OutputFormat.Epub, Timestamp = Fixed });
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Contains(result.Diagnostics, d => d.Code == "PUB0203" && d.Message.Contains("<script>"));
            Assert.Empty(EpubCheck.Run(Assert.Single(result.Outputs)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>Values epubcheck refuses: each attribute is dropped with a warning (10), the element kept.</summary>
    private const string InvalidValues = """
        # Values

        <time datetime="bad">x</time> <del datetime="bad">y</del> <a href="#values" hreflang="not a tag">l</a> <bdo>b</bdo> <data>d</data>

        <table><tr><td headers="nope" colspan="x">a</td></tr></table>

        <ol type="x" reversed="no"><li value="q">a</li></ol>

        <details open="yes"><summary>s</summary>t</details>

        <p dir="sideways" lang="!!">z</p>
        """;

    /// <summary>
    /// Children where HTML does not allow them: nested links, headers and definitions lose the outer
    /// tags (4 warnings); a late summary, caption or thead move to their place and a definition list
    /// starting with a definition gets an empty term, as browsers render them.
    /// </summary>
    private const string Misplaced = """
        # Misplaced

        <a href="https://a.org">outer [inner](https://b.org) <a href="https://c.org">c</a></a>

        <dl><dd>no term</dd></dl>

        <details><p>first</p><summary>late</summary></details>

        <table><tbody><tr><td>1</td></tr></tbody><caption>late</caption><thead><tr><th>h</th></tr></thead></table>

        <figure><p>x</p><figcaption>middle</figcaption><p>y</p></figure>

        <header><header>h</header></header>

        <dfn><dfn>d</dfn></dfn>
        """;

    public static TheoryData<string, int> Refused() => new() { { InvalidValues, 10 }, { Misplaced, 4 } };

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_xhtml_refuses_is_dropped_with_warnings_and_the_book_passes_epubcheck(string markdown, int warnings)
    {
        EpubCheck.SkipUnlessAvailable();
        var folder = Directory.CreateTempSubdirectory("publish-kept-html-").FullName;
        try
        {
            var input = Path.Combine(folder, "refused.md");
            File.WriteAllText(input, markdown);
            var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = folder, Formats = OutputFormat.Epub, Timestamp = Fixed });
            Assert.Equal(warnings, result.Diagnostics.Count(d => d.Code == "PUB0203"));
            Assert.Empty(EpubCheck.Run(Assert.Single(result.Outputs)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void The_html_page_keeps_the_safe_elements_and_nothing_unsafe()
    {
        var folder = Directory.CreateTempSubdirectory("publish-kept-html-").FullName;
        try
        {
            var input = Path.Combine(folder, "kept.md");
            File.WriteAllText(input, Chapter);
            var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = folder, Formats = OutputFormat.Html, Timestamp = Fixed });
            var html = File.ReadAllText(Assert.Single(result.Outputs));
            foreach (var kept in new[] { "<kbd>Ctrl</kbd>", "<abbr title=\"British Broadcasting Corporation\">", "<th colspan=\"2\">", "<details open=\"\">", "<summary>More</summary>", "<dt>Term</dt>", "<ol start=\"3\">", "<rt>kan</rt>", "<del>" })
                Assert.Contains(kept, html);
            foreach (var gone in new[] { "onclick", "style=\"color", "javascript:", "<script", "never", "a comment" })
                Assert.DoesNotContain(gone, html);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void An_element_is_written_with_its_allowed_attributes_only()
    {
        var attr = new Attr("t1", ["wide"], [new("colspan", "2"), new("onclick", "x()"), new("style", "color:red"), new("lang", "fr")]);
        var cell = new HtmlBlockElement("td", [new Plain([new Text("a")])]) { Attr = attr };
        var html = XhtmlRenderer.RenderBlocks([new HtmlBlockElement("table", [new HtmlBlockElement("tr", [cell])])]);
        var td = XElement.Parse(html).Descendants("td").Single();
        Assert.Equal(["id", "class", "colspan", "lang", "{http://www.w3.org/XML/1998/namespace}lang"], td.Attributes().Select(a => a.Name.ToString()));
        Assert.Equal("a", td.Value);
    }

    [Fact]
    public void Void_elements_close_themselves_and_plain_text_stands_without_a_paragraph()
    {
        var html = XhtmlRenderer.RenderBlocks([new Div([new Plain([new Text("x"), new HtmlInlineElement("wbr", []), new Text("y")])])]);
        Assert.Equal("<div>\nx<wbr />y\n</div>\n", html);
    }

    [Fact]
    public void An_element_outside_the_vocabulary_loses_its_tags_but_not_its_content()
    {
        var diagnostics = new DiagnosticBag();
        var html = XhtmlRenderer.RenderBlocks([new Paragraph([new HtmlInlineElement("script", [new Text("text")])]), new HtmlBlockElement("iframe", [new Plain([new Text("more")])])], diagnostics: diagnostics);
        Assert.Equal("<p>text</p>\nmore", html.Trim());
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "PUB1001"));
    }
}
