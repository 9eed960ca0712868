using Publish.Model;
using Publish.Pdf.Vector;
using SkiaSharp;

namespace Publish.Images;

/// <summary>Something about an image the author should hear (a warning with its own code).</summary>
internal sealed record ImageNote(DiagnosticCode Code, string Message, string? Hint = null);

/// <summary>
/// An image file made ready for every output: PNG, JPEG and GIF as they are; WebP (which EPUB
/// readers need not show) decoded by Skia and kept as PNG; SVG sanitised (no scripts, event
/// attributes or external references) and measured, with a note for what the PDF cannot draw.
/// </summary>
internal sealed record ImagePreparation(ImageInfo? Info, byte[] Data, IReadOnlyList<ImageNote> Notes)
{
    public static ImagePreparation Prepare(byte[] data)
    {
        if (ImageInfo.Sniff(data) is { } info) return new(info, data, []);
        if (IsWebP(data)) return WebP(data);
        if (SvgReader.Load(data) is { } root) return Svg(root);
        return new(null, data, []);
    }

    private static bool IsWebP(ReadOnlySpan<byte> d) => d.Length > 16 && d.StartsWith("RIFF"u8) && d[8..12].SequenceEqual("WEBP"u8);

    private static ImagePreparation WebP(byte[] data)
    {
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null) return new(null, data, []);
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        var bytes = png.ToArray();
        return new(ImageInfo.Sniff(bytes), bytes, []);
    }

    private static ImagePreparation Svg(System.Xml.Linq.XElement root)
    {
        var (data, removed) = SvgSanitizer.Sanitise(root);
        var notes = new List<ImageNote>();
        if (removed.Count > 0)
            notes.Add(new(DiagnosticCatalog.SvgSanitised, $"SVG sanitised: removed {string.Join(", ", removed)}", "e-readers refuse scripts and external references in images; draw the picture without them"));
        var picture = SvgReader.Read(data);
        if (picture is null) return new(null, data, []);
        if (picture.Unsupported.Count > 0)
            notes.Add(new(DiagnosticCatalog.SvgPartlyDrawn, $"the PDF draws this SVG without {string.Join(", ", picture.Unsupported)} (the EPUB keeps the SVG as it is)",
                "flatten those effects to plain paths in the drawing program, or export the figure as PNG"));
        // Pixel size in CSS pixels, rounded up so that a picture narrower than one pixel still has a size.
        var (width, height) = SvgReader.SizeOf(SvgReader.Load(data)!);
        var info = new ImageInfo("image/svg+xml", "svg", Math.Max(1, (int)Math.Ceiling(width)), Math.Max(1, (int)Math.Ceiling(height)));
        return new(info, data, notes);
    }
}
