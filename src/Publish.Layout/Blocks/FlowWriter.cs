using Publish.Layout.Paged;
using Publish.Layout.Pages;

namespace Publish.Layout.Blocks;

/// <summary>What came last in the flow: decides paragraph indents.</summary>
internal enum Previous { Start, Paragraph, Heading, Other }

/// <summary>Collects the flow of a chapter (or of a nested container) and remembers what came last.</summary>
internal sealed class FlowWriter
{
    private string? _anchor;
    private double _anchorX;

    public List<FlowElement> Elements { get; } = [];
    public Previous Previous { get; set; } = Previous.Start;

    public void Space(double height)
    {
        if (height > 0) Elements.Add(new FlowSpace(height));
    }

    public void Add(FlowBox box)
    {
        if (_anchor is not null)
        {
            // A block id lands at the top of the block's first box.
            box = box with { Items = [new DestinationItem(_anchor, _anchorX, 0), .. box.Items] };
            _anchor = null;
        }
        Elements.Add(box);
    }

    public void Add(IEnumerable<FlowBox> boxes)
    {
        foreach (var box in boxes) Add(box);
    }

    public void Break(FlowPageBreak br) => Elements.Add(br);

    /// <summary>A named destination for the next box.</summary>
    public void Anchor(string id, double x) { _anchor = id; _anchorX = x; }
}

internal static class FlowWriterExtensions
{
    /// <summary>Appends a nested container's flow (boxes and spaces) to this one.</summary>
    public static void Add(this FlowWriter flow, FlowWriter nested)
    {
        foreach (var e in nested.Elements)
        {
            if (e is FlowBox b) flow.Add(b);
            else flow.Elements.Add(e);
        }
    }
}
