using Publish.Layout.Hyphenation;

namespace Publish.Layout.Tests.Hyphenation;

public class HyphenatorTests
{
    private static readonly Hyphenator English = Hyphenator.ForLanguage("en-US")!;

    private static string Hyphenated(string word)
    {
        var points = English.Hyphenate(word);
        var parts = new List<string>();
        var from = 0;
        foreach (var p in points) { parts.Add(word[from..p]); from = p; }
        parts.Add(word[from..]);
        return string.Join("-", parts);
    }

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("table", "ta-ble")]                 // from TeX's exception list
    [InlineData("associate", "as-so-ciate")]        // exception list
    [InlineData("project", "project")]              // exception: never broken
    [InlineData("computer", "com-puter")]         // right minimum 3 keeps "er" on the line
    [InlineData("neighbourhood", "neigh-bour-hood")]
    [InlineData("acknowledged", "ac-knowl-edged")]
    [InlineData("Elizabeth", "Eliz-a-beth")]
    [InlineData("cat", "cat")]                      // shorter than five letters
    public void Hyphenates_known_words(string word, string expected) => Assert.Equal(expected, Hyphenated(word));

    [Theory]
    [InlineData("characteristically")]
    [InlineData("uncomfortable")]
    [InlineData("disappointment")]
    [InlineData("extraordinary")]
    public void Leaves_at_least_two_letters_before_and_three_after_a_break(string word)
    {
        var points = English.Hyphenate(word);
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.InRange(p, Hyphenator.LeftMin, word.Length - Hyphenator.RightMin));
    }

    [Fact]
    public void Knows_english_only() => Assert.Null(Hyphenator.ForLanguage("de"));

    [Fact]
    public void Capitalised_words_hyphenate_like_lowercase_ones() =>
        Assert.Equal(English.Hyphenate("hyphenation"), English.Hyphenate("Hyphenation"));
}
