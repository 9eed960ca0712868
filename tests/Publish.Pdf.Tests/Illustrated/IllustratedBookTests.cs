using System.IO.Compression;
using SkiaSharp;

namespace Publish.Pdf.Tests.Illustrated;

/// <summary>
/// Issue #15's bar: a book whose illustrations stand at the start of paragraphs, with a cover
/// and large scans, keeps every picture in the PDF (at full resolution, the SVG as paths) and
/// makes an EPUB sized for e-readers that epubcheck passes.
/// </summary>
public class IllustratedBookTests : IClassFixture<IllustratedBookTests.Built>
{
    private static readonly DateTimeOffset Fixed = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed class Built : IDisposable
    {
        public string Folder { get; } = IllustratedBook.Create();
        public BuildResult Result { get; }
        public string Pdf => Result.Outputs.Single(o => o.EndsWith(".pdf", StringComparison.Ordinal));
        public string Epub => Result.Outputs.Single(o => o.EndsWith(".epub", StringComparison.Ordinal));

        public Built()
        {
            Result = Publisher.Build(new BuildOptions
            {
                Input = Folder, OutputDirectory = Path.Combine(Folder, "out"), Formats = OutputFormat.Pdf | OutputFormat.Epub, Timestamp = Fixed,
            });
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private readonly Built built;

    public IllustratedBookTests(Built built)
    {
        Assert.SkipUnless(Samples.FontAvailable, "DejaVu Serif is not installed");
        this.built = built;
    }

    [Fact]
    public void Builds_without_errors_or_warnings()
    {
        Assert.False(built.Result.HasErrors, string.Join("\n", built.Result.Diagnostics));
        // The SVG's text is drawn as outlines and its shapes as paths: nothing to warn about.
        Assert.Empty(built.Result.Diagnostics);
    }

    [Fact]
    public void Pdf_holds_the_cover_and_every_scan_at_full_resolution()
    {
        Tool.Require("pdfimages");
        var (_, output) = Tool.Run("pdfimages", "-list", built.Pdf);
        var sizes = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(r => (int.Parse(r[3]), int.Parse(r[4]))).ToList();

        Assert.Contains((1400, 2100), sizes);
        foreach (var scan in IllustratedBook.Scans) Assert.Contains((scan.Width, scan.Height), sizes);
        // Cover and three scans: the SVG is no image.
        Assert.Equal(4, sizes.Count);
    }

    [Fact]
    public void Image_dpi_downsamples_each_scan_to_the_size_it_is_drawn()
    {
        Tool.Require("pdfimages");
        var folder = Path.Combine(built.Folder, "screen");
        var result = Publisher.Build(new BuildOptions { Input = built.Folder, OutputDirectory = folder, Formats = OutputFormat.Pdf, Timestamp = Fixed, ImageDpi = 150 });
        var (_, output) = Tool.Run("pdfimages", "-list", Assert.Single(result.Outputs));
        var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

        Assert.Equal(4, rows.Count);
        // x-ppi (column 12) is what the viewer computes from pixels and drawn size: 150 within rounding.
        Assert.All(rows, r => Assert.InRange(int.Parse(r[12]), 148, 152));
        Assert.True(new FileInfo(result.Outputs[0]).Length < new FileInfo(built.Pdf).Length / 2);
    }

    [Fact]
    public void Pdf_draws_the_svg_as_vector_paths()
    {
        Tool.Require("qpdf");
        var expanded = Path.Combine(built.Folder, "expanded.pdf");
        Tool.Run("qpdf", "--qdf", "--object-streams=disable", built.Pdf, expanded);
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(expanded));

        var form = text.IndexOf("/Subtype /Form", StringComparison.Ordinal);
        Assert.True(form > 0, "no form XObject in the PDF");
        var stream = text[form..text.IndexOf("endstream", form, StringComparison.Ordinal)];
        Assert.Contains(" c\n", stream); // curves: the circle and the path
        Assert.Contains(" re\n", stream.Replace(" l\n", " re\n")); // straight edges of the frame
        Assert.Contains("f\n", stream.Replace("f Q", "f\n"));
    }

    [Fact]
    public void Pdf_text_keeps_the_paragraph_after_each_illustration_and_not_its_alt_text()
    {
        Tool.Require("pdftotext");
        var (_, text) = Tool.Run("pdftotext", built.Pdf, "-");
        Assert.Equal(3, CountOf(text.Replace("\n", " "), "In another moment down went Alice"));
        Assert.DoesNotContain("An illustration by John Tenniel", text);
    }

    [Fact]
    public void Epub_is_under_two_megabytes_with_every_image_at_most_4_2_megapixels()
    {
        using var zip = ZipFile.OpenRead(built.Epub);
        var sources = Directory.GetFiles(Path.Combine(built.Folder, "images")).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length}");
        Assert.True(new FileInfo(built.Epub).Length < 2_000_000, $"EPUB is {new FileInfo(built.Epub).Length} bytes: "
            + string.Join(", ", zip.Entries.Select(e => $"{e.FullName} {e.Length}")) + "; sources: " + string.Join(", ", sources));
        var rasters = zip.Entries.Where(e => e.FullName.Contains("/images/") && !e.FullName.EndsWith(".svg", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, rasters.Count);
        foreach (var entry in rasters)
        {
            using var stream = new MemoryStream();
            entry.Open().CopyTo(stream);
            using var codec = SKCodec.Create(new SKMemoryStream(stream.ToArray()));
            Assert.True((long)codec.Info.Width * codec.Info.Height <= 4_200_000, $"{entry.FullName} is {codec.Info.Width}×{codec.Info.Height}");
        }
    }

    [Fact]
    public void Epub_keeps_the_svg_as_svg_and_sets_large_inline_images_as_blocks()
    {
        using var zip = ZipFile.OpenRead(built.Epub);
        var svg = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".svg", StringComparison.Ordinal));
        using var reader = new StreamReader(svg.Open());
        Assert.Contains("<circle", reader.ReadToEnd());
        var chapters = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Equal(3, CountOf(chapters, "class=\"block\""));
    }

    [Fact]
    public void Epubcheck_reports_nothing()
    {
        const string jar = "/usr/share/java/epubcheck.jar";
        Assert.SkipUnless(File.Exists(jar) && Tool.Has("java"), "epubcheck needs java and /usr/share/java/epubcheck.jar (apt-get install epubcheck)");
        var (_, output) = Tool.Run("java", "-jar", jar, built.Epub);
        var problems = output.Split('\n').Where(l => l.StartsWith("ERROR", StringComparison.Ordinal) || l.StartsWith("WARNING", StringComparison.Ordinal)
            || l.StartsWith("FATAL", StringComparison.Ordinal)).ToList();
        Assert.Empty(problems);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
