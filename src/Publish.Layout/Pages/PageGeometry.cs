using Publish.Layout.Paged;
using Publish.Styling;

namespace Publish.Layout.Pages;

/// <summary>
/// Where things go on a page: the media box (trim plus bleed on every side, plus room for crop
/// marks outside the bleed when they are asked for), the trim box and the text block, whose inner
/// and outer margins swap on facing pages. Page index 0 is a recto (right-hand page, printed
/// page 1); the binding is on a recto's left.
/// </summary>
internal sealed record PageGeometry(PageStyle Style, double Bleed, bool CropMarks)
{
    /// <summary>
    /// The band outside the bleed that holds the crop marks: a 3 pt gap (so a mark never touches
    /// full-bleed art) and 15 pt of mark, about the quarter inch printers expect to find.
    /// </summary>
    public const double CropMarkArea = 18;

    public static PageGeometry From(Theme theme, LayoutOptions options) =>
        new(theme.Page, Math.Max(0, options.Bleed ?? theme.Page.Bleed), options.CropMarks ?? theme.Page.CropMarks)
        {
            LineHeight = theme.Body.Leading,
        };

    /// <summary>
    /// The body's baseline-to-baseline distance. The text block holds a whole number of these
    /// (what the margins leave over goes to the bottom margin), so a full page of text ends
    /// exactly at the block's foot and facing pages can end level; 0 keeps the block as the margins give it.
    /// </summary>
    public double LineHeight { get; init; }

    /// <summary>From the media edge to the trim: the crop-mark band (when marks are drawn) and the bleed.</summary>
    public double TrimOffset => Bleed + (CropMarks ? CropMarkArea : 0);
    public double MediaWidth => Style.Width + 2 * TrimOffset;
    public double MediaHeight => Style.Height + 2 * TrimOffset;
    public Rect Trim => new(TrimOffset, TrimOffset, Style.Width, Style.Height);
    /// <summary>The trim grown by the bleed on every side: where full-bleed art may reach.</summary>
    public Rect BleedBox => new(TrimOffset - Bleed, TrimOffset - Bleed, Style.Width + 2 * Bleed, Style.Height + 2 * Bleed);
    /// <summary>A right-to-left book binds on the right: its rectos are left-hand pages, outer margin on the left.</summary>
    public bool RightToLeft { get; init; }

    /// <summary>The width of the text block (the measure).</summary>
    public double Measure => Style.Width - Style.MarginInner - Style.MarginOuter;
    public double BodyHeight => LineHeight > 0 ? WholeLines(MarginBox, LineHeight) : MarginBox;

    private double MarginBox => Style.Height - Style.MarginTop - Style.MarginBottom;

    // A hundredth of a point of slack: 531.999 pt of margins still holds 38 lines of 14 pt.
    private static double WholeLines(double height, double line) => Math.Max(1, Math.Floor((height + 0.01) / line)) * line;

    public static bool IsRecto(int pageIndex) => pageIndex % 2 == 0;

    /// <summary>The text block of a page in media coordinates.</summary>
    public Rect Body(int pageIndex)
    {
        var left = !Style.Mirror || IsRecto(pageIndex) != RightToLeft ? Style.MarginInner : Style.MarginOuter;
        return new Rect(TrimOffset + left, TrimOffset + Style.MarginTop, Measure, BodyHeight);
    }

    public Page NewPage(int index, IReadOnlyList<PageItem> items) =>
        new(index, MediaWidth, MediaHeight, Trim, items)
        {
            Bleed = Bleed > 0 || CropMarks ? BleedBox : null,
            CropMarks = CropMarks,
        };
}
