using Publish.Styling;

namespace Publish.Styling.Tests;

public class ThemeDefaultsTests
{
    [Fact]
    public void The_default_theme_is_a_six_by_nine_inch_book_with_chapters_on_new_pages()
    {
        var theme = Theme.Default;
        Assert.Equal(6 * 72, theme.Page.Width);
        Assert.Equal(9 * 72, theme.Page.Height);
        Assert.True(theme.Heading(1).PageBreakBefore);
        Assert.Equal(TextAlign.Justify, theme.Paragraph.Align);
    }
}
