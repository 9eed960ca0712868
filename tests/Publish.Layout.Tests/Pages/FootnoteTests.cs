using Publish.Model;
using Publish.Styling;
using static Publish.Layout.Tests.Pages.Books;

namespace Publish.Layout.Tests.Pages;

/// <summary>Footnotes sit at the foot of the page that cites them, under a rule, and may continue.</summary>
public class FootnoteTests
{
    private static Note Note(params string[] lines) => new([P(lines)]);

    private static Paragraph Citing(string word, Note note) => new([new Text(word), note]);

    [Fact]
    public void A_note_is_set_on_the_page_that_cites_it()
    {
        var result = Lay(Doc(Lines("a", 5), Citing("cite", Note("note")), Lines("b", 20)));
        Assert.Equal(0, result.PageOf("cite 1"));
        Assert.Equal(["1 note"], result.Notes()[0]);
    }

    [Fact]
    public void The_note_takes_room_from_the_text_above_it()
    {
        // Room for ten lines: the note and the rule's gap take two, so eight lines of text remain.
        var result = Lay(Doc(Citing("cite", Note("note")), Lines("b", 20)));
        Assert.Equal(8, result.Pages()[0].Length);
    }

    [Fact]
    public void A_reference_that_leaves_no_room_for_its_note_moves_to_the_next_page()
    {
        // Nine lines of text, then the citing line: with its note it needs three more lines.
        var result = Lay(Doc(Lines("a", 9), Citing("cite", Note("note"))));
        Assert.Equal(1, result.PageOf("cite 1"));
        Assert.Equal(["1 note"], result.Notes()[1]);
        Assert.Empty(result.Notes()[0]);
    }

    [Fact]
    public void A_long_note_starts_on_the_citing_page_and_continues_on_the_next()
    {
        var note = Note([.. Enumerable.Range(1, 12).Select(i => $"n{i}")]);
        var result = Lay(Doc(Lines("a", 4), Citing("cite", note), Lines("b", 12)));
        var cited = result.PageOf("cite 1");
        Assert.Equal(0, cited);
        Assert.StartsWith("1 n1", result.Notes()[0][0]);
        var all = result.Notes().SelectMany(n => n).ToList();
        Assert.Equal(12, all.Count);
        Assert.NotEmpty(result.Notes()[1]);
    }

    [Fact]
    public void Notes_are_numbered_per_chapter_or_per_book()
    {
        var doc = Doc(H(1, "One"), Citing("x", Note("n")), H(1, "Two"), Citing("y", Note("m")));
        Assert.Equal(1, Lay(doc).PageOf("y 1"));
        var perBook = Tiny with { Footnotes = Tiny.Footnotes with { Numbering = NoteNumbering.PerBook } };
        Assert.Equal(1, Lay(doc, perBook).PageOf("y 2"));
    }

    [Fact]
    public void A_rule_separates_the_notes_from_the_text()
    {
        var result = Lay(Doc(Citing("cite", Note("note"))));
        var page = result.Document.Pages[0];
        var rule = Assert.Single(page.Items.OfType<Paged.RuleItem>());
        Assert.True(rule.X2 - rule.X1 < page.Trim.Width / 2);
        var noteRun = page.Items.OfType<Paged.GlyphRun>().Single(g => g.Text.Trim() == "note");
        Assert.True(noteRun.Baseline > rule.Y1);
    }

    [Fact]
    public void The_reference_mark_and_the_note_link_to_each_other()
    {
        // A marker set apart from its word, as the real inline layouter sets it (a run of its own).
        var result = Lay(Doc(new Paragraph([new Text("cite "), Note("note")])));
        var items = result.Document.Pages[0].Items;
        var links = items.OfType<Paged.LinkItem>().Select(l => l.Destination).ToList();
        var names = items.OfType<Paged.DestinationItem>().Select(d => d.Name).ToList();
        Assert.Equal(["fn1", "fnref1"], links);
        Assert.Equal(["fnref1", "fn1"], names);
    }
}
