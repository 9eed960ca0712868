using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

/// <summary>The items of a bullet or ordered list: task boxes, and tight paragraphs without <c>&lt;p&gt;</c>.</summary>
internal static class ListItemWriter
{
    public static void Write(XhtmlRenderer renderer, IReadOnlyList<ListItem> items, bool tight)
    {
        var o = renderer.Out;
        foreach (var item in items)
        {
            o.EnsureLine().Open("li", ("class", item.Checked is null ? null : "task-list-item"));
            // A character rather than a form control: e-readers render it, and it is read aloud.
            if (item.Checked is { } done)
                o.Open("span", ("class", "task-box")).Text(done ? "\u2611" : "\u2610").Close("span").Raw(" ");
            var wasTight = renderer.TightParagraphs;
            renderer.TightParagraphs = tight;
            if (!tight && item.Content.Count > 0) o.Line();
            renderer.WriteBlocks(item.Content);
            renderer.TightParagraphs = wasTight;
            o.Close("li").Line();
        }
    }
}
