using System.Globalization;
using System.Text;

namespace Publish.Pdf.Structure;

/// <summary>
/// Collects new objects and new versions of existing ones, then appends them to the original
/// bytes with a cross-reference section and a trailer pointing back (<c>/Prev</c>) at the old
/// one. Nothing before the end of the original file changes.
/// </summary>
internal sealed class UpdateWriter(PdfFile file)
{
    private readonly SortedDictionary<int, PdfObject> objects = [];
    private int next = file.Size;

    public PdfRef Allocate() => new(next++);

    public void Set(PdfRef reference, PdfObject value) => objects[reference.Number] = value;

    public byte[] AppendTo(byte[] original)
    {
        using var output = new MemoryStream(original.Length + 4096);
        output.Write(original);
        if (original.Length > 0 && original[^1] is not ((byte)'\n' or (byte)'\r')) output.WriteByte((byte)'\n');

        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, value) in objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n{value}\nendobj\n");
        }

        var xref = output.Position;
        var sb = new StringBuilder("xref\n");
        foreach (var run in ConsecutiveRuns(offsets.Keys.ToList()))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{run.First} {run.Count}\n");
            for (var n = run.First; n < run.First + run.Count; n++)
                sb.Append(CultureInfo.InvariantCulture, $"{offsets[n]:D10} 00000 n \n"); // 20 bytes, as the format requires
        }
        var trailer = new PdfDict(new(file.Trailer.Entries))
            .With("Size", new PdfAtom(Math.Max(next, file.Size).ToString(CultureInfo.InvariantCulture)))
            .With("Prev", new PdfAtom(file.StartXref.ToString(CultureInfo.InvariantCulture)));
        sb.Append("trailer\n").Append(trailer).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n");
        Write(output, sb.ToString());
        return output.ToArray();
    }

    private static IEnumerable<(int First, int Count)> ConsecutiveRuns(List<int> numbers)
    {
        for (var i = 0; i < numbers.Count;)
        {
            var j = i + 1;
            while (j < numbers.Count && numbers[j] == numbers[j - 1] + 1) j++;
            yield return (numbers[i], j - i);
            i = j;
        }
    }

    private static void Write(Stream output, string s) => output.Write(Encoding.Latin1.GetBytes(s));
}
