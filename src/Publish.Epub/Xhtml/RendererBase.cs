using Publish.Model;

namespace Publish.Epub.Xhtml;

internal interface IBlockRenderer
{
    void Write(XhtmlRenderer renderer, Block block);
}

internal interface IInlineRenderer
{
    void Write(XhtmlRenderer renderer, Inline inline);
}

/// <summary>Renders one block type; registered with <see cref="XhtmlRenderer"/> (Markdig's renderer shape).</summary>
internal abstract class BlockRenderer<T> : IBlockRenderer where T : Block
{
    public void Write(XhtmlRenderer renderer, Block block) => Write(renderer, (T)block);
    protected abstract void Write(XhtmlRenderer renderer, T block);
}

/// <summary>Renders one inline type.</summary>
internal abstract class InlineRenderer<T> : IInlineRenderer where T : Inline
{
    public void Write(XhtmlRenderer renderer, Inline inline) => Write(renderer, (T)inline);
    protected abstract void Write(XhtmlRenderer renderer, T inline);
}
