using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publish.Epub;
using Publish.Layout;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Readers;
using Publish.Styling;

namespace Publish.Cli.Tests;

/// <summary>
/// Every article — the seed and the development articles of the shared corpus — in the default
/// and every shipped theme is set as an article: page 1 carries the headline and the lede's first
/// words, no page is empty, no running head is a title cut off without an ellipsis, no section is
/// numbered "1.1" under a missing "1", and the EPUB's nav lists the article itself.
/// </summary>
public partial class ArticleTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var inputs = new List<string> { "content/belarus-coup.txt" };
        var dev = DevFolder();
        if (dev is not null) inputs.AddRange(Directory.GetFiles(dev, "*.txt").Order(StringComparer.Ordinal));
        // "" is the default: no theme asked for.
        foreach (var theme in StylesFolder.ThemeNames(Repository.Path("styles")).Prepend(""))
            foreach (var input in inputs) data.Add(input, theme);
        return data;
    }

    [Fact]
    public void The_development_articles_are_among_the_cases()
    {
        Assert.SkipUnless(DevFolder() is not null, "the shared corpus (../shared/corpus/articles/dev) is not present: only the seed is checked");
        Assert.NotEmpty(Directory.GetFiles(DevFolder()!, "*.txt"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_article_opens_with_its_headline_and_lede_and_its_heads_fit(string input, string themeName)
    {
        var (document, theme) = Read(input, themeName);
        Assert.Equal(DocumentKind.Article, document.Kind);
        var (title, lede) = Truth(input, document);
        var diagnostics = new DiagnosticBag();
        var paged = DocumentLayouter.Layout(document, theme, new LayoutOptions(), diagnostics);
        var page = theme.For(document.Kind).Page;
        var pages = paged.Pages.Select(p => PageText.Of(p, page.MarginTop, page.MarginBottom)).ToList();

        var first = PageText.Squeezed(pages[0].Body);
        Assert.Contains(PageText.Squeezed(title), first);
        Assert.Contains(PageText.Squeezed(FirstWords(lede, 5)), first);
        Assert.True(first.IndexOf(PageText.Squeezed(title), StringComparison.Ordinal) < first.IndexOf(PageText.Squeezed(FirstWords(lede, 5)), StringComparison.Ordinal),
            "the headline comes before the lede");

        Assert.All(pages, (p, i) => Assert.False(string.IsNullOrWhiteSpace(p.Body), $"page {i + 1} is empty"));
        Assert.Equal("", pages[0].Head);
        foreach (var head in pages.Skip(1).Select((p, i) => WithoutFolio(p.Head, paged.Pages[i + 1].Label)).Where(h => h.Length > 0))
            AssertFitted(head, document.Metadata.ShortTitle ?? title);

        var numbers = paged.Outline.SelectMany(Flatten).Select(e => Number().Match(e.Title)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            var parent = numbers[i].Contains('.') ? numbers[i][..numbers[i].LastIndexOf('.')] : null;
            Assert.True(parent is null || numbers.Take(i).Contains(parent), $"section {numbers[i]} has no section {parent} before it");
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_epub_of_an_article_is_one_page_opening_with_the_headline_and_its_nav_lists_it(string input, string themeName)
    {
        var (document, theme) = Read(input, themeName);
        var (title, _) = Truth(input, document);
        using var epub = new MemoryStream();
        EpubWriter.Write(document, theme, epub, new EpubWriteOptions(), new DiagnosticBag());
        using var zip = new ZipArchive(new MemoryStream(epub.ToArray()), ZipArchiveMode.Read);

        Assert.DoesNotContain(zip.Entries, e => e.Name.Contains("titlepage", StringComparison.Ordinal));
        var pages = zip.Entries.Where(e => e.Name.StartsWith("ch", StringComparison.Ordinal) && e.Name.EndsWith(".xhtml", StringComparison.Ordinal)).ToList();
        var page = Assert.Single(pages);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var body = Load(page).Descendants(x + "body").Single();
        var h1 = body.Descendants().First(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p");
        Assert.Equal("h1", h1.Name.LocalName);
        Assert.Equal(PageText.Squeezed(title), PageText.Squeezed(h1.Value));

        var nav = Load(zip.Entries.Single(e => e.Name == "nav.xhtml"));
        var toc = nav.Descendants(x + "nav").Single(n => (string?)n.Attribute(XNamespace.Get("http://www.idpf.org/2007/ops") + "type") == "toc");
        var entry = toc.Descendants(x + "a").First();
        Assert.Equal(PageText.Squeezed(title), PageText.Squeezed(entry.Value));
        Assert.StartsWith(page.Name, (string?)entry.Attribute("href"));
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static void AssertFitted(string head, string title)
    {
        (head, title) = (PageText.StraightQuotes(head), PageText.StraightQuotes(title.Trim()));
        if (head == title.Trim()) return;
        Assert.True(head.EndsWith('\u2026'), $"running head '{head}' is a cut title without an ellipsis (title: '{title}')");
        var kept = head[..^1];
        Assert.StartsWith(kept, title);
        Assert.True(kept.Length < title.Length && !char.IsLetterOrDigit(title[kept.Length]), $"running head '{head}' cuts a word of '{title}'");
    }

    private static (Document, Theme) Read(string input, string themeName)
    {
        var path = Path.IsPathRooted(input) ? input : Repository.Path(input);
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.Read(path, SourceFormat.Auto, diagnostics);
        var theme = ThemeLoader.Load(themeName.Length == 0 ? null : themeName, Repository.Path("styles"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (document, theme!);
    }

    // The corpus holds the truth beside each article (title and paragraphs); the seed's is what its reader found.
    private static (string Title, string Lede) Truth(string input, Document document)
    {
        var json = Path.ChangeExtension(input, ".json");
        if (File.Exists(json))
        {
            using var truth = JsonDocument.Parse(File.ReadAllText(json));
            return (truth.RootElement.GetProperty("title").GetString()!, truth.RootElement.GetProperty("paragraphs")[0].GetString()!);
        }
        var head = ArticleHead.Of(document);
        return (head.Title, PlainText.Of(head.Lede!.Content));
    }

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    // A theme may set the page number in the head line (top-outer): it is not part of the running head.
    private static string WithoutFolio(string head, string label)
    {
        head = head.Trim();
        if (head == label) return "";
        if (head.StartsWith(label + " ", StringComparison.Ordinal)) return head[(label.Length + 1)..];
        if (head.EndsWith(" " + label, StringComparison.Ordinal)) return head[..^(label.Length + 1)];
        return head;
    }

    private static IEnumerable<OutlineEntry> Flatten(OutlineEntry entry) => entry.Children.SelectMany(Flatten).Prepend(entry);

    private static string? DevFolder() =>
        Corpus.Folder is { } corpus && Directory.Exists(Path.Combine(corpus, "articles", "dev")) ? Path.Combine(corpus, "articles", "dev") : null;

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\s")]
    private static partial Regex Number();

}
