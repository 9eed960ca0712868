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

    private static void Flatten(IEnumerable<Model.Inline> inlines, ParagraphSettings s, List<(string, Note?, bool)> tokens)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t:
                    foreach (var word in t.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) tokens.Add((word, null, false));
                    break;
                case Code c: tokens.Add((c.Value, null, false)); break;
                case TexMath m: tokens.Add((m.Tex, null, false)); break;
                case LineBreak: tokens.Add(("", null, true)); break;
                case Note n when s.NoteMarker is not null: tokens.Add(($"[{s.NoteMarker(n)}]", n, false)); break;
                case Emphasis e: Flatten(e.Content, s, tokens); break;
                case Strong e: Flatten(e.Content, s, tokens); break;
                case Superscript e: Flatten(e.Content, s, tokens); break;
                case Span e: Flatten(e.Content, s, tokens); break;
                case Link e: Flatten(e.Content, s, tokens); break;
            }
        }
    }
}
