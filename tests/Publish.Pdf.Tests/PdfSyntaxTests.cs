using System.Text;
using Publish.Pdf.Syntax;

namespace Publish.Pdf.Tests;

/// <summary>The tokens every object and content stream is made of, written byte for byte.</summary>
public class PdfSyntaxTests
{
    [Theory]
    [InlineData(12.0, "12")]
    [InlineData(0.5, "0.5")]
    [InlineData(-3.125, "-3.125")]
    [InlineData(0.05, "0.05")]
    [InlineData(517.9994, "517.999")]
    [InlineData(517.9996, "518")]
    [InlineData(-0.0004, "0")]
    [InlineData(double.NaN, "0")]
    public void Numbers_have_at_most_three_decimals_and_no_trailing_zeros(double value, string written)
    {
        Assert.Equal(written, Write(b => b.Number(value)));
    }

    [Fact]
    public void Text_strings_are_ascii_literals_or_utf16_with_a_byte_order_mark()
    {
        Assert.Equal("<FEFF00C9007400E900B7>", Write(b => b.Text("Été·")));
        Assert.Equal("(a \\(b\\) c\\\\)", Write(b => b.Text("a (b) c\\")));
    }

    [Fact]
    public void Names_escape_delimiters_and_bytes_outside_ascii()
    {
        Assert.Equal("/ABCDEF+DejaVuSerif", Write(b => b.Name("ABCDEF+DejaVuSerif")));
        Assert.Equal("/A#20B#2FC#C3#A9", Write(b => b.Name("A B/Cé")));
    }

    [Fact]
    public void Glyph_codes_are_two_raw_bytes_with_delimiters_and_carriage_returns_escaped()
    {
        using var b = new PdfBuffer();
        b.Code2(0x0041).Code2(0x2829).Code2(0x5C0D);

        Assert.Equal([0x00, 0x41, (byte)'\\', 0x28, (byte)'\\', 0x29, (byte)'\\', 0x5C, (byte)'\\', (byte)'r'], b.Written.ToArray());
    }

    private static string Write(Action<PdfBuffer> write)
    {
        using var b = new PdfBuffer();
        write(b);
        return Encoding.Latin1.GetString(b.Written);
    }
}
