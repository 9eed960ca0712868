using System.Globalization;
using Publish.Model;

namespace Publish.Styling.Binding;

/// <summary>Checks that need several keys at once (margins against the page, leading against size), reported at the key last set.</summary>
internal static class ThemeValidator
{
    // A text block narrower or shorter than an inch cannot hold a line of body text worth setting.
    private const double MinimumTextBlock = 72;

    public static void Check(Theme theme, SourceSpan fallback, BindContext context)
    {
        var page = theme.Page;
        var across = page.MarginInner + page.MarginOuter;
        if (page.Width - across < MinimumTextBlock)
        {
            Report(context, fallback, ["page.margins.inner", "page.margins.outer", "page.margins", "page.width", "page.size"],
                $"margins inner {Pt(page.MarginInner)} + outer {Pt(page.MarginOuter)} leave {Pt(page.Width - across)} of a {Pt(page.Width)}-wide page; allowed: margins that leave at least 1in of text width");
        }
        var down = page.MarginTop + page.MarginBottom;
        if (page.Height - down < MinimumTextBlock)
        {
            Report(context, fallback, ["page.margins.top", "page.margins.bottom", "page.margins", "page.height", "page.size"],
                $"margins top {Pt(page.MarginTop)} + bottom {Pt(page.MarginBottom)} leave {Pt(page.Height - down)} of a {Pt(page.Height)}-tall page; allowed: margins that leave at least 1in of text height");
        }
        if (theme.Body.Leading < theme.Body.Size)
        {
            Report(context, fallback, ["body.leading", "body.size"],
                $"leading {Pt(theme.Body.Leading)} is less than the body size {Pt(theme.Body.Size)}, so lines would overlap; allowed: leading of at least the size (e.g. 1.2em)");
        }
        if (theme.Footnotes.Leading < theme.Footnotes.Size)
        {
            Report(context, fallback, ["footnotes.leading", "footnotes.size"],
                $"footnote leading {Pt(theme.Footnotes.Leading)} is less than the footnote size {Pt(theme.Footnotes.Size)}; allowed: leading of at least the size");
        }
        if (theme.Toc.Depth < 1 || theme.Toc.Depth > theme.Headings.Count)
            Report(context, fallback, ["toc.depth"], $"toc depth {theme.Toc.Depth} is out of range; allowed: 1 to {theme.Headings.Count}");
        if (theme.ArticleOverrides is { } article) Check(article, fallback, context);
    }

    // Point at the most specific key the theme set, so the message lands on the line to change.
    private static void Report(BindContext context, SourceSpan fallback, string[] keys, string message)
    {
        var key = keys.FirstOrDefault(context.Spans.ContainsKey);
        var span = key is null ? fallback : context.Spans[key];
        context.Error(DiagnosticCatalog.ThemeValueImpossible, $"theme key '{key ?? keys[0]}': {message}", span);
    }

    private static string Pt(double points) => points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
