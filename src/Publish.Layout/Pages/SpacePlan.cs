namespace Publish.Layout.Pages;

internal enum SpacePlanKind { Empty, FullRender, PartialRender, Wrap }

/// <summary>
/// The answer to "does this fit on the current page?" as a value (after QuestPDF's SpacePlan):
/// the paginator acts on it and tests can assert on the reason.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height, string Reason = "")
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0);
    public static SpacePlan FullRender(double height) => new(SpacePlanKind.FullRender, height);
    /// <summary>Only the first <paramref name="boxes"/> boxes fit; the rest goes to the next page.</summary>
    public static SpacePlan PartialRender(double height, int boxes, string reason) => new(SpacePlanKind.PartialRender, height, reason) { Boxes = boxes };
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    public int Boxes { get; init; }
}
