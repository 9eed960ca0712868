using Publish.Model;

namespace Publish.Batch;

/// <summary>
/// Inputs of one build that would write the same output files — <c>a/x.md</c> and <c>b/x.md</c>, or
/// <c>x.md</c> and <c>x.txt</c> — into one output folder. Each such input gets an error naming the
/// others, and none of them is built: which one "wins" would depend on thread timing, and the
/// outputs would mix. Names are compared ignoring case, as on the file systems of macOS and Windows.
/// </summary>
internal static class OutputNameClashes
{
    public static IReadOnlyDictionary<string, Diagnostic> Find(IReadOnlyList<string> inputs, BuildOptions options)
    {
        var clashes = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var group in inputs.GroupBy(Publisher.OutputName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            foreach (var input in group)
            {
                var others = string.Join(", ", group.Where(i => i != input).Select(i => $"'{i}'"));
                clashes[input] = Diagnostic.Create(DiagnosticCatalog.OutputNameClash,
                    $"'{input}' and {others} would both write '{group.Key}' outputs into '{options.OutputDirectory}'; none of them is built",
                    new SourceSpan(input, 0, 0), "rename one of the inputs, or build them into different folders with -o");
            }
        }
        return clashes;
    }
}
