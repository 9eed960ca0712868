using System.Net;
using System.Text.RegularExpressions;
using Publish.Cli.Tests.Pandoc;

namespace Publish.Cli.Tests;

/// <summary>
/// The word-preservation guard: every word of a source's text reaches the HTML we write — as text,
/// or as a link target, class or id — except the words of raw HTML the build reports it dropped
/// (<c>PUB0203</c>) and of raw TeX it reports no output shows (<c>PUB0307</c>, naming their lines). A
/// lost word without a warning is the worst bug a publishing tool can have.
/// </summary>
public sealed partial class WordPreservationTests
{
    /// <summary>The documents the pandoc comparison reads, and the novel.</summary>
    public static TheoryData<string, string> Sources
    {
        get
        {
            var sources = PandocAgreementTests.Documents;
            sources.Add("books/pride-and-prejudice.md", "markdown");
            return sources;
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Every_word_of_the_source_reaches_the_output(string relative, string from)
    {
        var source = Corpus.File(relative);
        using var project = new TempProject();
        var run = Cli.Build(source, project.Out, "-f", "html", "--from", from);
        Assert.True(run.ExitCode == 0, run.ToString());
        // Raw HTML the build dropped (PUB0203), and links it refused (PUB0760: their targets and titles go, with a warning).
        var dropped = run.Diagnostics.Where(d => d.Code is "PUB0203" or "PUB0760").Select(d => d.Line).ToHashSet();
        // Raw TeX blocks: one warning per document names the lines of them all.
        foreach (var tex in run.Diagnostics.Where(d => d.Code == "PUB0307"))
            foreach (Match range in LineRange().Matches(tex.Message))
                for (var line = int.Parse(range.Groups[1].Value); line <= int.Parse(range.Groups[2].Success ? range.Groups[2].Value : range.Groups[1].Value); line++) dropped.Add(line);
        var output = OutputWords(File.ReadAllText(Directory.EnumerateFiles(project.Out, "*.html").Single()));
        var lost = SourceWords(File.ReadAllText(source), dropped).Where(w => !output.Contains(w.Word)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} words lost: " + string.Join(", ", lost.Take(40).Select(w => $"{w.Word} (line {w.Line})")));
    }

    // A line or range of lines in the message's "(lines 22, 26–29)".
    [GeneratedRegex(@"(?<=\(lines? [^)]*)\b(\d+)(?:\u2013(\d+))?\b")]
    private static partial Regex LineRange();

    [GeneratedRegex("<!--.*?-->|<(script|style)\\b.*?</\\1\\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenHtml();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    // Where a word names rather than says: image paths (images are stored under content hashes),
    // reference labels and definitions (a definition nothing cites is no content), note labels
    // ([^note]), example labels ((@good)), list markers (a list's start number), front-matter keys,
    // attribute keys ({key=value}), TeX control sequences (\tuple: markup, and a macro the document
    // defines is expanded in its math, as pandoc expands it) — whole ones only, so the words of
    // C:\Windows\system32 or \x08http stay checked.
    [GeneratedRegex(@"\\[A-Za-z]+(?![\p{L}\p{N}])|!\[[^\]]*\]\([^)]*\)|\]\[[^\]]*\]|^ {0,3}\[[^\]]+\]:.*$|\[\^[^\]\s]+\]|\(@[\w-]*\)|^\s*\(?[0-9A-Za-z#]{1,9}[.)](?=\s)|^[\w-]+:(?=\s)|[\w-]+=(?=[""'\w])", RegexOptions.Multiline)]
    private static partial Regex NoWords();

    [GeneratedRegex("""<style\b.*?</style>|<[^>]*>""", RegexOptions.Singleline)]
    private static partial Regex OutputMarkup();

    [GeneratedRegex("\\b(?:href|src|id|class|data-[\\w-]+|title|alt|lang|start|type)=\"([^\"]*)\"")]
    private static partial Regex CarryingAttribute();

    /// <summary>The words of the source with their lines; the text of hidden and dropped HTML left out.</summary>
    private static IEnumerable<(string Word, int Line)> SourceWords(string source, HashSet<int> droppedLines)
    {
        var blanked = HiddenHtml().Replace(source, m => new string('\n', m.Value.Count(c => c == '\n')));
        var lines = blanked.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (droppedLines.Contains(i + 1)) continue;
            var text = Unescape(Tag().Replace(NoWords().Replace(lines[i], " "), " "));
            foreach (var word in BlockAgreement.Words(text)) yield return (word, i + 1);
        }
    }

    private static string Unescape(string value)
    {
        try { return Uri.UnescapeDataString(WebUtility.HtmlDecode(value)); }
        catch (UriFormatException) { return value; }
    }

    /// <summary>The words of the page's text and of the attribute values that carry the source's words.</summary>
    private static HashSet<string> OutputWords(string html)
    {
        var visible = OutputMarkup().Replace(html, m => m.Value.StartsWith("<style", StringComparison.Ordinal) ? " "
            : " " + string.Join(' ', CarryingAttribute().Matches(m.Value).Select(a => Unescape(a.Groups[1].Value))) + " ");
        return BlockAgreement.Words(WebUtility.HtmlDecode(visible).Replace("\u00AD", "")).ToHashSet();
    }
}
