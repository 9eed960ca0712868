using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

/// <summary>
/// Raw source in another format (TeX) has no XHTML rendering: it is left out, as pandoc's HTML writer
/// leaves it out. The reader has already warned that it will be (PUB0307).
/// </summary>
internal sealed class RawBlockRenderer : BlockRenderer<RawBlock>
{
    protected override void Write(XhtmlRenderer renderer, RawBlock block) { }
}
