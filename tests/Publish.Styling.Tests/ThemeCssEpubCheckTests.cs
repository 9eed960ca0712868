using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Publish.Epub.Css;
using Publish.Model;

namespace Publish.Styling.Tests;

/// <summary>The stylesheets of every shipped theme, and one embedding a font, inside a minimal EPUB 3 that epubcheck accepts.</summary>
public class ThemeCssEpubCheckTests
{
    private static string? EpubCheckJar =>
        new[] { "/usr/share/java/epubcheck.jar", Environment.GetEnvironmentVariable("EPUBCHECK_JAR") ?? "" }.FirstOrDefault(File.Exists);

    [Fact]
    public async Task Epubcheck_finds_nothing_to_report_in_the_theme_stylesheets()
    {
        Assert.SkipUnless(EpubCheckJar is not null, "epubcheck is not installed");
        using var folder = new ThemeFolder()
            .With("fonts/Body.ttf", "")
            .With("embed.yaml", "fonts: { files: [{ family: Body, file: fonts/Body.ttf }] }\nepub: { embed-fonts: true }\n");
        File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", folder.FileOf("fonts/Body.ttf"), overwrite: true);
        var themes = new[] { "book", "article", "large-print" }
            .Select(n => ThemeLoader.Load(n, ThemeFolder.Shipped, new DiagnosticBag())!)
            .Append(folder.Load("embed")!)
            .ToList();
        var epub = folder.FileOf("themes.epub");
        MinimalEpub.Write(epub, themes);

        var check = Process.Start(new ProcessStartInfo("java", ["-jar", EpubCheckJar!, epub]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var cancel = TestContext.Current.CancellationToken;
        var output = check.StandardOutput.ReadToEndAsync(cancel);
        var errors = await check.StandardError.ReadToEndAsync(cancel);
        await check.WaitForExitAsync(cancel);
        var report = await output + errors;
        Assert.True(check.ExitCode == 0, report);
        Assert.Contains("0 errors / 0 warnings", report);
    }

    /// <summary>One chapter per theme, each linking its own stylesheet; embedded fonts go where <see cref="FontFaces"/> says.</summary>
    private static class MinimalEpub
    {
        public static void Write(string path, IReadOnlyList<Theme> themes)
        {
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            Entry(zip, "mimetype", "application/epub+zip", CompressionLevel.NoCompression);
            Entry(zip, "META-INF/container.xml", """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>""");
            var manifest = new StringBuilder();
            foreach (var theme in themes)
            {
                Entry(zip, $"OEBPS/{theme.Name}.css", ThemeCss.Generate(theme));
                Entry(zip, $"OEBPS/{theme.Name}.xhtml", Chapter(theme.Name));
                manifest.Append($"""<item id="css-{theme.Name}" href="{theme.Name}.css" media-type="text/css"/><item id="x-{theme.Name}" href="{theme.Name}.xhtml" media-type="application/xhtml+xml"/>""");
                foreach (var font in FontFaces.For(theme))
                {
                    zip.CreateEntryFromFile(font.SourcePath, "OEBPS/" + font.Href);
                    manifest.Append($"""<item id="font-{theme.Name}" href="{font.Href}" media-type="{font.MediaType}"/>""");
                }
            }
            var spine = string.Concat(themes.Select(t => $"""<itemref idref="x-{t.Name}"/>"""));
            Entry(zip, "OEBPS/content.opf", $"""<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:uuid:6f1c3a52-8d1e-4c1b-9a43-0c7f5e2b9d10</dc:identifier><dc:title>Themes</dc:title><dc:language>en</dc:language><meta property="dcterms:modified">2026-01-01T00:00:00Z</meta></metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>{manifest}</manifest><spine>{spine}</spine></package>""");
            Entry(zip, "OEBPS/nav.xhtml", $"""<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Themes</title></head><body><nav epub:type="toc"><ol>{string.Concat(themes.Select(t => $"""<li><a href="{t.Name}.xhtml">{t.Name}</a></li>"""))}</ol></nav></body></html>""");
        }

        private static string Chapter(string name) => $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{name}</title><link rel="stylesheet" type="text/css" href="{name}.css"/></head>
            <body><h1>{name}</h1><p>Text<a class="noteref" epub:type="noteref" href="#n1">1</a> with <span class="smallcaps">caps</span> and <code>code</code>.</p>
            <h2><span class="heading-number">1</span>Section</h2><blockquote><p>Quote.</p></blockquote><pre><code>x = 1</code></pre>
            <ul><li>item</li></ul><table><caption>T</caption><tr><th>a</th></tr><tr><td>b</td></tr></table><hr/>
            <aside class="footnote" epub:type="footnote" id="n1"><p>Note.</p></aside></body></html>
            """;

        private static void Entry(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Optimal)
        {
            using var stream = zip.CreateEntry(name, level).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
