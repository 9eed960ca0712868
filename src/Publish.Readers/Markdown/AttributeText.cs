using System.Text.RegularExpressions;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>Parses pandoc attribute text <c>{#id .class key=val key="a b"}</c> into an <see cref="Attr"/>.</summary>
internal static partial class AttributeText
{
    [GeneratedRegex("""\G\s*(?:#(?<id>[^\s}]+)|\.(?<cls>[^\s}]+)|(?<key>[A-Za-z_][-\w.:]*)=(?:"(?<q>[^"]*)"|'(?<s>[^']*)'|(?<v>[^\s}]*)))""")]
    private static partial Regex Token();

    /// <summary>Returns null when the text (without braces) is not a well-formed attribute list.</summary>
    public static Attr? Parse(string text)
    {
        string id = "";
        var classes = new List<string>();
        var pairs = new List<KeyValuePair<string, string>>();
        var at = 0;
        while (at < text.Length)
        {
            if (text[at..].Trim().Length == 0) break;
            var m = Token().Match(text, at);
            if (!m.Success) return null;
            if (m.Groups["id"].Success) id = m.Groups["id"].Value;
            else if (m.Groups["cls"].Success) classes.Add(m.Groups["cls"].Value);
            else
            {
                var value = m.Groups["q"].Success ? m.Groups["q"].Value : m.Groups["s"].Success ? m.Groups["s"].Value : m.Groups["v"].Value;
                pairs.Add(new(m.Groups["key"].Value, value));
            }
            at = m.Index + m.Length;
        }
        return new Attr(id, classes, pairs);
    }
}
