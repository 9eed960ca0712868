namespace Publish.Readers.Tests.Text;

/// <summary>
/// Compares paragraphing as boundaries between words: a boundary is the word offset where a
/// paragraph ends (the text's final end is not counted, as every split agrees on it). Comparing
/// offsets rather than paragraph strings means one wrong break costs one boundary, not two
/// whole paragraphs.
/// </summary>
internal sealed record ParagraphScore(int TruePositives, int Found, int Expected)
{
    public static ParagraphScore Of(IReadOnlyList<string> actual, IReadOnlyList<string> expected)
    {
        var found = Boundaries(actual);
        var truth = Boundaries(expected);
        return new ParagraphScore(found.Intersect(truth).Count(), found.Count, truth.Count);
    }

    public static ParagraphScore operator +(ParagraphScore a, ParagraphScore b) =>
        new(a.TruePositives + b.TruePositives, a.Found + b.Found, a.Expected + b.Expected);

    public static readonly ParagraphScore Zero = new(0, 0, 0);

    public double Precision => Found == 0 ? 1 : (double)TruePositives / Found;
    public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static string[] Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<int> Boundaries(IReadOnlyList<string> paragraphs)
    {
        var result = new HashSet<int>();
        var offset = 0;
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            offset += Words(paragraphs[i]).Length;
            result.Add(offset);
        }
        return result;
    }

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({TruePositives}/{Found} found, {Expected} expected)";
}
