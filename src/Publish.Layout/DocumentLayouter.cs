using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout;

/// <summary>Options that are not part of the theme: they come from the command line.</summary>
public sealed record LayoutOptions
{
    /// <summary>Overrides the theme's bleed, in points, when set.</summary>
    public double? Bleed { get; init; }
    public bool? CropMarks { get; init; }
    public DateTimeOffset? Date { get; init; }
}

/// <summary>Model + theme → pages of positioned glyph runs, rules, images and links.</summary>
public static class DocumentLayouter
{
    public static PagedDocument Layout(Document document, Theme theme, LayoutOptions options, DiagnosticBag diagnostics)
    {
        throw new NotSupportedException("PDF layout is not built yet.");
    }
}
