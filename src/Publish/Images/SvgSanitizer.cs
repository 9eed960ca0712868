using System.Xml;
using System.Xml.Linq;

namespace Publish.Images;

/// <summary>
/// An SVG file made safe to ship in an EPUB: scripts, event attributes (<c>on…</c>), foreign
/// objects and references to anything outside the file are removed. What was removed is
/// reported so the author knows the picture changed.
/// </summary>
internal static class SvgSanitizer
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>The sanitised file and what was taken out of it (empty when nothing was).</summary>
    public static (byte[] Data, IReadOnlyList<string> Removed) Sanitise(XElement root)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        root = new XElement(root);
        foreach (var element in root.DescendantsAndSelf().ToList())
        {
            if (element.Name.LocalName is "script" or "foreignObject" || (element.Name.Namespace != Svg && element.Name.Namespace != XNamespace.None))
            {
                removed.Add($"<{element.Name.LocalName}>");
                element.Remove();
                continue;
            }
            if (element.Name.LocalName == "style" && element.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                removed.Add("@import");
                element.Remove();
                continue;
            }
            foreach (var attribute in element.Attributes().ToList())
            {
                var name = attribute.Name.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && !attribute.IsNamespaceDeclaration)
                {
                    removed.Add(name);
                    attribute.Remove();
                }
                else if (name == "href" && (attribute.Name.Namespace == XLink || attribute.Name.Namespace == XNamespace.None) && !IsInternal(attribute.Value))
                {
                    removed.Add($"external reference '{Shorten(attribute.Value)}'");
                    attribute.Remove();
                }
                else if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) && ExternalUrl(attribute.Value))
                {
                    removed.Add($"external reference in {name}");
                    attribute.Remove();
                }
            }
        }
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), OmitXmlDeclaration = false }))
            new XDocument(root).Save(writer);
        return (output.ToArray(), [.. removed]);
    }

    // Fragment references stay inside the file; data: images carry their bytes with them.
    private static bool IsInternal(string href) =>
        href.TrimStart().StartsWith('#') || href.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);

    private static bool ExternalUrl(string value)
    {
        for (var at = value.IndexOf("url(", StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf("url(", at + 4, StringComparison.OrdinalIgnoreCase))
            if (!IsInternal(value[(at + 4)..].TrimStart('\'', '"', ' '))) return true;
        return false;
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..37] + "..." : s;
}
