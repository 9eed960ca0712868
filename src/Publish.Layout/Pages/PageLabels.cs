using Publish.Layout.Paged;

namespace Publish.Layout.Pages;

/// <summary>Printed page numbers: lower roman in the front matter, arabic from the first chapter.</summary>
internal static class PageLabels
{
    public static IReadOnlyList<PageLabelRange> Ranges(IReadOnlyList<PageDraft> pages)
    {
        var body = FirstBodyPage(pages);
        if (body <= 0) return [new PageLabelRange(0, PageLabelStyle.Decimal)];
        return [new PageLabelRange(0, PageLabelStyle.LowerRoman), new PageLabelRange(body, PageLabelStyle.Decimal)];
    }

    public static string[] Labels(IReadOnlyList<PageDraft> pages)
    {
        var body = Math.Max(0, FirstBodyPage(pages));
        return pages.Select(p => p.Index >= body
            ? (p.Index - body + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Roman(p.Index + 1)).ToArray();
    }

    private static int FirstBodyPage(IReadOnlyList<PageDraft> pages)
    {
        foreach (var page in pages) if (page.InBody) return page.Index;
        return 0;
    }

    public static string Roman(int n)
    {
        if (n <= 0 || n >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
            for (; n >= values[i]; n -= values[i]) sb.Append(symbols[i]);
        return sb.ToString();
    }
}
