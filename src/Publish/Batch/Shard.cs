namespace Publish.Batch;

/// <summary>
/// <c>--shard I/N</c>: the I-th (1-based) of N slices of the inputs, for spreading a collection
/// over a CI matrix. Inputs are sorted by path and input k (0-based) goes to slice k mod N + 1,
/// so slices differ in size by at most one and every input is built by exactly one machine as
/// long as all machines see the same input list.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public static Shard? TryParse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new Shard(index, count);
        error = $"'{text}' is not a shard: expected I/N with 1 <= I <= N, e.g. 2/4";
        return null;
    }

    public IReadOnlyList<string> Select(IReadOnlyList<string> sortedInputs) =>
        sortedInputs.Where((_, k) => k % Count == Index - 1).ToList();

    public override string ToString() => $"{Index}/{Count}";
}
