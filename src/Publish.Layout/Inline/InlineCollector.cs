using System.Text;
using Publish.Model;

namespace Publish.Layout.Inline;

/// <summary>
/// Collect phase: walks the inline tree once, turning it into text plus style spans and markers.
/// Whitespace collapses to single spaces (except when preformatted); quotes become curly quotes;
/// notes become their markers; images become boxes (or, when they cannot be drawn, their alt text); math becomes one object character
/// standing for its typeset box (or, when it cannot be typeset, its TeX in italic).
/// </summary>
internal sealed class InlineCollector
{
    private readonly StringBuilder _text = new();
    private readonly List<StyleSpan> _spans = [];
    private readonly List<Marker> _markers = [];
    private readonly ParagraphSettings _settings;

    private readonly Func<TexMath, Formulas.MathBox?>? _typeset;

    /// <summary>Stands in the text for a typeset formula (Unicode's object replacement character).</summary>
    public const char FormulaMark = '\uFFFC';

    private InlineCollector(ParagraphSettings settings, Func<TexMath, Formulas.MathBox?>? typeset)
    {
        _settings = settings;
        _typeset = typeset;
    }

    /// <summary>Collects <paramref name="content"/>; <paramref name="typeset"/> typesets a formula (null, or a null result, sets its TeX in italic instead).</summary>
    public static CollectedText Collect(IReadOnlyList<Model.Inline> content, ParagraphSettings settings, Func<TexMath, Formulas.MathBox?>? typeset = null)
    {
        var collector = new InlineCollector(settings, typeset);
        var root = new InlineStyle
        {
            Bold = settings.Bold, Italic = settings.Italic, Color = settings.Color,
            SmallCaps = settings.Case == Styling.TextCase.SmallCaps, Upper = settings.Case == Styling.TextCase.Upper,
            Mono = settings.Preformatted, NoHyphenate = !settings.Hyphenate || settings.Preformatted,
        };
        collector.Walk(content, root);
        return collector.Finish();
    }

    private void Walk(IReadOnlyList<Model.Inline> inlines, InlineStyle style)
    {
        foreach (var inline in inlines) Visit(inline, style);
    }

    private void Visit(Model.Inline inline, InlineStyle style)
    {
        if (inline.Attr.Id.Length > 0) _markers.Add(new Marker(_text.Length, MarkerKind.Anchor, inline.Attr.Id));
        switch (inline)
        {
            case Text t: Append(t.Value, style); break;
            case SoftBreak: Append(_settings.Preformatted ? "\n" : " ", style); break;
            case Model.LineBreak: _markers.Add(new Marker(_text.Length, MarkerKind.ForcedBreak)); break;
            case Emphasis e: Walk(e.Content, style with { Italic = !style.Italic }); break;
            case Strong s: Walk(s.Content, style with { Bold = true }); break;
            case Strikethrough s: Walk(s.Content, style with { Strike = true }); break;
            case Superscript s: Walk(s.Content, style with { Script = ScriptPosition.Super }); break;
            case Subscript s: Walk(s.Content, style with { Script = ScriptPosition.Sub }); break;
            case SmallCaps s: Walk(s.Content, style with { SmallCaps = true }); break;
            case Code c: Append(c.Value, style with { Mono = true, NoHyphenate = true }); break;
            case Link l: Walk(l.Content, LinkStyle(l, style)); break;
            case Image i when _settings.Picture?.Invoke(i) is { } picture:
                Append(FormulaMark.ToString(), style with { Formula = picture, NoHyphenate = true });
                break;
            case Image i: Append(i.Alt, style with { Italic = !style.Italic }); break;
            case TexMath m when !_settings.Preformatted && _typeset?.Invoke(m) is { } box:
                Append(FormulaMark.ToString(), style with { Formula = box, FormulaAlt = m.Tex, NoHyphenate = true });
                break;
            case TexMath m: Append(m.Tex, style with { Italic = true, NoHyphenate = true }); break;
            case Quoted q:
                var (open, close) = q.Kind == QuoteKind.Double ? ("\u201C", "\u201D") : ("\u2018", "\u2019");
                Append(open, style); Walk(q.Content, style); Append(close, style);
                break;
            case Note n when _settings.NoteMarker is { } marker:
                _markers.Add(new Marker(_text.Length, MarkerKind.Note, Note: n));
                Append(marker(n), style with { Script = ScriptPosition.Super, NoHyphenate = true, Italic = false });
                break;
            case Note: break;
            case Span s:
                var spanStyle = s.Attr.HasClass("underline") ? style with { Underline = true }
                    : s.Attr.HasClass("smallcaps") ? style with { SmallCaps = true } : style;
                if (s.Attr["lang"] is { Length: > 0 } lang) spanStyle = spanStyle with { Lang = lang };
                Walk(s.Content, spanStyle);
                break;
        }
    }

    private InlineStyle LinkStyle(Link link, InlineStyle style) => link.IsInternal
        ? style with { Destination = link.Target[1..], Uri = null, Color = _settings.LinkColor }
        : style with { Uri = link.Target, Destination = null, Color = _settings.LinkColor };

    private void Append(string value, InlineStyle style)
    {
        var start = _text.Length;
        foreach (var c in value)
        {
            if (_settings.Preformatted)
            {
                if (c == '\r') continue;
                if (c == '\t') _text.Append(' ', TabWidth - Column() % TabWidth);
                else _text.Append(c);
            }
            else if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                // Collapse runs of spaces, also across inline boundaries ("word *emph*").
                if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
            }
            else _text.Append(c);
        }
        if (_text.Length == start) return;
        if (_spans.Count > 0 && _spans[^1].End == start && _spans[^1].Style == style)
            _spans[^1] = _spans[^1] with { End = _text.Length };
        else _spans.Add(new StyleSpan(start, _text.Length, style));
    }

    /// <summary>Tabs in code advance to the next multiple of four columns.</summary>
    public const int TabWidth = 4;

    private int Column()
    {
        var i = _text.Length;
        while (i > 0 && _text[i - 1] != '\n') i--;
        return _text.Length - i;
    }

    private CollectedText Finish()
    {
        // A trailing space would become a glue the last line cannot use.
        var end = _text.Length;
        while (!_settings.Preformatted && end > 0 && _text[end - 1] == ' ') end--;
        var spans = _spans.Where(s => s.Start < end).Select(s => s with { End = Math.Min(s.End, end) }).ToList();
        var markers = _markers.Select(m => m with { Position = Math.Min(m.Position, end) }).ToList();
        return new CollectedText(_text.ToString(0, end), spans, markers);
    }
}
