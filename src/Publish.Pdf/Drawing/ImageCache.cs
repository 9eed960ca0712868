using Publish.Layout.Paged;
using SkiaSharp;

namespace Publish.Pdf.Drawing;

/// <summary>
/// One decoded-on-demand image per resource. Images stay encoded (<c>FromEncodedData</c>), so a
/// JPEG reaches the PDF byte for byte (DCT) and one picture used twice is embedded once.
/// </summary>
internal sealed class ImageCache : IDisposable
{
    private readonly Dictionary<string, SKImage?> images = [];
    private readonly Dictionary<string, Vector.VectorPicture?> pictures = [];

    public void Draw(SKCanvas canvas, ImageItem item)
    {
        if (item.Image.MediaType == "image/svg+xml")
        {
            if (!pictures.TryGetValue(item.Image.Key, out var picture))
                pictures[item.Image.Key] = picture = Vector.SvgReader.Read(item.Image.Data);
            if (picture is { Width: > 0, Height: > 0 }) VectorPainter.Draw(canvas, picture, item.Area);
            return;
        }
        if (!images.TryGetValue(item.Image.Key, out var image))
            images[item.Image.Key] = image = SKImage.FromEncodedData(item.Image.Data);
        if (image is null) return; // undecodable bytes: the resolver has already reported them
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(image, item.Area.ToSkia(), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), paint);
    }

    public void Dispose()
    {
        foreach (var image in images.Values) image?.Dispose();
        images.Clear();
    }
}
