using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Publish.Readers.Html;

/// <summary>
/// Finds the element that holds the article, after Readability: every paragraph-like element
/// gives its parent and grandparents points for its length and commas; containers are weighted
/// by tag and class hints and discounted by their share of link text; the best container wins,
/// with siblings that look like more of the same.
/// </summary>
internal static partial class ContentScorer
{
    /// <summary>Paragraphs shorter than this are captions, buttons and labels, not article text (Readability's 25).</summary>
    private const int MinParagraphLength = 25;

    /// <summary>How many ancestor levels a paragraph's score reaches (Readability looks five up).</summary>
    private const int AncestorLevels = 5;

    private static readonly HashSet<string> s_scored = ["p", "td", "pre", "section", "h2", "h3", "h4", "h5", "h6", "blockquote", "li"];

    [GeneratedRegex(@"\.( |$)")]
    private static partial Regex SentenceEnd();

    /// <summary>The elements to convert, in page order: the winner and the siblings that look like more of it.</summary>
    public static IReadOnlyList<IElement> FindArticle(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var (parent, text) in Paragraphs(body))
        {
            if (text.Length < MinParagraphLength) continue;
            var points = 1 + ContentHints.Commas().Count(text) + Math.Min(Math.Floor(text.Length / 100.0), 3);
            var level = 0;
            for (var ancestor = parent; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (ancestor == body.ParentElement) break;
                if (!scores.ContainsKey(ancestor)) scores[ancestor] = InitialScore(ancestor);
                // Readability's dividers: the parent takes all, the grandparent half, further ones a third per level.
                var divider = level switch { 0 => 1, 1 => 2, _ => level * 3 };
                scores[ancestor] += points / divider;
            }
        }
        if (scores.Count == 0) return [];

        foreach (var candidate in scores.Keys.ToList()) scores[candidate] *= 1 - TextMeasures.LinkDensity(candidate);
        var top = scores.MaxBy(kv => kv.Value).Key;
        top = SharedAncestor(top, scores, body);
        top = ClimbToWrapper(top, scores, body);
        top = GrowOverProse(top, body);
        return WithSiblings(top, scores, body);
    }

    /// <summary>
    /// The page's paragraphs with the element their score goes to first: paragraph-like elements
    /// (a &lt;div&gt; without block children is one) give it to their parent; text written loose in
    /// a container between its blocks, in runs parted by blank lines (<c>&lt;br&gt;&lt;br&gt;</c>), gives it to the container.
    /// </summary>
    private static IEnumerable<(IElement? Parent, string Text)> Paragraphs(IElement body)
    {
        foreach (var e in body.QuerySelectorAll("*"))
        {
            var hasBlocks = e.Children.Any(c => HtmlNames.IsBlock(c.LocalName));
            if (s_scored.Contains(e.LocalName) && !(e.LocalName == "li" && e.Children.Any(c => c.LocalName is "p")) || e.LocalName == "div" && !hasBlocks)
            {
                yield return (e.ParentElement, TextMeasures.Text(e));
                continue;
            }
            if (!hasBlocks || e.LocalName is "ul" or "ol" or "table" or "tbody" or "tr") continue;
            foreach (var run in LooseRuns(e)) yield return (e, run);
        }
    }

    /// <summary>Runs of inline content directly inside a container, split at block children and at double line breaks.</summary>
    public static IEnumerable<string> LooseRuns(IElement container)
    {
        var run = new System.Text.StringBuilder();
        var breaks = 0;
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement { LocalName: "br" }) { breaks++; if (breaks >= 2) { yield return TextMeasures.Collapse(run.ToString()); run.Clear(); } continue; }
            if (node is IElement block && HtmlNames.IsBlock(block.LocalName)) { yield return TextMeasures.Collapse(run.ToString()); run.Clear(); breaks = 0; continue; }
            var text = node is IText t ? t.Data : node is IElement inline ? TextMeasures.Text(inline) : "";
            if (text.Trim().Length > 0) breaks = 0;
            run.Append(text);
        }
        yield return TextMeasures.Collapse(run.ToString());
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName == "article" || element.GetAttribute("itemprop") == "articleBody") score += 10;
        return score + ContentHints.Weight(element);
    }

    /// <summary>How many of the next-best candidates must sit under one ancestor of the winner for it to win instead (Readability's 3).</summary>
    private const int SharedCandidates = 2;

    /// <summary>Candidates scoring this share of the winner are parts of the same article split into chunks (Readability's 0.75).</summary>
    private const double NearWinner = 0.75;

    /// <summary>An article split into several blocks of paragraphs: the ancestor holding most of them is the article.</summary>
    private static IElement SharedAncestor(IElement top, Dictionary<IElement, double> scores, IElement body)
    {
        var topScore = scores[top];
        var near = scores.Where(kv => kv.Key != top && kv.Value >= NearWinner * topScore && !kv.Key.Contains(top) && !top.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).Take(4).Select(kv => kv.Key).ToList();
        if (near.Count < SharedCandidates - 1) return top;
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
            if (near.Count(ancestor.Contains) >= SharedCandidates - 1) return ancestor;
        return top;
    }

    /// <summary>An ancestor joins when at least this share of the text it adds is prose (paragraphs with few links).</summary>
    private const double ProseShare = 0.6;

    /// <summary>
    /// Articles split into chunks between ad rails score chunk by chunk; an ancestor whose extra text
    /// is mostly more paragraphs of prose is the article, one whose extra text is menus and lists is not.
    /// </summary>
    private static IElement GrowOverProse(IElement top, IElement body)
    {
        var best = top;
        var bestText = TextMeasures.Text(best).Length;
        var bestProse = Prose(best);
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            var text = TextMeasures.Text(ancestor).Length;
            var prose = Prose(ancestor);
            var addedProse = prose - bestProse;
            if (text == bestText || addedProse > MinParagraphLength * 4 && addedProse >= ProseShare * (text - bestText))
                (best, bestText, bestProse) = (ancestor, text, prose);
        }
        return best;
    }

    private static int Prose(IElement element) =>
        // A paragraph inside a link or a list item is a teaser of another page, not prose of this one.
        element.QuerySelectorAll("p").Where(p => p.Closest("a") is null && p.Closest("li") is null).Select(p => (Text: TextMeasures.Text(p), Element: p))
            .Where(p => p.Text.Length >= MinParagraphLength && TextMeasures.LinkDensity(p.Element, p.Text.Length) < 0.3)
            .Sum(p => p.Text.Length);

    /// <summary>A winner that is an only child, or whose parent scores nearly as well, gives way to the parent.</summary>
    private static IElement ClimbToWrapper(IElement top, Dictionary<IElement, double> scores, IElement body)
    {
        var topScore = scores[top];
        var lastScore = topScore;
        // Readability: ancestors scoring under a third of the winner hold something else as well.
        var threshold = topScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore)) continue;
            if (parentScore < threshold) break;
            if (parentScore > lastScore) { top = parent; break; }
            lastScore = parentScore;
        }
        while (top.ParentElement is { } p && p != body && p.Children.Length == 1) top = p;
        return top;
    }

    private static List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> scores, IElement body)
    {
        if (top.ParentElement is not { } parent || top == body) return [top];
        var topScore = scores.GetValueOrDefault(top);
        // Readability: a sibling joins when it scores a fifth of the winner (at least 10).
        var threshold = Math.Max(10, topScore * 0.2);
        var kept = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { kept.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var s) && s + bonus >= threshold) { kept.Add(sibling); continue; }
            if (sibling.LocalName == "p")
            {
                var text = TextMeasures.Text(sibling);
                var density = TextMeasures.LinkDensity(sibling, text.Length);
                if ((text.Length > 80 && density < 0.25) || (text.Length is > 0 and <= 80 && density == 0 && SentenceEnd().IsMatch(text)))
                    kept.Add(sibling);
            }
        }
        return kept;
    }
}
