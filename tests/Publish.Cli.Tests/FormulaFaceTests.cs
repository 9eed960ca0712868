using Publish.Model;
using UglyToad.PdfPig;

namespace Publish.Cli.Tests;

/// <summary>
/// A book built with defaults sets its formulas in TeX Gyre Pagella Math, the math companion of
/// the book face that ships in styles/fonts, so a formula matches the text around it; no glyph
/// of a formula falls back to DejaVu when the math font has it.
/// </summary>
public class FormulaFaceTests
{
    private const string Source = """
        # Tides

        The height after $t$ hours is $h(t) = h_0 + A\cos\left(\frac{2\pi t}{T}\right)$, for a
        mean level $h_0$ and an amplitude $A \approx 1.95$ m; the vector $\mathbf{v} \in \mathbb{R}^3$.

        $$\sum_{n=1}^{\infty} \frac{1}{n^2} = \frac{\pi^2}{6}, \qquad \int_0^1 x\,dx = \sqrt{\tfrac{1}{4}}$$
        """;

    [Fact]
    public void The_default_book_embeds_pagella_math_and_no_formula_glyph_falls_back()
    {
        using var project = new TempProject();
        var input = project.Write("tides.md", Source);
        var result = Publisher.Build(new BuildOptions
        {
            Input = input, OutputDirectory = project.Out, Formats = OutputFormat.Pdf,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
        });
        Assert.True(result.Succeeded);
        using var document = PdfDocument.Open(Path.Combine(project.Out, "tides.pdf"));
        var letters = document.GetPages().SelectMany(p => p.Letters).ToList();
        var math = letters.Where(l => (l.FontName ?? "").Contains("TeXGyrePagellaMath", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(math);
        // Variables are the math font's italic letters (U+1D400…), not letters of another face.
        Assert.Contains(math, l => l.Value == "𝑡");
        Assert.Contains(math, l => l.Value == "ℎ");
        Assert.Contains(math, l => l.Value == "𝐯");
        Assert.Contains(math, l => l.Value == "ℝ");
        Assert.Contains(math, l => l.Value == "∑");
        Assert.DoesNotContain(letters, l => (l.FontName ?? "").Contains("DejaVu", StringComparison.Ordinal));
    }
}
