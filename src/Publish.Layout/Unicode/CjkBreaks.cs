namespace Publish.Layout.Unicode;

/// <summary>
/// Break opportunities inside a run of text without spaces, by the rules of UAX #14 that
/// matter where words are not separated by spaces (Chinese, Japanese): a line may break before
/// or after an ideograph or kana, except that no line starts with closing punctuation, a small
/// kana, a prolonged sound mark or a stop (JIS X 4051's kinsoku: LB13, LB16, LB21 with CJ as NS,
/// i.e. strict breaking), and none ends with opening punctuation (LB14). Between two letters of
/// alphabetic scripts nothing changes: Latin words still break at spaces, hyphens and dashes.
/// Korean keeps its words whole (it separates words with spaces; Hangul syllables are H2/H3).
/// </summary>
internal static class CjkBreaks
{
    /// <summary>True when a line may break between <paramref name="before"/> and <paramref name="after"/> (adjacent, no space).</summary>
    public static bool CanBreakBetween(int before, int after)
    {
        var a = UnicodeClasses.LineBreak(before);
        var b = UnicodeClasses.LineBreak(after);
        if (!IsCjk(a, before) && !IsCjk(b, after)) return false;
        // No line starts with these (LB11–LB13, LB16, LB21, LB22; CJ is treated as NS: strict kinsoku).
        if (b is LineBreakClass.CL or LineBreakClass.CP or LineBreakClass.NS or LineBreakClass.CJ or LineBreakClass.EX
            or LineBreakClass.IS or LineBreakClass.SY or LineBreakClass.CM or LineBreakClass.ZWJ or LineBreakClass.WJ
            or LineBreakClass.GL or LineBreakClass.BA or LineBreakClass.HY or LineBreakClass.IN or LineBreakClass.QU)
            return false;
        // No line ends with these (LB11, LB12, LB14, LB19, LB21 for BB).
        if (a is LineBreakClass.OP or LineBreakClass.WJ or LineBreakClass.GL or LineBreakClass.BB or LineBreakClass.QU
            or LineBreakClass.ZWJ)
            return false;
        // A currency sign stays with its number or ideograph (LB23a, LB25).
        if (a is LineBreakClass.PR && b is LineBreakClass.ID or LineBreakClass.NU or LineBreakClass.AL) return false;
        if (b is LineBreakClass.PO && a is LineBreakClass.ID or LineBreakClass.NU or LineBreakClass.AL) return false;
        return true;
    }

    /// <summary>Text set without spaces: ideographs, kana and the full-width punctuation that goes with them.</summary>
    public static bool IsCjk(int codepoint) => IsCjk(UnicodeClasses.LineBreak(codepoint), codepoint);

    private static bool IsCjk(LineBreakClass c, int codepoint) => c switch
    {
        LineBreakClass.ID or LineBreakClass.CJ => true,
        // Punctuation and small marks of the CJK blocks (、。「」・ー々), full-width forms (！？（）).
        LineBreakClass.CL or LineBreakClass.OP or LineBreakClass.NS or LineBreakClass.EX or LineBreakClass.IN or LineBreakClass.CP =>
            codepoint is >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF,
        _ => false,
    };
}
