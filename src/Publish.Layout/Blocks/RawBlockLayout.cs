using Publish.Layout.Paged;
using Publish.Model;

namespace Publish.Layout.Blocks;

/// <summary>
/// Raw source in another format (TeX) is not typeset: our PDF is not made by TeX, and setting the
/// source as text would print markup. It takes no space; the reader has already warned (PUB0307).
/// </summary>
internal sealed class RawBlockLayout : BlockLayout<RawBlock>
{
    protected override void Layout(RawBlock block, BlockContext ctx, FlowWriter flow) { }
}
