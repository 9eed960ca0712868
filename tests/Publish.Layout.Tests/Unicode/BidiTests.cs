using Publish.Layout.Unicode;

namespace Publish.Layout.Tests.Unicode;

/// <summary>UAX #9 without explicit embeddings, checked against the Unicode Consortium's own test data where it is installed.</summary>
public class BidiTests
{
    [Theory]
    [InlineData("Hello", 0)]
    [InlineData("مرحبا", 1)]
    [InlineData("שלום", 1)]
    [InlineData("123 مرحبا", 1)]
    [InlineData("«ok»", 0)]
    public void The_paragraph_level_comes_from_the_first_strong_character(string text, int level) =>
        Assert.Equal(level, BidiLevels.FirstStrongLevel(text));

    [Fact]
    public void Latin_and_numbers_inside_arabic_are_raised_to_an_even_level()
    {
        var text = "قال Oxford 2019 هنا";
        var levels = BidiLevels.Resolve(text, 1);
        Assert.All(Range(text, "قال"), i => Assert.Equal(1, levels[i]));
        Assert.All(Range(text, "Oxford"), i => Assert.Equal(2, levels[i]));
        Assert.All(Range(text, "2019"), i => Assert.Equal(2, levels[i]));
        // The space between two right-to-left words takes their direction (N1).
        Assert.Equal(1, levels[text.IndexOf(' ')]);
    }

    [Fact]
    public void Arabic_inside_english_is_raised_to_an_odd_level_and_numbers_after_it_are_arabic_numbers()
    {
        var text = "see كتاب 12 now";
        var levels = BidiLevels.Resolve(text, 0);
        Assert.All(Range(text, "see"), i => Assert.Equal(0, levels[i]));
        Assert.All(Range(text, "كتاب"), i => Assert.Equal(1, levels[i]));
        // W2: European digits after an Arabic letter are Arabic numbers, at level 2 in a left-to-right paragraph.
        Assert.All(Range(text, "12"), i => Assert.Equal(2, levels[i]));
    }

    [Fact]
    public void A_line_is_reordered_by_reversing_runs_from_the_highest_level_down()
    {
        // Pieces at levels 1 1 2 2 1: the two level-2 pieces keep their order, the line reverses.
        Assert.Equal([4, 2, 3, 1, 0], BidiLevels.VisualOrder([1, 1, 2, 2, 1]));
        Assert.Equal([0, 1, 2], BidiLevels.VisualOrder([0, 0, 0]));
        Assert.Equal([0, 2, 1, 3], BidiLevels.VisualOrder([0, 1, 1, 0]));
    }

    // A character of each bidi class, to turn BidiTest.txt's class sequences into text.
    private static readonly Dictionary<string, char> s_sample = new()
    {
        ["L"] = 'a', ["R"] = '\u05D0', ["AL"] = '\u0627', ["EN"] = '1', ["ES"] = '+', ["ET"] = '$', ["AN"] = '\u0660',
        ["CS"] = ',', ["NSM"] = '\u0300', ["S"] = '\t', ["WS"] = ' ', ["ON"] = '!',
    };

    [Fact]
    public void Agrees_with_the_unicode_bidi_test_on_sequences_without_explicit_controls()
    {
        const string path = "/usr/share/unicode/BidiTest.txt";
        Assert.SkipUnless(File.Exists(path), "Debian's unicode-data is not installed");
        string[] levels = [];
        int tried = 0, agreed = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("@Levels:", StringComparison.Ordinal)) { levels = line[8..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries); continue; }
            if (line.Length == 0 || line[0] is '#' or '@') continue;
            var fields = line.Split(';');
            var classes = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Explicit embeddings, isolates, boundary neutrals and paragraph separators are outside what we implement.
            if (classes.Any(c => !s_sample.ContainsKey(c))) continue;
            var text = new string(classes.Select(c => s_sample[c]).ToArray());
            var bits = int.Parse(fields[1].Trim());
            foreach (var (bit, level) in new[] { (2, 0), (4, 1), (1, BidiLevels.FirstStrongLevel(text)) })
            {
                if ((bits & bit) == 0) continue;
                tried++;
                var resolved = BidiLevels.Resolve(text, level);
                // L1: segment separators, and whitespace before them or at the end, go back to the paragraph level.
                for (var i = text.Length - 1; i >= 0; i--)
                {
                    if (classes[i] == "S") { resolved[i] = (byte)level; for (var k = i - 1; k >= 0 && classes[k] == "WS"; k--) resolved[k] = (byte)level; }
                }
                for (var k = text.Length - 1; k >= 0 && classes[k] is "WS" or "S"; k--) resolved[k] = (byte)level;
                if (levels.Select((e, i) => e == "x" || int.Parse(e) == resolved[i]).All(ok => ok)) agreed++;
            }
        }
        Assert.True(tried > 10_000, $"only {tried} cases tried");
        Assert.True(agreed == tried, $"{agreed} of {tried} cases agree");
    }

    private static IEnumerable<int> Range(string text, string part) => Enumerable.Range(text.IndexOf(part, StringComparison.Ordinal), part.Length);
}
