namespace Publish.Readers.Tests.Text;

public class SmartPunctuationTests
{
    [Theory]
    [InlineData("\"Hello,\" she said.", "\u201CHello,\u201D she said.")]
    [InlineData("a 'total football' side", "a \u2018total football\u2019 side")]
    [InlineData("50 Cent's song, Tryin' hard", "50 Cent\u2019s song, Tryin\u2019 hard")]
    [InlineData("don't", "don\u2019t")]
    [InlineData("the '90s and 'em", "the \u201990s and \u2019em")]
    [InlineData("rock 'n' roll", "rock \u2019n\u2019 roll")]
    [InlineData("pages 10--12", "pages 10\u201312")]
    [InlineData("wait---what", "wait\u2014what")]
    [InlineData("man--he is", "man\u2013he is")]
    [InlineData("and so...", "and so\u2026")]
    [InlineData("(\"quoted\")", "(\u201Cquoted\u201D)")]
    [InlineData("said: \"'Yes,' he told me\"", "said: \u201C\u2018Yes,\u2019 he told me\u201D")]
    [InlineData("a - b and co-operation", "a - b and co-operation")]
    [InlineData("------", "------")]
    public void Turns_typewriter_punctuation_into_typographic(string input, string expected) =>
        Assert.Equal(expected, SmartPunctuation.Apply(input));

    [Fact]
    public void A_run_after_other_inline_text_takes_its_quote_direction_from_what_came_before() =>
        Assert.Equal("\u201D and", SmartPunctuation.Apply("\" and", before: 'x'));

    [Fact]
    public void Typewriter_form_undoes_the_pass() =>
        Assert.Equal("\"It's\" -- fine...", SmartPunctuation.ToTypewriter(SmartPunctuation.Apply("\"It's\" -- fine...")));
}
