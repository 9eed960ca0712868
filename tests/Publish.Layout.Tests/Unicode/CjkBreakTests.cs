using Publish.Layout.Unicode;

namespace Publish.Layout.Tests.Unicode;

/// <summary>Where a line may break in text without spaces (UAX #14 with strict kinsoku), and where Latin text is left alone.</summary>
public class CjkBreakTests
{
    [Theory]
    [InlineData('港', 'は', true)]      // between ideograph and kana
    [InlineData('ま', 'だ', true)]      // between two kana
    [InlineData('た', '。', false)]     // no line starts with a full stop
    [InlineData('た', '、', false)]     // ... or a comma
    [InlineData('る', '」', false)]     // ... or a closing bracket
    [InlineData('「', '今', false)]     // no line ends with an opening bracket
    [InlineData('ジ', 'ャ', false)]     // no line starts with a small kana (strict)
    [InlineData('ボ', 'ー', false)]     // ... or the prolonged sound mark
    [InlineData('。', '私', true)]      // after a full stop
    [InlineData('a', 'b', false)]      // Latin words break only at spaces and hyphens
    [InlineData('-', 'b', false)]
    public void Break_opportunities(char before, char after, bool allowed) =>
        Assert.Equal(allowed, CjkBreaks.CanBreakBetween(before, after));

    [Fact]
    public void Agrees_with_the_unicode_line_break_test_between_cjk_characters()
    {
        const string path = "/usr/share/unicode/auxiliary/LineBreakTest.txt";
        Assert.SkipUnless(File.Exists(path), "Debian's unicode-data is not installed");
        int tried = 0, agreed = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            // "× 4E00 ÷ 3002 × ..." : the marks between code points say whether a break is allowed.
            var parts = line.Split('#')[0].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i + 2 < parts.Length; i += 2)
            {
                var a = Convert.ToInt32(parts[i], 16);
                var b = Convert.ToInt32(parts[i + 2], 16);
                // Only pairs of CJK characters and their punctuation, with nothing but the pair in context.
                if (!CjkBreaks.IsCjk(a) || !CjkBreaks.IsCjk(b) || parts.Length != 5) continue;
                tried++;
                var expected = parts[i + 1] == "÷";
                // Strict kinsoku forbids more than UAX #14's default (CJ as NS): count those as agreeing.
                var actual = CjkBreaks.CanBreakBetween(a, b);
                if (actual == expected || (!actual && UnicodeClasses.LineBreak(b) == LineBreakClass.CJ)) agreed++;
            }
        }
        Assert.True(tried >= 10, $"only {tried} pairs tried");
        Assert.Equal(tried, agreed);
    }
}
