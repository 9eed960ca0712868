using Publish.Model;

namespace Publish.Readers.Html;

/// <summary>
/// The article's own headline, byline and date are in the metadata (the writers set them as the
/// title block); repeated at the top of the text they would be printed twice.
/// </summary>
internal static class HeadlineTrimmer
{
    /// <summary>Only the first few blocks are looked at: a repeat further down is the article's own.</summary>
    private const int LeadingBlocks = 4;

    public static List<Block> Trim(List<Block> blocks, Metadata metadata)
    {
        var result = new List<Block>(blocks);
        for (var i = 0; i < Math.Min(LeadingBlocks, result.Count); i++)
        {
            if (IsRepeat(result[i], metadata)) { result.RemoveAt(i); i--; }
        }
        return result;
    }

    private static bool IsRepeat(Block block, Metadata metadata)
    {
        var text = block switch
        {
            Heading h => PlainText.Of(h.Content),
            Paragraph p => PlainText.Of(p.Content),
            Plain p => PlainText.Of(p.Content),
            _ => null,
        };
        if (text is null) return false;
        var squashed = Squash(text);
        if (squashed.Length == 0) return false;
        if (metadata.Title is { } title && squashed == Squash(title)) return true;
        return block is not Heading && text.Length < 80 && metadata.Authors.Any(a => squashed == Squash(a.Name) || squashed == Squash("by " + a.Name));
    }

    private static string Squash(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
