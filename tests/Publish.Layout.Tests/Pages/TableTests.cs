using Publish.Model;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Tables: rows kept whole, the header repeated on every page the table continues on.</summary>
public class TableTests
{
    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([new Paragraph([new Text(c)])]))]);

    private static Table Table(int rows) => new(
        [new TableColumn(Alignment.Left), new TableColumn(Alignment.Right)],
        [Row("k", "v")],
        [.. Enumerable.Range(1, rows).Select(i => Row($"r{i}", $"{i}"))],
        []);

    [Fact]
    public void The_header_row_is_repeated_when_a_table_breaks()
    {
        var result = Lay(Doc(Table(12)));
        var pages = result.Pages();
        Assert.True(pages.Length >= 2);
        Assert.All(pages, page => Assert.Equal("k | v", page[0]));
        Assert.Equal(12, pages.SelectMany(p => p).Count(t => t.StartsWith('r')));
    }

    [Fact]
    public void The_header_is_never_alone_at_the_bottom_of_a_page()
    {
        var pages = Lay(Doc(Lines("a", 8), Table(3))).Pages();
        Assert.DoesNotContain("k | v", pages[0]);
    }

    [Fact]
    public void Right_aligned_columns_end_at_the_column_edge()
    {
        var result = Lay(Doc(new Table([new TableColumn(Alignment.Left), new TableColumn(Alignment.Right)],
            [], [Row("aaaa", "1"), Row("b", "2222")], [])));
        var runs = result.Document.Pages[0].Items.OfType<Paged.GlyphRun>().ToList();
        var one = runs.Single(r => r.Text == "1");
        var many = runs.Single(r => r.Text == "2222");
        Assert.Equal(one.X + one.Width, many.X + many.Width, 3);
    }

    [Fact]
    public void A_caption_is_kept_with_the_table()
    {
        var table = Table(2) with { Caption = [new Text("cap")] };
        var pages = Lay(Doc(Lines("a", 9), table)).Pages();
        Assert.Equal("cap", pages[1][0]);
    }
}
