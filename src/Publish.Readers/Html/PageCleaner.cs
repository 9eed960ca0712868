using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// Removes what is never article text before candidates are scored: scripts and forms' controls,
/// hidden elements, navigation landmarks, and elements whose class or id names page furniture.
/// </summary>
internal static class PageCleaner
{
    private static readonly HashSet<string> s_furnitureRoles =
        ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "alertdialog", "search", "toolbar"];

    private static readonly HashSet<string> s_landmarks = ["nav", "aside", "footer", "header"];

    public static void Clean(IElement body)
    {
        RemoveComments(body);
        foreach (var junk in body.QuerySelectorAll("*").Where(e => HtmlNames.Junk.Contains(e.LocalName)).ToList()) junk.Remove();
        var total = Math.Max(1, TextMeasures.Text(body).Length);
        foreach (var element in body.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || !body.Contains(element)) continue;
            if (IsHidden(element) || IsFurniture(element, total)) element.Remove();
        }
    }

    private static bool HoldsArticle(IElement element) =>
        element.QuerySelector("article, [itemprop~=articleBody]") is not null
        || element.QuerySelectorAll("[class], [id]").Any(e => ContentHints.ArticleContainer().IsMatch(ContentHints.Names(e)));

    private static void RemoveComments(INode node)
    {
        foreach (var child in node.ChildNodes.ToList())
        {
            if (child.NodeType == NodeType.Comment) node.RemoveChild(child);
            else if (child.HasChildNodes) RemoveComments(child);
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        if (style is not null)
        {
            var compact = style.Replace(" ", "").ToLowerInvariant();
            if (compact.Contains("display:none") || compact.Contains("visibility:hidden")) return true;
        }
        return false;
    }

    private static bool IsFurniture(IElement element, int pageTextLength)
    {
        var name = element.LocalName;
        if (name is "body" or "article" or "main" or "a" or "html") return false;
        // A landmark or a furniture-named element that holds most of the page is a mislabelled wrapper.
        bool Wrapper() => TextMeasures.Text(element).Length > pageTextLength / 2;
        if (s_landmarks.Contains(name)) return !Wrapper();
        var role = element.GetAttribute("role");
        if (role is not null && s_furnitureRoles.Contains(role)) return !Wrapper();
        if (element.Closest("table") is not null || element.Closest("pre") is not null || element.Closest("code") is not null) return false;
        var hints = ContentHints.Names(element);
        if (hints.Length < 2) return false;
        return ContentHints.Unlikely().IsMatch(hints) && !ContentHints.MaybeContent().IsMatch(hints) && !Wrapper() && !HoldsArticle(element);
    }
}
