using Publish.Validation;
using Publish.Model;
using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Publish.Cli.Tests;

/// <summary>
/// Books in German, French, Arabic and Japanese (content/languages, several pages each) build
/// without a warning and are set by their language's rules: hyphenated with their own
/// patterns, right to left, broken between characters, with generated words in the language.
/// </summary>
public class LanguageTests
{
    private static readonly string Samples = FindSamples();

    // The faces the samples need beyond the body face (Debian: fonts-hosny-amiri, fonts-noto-cjk).
    private static readonly Dictionary<string, string> s_scriptFace = new() { ["arabic"] = "Amiri", ["japanese"] = "Noto Serif CJK JP" };

    private static (BuildResult Result, string Pdf, string Epub) Build(string name, TempProject project)
    {
        if (s_scriptFace.TryGetValue(name, out var face))
            Assert.SkipUnless(Publish.Layout.Fonts.FontCatalog.System.HasFamily(face), $"the font {face} is not installed");
        var result = Publisher.Build(new BuildOptions
        {
            Input = Path.Combine(Samples, name + ".md"),
            OutputDirectory = project.Out,
            Formats = OutputFormat.Pdf | OutputFormat.Epub,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        });
        return (result, Path.Combine(project.Out, name + ".pdf"), Path.Combine(project.Out, name + ".epub"));
    }

    [Theory]
    [InlineData("german")]
    [InlineData("french")]
    [InlineData("arabic")]
    [InlineData("japanese")]
    public void Each_sample_builds_without_a_warning_and_passes_epubcheck(string name)
    {
        using var project = new TempProject();
        var (result, _, epub) = Build(name, project);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
        Assert.SkipUnless(EpubCheck.Jar() is not null, "epubcheck is not installed");
        var report = EpubCheck.Run(epub).ToList();
        Assert.Empty(report);
    }

    [Theory]
    [InlineData("german", "Inhalt")]
    [InlineData("french", "Table des matières")]
    [InlineData("japanese", "目次")]
    public void The_contents_page_is_headed_in_the_books_language(string name, string heading)
    {
        using var project = new TempProject();
        var (_, pdf, epub) = Build(name, project);
        using var document = PdfDocument.Open(pdf);
        Assert.Contains(document.GetPages(), p => p.Text.Contains(heading, StringComparison.OrdinalIgnoreCase)
            || string.Concat(p.Letters.Select(l => l.Value)).Contains(heading, StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"<h1>{heading}</h1>", Entry(epub, "EPUB/nav.xhtml"));
        Assert.DoesNotContain(">Contents<", Entry(epub, "EPUB/nav.xhtml"));
    }

    [Theory]
    [InlineData("german")]
    [InlineData("french")]
    public void German_and_French_are_hyphenated_with_their_own_patterns(string name)
    {
        using var project = new TempProject();
        var (_, pdf, _) = Build(name, project);
        using var document = PdfDocument.Open(pdf);
        // A line that ends in a hyphen after a letter is a word broken by the patterns (the
        // samples have no hyphenated compounds of their own).
        var broken = document.GetPages().SelectMany(Lines).Count(line => line.Count > 2 && line[^1].Value == "-" && char.IsLetter(line[^2].Value[0]));
        Assert.True(broken >= 3, $"{name}: {broken} hyphenated line ends");
    }

    [Fact]
    public void Japanese_is_broken_into_lines_inside_the_measure_and_no_line_starts_with_closing_punctuation()
    {
        using var project = new TempProject();
        var (_, pdf, _) = Build("japanese", project);
        using var document = PdfDocument.Open(pdf);
        var body = document.GetPages().Where(p => p.Letters.Count(l => IsKana(l.Value)) > 100).ToList();
        Assert.NotEmpty(body);
        foreach (var page in body)
        {
            var lines = Lines(page).Where(l => l.Any(c => IsKana(c.Value))).ToList();
            Assert.True(lines.Count > 5, $"page {page.Number}: {lines.Count} lines");
            // Every character on the page, with the margins the theme gives (at least 36 pt).
            Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, page.Width - 36));
            // Kinsoku: no line begins with a closing bracket, a stop, a comma or a small kana.
            Assert.All(lines, l => Assert.DoesNotContain(l[0].Value, "、。」』）！？ゃゅょっー"));
        }
    }

    [Fact]
    public void Arabic_lines_end_at_the_right_margin_and_the_epub_turns_right_to_left()
    {
        using var project = new TempProject();
        var (_, pdf, epub) = Build("arabic", project);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Letters.Count(l => IsArabic(l.Value)) > 500);
        // Body lines: the headings are set larger.
        var lines = Lines(page).Where(l => l.Count(c => IsArabic(c.Value)) > 5 && l.Max(c => c.PointSize) < 12).ToList();
        var right = lines.Max(l => l.Max(c => c.BoundingBox.Right));
        var left = lines.Min(l => l.Min(c => c.BoundingBox.Left));
        // Every line starts at the right edge (or one indent in from it) ...
        var indent = 20.0;
        Assert.All(lines, l => Assert.InRange(l.Max(c => c.BoundingBox.Right), right - indent, right + 0.5));
        // ... and paragraph-final lines are short on the left, not on the right.
        Assert.Contains(lines, l => l.Min(c => c.BoundingBox.Left) > left + 60);

        Assert.Contains("page-progression-direction=\"rtl\"", Entry(epub, "EPUB/content.opf"));
        var chapter = Entry(epub, "EPUB/" + Chapters(epub).First());
        Assert.Contains("dir=\"rtl\"", chapter);
        Assert.Contains("<h1>المحتويات</h1>", Entry(epub, "EPUB/nav.xhtml"));
    }

    [Theory]
    [InlineData("eo", 1)]
    [InlineData("ja", 0)]
    [InlineData("de", 0)]
    public void A_language_that_hyphenates_but_has_no_patterns_gets_one_warning(string language, int warnings)
    {
        using var project = new TempProject();
        var input = project.Write("text.md", $"---\nlang: {language}\n---\n\nUnu du tri.\n\nKvar kvin ses.\n");
        var result = Publisher.Build(new BuildOptions { Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf });
        Assert.Equal(warnings, result.Diagnostics.Count(d => d.Code == DiagnosticCatalog.NoHyphenationPatterns.Code));
    }

    private static bool IsKana(string s) => s.Length > 0 && s[0] is >= '\u3040' and <= '\u30FF';
    private static bool IsArabic(string s) => s.Length > 0 && s[0] is >= '\u0600' and <= '\u06FF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>A page's letters grouped into lines by baseline, each in left-to-right order.</summary>
    private static IEnumerable<List<Letter>> Lines(Page page) =>
        page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.StartBaseLine.Y))
            .Select(g => g.OrderBy(l => l.BoundingBox.Left).ToList());

    private static string Entry(string epub, string name)
    {
        using var zip = ZipFile.OpenRead(epub);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static IEnumerable<string> Chapters(string epub)
    {
        using var zip = ZipFile.OpenRead(epub);
        return zip.Entries.Where(e => e.FullName.StartsWith("EPUB/ch", StringComparison.Ordinal))
            .Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content", "languages");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("content/languages is not above the test binaries");
    }
}
