using System.Globalization;
using Publish.Layout.Fonts;
using Publish.Layout.Shaping;
using Publish.Model;
using Publish.Styling.Languages;

namespace Publish.Layout.Inline;

/// <summary>
/// Splits styled text into runs of one font each: the face for the style (bold, italic, mono),
/// a fallback face per character the main font lacks, and synthetic small capitals (capitals
/// at <see cref="SyntheticSmallCapsScale"/>) when the font has no <c>smcp</c>.
/// </summary>
internal sealed class RunSegmenter(FontCatalog catalog, FontResolver resolver)
{
    /// <summary>Synthetic small caps: capitals scaled to about the x-height of a book face.</summary>
    public const double SyntheticSmallCapsScale = 0.78;

    public RunSet Segment(CollectedText text, ParagraphSettings settings, SourceSpan span)
    {
        var display = text.Text.ToCharArray();
        var runs = new List<TextRun>();
        var primary = resolver.Resolve(settings.Families, settings.Bold, settings.Italic, span);
        foreach (var s in text.Spans)
        {
            var families = s.Style.Mono ? settings.MonoFamilies : settings.Families;
            var main = resolver.Resolve(families, s.Style.Bold, s.Style.Italic, span);
            var size = settings.Size * (s.Style.Script == ScriptPosition.Baseline ? 1 : InlineStyle.ScriptScale);
            var shift = s.Style.Script switch
            {
                ScriptPosition.Super => -0.33 * settings.Size,
                ScriptPosition.Sub => 0.15 * settings.Size,
                _ => 0,
            };
            if (s.Style.Formula is not null)
            {
                runs.Add(new TextRun(s.Start, s.End, main, settings.Size, ShapeFeatures.None, s.Style, 0));
                continue;
            }
            var realSmallCaps = s.Style.SmallCaps && main.HasSmallCaps;
            if (s.Style.SmallCaps && !realSmallCaps) resolver.ReportSyntheticSmallCaps(main, span);
            var features = (realSmallCaps ? ShapeFeatures.SmallCaps : ShapeFeatures.None)
                | (settings.OldStyleFigures && !s.Style.Mono ? ShapeFeatures.OldStyleFigures : ShapeFeatures.None);

            Font? runFont = null;
            var runSynthetic = false;
            var runStart = s.Start;
            Font? previous = null;
            for (var i = s.Start; i < s.End; i++)
            {
                var c = text.Text[i];
                var synthetic = s.Style.SmallCaps && !realSmallCaps && char.IsLower(c);
                if (s.Style.Upper || synthetic) display[i] = char.ToUpperInvariant(c);
                var font = FontFor(text.Text, i, main, previous, families, s.Style, display, settings, span);
                previous = font;
                if (runFont is not null && (font != runFont || synthetic != runSynthetic))
                {
                    runs.Add(new TextRun(runStart, i, runFont, runSynthetic ? size * SyntheticSmallCapsScale : size, features, s.Style, shift));
                    runStart = i;
                }
                runFont = font;
                runSynthetic = synthetic;
            }
            if (runFont is not null)
                runs.Add(new TextRun(runStart, s.End, runFont, runSynthetic ? size * SyntheticSmallCapsScale : size, features, s.Style, shift));
        }
        return new RunSet(text.Text, new string(display), runs, primary, settings.Size);
    }

    private Font FontFor(string text, int i, Font main, Font? previous, IReadOnlyList<string> families, InlineStyle style, char[] display, ParagraphSettings settings, SourceSpan span)
    {
        var c = text[i];
        if (char.IsLowSurrogate(c) && previous is not null) return previous;
        var cp = char.IsHighSurrogate(c) && i + 1 < text.Length ? char.ConvertToUtf32(c, text[i + 1]) : c;
        if (cp < 0x20 || cp == ' ' || main.HasGlyph(cp)) return main;
        // Marks stay with their base letter; a font switch inside a cluster breaks shaping.
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (previous is not null && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
            return previous;
        if (DashComposition.CanCompose(cp) && main.HasGlyph(DashComposition.EmDash)) return main;
        // A character of another script is set in that script's face (the theme's, else a known
        // good one for the book's language) before any installed font that happens to have it.
        var script = ScriptNames.Of(cp);
        if (script is not null && resolver.ForScript(script, settings, style.Bold, style.Italic) is { } scriptFont && scriptFont.HasGlyph(cp))
            return scriptFont;
        if (catalog.FallbackFor(cp, families, style.Bold, style.Italic) is { } fallback) return fallback;
        if (script is not null) resolver.ReportMissingScript(script, cp, span);
        else resolver.ReportMissingCharacter(cp, span);
        display[i] = '?';
        if (cp > 0xFFFF && i + 1 < display.Length) display[i + 1] = '\u200B';
        return main;
    }
}
