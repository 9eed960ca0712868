using System.Text.Json;
using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// The schema.org objects a page declares in <c>&lt;script type="application/ld+json"&gt;</c>,
/// flattened (arrays and <c>@graph</c> unpacked); unparsable blocks are passed over, as browsers do.
/// </summary>
internal sealed class JsonLd
{
    private static readonly HashSet<string> s_articleTypes =
        ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
         "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "Report", "LiveBlogPosting", "SocialMediaPosting", "WebPage", "Review"];

    public IReadOnlyList<JsonElement> Objects { get; }

    private JsonLd(IReadOnlyList<JsonElement> objects) => Objects = objects;

    /// <summary>Reads the blocks; call before scripts are removed from the page.</summary>
    public static JsonLd Read(IDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(parsed.RootElement.Clone(), objects, depth: 0);
            }
            catch (JsonException)
            {
                // A broken block is the page's bug; the rest of the page still has metadata.
            }
        }
        return new JsonLd(objects);
    }

    private static void Flatten(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 8) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Flatten(item, into, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        into.Add(element);
        if (element.TryGetProperty("@graph", out var graph)) Flatten(graph, into, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) Flatten(main, into, depth + 1);
    }

    /// <summary>The article object: one whose @type is an article type, preferring one with a body.</summary>
    public JsonElement? Article =>
        Objects.Where(o => Types(o).Any(s_articleTypes.Contains))
            .OrderByDescending(o => o.TryGetProperty("articleBody", out _))
            .ThenBy(o => Types(o).Contains("WebPage"))
            .Cast<JsonElement?>().FirstOrDefault();

    public string? ArticleString(string property) => Article is { } a ? StringOf(a, property) : null;

    private static IEnumerable<string> Types(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) yield break;
        if (type.ValueKind == JsonValueKind.String) yield return type.GetString()!;
        else if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String) yield return t.GetString()!;
    }

    /// <summary>A property's text: a string, the first string of an array, or the <c>name</c> of an object.</summary>
    public static string? StringOf(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return null;
        return Flat(value);
    }

    private static string? Flat(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Array => value.EnumerateArray().Select(Flat).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => StringOf(value, "name") ?? StringOf(value, "url") ?? StringOf(value, "@id"),
        _ => null,
    };

    /// <summary>Every name in a property that holds people: a string, an object, or an array of them.</summary>
    public static IEnumerable<string> NamesOf(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) yield break;
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        foreach (var item in items)
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => StringOf(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name)) yield return name.Trim();
        }
    }
}
