namespace Publish.Layout.Inline;

internal enum ItemKind : byte { Box, Glue, Penalty }

/// <summary>
/// One of Knuth and Plass's items. Boxes and glue cover text [Start, End) of run <c>Run</c>
/// (-1: an indent box or the paragraph's closing glue); a penalty sits at <c>Start</c>.
/// A flagged penalty is a hyphenation point: breaking there adds a hyphen of <c>Width</c>.
/// </summary>
internal readonly record struct Item(ItemKind Kind, double Width, double Stretch, double Shrink, int Cost, bool Flagged, int Start, int End, int Run)
{
    /// <summary>A penalty this high forbids a break; this low forces one (TeX's ±10000).</summary>
    public const int Infinite = 10_000;

    /// <summary>The paragraph's closing glue stretches without limit (TeX's \parfillskip = 0pt plus 1fil).</summary>
    public const double Fill = 1e7;

    public static Item Box(double width, int start, int end, int run) => new(ItemKind.Box, width, 0, 0, 0, false, start, end, run);
    public static Item Glue(double width, double stretch, double shrink, int start, int end, int run) => new(ItemKind.Glue, width, stretch, shrink, 0, false, start, end, run);
    public static Item Penalty(double width, int cost, bool flagged, int at, int run) => new(ItemKind.Penalty, width, 0, 0, cost, flagged, at, at, run);

    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= -Infinite;
}
