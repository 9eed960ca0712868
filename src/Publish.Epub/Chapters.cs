using Publish.Model;

namespace Publish.Epub;

/// <summary>A stretch of the document that becomes one file: it starts at a level-1 heading, or is the text before the first.</summary>
internal sealed record Chapter(int Number, Heading? Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>The chapter's file inside the package, e.g. <c>ch003.xhtml</c>.</summary>
    public string FileName => $"ch{Number:D3}.xhtml";
}

/// <summary>Splits the model at level-1 headings; content before the first one is a chapter of its own.</summary>
internal static class ChapterSplitter
{
    public static IReadOnlyList<Chapter> Split(IReadOnlyList<Block> blocks)
    {
        var chapters = new List<Chapter>();
        var current = new List<Block>();
        Heading? title = null;
        void Close()
        {
            if (current.Count > 0) chapters.Add(new Chapter(chapters.Count + 1, title, current));
            current = [];
        }
        foreach (var block in blocks)
        {
            if (block is Heading { Level: 1 } heading)
            {
                Close();
                title = heading;
            }
            current.Add(block);
        }
        Close();
        return chapters;
    }
}
