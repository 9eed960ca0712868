using Publish.Layout.Pages;
using Publish.Model;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>
/// Rules that hold for any document: checked on many generated ones (seeded, so failures repeat).
/// </summary>
public class InvariantTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    private static (Document Doc, Dictionary<string, (int Paragraph, int Line, int Lines)> Where) Generate(int seed)
    {
        var random = new Random(seed);
        var blocks = new List<Block>();
        var where = new Dictionary<string, (int, int, int)>();
        for (var b = 0; b < 30; b++)
        {
            switch (random.Next(6))
            {
                case 0: blocks.Add(H(1 + random.Next(3), $"H{b}", $"h{b}")); break;
                default:
                    var lines = 1 + random.Next(random.Next(4) == 0 ? 20 : 6);
                    var texts = Enumerable.Range(1, lines).Select(i => $"p{b}.{i}").ToArray();
                    for (var i = 0; i < lines; i++) where[texts[i]] = (b, i, lines);
                    Paragraph p = P(texts);
                    if (random.Next(5) == 0) p = new Paragraph([.. p.Content, new Note([Lines($"n{b}.", 1 + random.Next(4))])]);
                    blocks.Add(p);
                    break;
            }
        }
        return (Doc([.. blocks]), where);
    }

    [Theory, MemberData(nameof(Seeds))]
    public void No_widows_no_orphans_no_heading_last_every_note_on_or_after_its_page(int seed)
    {
        var (doc, where) = Generate(seed);
        var result = Lay(doc);
        foreach (var page in result.Drafts)
        {
            var boxes = page.Boxes;
            if (boxes.Count == 0) continue;
            var isLastPage = page.Index == result.Drafts.Count - 1;
            // (Unless the next chapter begins: a heading with nothing under it is then unavoidable.)
            var nextOpensChapter = !isLastPage && result.Drafts[page.Index + 1].ChapterOpening;
            if (!isLastPage && !nextOpensChapter && boxes[^1].Text.StartsWith('H'))
                Assert.Fail($"seed {seed}: heading {boxes[^1].Text} is last on page {page.Index}");
            // A page that ends inside a paragraph must carry at least two of its lines, and leave two.
            var last = Line(boxes[^1].Text);
            if (!isLastPage && last is var (lp, li, ln) && li < ln - 1)
            {
                Assert.True(li >= 1, $"seed {seed}: orphan p{lp} at the foot of page {page.Index}");
                Assert.True(ln - li - 1 >= 2, $"seed {seed}: widow of p{lp} after page {page.Index}");
            }
        }
        // Every note begins on the page of its reference.
        foreach (var page in result.Drafts)
            foreach (var note in page.Boxes.SelectMany(b => b.Notes))
                Assert.Contains(note.Boxes[0], page.NoteBoxes);

        (int, int, int)? Line(string text)
        {
            var word = text.Split(' ')[0];
            return where.TryGetValue(word, out var w) ? w : null;
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Every_line_is_set_once_and_in_order(int seed)
    {
        var (doc, where) = Generate(seed);
        var texts = Lay(doc).Pages().SelectMany(p => p).Select(t => t.Split(' ')[0]).Where(where.ContainsKey).ToList();
        Assert.Equal(where.Keys.OrderBy(k => where[k].Paragraph).ThenBy(k => where[k].Line), texts);
    }
}
