using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publish.Epub.Xhtml;
using Publish.Model;
using Publish.Readers;
using Publish.Readers.Markdown;

namespace Publish.Epub.Tests;

/// <summary>
/// All 655 examples of the CommonMark spec through MarkdownReader (strict CommonMark) → model →
/// XHTML renderers, compared with the spec's HTML after normalising what does not change the
/// rendering: whitespace between block tags, attribute order, void-element syntax, entity forms,
/// and the ids our reader gives every heading.
/// </summary>
public class CommonMarkConformanceTests(ITestOutputHelper output)
{
    private const int Target = 600;
    private const int Achieved = 607;

    private const string Unclosed = "unbalanced: an element never closed in its paragraph or block loses its tags (the spec passes the lone tag through)";
    private const string Unknown = "unknown element: only HTML5 elements valid in EPUB XHTML are kept";
    private const string Comment = "comment: dropped (the spec keeps it; the text beside it differs only in the space next to the comment)";

    /// <summary>
    /// The deliberate misses, each with its reason. Raw HTML is kept only where it is well-formed and
    /// safe (DESIGN.md); everything else loses its markup with a warning, so the spec's pass-through
    /// output cannot be reproduced. An entry that starts to pass fails the test: remove it.
    /// </summary>
    private static readonly Dictionary<int, string> Misses = new()
    {
        [21] = Unclosed, [31] = Unclosed, [155] = Unclosed, [162] = Unclosed, [176] = Unclosed, [177] = Unclosed,
        [186] = Unclosed, [189] = Unclosed, [346] = Unclosed, [478] = Unclosed, [479] = Unclosed, [496] = Unclosed,
        [632] = Unclosed, [633] = Unclosed, [645] = Unclosed, [646] = Unclosed,
        [148] = "a blank line splits <pre>: the paragraph after it cannot stand in <pre>, so <pre> loses its tags",
        [150] = "unknown element <foo>; <div> and <a> never closed",
        [154] = "the class attribute is written with its whitespace normalised ('bar\n  baz' → 'bar baz'): the same classes",
        [156] = "malformed tag (no closing '>'): dropped", [157] = "malformed tag (no closing '>'): dropped",
        [158] = "malformed tag (no closing '>'): dropped",
        [164] = Unknown + " (<warning>)", [203] = Unknown + " (<bar>)", [493] = Unknown + " (<foo>)",
        [526] = Unknown + " (<bar>)", [538] = Unknown + " (<bar>)", [615] = Unknown + " (<bab>, <c2c>); <a> never closed",
        [616] = Unknown + " (<b2>); <a/> is an open tag in HTML, never closed", [617] = Unknown + " (<b2>); <a/> never closed",
        [619] = Unknown + " (custom element <responsive-image>)",
        [618] = "attributes HTML5 does not define (foo, bam, _boolean, zoop:33) and <a> never closed",
        [171] = "attribute HTML5 does not define (<pre language>): dropped from the element",
        [172] = "script: dropped with its content", [180] = "script: dropped with its content",
        [174] = "style element: dropped with its content", [175] = "style element: dropped with its content",
        [178] = "style element: dropped with its content",
        [173] = "form control (<textarea>): dropped with its content",
        [182] = "processing instruction: dropped", [629] = "processing instruction: dropped",
        [630] = "declaration: dropped", [631] = "CDATA section: dropped",
        [627] = Comment, [628] = Comment,
        [193] = "an indented <td> is a code block, which a table row cannot hold: dropped with a warning",
        [477] = "<img> is written with alt=\"\" (EPUB requires alt); the spec keeps the tag as written",
        [625] = "stray closing tags leave an empty paragraph, which the reader drops",
    };

    public sealed record Example(string Markdown, string Html, int Number, string Section);

    public static IReadOnlyList<Example> Examples()
    {
        var path = Corpus.File("markdown/commonmark-spec.json");
        if (path is null || !File.Exists(path)) return [];
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().Select(e => new Example(
            e.GetProperty("markdown").GetString()!, e.GetProperty("html").GetString()!,
            e.GetProperty("example").GetInt32(), e.GetProperty("section").GetString()!)).ToList();
    }

    public static string RenderExample(string markdown)
    {
        var document = MarkdownReader.Read(markdown, "spec.md", new DiagnosticBag(), SourceFormat.CommonMark);
        return XhtmlRenderer.RenderBlocks(document.Blocks);
    }

    private static List<(Example Example, string Actual)> Failures(IReadOnlyList<Example> examples)
    {
        var failures = new List<(Example, string)>();
        foreach (var example in examples)
        {
            string actual;
            try { actual = RenderExample(example.Markdown); }
            catch (Exception e) { actual = "EXCEPTION " + e.GetType().Name + ": " + e.Message; }
            if (HtmlNormalizer.Normalize(actual) != HtmlNormalizer.Normalize(example.Html)) failures.Add((example, actual));
        }
        return failures;
    }

    private static string? MissReason(Example example) => Misses.GetValueOrDefault(example.Number);

    [Fact]
    public void Every_spec_example_passes_unless_it_is_a_listed_miss()
    {
        Corpus.SkipUnlessPresent();
        var examples = Examples();
        Assert.Equal(655, examples.Count);
        var failures = Failures(examples);
        output.WriteLine($"CommonMark conformance: {examples.Count - failures.Count}/{examples.Count} pass");
        foreach (var group in failures.GroupBy(f => MissReason(f.Example) ?? "UNEXPECTED"))
            output.WriteLine($"  {group.Key}: {string.Join(", ", group.Select(f => f.Example.Number))}");
        var unexpected = failures.Where(f => MissReason(f.Example) is null).ToList();
        foreach (var (example, actual) in unexpected)
            output.WriteLine($"--- example {example.Number} ({example.Section})\n{example.Markdown}\nexpected: {HtmlNormalizer.Normalize(example.Html)}\nactual:   {HtmlNormalizer.Normalize(actual)}");
        Assert.Empty(unexpected.Select(f => f.Example.Number));
        // The list stays exact: a listed example that passes now is no longer a miss.
        Assert.Empty(Misses.Keys.Except(failures.Select(f => f.Example.Number)));
    }

    [Fact]
    public void At_least_600_of_655_spec_examples_render_as_the_spec_says()
    {
        Corpus.SkipUnlessPresent();
        var examples = Examples();
        var passed = examples.Count - Failures(examples).Count;
        output.WriteLine($"CommonMark conformance: {passed}/{examples.Count} pass (issue 2 asks for {Target})");
        // Every remaining miss is listed with its reason (the test above holds that).
        Assert.True(passed >= Target, $"{passed}/{examples.Count} examples pass; issue 2 asks for {Target}");
        Assert.True(passed >= Achieved, $"{passed}/{examples.Count} examples pass; at least {Achieved} must");
    }
}

/// <summary>Serialises HTML canonically so that equal renderings compare equal as strings.</summary>
internal static class HtmlNormalizer
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "ul", "ol", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody",
        "tr", "th", "td", "div", "dl", "dt", "dd", "figure", "figcaption", "aside", "section", "caption",
    ];

    public static string Normalize(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var sb = new StringBuilder();
        foreach (var node in document.Body!.ChildNodes) Append(sb, node, inPre: false);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, INode node, bool inPre)
    {
        switch (node)
        {
            case IElement element:
                var name = element.LocalName;
                sb.Append('<').Append(name);
                // Heading ids are our addition (CommonMark writes none), so they are not compared.
                var attributes = element.Attributes.Where(a => !(a.Name == "id" && name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"));
                foreach (var a in attributes.OrderBy(a => a.Name, StringComparer.Ordinal)) sb.Append(' ').Append(a.Name).Append("=\"").Append(a.Value).Append('"');
                sb.Append('>');
                foreach (var child in element.ChildNodes) Append(sb, child, inPre || name == "pre");
                sb.Append("</").Append(name).Append('>');
                break;
            case IText text:
                sb.Append(inPre ? text.Data : Collapse(text));
                break;
        }
    }

    private static string Collapse(IText text)
    {
        var s = string.Join(' ', text.Data.Split([' ', '\t', '\n', '\r'], StringSplitOptions.None)).Replace("  ", " ");
        while (s.Contains("  ")) s = s.Replace("  ", " ");
        if (IsBlockBoundary(text.PreviousSibling)) s = s.TrimStart(' ');
        if (IsBlockBoundary(text.NextSibling)) s = s.TrimEnd(' ');
        return s;
    }

    private static bool IsBlockBoundary(INode? sibling) => sibling is null || (sibling is IElement e && Blocks.Contains(e.LocalName));
}
