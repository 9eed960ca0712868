using Publish.Epub.Xhtml;
using Publish.Model;

namespace Publish.Epub.Package;

/// <summary>The table of contents: every heading with an id down to the theme's depth, nested by level.</summary>
internal static class TocBuilder
{
    public static List<TocEntry> Build(IReadOnlyList<Chapter> chapters, int depth)
    {
        var roots = new List<TocEntry>();
        var open = new Stack<TocEntry>();
        foreach (var chapter in chapters)
        {
            foreach (var heading in Headings(chapter.Blocks).Where(h => h.Level <= depth && h.Id.Length > 0))
            {
                var title = PlainText.Of(heading.Content).Trim();
                var entry = new TocEntry(title.Length > 0 ? title : "Section", $"{chapter.FileName}#{IdRegistry.Sanitize(heading.Id)}", heading.Level);
                // A skipped level (h1 → h3) nests under the nearest shallower heading.
                while (open.Count > 0 && open.Peek().Level >= heading.Level) open.Pop();
                if (open.Count == 0) roots.Add(entry);
                else open.Peek().Children.Add(entry);
                open.Push(entry);
            }
        }
        return roots;
    }

    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is Heading h) yield return h;
            else if (block is Div d) foreach (var inner in Headings(d.Content)) yield return inner;
            else if (block is HtmlBlockElement e) foreach (var inner in Headings(e.Content)) yield return inner;
        }
    }
}
