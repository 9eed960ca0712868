using HarfBuzzSharp;
using Publish.Layout.Paged;
using Publish.Model;
using SkiaSharp;

namespace Publish.Pdf.Tests;

/// <summary>Hand-made paged documents with real shaping, standing in for layout's output.</summary>
internal static class Samples
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    private static readonly Lazy<FontFace> serif = new(() => LoadFace(FontPath));

    public static bool FontAvailable => File.Exists(FontPath);
    public static FontFace Serif => serif.Value;

    public static readonly DocumentInfo Info = new("A Sample Book", "Jane Author", "Testing", "pdf, tests", "en", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));

    public static FontFace LoadFace(string path)
    {
        var data = File.ReadAllBytes(path);
        using var blob = Blob.FromFile(path);
        using var face = new Face(blob, 0);
        return new FontFace("DejaVu Serif", path, 0, data, face.UnitsPerEm, bold: false, italic: false);
    }

    /// <summary>Shapes <paramref name="text"/> with HarfBuzz (kerning, ligatures) into a run at (x, baseline).</summary>
    public static GlyphRun Shape(string text, double x, double baseline, double size = 12, FontFace? font = null)
    {
        font ??= Serif;
        using var blob = Blob.FromFile(font.Path);
        using var face = new Face(blob, font.FaceIndex);
        using var hbFont = new HarfBuzzSharp.Font(face);
        hbFont.SetScale(font.UnitsPerEm, font.UnitsPerEm);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        hbFont.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var scale = size / font.UnitsPerEm;
        var glyphs = new ushort[infos.Length];
        var xs = new float[infos.Length];
        var clusters = new int[infos.Length];
        double pen = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            xs[i] = (float)(pen + positions[i].XOffset * scale);
            pen += positions[i].XAdvance * scale;
        }
        return new GlyphRun(font, size, Rgba.Black, x, baseline, glyphs, xs, text, clusters) { Width = pen };
    }

    public static Page Page(int index, params PageItem[] items) => new(index, 432, 648, new Rect(0, 0, 432, 648), items);

    /// <summary>Three pages: a roman-numbered title page, two chapters with links between them and out.</summary>
    public static PagedDocument Book(bool bleed = false)
    {
        var jpeg = Image(SKEncodedImageFormat.Jpeg, "jpg");
        var png = Image(SKEncodedImageFormat.Png, "png");
        var pages = new List<Page>
        {
            Page(0, Shape("A Sample Book", 72, 200, 24), new LinkItem(new Rect(72, 300, 100, 14), null, "chapter-2")),
            Page(1,
                new DestinationItem("chapter-1", 72, 72),
                Shape("Chapter One", 72, 90, 18),
                Shape("The office staff found the affluent waffle shop.", 72, 130),
                new RuleItem(72, 140, 360, 140, 0.5, Rgba.Black),
                new FillItem(new Rect(72, 150, 50, 20), Rgba.Parse("#eeeeee")),
                new ImageItem(jpeg, new Rect(72, 200, 120, 80), "a photo"),
                new ImageItem(png, new Rect(220, 200, 120, 80), "a drawing"),
                new LinkItem(new Rect(72, 300, 200, 14), "https://example.org/", null),
                Shape("example.org", 72, 310)),
            Page(2,
                new DestinationItem("chapter-2", 72, 72),
                Shape("Chapter Two", 72, 90, 18),
                Shape("Second chapter text.", 72, 130)),
        };
        if (bleed) pages = pages.Select(WithBleed).ToList();
        return new PagedDocument(pages, Info)
        {
            Outline =
            [
                new OutlineEntry("Chapter One", "chapter-1", 1, [new OutlineEntry("A section", "chapter-1", 1, [])]),
                new OutlineEntry("Chapter Two", "chapter-2", 2, []),
            ],
            PageLabels = [new PageLabelRange(0, PageLabelStyle.LowerRoman), new PageLabelRange(1, PageLabelStyle.Decimal)],
        };
    }

    /// <summary>Bleed on every side of a <see cref="Book"/> page with bleed, and the crop-mark band outside it.</summary>
    public const double BleedWidth = 9, MarkBand = 18;

    /// <summary>The page grown by 9 pt of bleed and an 18 pt crop-mark band on every side, its items moved inside.</summary>
    private static Page WithBleed(Page page)
    {
        const double b = BleedWidth + MarkBand;
        return page with
        {
            MediaWidth = page.MediaWidth + 2 * b, MediaHeight = page.MediaHeight + 2 * b,
            Trim = new Rect(b, b, page.Trim.Width, page.Trim.Height),
            Items = page.Items.Select(i => i.Translate(b, b)).ToList(),
            Bleed = new Rect(MarkBand, MarkBand, page.Trim.Width + 2 * BleedWidth, page.Trim.Height + 2 * BleedWidth),
            CropMarks = true,
        };
    }

    public static PageImage Image(SKEncodedImageFormat format, string extension)
    {
        using var bitmap = new SKBitmap(60, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(30, 20, 15, paint);
        }
        using var data = bitmap.Encode(format, 90);
        return new PageImage($"images/sample.{extension}", data.ToArray());
    }

    public static byte[] WritePdf(PagedDocument document, bool pdfA = false)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(document, stream, new PdfWriteOptions { PdfA = pdfA });
        return stream.ToArray();
    }

    /// <summary>Writes the PDF to a temporary file for the command-line checkers.</summary>
    public static string SaveTemp(byte[] pdf, string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "publish-pdf-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
