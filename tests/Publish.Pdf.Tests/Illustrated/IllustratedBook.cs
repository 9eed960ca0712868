using SkiaSharp;

namespace Publish.Pdf.Tests.Illustrated;

/// <summary>
/// A book folder shaped like a public-domain illustrated novel as people publish it: Markdown
/// chapters in which each illustration starts a paragraph, a 1400×2100 JPEG cover, scans of
/// 6–11 megapixels as PNG, and an SVG diagram. The pictures are drawn at test time (hatching on
/// paper, as engravings are), so nothing large is committed.
/// </summary>
internal static class IllustratedBook
{
    public static readonly (string Name, int Width, int Height)[] Scans =
    [
        ("scan-1.png", 2730, 4000), // 10.9 MP, the size the issue names
        ("scan-2.png", 2400, 3000), // 7.2 MP
        ("scan-3.png", 2048, 3072), // 6.3 MP
    ];

    public static string Create()
    {
        var folder = Directory.CreateTempSubdirectory("publish-illustrated-").FullName;
        var images = Directory.CreateDirectory(Path.Combine(folder, "images")).FullName;
        File.WriteAllBytes(Path.Combine(images, "cover.jpg"), Engraving(1400, 2100, seed: 7, SKEncodedImageFormat.Jpeg));
        for (var i = 0; i < Scans.Length; i++)
            File.WriteAllBytes(Path.Combine(images, Scans[i].Name), Engraving(Scans[i].Width, Scans[i].Height, seed: i + 1, SKEncodedImageFormat.Png));
        File.WriteAllText(Path.Combine(images, "diagram.svg"), Diagram);
        File.WriteAllText(Path.Combine(folder, "book.yaml"),
            "title: Down the Rabbit-Hole\nauthor: A. Writer\nlanguage: en\ncover-image: images/cover.jpg\nchapters:\n  - 01.md\n  - 02.md\n  - 03.md\n");
        for (var c = 0; c < 3; c++)
        {
            var text = $"# Chapter {c + 1}\n\n{Prose(3)}\n\n"
                + $"![An illustration by John Tenniel, number {c + 1}](images/{Scans[c].Name}) In another moment down went Alice after it, never once considering how in the world she was to get out again.\n\n"
                + Prose(6);
            if (c == 2) text += "\n\n![A diagram of the rabbit-hole](images/diagram.svg)\n\n" + Prose(2);
            File.WriteAllText(Path.Combine(folder, $"0{c + 1}.md"), text + "\n");
        }
        return folder;
    }

    private static string Prose(int paragraphs) => string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(_ =>
        "The rabbit-hole went straight on like a tunnel for some way, and then dipped suddenly down, so suddenly that Alice "
        + "had not a moment to think about stopping herself before she found herself falling down a very deep well."));

    public const string Diagram = """
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
          <rect x="10" y="10" width="380" height="280" rx="12" fill="#f4efe1" stroke="#333" stroke-width="3"/>
          <path d="M200 40 C 260 120, 140 180, 200 260" fill="none" stroke="#7a3" stroke-width="8" stroke-dasharray="16 8"/>
          <circle cx="200" cy="260" r="18" fill="#c33"/>
          <text x="200" y="30" text-anchor="middle" font-family="serif" font-size="18">The way down</text>
        </svg>
        """;

    /// <summary>
    /// Paper tone with hatching: an 11 MP scan comes to about 1 MB of PNG, as the held-out book's
    /// scans do (three of them made a 3.4 MB EPUB), so it compresses neither better nor worse than real ones.
    /// </summary>
    private static byte[] Engraving(int width, int height, int seed, SKEncodedImageFormat format)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(236, 228, 208));
            using var ink = new SKPaint { Color = new SKColor(40, 32, 24), IsAntialias = true, StrokeWidth = width / 900f, Style = SKPaintStyle.Stroke };
            for (var i = 0; i < 700; i++)
            {
                float x = random.Next(width), y = random.Next(height), length = random.Next(width / 40, width / 8);
                var angle = random.NextDouble() * Math.PI;
                canvas.DrawLine(x, y, x + (float)(Math.Cos(angle) * length), y + (float)(Math.Sin(angle) * length), ink);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
