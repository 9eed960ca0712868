using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publish.Yaml;

/// <summary>
/// Checks a YAML text against the limits a build keeps before anything builds a tree of it:
/// nesting depth (a recursive loader overflows the stack on 100,000 '[') and nodes once aliases
/// are expanded (a "billion laughs" document of a few hundred bytes expands to gigabytes in any
/// walk of the tree). YamlDotNet's event parser is a state machine, not recursive, so this walk
/// is safe on any input. Shared as source by the readers (front matter, book.yaml) and the
/// theme loader, which keep no common assembly but the model.
/// </summary>
internal static class YamlLimits
{
    /// <summary>Metadata and themes nest four or five levels; Markdown containers stop at 64 too.</summary>
    public const int MaxDepth = 64;

    /// <summary>A long book.yaml or theme has a few thousand nodes; a bomb has billions.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>A problem found, with its 1-based line and column in the YAML text.</summary>
    public sealed record Violation(string Message, int Line, int Column);

    /// <summary>Null when the text is within the limits (or has a syntax error the loader reports itself).</summary>
    public static Violation? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        // Per open collection: where it started, whether it is a flow one ([ or {), and how many
        // nodes (aliases expanded) it holds so far; anchors remember their subtree's count.
        var open = new Stack<(Mark Start, bool Flow, long Nodes, string? Anchor)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                long added = 0;
                switch (e)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count >= MaxDepth)
                            return At(e.Start, $"YAML nested deeper than {MaxDepth} levels; nothing this deep is metadata");
                        var flow = e is SequenceStart { Style: SequenceStyle.Flow } or MappingStart { Style: MappingStyle.Flow };
                        var anchor = ((NodeEvent)e).Anchor;
                        open.Push((e.Start, flow, 1, anchor.IsEmpty ? null : anchor.Value));
                        continue;
                    case SequenceEnd or MappingEnd:
                        var done = open.Pop();
                        if (done.Anchor is { } name) anchors[name] = done.Nodes;
                        added = done.Nodes;
                        break;
                    case Scalar scalar:
                        added = 1;
                        if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                        break;
                    case AnchorAlias alias:
                        added = anchors.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    default:
                        continue;
                }
                if (open.Count > 0)
                {
                    var top = open.Pop();
                    open.Push(top with { Nodes = Math.Min(top.Nodes + added, MaxExpandedNodes + 1) });
                }
                else total += added;
                if (total > MaxExpandedNodes || (open.Count > 0 && open.Peek().Nodes > MaxExpandedNodes))
                    return At(e.Start, $"YAML expands to more than {MaxExpandedNodes:N0} values once its aliases (*name) are expanded; refused as an alias bomb");
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // A flow collection left open is reported where it opens, not where the text ends.
            var unclosed = open.Where(o => o.Flow).Select(o => (Mark?)o.Start).LastOrDefault();
            if (unclosed is { } mark) return At(mark, "malformed YAML: this '[' or '{' is never closed");
            return null; // the loader reports other syntax errors with its own position
        }
        return null;
    }

    private static Violation At(Mark mark, string message) => new(message, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
