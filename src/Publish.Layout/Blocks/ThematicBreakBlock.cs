using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>A scene break: a short centred rule in a line of its own; the next paragraph starts flush.</summary>
internal sealed class ThematicBreakBlock : BlockLayout<ThematicBreak>
{
    // A quarter of the measure reads as a deliberate break without looking like a table border.
    private const double RuleFraction = 0.25;

    protected override void Layout(ThematicBreak block, BlockContext ctx, FlowWriter flow)
    {
        var height = ctx.Text.Leading * 2;
        var width = ctx.Width * RuleFraction;
        var x = ctx.Left + (ctx.Width - width) / 2;
        var rule = new RuleItem(x, height / 2, x + width, height / 2, 0.5, Rgba.Parse(ctx.Theme.Colors.Rule));
        flow.Add(new FlowBox(height, [rule]) { Text = "* * *" });
        flow.Previous = Previous.Start;
    }
}
