using Publish.Model;

namespace Publish.Epub.Xhtml;

/// <summary>
/// The attributes of an element kept from raw HTML, checked once more against
/// <see cref="HtmlVocabulary"/> before they are written: the model is public, so a node built by
/// hand gets the same scrutiny as one the reader made.
/// </summary>
internal static class HtmlElementAttributes
{
    public static (string Name, string? Value)[] Of(XhtmlRenderer renderer, string element, Attr attr)
    {
        var list = new List<(string, string?)> { ("id", renderer.Ids.Claim(attr.Id)) };
        var classes = attr.Classes.Where(c => c.Length > 0 && !c.Any(char.IsWhiteSpace)).ToList();
        if (classes.Count > 0) list.Add(("class", string.Join(' ', classes)));
        foreach (var (key, value) in attr.KeyValues)
        {
            if (key is "id" or "class" || !HtmlVocabulary.IsAllowedAttribute(element, key)) continue;
            if (key is "href" or "src" or "cite" && !HtmlVocabulary.IsSafeUrl(value) || HtmlVocabulary.CheckedValue(key, value) is not { } valid) continue;
            list.Add((key, key is "href" or "src" or "cite" ? UrlText.Escape(valid) : valid));
            if (key == "lang") list.Add(("xml:lang", valid));
        }
        return [.. list];
    }
}
