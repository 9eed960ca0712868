using System.Text.RegularExpressions;

namespace Publish.Model.Tests.Diagnostics;

public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Every_code_is_defined_once_with_the_PUB_area_number_shape()
    {
        Assert.NotEmpty(DiagnosticCatalog.All);
        foreach (var code in DiagnosticCatalog.All)
            Assert.True(CodeShape().IsMatch(code.Code), $"{code.Code} is not PUB followed by four digits");
        var repeated = DiagnosticCatalog.All.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"codes defined more than once: {string.Join(", ", repeated)}");
    }

    [Fact]
    public void Every_code_says_what_it_means()
    {
        foreach (var code in DiagnosticCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(code.Title), $"{code.Code} has no title");
            Assert.False(string.IsNullOrWhiteSpace(code.Explanation), $"{code.Code} has no explanation");
        }
    }

    [Fact]
    public void A_diagnostic_takes_its_code_and_severity_from_the_entry()
    {
        var span = new SourceSpan("book.md", 3, 5);
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCatalog.InternalLinkBroken, "internal link '#x' points to no element", span, "a hint");
        bag.Add(Diagnostic.Create(DiagnosticCatalog.ImageOutsideProject, "refused", span));

        Assert.Equal("book.md:3:5: warning PUB0701: internal link '#x' points to no element", bag.Items[0].ToString());
        Assert.Equal("a hint", bag.Items[0].Hint);
        Assert.Equal(Severity.Error, bag.Items[1].Severity);
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void Find_returns_the_entry_of_a_printed_code_and_null_for_an_unknown_one()
    {
        Assert.Same(DiagnosticCatalog.DuplicateId, DiagnosticCatalog.Find("PUB0201"));
        Assert.Null(DiagnosticCatalog.Find("PUB9999"));
    }

    [Fact]
    public void The_docs_page_is_the_one_the_catalogue_generates()
    {
        var path = Path.Combine(RepositoryFiles.RequireRoot(), "docs", "diagnostics.md");
        var expected = DiagnosticDocs.Markdown();
        if (Environment.GetEnvironmentVariable("PUBLISH_UPDATE_DOCS") == "1") File.WriteAllText(path, expected);
        Assert.True(File.Exists(path), "docs/diagnostics.md is missing: run the Model tests with PUBLISH_UPDATE_DOCS=1");
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(actual == expected, "docs/diagnostics.md differs from the catalogue: run the Model tests with PUBLISH_UPDATE_DOCS=1 and commit the file");
        foreach (var code in DiagnosticCatalog.All)
            Assert.Contains($"\n## {code.Code}\n", actual);
    }

    [Fact]
    public void No_source_file_outside_the_catalogue_spells_a_code_as_a_string_literal()
    {
        var src = Path.Combine(RepositoryFiles.RequireRoot(), "src");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "DiagnosticCatalog.cs" || IsBuildOutput(file)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                if (CodeLiteral().IsMatch(lines[i])) offenders.Add($"{Path.GetRelativePath(src, file)}:{i + 1}");
        }
        Assert.True(offenders.Count == 0,
            $"diagnostic codes as string literals (name a DiagnosticCatalog entry instead):\n{string.Join("\n", offenders)}");
    }

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}");

    [GeneratedRegex(@"^PUB\d{4}$")]
    private static partial Regex CodeShape();

    // A quoted code, also when built by interpolation ($"PUB{n}") or split across a concatenation.
    [GeneratedRegex(@"""PUB\d|\$""PUB")]
    private static partial Regex CodeLiteral();
}
