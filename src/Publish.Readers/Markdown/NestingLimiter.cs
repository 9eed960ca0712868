using System.Text;
using Publish.Model;

namespace Publish.Readers.Markdown;

/// <summary>
/// Caps container nesting in the source text before Markdig sees it. Markdig stops at its depth
/// limit by throwing, and only after parsing every open container on every line — minutes for
/// 3,000 nested lists. Counting each line's container prefix is linear and keeps the text.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>
    /// The prefix cost a line may have: a quote marker costs 1, a list marker 2 (list + item),
    /// indentation 1 per column (two columns per list level). 100 keeps Markdig well inside its
    /// 128-level limit while no real document comes near it.
    /// </summary>
    public const int Budget = 100;

    public static string Limit(string text, SpanMap map, DiagnosticBag diagnostics, out bool limited)
    {
        limited = false;
        if (!MayExceed(text)) return text;
        var output = new StringBuilder(text.Length);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            if (lineNumber > 0) output.Append('\n');
            var (keep, prefixEnd) = Cut(line);
            if (keep < prefixEnd)
            {
                if (!limited)
                    diagnostics.Report(DiagnosticCatalog.NestingFlattened, $"nesting deeper than about {Budget / 2} levels is flattened", map.At(lineNumber, 0),
                        "quotes and lists this deep are almost always a mistake in the source");
                limited = true;
                output.Append(line.AsSpan(0, keep)).Append(line.AsSpan(prefixEnd));
            }
            else output.Append(line);
            lineNumber++;
        }
        return output.ToString();
    }

    // A quick linear check: only a line whose prefix runs past a quarter of the budget can exceed it
    // (a tab costs 4).
    private static bool MayExceed(string text)
    {
        var atLineStart = true;
        var run = 0;
        foreach (var c in text)
        {
            if (c == '\n') { atLineStart = true; run = 0; continue; }
            if (!atLineStart) continue;
            if (c is ' ' or '\t' or '>' or '-' or '*' or '+' or '.' or ')' || char.IsAsciiDigit(c)) { if (++run > Budget / 4) return true; }
            else atLineStart = false;
        }
        return false;
    }

    /// <summary>Where to cut the container prefix (keep up to there) and where the prefix ends.</summary>
    private static (int Keep, int PrefixEnd) Cut(string line)
    {
        var cost = 0;
        var keep = -1;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            int width, step;
            if (c == ' ') (width, step) = (1, 1);
            else if (c == '\t') (width, step) = (4, 1);
            else if (c == '>') (width, step) = (1, 1);
            else if (ListMarkerLength(line, i) is > 0 and var n) (width, step) = (2, n);
            else break;
            if (keep < 0 && cost + width > Budget) keep = i;
            cost += width;
            i += step;
        }
        return keep < 0 ? (i, i) : (keep, i);
    }

    private static int ListMarkerLength(string line, int at)
    {
        var i = at;
        if (line[i] is '-' or '*' or '+') i++;
        else
        {
            while (i < line.Length && i - at < 9 && char.IsAsciiDigit(line[i])) i++;
            if (i == at || i >= line.Length || line[i] is not ('.' or ')')) return 0;
            i++;
        }
        return i < line.Length && line[i] is ' ' or '\t' ? i - at : 0;
    }
}
