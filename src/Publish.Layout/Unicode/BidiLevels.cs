namespace Publish.Layout.Unicode;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one paragraph without explicit embeddings:
/// the paragraph level (P2–P3, or given), weak types (W1–W7), neutrals (N1–N2) and implicit
/// levels (I1–I2). Explicit embedding, override and isolate controls are treated as neutrals
/// (X9 removes them; sources written in Markdown almost never carry them). Reordering a line
/// (L1–L2) is <see cref="VisualOrder"/>.
/// </summary>
internal static class BidiLevels
{
    /// <summary>The paragraph's base level from its first strong character (P2–P3): 1 for R or AL, else 0.</summary>
    public static int FirstStrongLevel(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = UnicodeClasses.Bidi(CodePointAt(text, i));
            if (c == BidiClass.L) return 0;
            if (c is BidiClass.R or BidiClass.AL) return 1;
        }
        return 0;
    }

    /// <summary>True when any character of <paramref name="text"/> is strongly right to left (or an Arabic number).</summary>
    public static bool HasRightToLeft(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            // Below U+0590 nothing is right to left; the test keeps Latin paragraphs on the fast path.
            if (ch < 0x0590) continue;
            if (UnicodeClasses.Bidi(ch) is BidiClass.R or BidiClass.AL or BidiClass.AN) return true;
            if (char.IsHighSurrogate(ch)) return true;
        }
        return false;
    }

    /// <summary>The embedding level of every UTF-16 unit of <paramref name="text"/> at base level <paramref name="baseLevel"/>.</summary>
    public static byte[] Resolve(ReadOnlySpan<char> text, int baseLevel)
    {
        var n = text.Length;
        var types = new BidiClass[n];
        for (var i = 0; i < n; i++)
        {
            var t = UnicodeClasses.Bidi(CodePointAt(text, i));
            // X9: controls and boundary neutrals are kept as neutrals; a low surrogate shares its pair's type.
            if (char.IsLowSurrogate(text[i]) && i > 0) t = types[i - 1];
            types[i] = t switch
            {
                BidiClass.LRE or BidiClass.LRO or BidiClass.RLE or BidiClass.RLO or BidiClass.PDF
                    or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI or BidiClass.BN => BidiClass.ON,
                _ => t,
            };
        }
        var sos = baseLevel % 2 == 0 ? BidiClass.L : BidiClass.R;
        Weak(types, sos);
        Neutrals(types, sos, sos);
        var levels = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var t = types[i];
            levels[i] = (byte)(baseLevel % 2 == 0
                ? t switch { BidiClass.R => baseLevel + 1, BidiClass.AN or BidiClass.EN => baseLevel + 2, _ => baseLevel }
                : t switch { BidiClass.L or BidiClass.AN or BidiClass.EN => baseLevel + 1, _ => baseLevel });
        }
        return levels;
    }

    private static void Weak(BidiClass[] t, BidiClass sos)
    {
        var n = t.Length;
        // W1: a non-spacing mark takes the type of what precedes it.
        for (var i = 0; i < n; i++)
            if (t[i] == BidiClass.NSM) t[i] = i == 0 ? sos : t[i - 1];
        // W2, W3: European numbers after Arabic letters are Arabic numbers; AL becomes R.
        var lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R or BidiClass.AL) lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.AL) t[i] = BidiClass.AN;
        }
        for (var i = 0; i < n; i++) if (t[i] == BidiClass.AL) t[i] = BidiClass.R;
        // W4: one separator between two numbers of the same kind joins them.
        for (var i = 1; i + 1 < n; i++)
        {
            if (t[i] == BidiClass.ES && t[i - 1] == BidiClass.EN && t[i + 1] == BidiClass.EN) t[i] = BidiClass.EN;
            else if (t[i] == BidiClass.CS && t[i - 1] == t[i + 1] && t[i - 1] is BidiClass.EN or BidiClass.AN) t[i] = t[i - 1];
        }
        // W5: terminators (%, $, °) next to European numbers are numbers.
        for (var i = 0; i < n; i++)
        {
            if (t[i] != BidiClass.ET) continue;
            var end = i;
            while (end < n && t[end] == BidiClass.ET) end++;
            if ((i > 0 && t[i - 1] == BidiClass.EN) || (end < n && t[end] == BidiClass.EN))
                for (var k = i; k < end; k++) t[k] = BidiClass.EN;
            i = end - 1;
        }
        // W6: remaining separators and terminators are neutral.
        for (var i = 0; i < n; i++) if (t[i] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[i] = BidiClass.ON;
        // W7: European numbers in a left-to-right context are L.
        lastStrong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is BidiClass.L or BidiClass.R) lastStrong = t[i];
            else if (t[i] == BidiClass.EN && lastStrong == BidiClass.L) t[i] = BidiClass.L;
        }
    }

    private static void Neutrals(BidiClass[] t, BidiClass sos, BidiClass eos)
    {
        var n = t.Length;
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(t[i])) continue;
            var end = i;
            while (end < n && IsNeutral(t[end])) end++;
            var before = i == 0 ? sos : Strong(t[i - 1]);
            var after = end == n ? eos : Strong(t[end]);
            // N1: neutrals between two strong types of one direction take it; N2: else the embedding direction.
            var resolved = before == after ? before : sos;
            for (var k = i; k < end; k++) t[k] = resolved;
            i = end - 1;
        }
    }

    // Numbers count as R for the neutrals around them (N1).
    private static BidiClass Strong(BidiClass c) => c is BidiClass.L ? BidiClass.L : BidiClass.R;

    private static bool IsNeutral(BidiClass c) => c is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON;

    private static int CodePointAt(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];

    /// <summary>
    /// L2: the visual order of a line's pieces from their levels: from the highest level down to
    /// the lowest odd one, every maximal run at that level or higher is reversed.
    /// </summary>
    public static int[] VisualOrder(IReadOnlyList<int> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0) return order;
        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        for (var level = highest; level >= lowestOdd; level--)
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level) continue;
                var end = i;
                while (end < order.Length && levels[order[end]] >= level) end++;
                Array.Reverse(order, i, end - i);
                i = end;
            }
        return order;
    }
}
