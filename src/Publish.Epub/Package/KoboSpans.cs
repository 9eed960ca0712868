using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Publish.Epub.Package;

/// <summary>
/// Kobo's kepub markup: the text of every paragraph-like element cut into sentence spans
/// <c>&lt;span class="koboSpan" id="kobo.N.M"&gt;</c> (N the paragraph, M the sentence), which
/// Kobo's reader uses for highlights, reading statistics and page turns.
/// </summary>
internal static partial class KoboSpans
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly HashSet<string> Paragraphs = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "th", "td", "figcaption", "caption"];

    // Text inside these stays whole: code keeps its spacing, MathML has its own content model.
    private static readonly HashSet<string> Untouched = ["pre", "code", "math", "script", "style"];

    public static string Apply(string page)
    {
        var document = XDocument.Parse(page, LoadOptions.PreserveWhitespace);
        var body = document.Root?.Element(Xhtml + "body");
        if (body is null) return page;
        var paragraph = 0;
        foreach (var element in body.Descendants().Where(IsOutermostParagraph).ToList())
        {
            paragraph++;
            var sentence = 0;
            foreach (var text in element.DescendantNodes().OfType<XText>().Where(t => !InsideUntouched(t, element)).ToList())
            {
                if (string.IsNullOrWhiteSpace(text.Value)) continue;
                var spans = Sentences().Split(text.Value).Where(s => s.Length > 0)
                    .Select(s => new XElement(Xhtml + "span", new XAttribute("class", "koboSpan"),
                        new XAttribute("id", $"kobo.{paragraph}.{++sentence}"), s));
                text.ReplaceWith(spans);
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.ToString(SaveOptions.DisableFormatting) + "\n";
    }

    private static bool IsOutermostParagraph(XElement e) =>
        Paragraphs.Contains(e.Name.LocalName) && !e.Ancestors().Any(a => Paragraphs.Contains(a.Name.LocalName) || Untouched.Contains(a.Name.LocalName));

    private static bool InsideUntouched(XText text, XElement paragraph) =>
        text.Ancestors().TakeWhile(a => a != paragraph).Any(a => Untouched.Contains(a.Name.LocalName));

    // Split after sentence-ending punctuation (and any closing quotes) followed by space.
    [GeneratedRegex(@"(?<=[.!?…][""'”’)\]]*\s+)")]
    private static partial Regex Sentences();
}
