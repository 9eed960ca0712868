using Publish.Layout.Book;
using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Blocks;

/// <summary>The type a block is set in: families, size, leading, slant.</summary>
internal sealed record TextStyle(IReadOnlyList<string> Families, double Size, double Leading, bool Italic = false, bool Bold = false);

/// <summary>
/// Everything a block layouter needs: the theme, the inline layouter, where the block sits
/// (left edge and width inside the text block) and in which type. Nested blocks get a copy
/// with a narrower measure.
/// </summary>
internal sealed record BlockContext(Theme Theme, IParagraphLayouter Lines, BlockDispatcher Blocks, BookPlan Plan, DiagnosticBag Diagnostics)
{
    public required double Left { get; init; }
    public required double Width { get; init; }
    public required TextStyle Text { get; init; }
    /// <summary>Forces an alignment on paragraphs (table columns); null follows the theme.</summary>
    public TextAlign? Align { get; init; }
    public int ListDepth { get; init; }
    /// <summary>Lays out the notes lines cite; null inside notes (no notes within notes).</summary>
    public Func<Note, NoteFlow>? Notes { get; init; }
    /// <summary>Page body height: figures are scaled to fit it.</summary>
    public double PageHeight { get; init; } = double.MaxValue;

    public Rgba TextColor => Rgba.Parse(Theme.Colors.Text);

    /// <summary>A narrower measure: <paramref name="left"/> and <paramref name="right"/> are at the line's start and end, so a right-to-left book indents from the right.</summary>
    public BlockContext Indented(double left, double right = 0)
    {
        var (l, r) = Plan.RightToLeft ? (right, left) : (left, right);
        return this with { Left = Left + l, Width = Math.Max(Width - l - r, Text.Size * 4) };
    }

    public ParagraphSettings Settings(TextAlign? align = null, double firstLineIndent = 0) => new()
    {
        Width = Width,
        Families = Text.Families,
        Size = Text.Size,
        Leading = Text.Leading,
        FirstLineIndent = firstLineIndent,
        Align = align ?? Align ?? Theme.Paragraph.Align,
        Hyphenate = Theme.Paragraph.Hyphenate,
        Language = Plan.Language,
        Direction = Plan.RightToLeft ? TextDirection.RightToLeft : TextDirection.Auto,
        ScriptFamilies = Theme.ScriptFamilies,
        Italic = Text.Italic,
        Bold = Text.Bold,
        OldStyleFigures = Theme.Body.OldStyleFigures,
        Color = TextColor,
        LinkColor = Rgba.Parse(Theme.Colors.Link),
        MonoFamilies = Theme.MonoFamilies,
        MathFamilies = Theme.MathFamilies,
        NoteMarker = Notes is null ? null : Plan.NoteMarker,
        Picture = InlineBox,
    };

    /// <summary>An image inside text as a box on the line (a large one nested in a link or emphasis: a line of its own height).</summary>
    private Formulas.MathBox? InlineBox(Image image)
    {
        if (Picture(image) is { } picture) return picture.Box();
        Diagnostics.Report(DiagnosticCatalog.InlineImageUnavailable, $"image '{image.Source}' cannot be drawn in the PDF; its alt text is set instead", image.Span);
        return null;
    }

    /// <summary>How an image in this context's text is set, fitted to the measure and the page.</summary>
    public InlinePicture? Picture(Image image)
    {
        if (InlinePicture.Of(image, Plan.Resources, Width, Text.Size, Text.Leading) is not { } picture) return null;
        // A page leaves room for a line of text besides the picture.
        var room = PageHeight - Text.Leading;
        return picture.Height > room && room > 0 ? picture with { Width = picture.Width * room / picture.Height, Height = room } : picture;
    }

    /// <summary>Set lines as boxes at this context's left edge, with widow and orphan control.</summary>
    public IReadOnlyList<FlowBox> Boxes(IReadOnlyList<LaidLine> lines, bool keepTogether = false) =>
        LineBoxes.From(lines, this, keepTogether ? int.MaxValue : Theme.Paragraph.Orphans, keepTogether ? int.MaxValue : Theme.Paragraph.Widows);

    /// <summary>Space between blocks other than consecutive paragraphs.</summary>
    public double BlockGap => Theme.Paragraph.Spacing > 0 ? Theme.Paragraph.Spacing : Text.Leading / 2;
}
