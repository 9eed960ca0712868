using Publish.Layout.Paged;
using Publish.Styling;

namespace Publish.Layout.Pages;

/// <summary>
/// Where things go on a page: the media box (trim plus bleed on every side), the trim box and the
/// text block, whose inner and outer margins swap on facing pages. Page index 0 is a recto
/// (right-hand page, printed page 1); the binding is on a recto's left.
/// </summary>
public sealed record PageGeometry(PageStyle Style, double Bleed, bool CropMarks)
{
    public static PageGeometry From(Theme theme, LayoutOptions options) =>
        new(theme.Page, Math.Max(0, options.Bleed ?? theme.Page.Bleed), options.CropMarks ?? theme.Page.CropMarks);

    /// <summary>A right-to-left book binds on the right: its rectos are left-hand pages, outer margin on the left.</summary>
    public bool RightToLeft { get; init; }

    public double MediaWidth => Style.Width + 2 * Bleed;
    public double MediaHeight => Style.Height + 2 * Bleed;
    public Rect Trim => new(Bleed, Bleed, Style.Width, Style.Height);

    /// <summary>The width of the text block (the measure).</summary>
    public double Measure => Style.Width - Style.MarginInner - Style.MarginOuter;
    public double BodyHeight => Style.Height - Style.MarginTop - Style.MarginBottom;

    public static bool IsRecto(int pageIndex) => pageIndex % 2 == 0;

    /// <summary>The text block of a page in media coordinates.</summary>
    public Rect Body(int pageIndex)
    {
        var left = !Style.Mirror || IsRecto(pageIndex) != RightToLeft ? Style.MarginInner : Style.MarginOuter;
        return new Rect(Bleed + left, Bleed + Style.MarginTop, Measure, BodyHeight);
    }

    public Page NewPage(int index, IReadOnlyList<PageItem> items) =>
        new(index, MediaWidth, MediaHeight, Trim, items)
        {
            Bleed = Bleed > 0 ? new Rect(0, 0, MediaWidth, MediaHeight) : null,
            CropMarks = CropMarks,
        };
}
