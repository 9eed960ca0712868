using Publish.Model;

namespace Publish;

/// <summary>
/// Warns about every image without alternative text (PUB0470), once per build whatever the
/// formats: the EPUB then claims no <c>alternativeText</c> and no WCAG conformance, and the tagged
/// PDF draws an uncaptioned picture as decoration. Under <c>--strict</c> the warning fails the build.
/// </summary>
internal static class AltTextChecker
{
    public static void Check(Document document, DiagnosticBag diagnostics) =>
        NodeWalker.Walk(document.Blocks, node =>
        {
            if (node is Image { Alt: var alt } image && string.IsNullOrWhiteSpace(alt))
                diagnostics.Report(DiagnosticCatalog.ImageWithoutAlt, $"image '{image.Source}' has no alternative text", image.Span,
                    "describe what the image shows in its alt text: ![what it shows](image.png)");
        });
}
