using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// Cleans inside the chosen article, after Readability's conditional cleaning: containers that
/// are mostly links, images or form controls, lists of links ("read more"), and short lines of
/// furniture ("Advertisement", "Share this story") go; paragraphs stay.
/// </summary>
internal static class ArticleCleaner
{
    /// <summary>A container with this many commas is prose whatever else it holds (Readability's 10).</summary>
    private const int ProseCommas = 10;

    /// <summary>Lines longer than this are sentences, not labels, even when they start like furniture.</summary>
    private const int FurnitureLineLength = 100;

    /// <summary>Bylines, datelines and captions are a line or two; a longer element so named holds more than that.</summary>
    private const int MetaLineLength = 300;

    public static void Clean(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("form, fieldset, table, ul, ol, div, section, aside, figure, header").Reverse().ToList())
        {
            if (element.Parent is null || !root.Contains(element)) continue;
            if (ShouldRemove(element)) element.Remove();
        }
        foreach (var element in root.QuerySelectorAll("p, div, span, li, h2, h3, h4, h5, h6, strong, em, b, a, figcaption").ToList())
        {
            if (element.Parent is null || !root.Contains(element)) continue;
            var text = TextMeasures.Text(element);
            if (text.Length <= FurnitureLineLength && ContentHints.FurnitureText().IsMatch(text)) element.Remove();
        }
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !root.Contains(element) || element.LocalName is "a" or "b" or "strong" or "em" or "i") continue;
            var names = ContentHints.Names(element);
            var text = TextMeasures.Text(element);
            if (ContentHints.ArticleMeta().IsMatch(names) && text.Length <= MetaLineLength && ContentHints.Commas().Count(text) < 3) element.Remove();
            else if (ContentHints.PictureBox().IsMatch(names) && text.Length <= MetaLineLength && element.QuerySelectorAll("p").Length <= 1) KeepPictureOnly(element);
        }
        foreach (var element in root.QuerySelectorAll("p, div, span").ToList())
        {
            if (element.Parent is null || !root.Contains(element)) continue;
            var text = TextMeasures.Text(element);
            if (text.Length <= FurnitureLineLength && ContentHints.BylineText().IsMatch(text)) element.Remove();
        }
        foreach (var heading in root.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
            if (ContentHints.Weight(heading) < 0 || TextMeasures.LinkDensity(heading) > 0.33) heading.Remove();
    }

    /// <summary>A picture's wrapper keeps the picture (a saved page has it beside it) and loses its caption and credit.</summary>
    private static void KeepPictureOnly(IElement box)
    {
        if (box.QuerySelector("img, picture") is null) { box.Remove(); return; }
        foreach (var child in box.ChildNodes.ToList())
            if (child is IText || child is IElement e && e.LocalName is not ("img" or "picture") && e.QuerySelector("img, picture") is null) box.RemoveChild(child);
    }

    private static bool ShouldRemove(IElement element)
    {
        var weight = ContentHints.Weight(element);
        var text = TextMeasures.Text(element);
        var isList = element.LocalName is "ul" or "ol";
        if (weight < 0 && !HoldsProse(element, text)) return true;
        if (ContentHints.Commas().Count(text) >= ProseCommas) return false;

        var paragraphs = element.QuerySelectorAll("p").Length;
        var images = element.QuerySelectorAll("img").Length;
        var items = element.QuerySelectorAll("li").Length - 100;
        var inputs = element.QuerySelectorAll("input").Length;
        var linkDensity = TextMeasures.LinkDensity(element, text.Length);
        var inFigure = element.Closest("figure") is not null || element.LocalName == "figure";
        var headingText = element.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Sum(h => TextMeasures.Text(h).Length);
        var headingDensity = text.Length == 0 ? 0 : (double)headingText / text.Length;

        if (isList && linkDensity > 0.5 && LinkItems(element)) return true;
        if (images > 1 && (double)paragraphs / images < 0.5 && !inFigure) return true;
        if (!isList && items > paragraphs) return true;
        if (inputs > paragraphs / 3) return true;
        if (!isList && headingDensity < 0.9 && text.Length < 25 && (images == 0 || images > 2) && !inFigure) return true;
        if (!isList && weight < 25 && linkDensity > 0.2) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        return false;
    }

    /// <summary>A list whose items are each mostly one link is a list of other articles.</summary>
    private static bool LinkItems(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        return items.Count > 0 && items.Count(i => TextMeasures.LinkDensity(i) > 0.6) * 2 > items.Count;
    }

    /// <summary>Negative names are sometimes on the article's own wrapper ("media-body"): many long paragraphs overrule them.</summary>
    private static bool HoldsProse(IElement element, string text) =>
        ContentHints.Commas().Count(text) >= ProseCommas && TextMeasures.LinkDensity(element, text.Length) < 0.2;
}
