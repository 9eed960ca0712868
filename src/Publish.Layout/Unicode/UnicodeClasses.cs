namespace Publish.Layout.Unicode;

/// <summary>Looks up a code point's line-breaking and bidirectional class in the generated range tables.</summary>
internal static class UnicodeClasses
{
    public static LineBreakClass LineBreak(int codepoint) =>
        (LineBreakClass)LineBreakClassData.Values[RangeOf(LineBreakClassData.Starts, codepoint)];

    public static BidiClass Bidi(int codepoint) =>
        (BidiClass)BidiClassData.Values[RangeOf(BidiClassData.Starts, codepoint)];

    /// <summary>The index of the last range starting at or before <paramref name="codepoint"/>.</summary>
    private static int RangeOf(ReadOnlySpan<int> starts, int codepoint)
    {
        var i = starts.BinarySearch(codepoint);
        return i >= 0 ? i : ~i - 1;
    }
}
