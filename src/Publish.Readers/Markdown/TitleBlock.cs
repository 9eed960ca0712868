using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's title block at the very top of a Markdown file: <c>% title</c>, <c>% author; author</c>,
/// <c>% date</c>, each field continued on lines that begin with a space; an empty field skips it.
/// </summary>
internal static class TitleBlock
{
    /// <summary>
    /// The metadata the block gives and the text with the block's lines blanked (so lines keep their
    /// numbers); <paramref name="metadata"/> as it was when the text has no title block.
    /// </summary>
    public static (Metadata Metadata, string Body) Split(string body, Metadata metadata)
    {
        if (!body.StartsWith('%')) return (metadata, body);
        var lines = body.Split('\n');
        var fields = new List<List<string>>();
        var end = 0;
        for (; end < lines.Length && fields.Count <= 3; end++)
        {
            var line = lines[end].TrimEnd('\r');
            if (line.StartsWith('%') && fields.Count < 3) fields.Add([line[1..].Trim()]);
            else if (fields.Count > 0 && line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Trim().Length > 0) fields[^1].Add(line.Trim());
            else break;
        }
        var title = string.Join(' ', fields[0].Where(s => s.Length > 0));
        var authors = fields.Count > 1
            ? fields[1].SelectMany(l => l.Split(';')).Select(a => a.Trim()).Where(a => a.Length > 0).Select(a => new Contributor(a)).ToList()
            : [];
        var date = fields.Count > 2 ? string.Join(' ', fields[2].Where(s => s.Length > 0)) : "";
        var result = metadata with
        {
            Title = metadata.Title ?? (title.Length > 0 ? title : null),
            Authors = metadata.Authors.Count > 0 ? metadata.Authors : authors,
            Date = metadata.Date ?? (date.Length > 0 ? date : null),
        };
        for (var k = 0; k < end; k++) lines[k] = "";
        return (result, string.Join('\n', lines));
    }
}
