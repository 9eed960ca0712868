using Publish.Model;

namespace Publish.Epub.Tests;

/// <summary>Short constructors so test documents read like the text they stand for.</summary>
internal static class M
{
    public static Text T(string s) => new(s);
    public static Paragraph P(params Inline[] content) => new(content);
    public static Heading H(int level, string text, string id) => new(level, [new Text(text)]) { Attr = Attr.Empty.WithId(id) };
    public static Note N(string text) => new([P(T(text))]);
    public static Link L(string text, string target) => new([T(text)], target);

    public static readonly byte[] Png1x1 = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    public static Resource PngResource(string key = "images/0123456789abcdef.png") => new(key, "image/png", Png1x1, 1, 1);
}
