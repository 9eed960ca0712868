using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Tests;

/// <summary>
/// A stand-in for the real inline layouter so that pagination tests are pure data: every
/// character is one em wide, lines break greedily at spaces and at every <see cref="LineBreak"/>,
/// each line is one glyph run whose text is the line's text; a note's marker and a superscript are runs of their own.
/// </summary>
internal sealed class FakeParagraphLayouter : IParagraphLayouter
{
    public static readonly FontFace Font = new("Fake", "fake.ttf", 0, [], 1000, false, false);

    public IReadOnlyList<LaidLine> Layout(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, SourceSpan span)
    {
        var tokens = new List<(string Text, Note? Note, bool Break, bool Own)>();
        Flatten(content, settings, tokens);
        var lines = new List<LaidLine>();
        var words = new List<(string Text, Note? Note, bool Own)>();
        var width = settings.FirstLineIndent;
        void Flush()
        {
            lines.Add(Line(words, settings, lines.Count == 0 ? settings.FirstLineIndent : 0));
            words = []; width = 0;
        }
        foreach (var (text, note, br, own) in tokens)
        {
            if (br) { Flush(); continue; }
            var w = text.Length * settings.Size;
            var needed = words.Count == 0 ? w : w + settings.Size;
            if (words.Count > 0 && width + needed > settings.Width + 0.001) Flush();
            width += words.Count == 0 ? w : w + settings.Size;
            words.Add((text, note, own));
        }
        if (words.Count > 0) Flush();
        return lines;
    }

    // One run for the words of a line, and one of its own for each note marker, as the real layouter sets them.
    private static LaidLine Line(List<(string Text, Note? Note, bool Own)> words, ParagraphSettings s, double indent)
    {
        var text = string.Join(" ", words.Select(w => w.Text));
        if (s.Case == TextCase.Upper) text = text.ToUpperInvariant();
        var width = text.Length * s.Size;
        var x = s.Align switch
        {
            TextAlign.Right => s.Width - width,
            TextAlign.Center => (s.Width - width) / 2,
            _ => indent,
        };
        var runs = new List<PageItem>();
        var pending = new List<string>();
        var pendingX = x;
        foreach (var (word, note, own) in words)
        {
            if (note is null && !own) { if (pending.Count == 0) pendingX = x; pending.Add(word); x += (word.Length + 1) * s.Size; continue; }
            if (pending.Count > 0) runs.Add(Run(string.Join(" ", pending), pendingX, s));
            pending.Clear();
            runs.Add(Run(word, x, s));
            x += (word.Length + 1) * s.Size;
        }
        if (pending.Count > 0) runs.Add(Run(s.Case == TextCase.Upper ? string.Join(" ", pending).ToUpperInvariant() : string.Join(" ", pending), pendingX, s));
        return new LaidLine(width + indent, s.Size * 0.8, s.Size * 0.2, s.Leading, runs) { Notes = [.. words.Where(w => w.Note is not null).Select(w => w.Note!)] };
    }

    private static GlyphRun Run(string text, double x, ParagraphSettings s) =>
        new(Font, s.Size, s.Color, x, 0, text.Select(c => (ushort)c).ToArray(), text.Select((_, i) => (float)(i * s.Size)).ToArray(), text,
            Enumerable.Range(0, text.Length).ToArray()) { Width = text.Length * s.Size };

    // Text runs glue to the word before them unless a space separates them, as in real text.
    private static void Flatten(IEnumerable<Model.Inline> inlines, ParagraphSettings s, List<(string Text, Note? Note, bool Break, bool Own)> tokens)
    {
        var glue = false;
        var own = false;
        void Word(string word, Note? note, bool attach)
        {
            if (word.Length == 0) return;
            if (attach && glue && tokens.Count > 0 && !tokens[^1].Break && !tokens[^1].Own && !own)
                tokens[^1] = (tokens[^1].Text + word, note ?? tokens[^1].Note, false, false);
            else tokens.Add((word, note, false, own));
            glue = true;
        }
        void Walk(IEnumerable<Model.Inline> content)
        {
            foreach (var inline in content)
            {
                switch (inline)
                {
                    case Text t:
                        var parts = t.Value.Split(' ');
                        for (var i = 0; i < parts.Length; i++) { if (i > 0) glue = false; Word(parts[i], null, i == 0); }
                        glue = !t.Value.EndsWith(' ');
                        break;
                    case Code c: Word(c.Value, null, true); break;
                    case TexMath m: Word(m.Tex, null, true); break;
                    case LineBreak: tokens.Add(("", null, true, false)); glue = false; break;
                    case SoftBreak: glue = false; break;
                    case Note n when s.NoteMarker is not null: tokens.Add((s.NoteMarker(n), n, false, true)); glue = true; break;
                    case Emphasis e: Walk(e.Content); break;
                    case Strong e: Walk(e.Content); break;
                    case Superscript e: own = true; Walk(e.Content); own = false; glue = false; break;
                    case Span e: Walk(e.Content); break;
                    case Link e: Walk(e.Content); break;
                }
            }
        }
        Walk(inlines);
    }
}
