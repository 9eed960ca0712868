using Publish.Pdf.Structure;

namespace Publish.Pdf.Tests;

/// <summary>The small object reader behind the incremental update: objects in, the same text out.</summary>
public class PdfParserTests
{
    [Theory]
    [InlineData("<</Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>", "<</Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] >>")]
    [InlineData("<</T (a (nested\\) string\\\\) x) /H <FEFF0041> >>", "<</T (a (nested\\) string\\\\) x) /H <FEFF0041> >>")]
    [InlineData("<</N /A#20B/C%comment\n true>>", "<</N /A#20B /C true >>")]
    [InlineData("[1.5 -2 null false <</X <<>> >>]", "[1.5 -2 null false <</X <<>> >>]")]
    public void Reads_and_writes_back_objects(string source, string expected)
    {
        Assert.Equal(expected, new PdfParser(source, 0).ReadObject().ToString());
    }

    [Fact]
    public void Tells_references_from_numbers()
    {
        var array = Assert.IsType<PdfArray>(new PdfParser("[1 0 R 2 3 4 0 R 5]", 0).ReadObject());

        Assert.Equal([new PdfRef(1), new PdfAtom("2"), new PdfAtom("3"), new PdfRef(4), new PdfAtom("5")], array.Items);
    }

    [Fact]
    public void Malformed_dictionaries_are_refused()
    {
        Assert.Throws<FormatException>(() => new PdfParser("<</A 1 2 /B 3>>", 0).ReadObject());
    }

    [Fact]
    public void Text_strings_are_utf16_with_a_byte_order_mark()
    {
        Assert.Equal("<FEFF00C9007400E900B7>", PdfAtom.Text("Été·").Raw);
        Assert.Equal("(a \\(b\\) c)", PdfAtom.Literal("a (b) c").Raw);
    }
}
