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
    public void Knows_no_patterns_for_a_language_debian_ships_none_for() => Assert.Null(Hyphenator.ForLanguage("tlh"));

    [Theory]
    [InlineData("de", "Donaudampfschifffahrtsgesellschaft")]
    [InlineData("de-AT", "Zusammenarbeit")]
    [InlineData("fr", "anticonstitutionnellement")]
    [InlineData("es", "electrodoméstico")]
    [InlineData("it", "precipitevolissimevolmente")]
    [InlineData("nl", "ziekenhuisopname")]
    [InlineData("pl", "niebezpieczeństwo")]
    [InlineData("pt", "extraordinariamente")]
    [InlineData("ru", "достопримечательность")]
    public void Hyphenates_the_languages_debian_ships_patterns_for(string language, string word)
    {
        var hyphenator = Hyphenator.ForLanguage(language);
        Assert.NotNull(hyphenator);
        var points = hyphenator.Hyphenate(word);
        // A long word breaks in several places, never inside its first or last letter.
        Assert.True(points.Length >= 3, $"{word}: {string.Join(",", points)}");
        Assert.All(points, p => Assert.InRange(p, 2, word.Length - 2));
    }

    [Fact]
    public void German_compounds_break_at_their_joints()
    {
        var word = "Donaudampfschifffahrtsgesellschaft";
        var points = Hyphenator.ForLanguage("de")!.Hyphenate(word);
        var pieces = Pieces(word, points);
        // Donau|dampf|schiff|fahrts|gesell|schaft: the joints of the compound are among the breaks.
        foreach (var joint in new[] { 5, 10, 16, 22 }) Assert.Contains(joint, points);
        Assert.DoesNotContain(pieces, p => p.Length < 2);
    }

    private static List<string> Pieces(string word, int[] points)
    {
        var pieces = new List<string>();
        var from = 0;
        foreach (var p in points) { pieces.Add(word[from..p]); from = p; }
        pieces.Add(word[from..]);
        return pieces;
    }

    [Fact]
    public void Capitalised_words_hyphenate_like_lowercase_ones() =>
        Assert.Equal(English.Hyphenate("hyphenation"), English.Hyphenate("Hyphenation"));
}
