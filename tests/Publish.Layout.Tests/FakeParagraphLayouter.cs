using Publish.Layout.Inline;
using Publish.Layout.Paged;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Tests;

/// <summary>
/// A stand-in for the real inline layouter so that pagination tests are pure data: every
/// character is one em wide, lines break greedily at spaces and at every <see cref="LineBreak"/>,
/// each line is one glyph run whose text is the line's text. Notes become their marker.
/// </summary>
public sealed class FakeParagraphLayouter : IParagraphLayouter
{
    public static readonly FontFace Font = new("Fake", "fake.ttf", 0, [], 1000, false, false);

    public IReadOnlyList<LaidLine> Layout(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, SourceSpan span)
    {
        var tokens = new List<(string Text, Note? Note, bool Break)>();
        Flatten(content, settings, tokens);
        var lines = new List<LaidLine>();
        var words = new List<string>();
        var notes = new List<Note>();
        var width = settings.FirstLineIndent;
        void Flush()
        {
            lines.Add(Line(words, notes, settings, lines.Count == 0 ? settings.FirstLineIndent : 0));
            words = []; notes = []; width = 0;
        }
        foreach (var (text, note, br) in tokens)
        {
            if (br) { Flush(); continue; }
            var w = text.Length * settings.Size;
            var needed = words.Count == 0 ? w : w + settings.Size;
            if (words.Count > 0 && width + needed > settings.Width + 0.001) Flush();
            width += words.Count == 0 ? w : w + settings.Size;
            words.Add(text);
            if (note is not null) notes.Add(note);
        }
        if (words.Count > 0) Flush();
        return lines;
    }

    private static LaidLine Line(List<string> words, List<Note> notes, ParagraphSettings s, double indent)
    {
        var text = string.Join(" ", words);
        if (s.Case == TextCase.Upper) text = text.ToUpperInvariant();
        var width = text.Length * s.Size;
        var x = s.Align switch
        {
            TextAlign.Right => s.Width - width,
            TextAlign.Center => (s.Width - width) / 2,
            _ => indent,
        };
        var run = new GlyphRun(Font, s.Size, s.Color, x, 0,
            text.Select(c => (ushort)c).ToArray(), text.Select((_, i) => (float)(i * s.Size)).ToArray(), text,
            Enumerable.Range(0, text.Length).ToArray()) { Width = width };
        return new LaidLine(width + indent, s.Size * 0.8, s.Size * 0.2, s.Leading, text.Length == 0 ? [] : [run]) { Notes = [.. notes] };
    }

    // Text runs glue to the word before them unless a space separates them, as in real text.
    private static void Flatten(IEnumerable<Model.Inline> inlines, ParagraphSettings s, List<(string Text, Note? Note, bool Break)> tokens)
    {
        var glue = false;
        void Word(string word, Note? note, bool attach)
        {
            if (word.Length == 0) return;
            if (attach && glue && tokens.Count > 0 && !tokens[^1].Break)
                tokens[^1] = (tokens[^1].Text + word, note ?? tokens[^1].Note, false);
            else tokens.Add((word, note, false));
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
                    case LineBreak: tokens.Add(("", null, true)); glue = false; break;
                    case SoftBreak: glue = false; break;
                    case Note n when s.NoteMarker is not null: Word($"[{s.NoteMarker(n)}]", n, true); break;
                    case Emphasis e: Walk(e.Content); break;
                    case Strong e: Walk(e.Content); break;
                    case Superscript e: Walk(e.Content); break;
                    case Span e: Walk(e.Content); break;
                    case Link e: Walk(e.Content); break;
                }
            }
        }
        Walk(inlines);
    }
}
