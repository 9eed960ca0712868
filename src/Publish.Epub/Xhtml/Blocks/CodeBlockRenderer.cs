using Publish.Model;

namespace Publish.Epub.Xhtml.Blocks;

internal sealed class CodeBlockRenderer : BlockRenderer<CodeBlock>
{
    protected override void Write(XhtmlRenderer renderer, CodeBlock block)
    {
        var language = string.IsNullOrWhiteSpace(block.Language) ? null : "language-" + block.Language.Trim();
        // Every line of code ends with a newline, the last one too (as CommonMark writes it).
        var text = block.Text.Length == 0 || block.Text.EndsWith('\n') ? block.Text : block.Text + "\n";
        // The language class belongs on <code> (where highlighters look); readers may also carry it in the attributes.
        var attr = block.Attr with { Classes = block.Attr.Classes.Where(c => c != language).ToList() };
        renderer.Out.EnsureLine().Open("pre", renderer.Attributes(attr)).Open("code", ("class", language))
            .Text(text).Close("code").Close("pre").Line();
    }
}
