using System.Security.Cryptography;

namespace Publish.Pdf.Syntax;

/// <summary>
/// Writes numbered objects to the output in one pass, remembering each object's offset for the
/// cross-reference table, and hashes every byte on the way so the file's /ID can be derived
/// from its content. Numbers are handed out first (<see cref="Allocate"/>) so that objects may
/// refer to ones written later.
/// </summary>
internal sealed class PdfObjectWriter : IDisposable
{
    private readonly Stream output;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<long> offsets = [0]; // object 0 is the head of the free list
    private readonly PdfBuffer scratch = new(16 * 1024);
    private readonly PdfBuffer scratchHeader = new(32);
    private long position;

    public PdfObjectWriter(Stream output)
    {
        this.output = output;
        // PDF 1.7 (PDF/A-2 builds on it); the comment of high bytes tells transfer tools the file is binary.
        Emit("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    public int Allocate()
    {
        offsets.Add(-1);
        return offsets.Count - 1;
    }

    /// <summary>A cleared scratch buffer for the next object's body.</summary>
    public PdfBuffer Begin()
    {
        scratch.Clear();
        return scratch;
    }

    /// <summary>Writes what was put into <see cref="Begin"/>'s buffer as object <paramref name="number"/>.</summary>
    public void End(int number)
    {
        StartObject(number);
        Emit(scratch.Written);
        Emit("\nendobj\n"u8);
    }

    /// <summary>
    /// Writes a stream object: the scratch buffer holds the dictionary's entries (without
    /// <c>&lt;&lt; &gt;&gt;</c> and /Length), <paramref name="data"/> the already encoded bytes.
    /// </summary>
    public void EndStream(int number, ReadOnlySpan<byte> data)
    {
        scratch.Ascii(" /Length ").Int(data.Length);
        StartObject(number);
        Emit("<<"u8);
        Emit(scratch.Written);
        Emit(">>\nstream\n"u8);
        Emit(data);
        Emit("\nendstream\nendobj\n"u8);
    }

    private void StartObject(int number)
    {
        offsets[number] = position;
        scratchHeader.Clear();
        scratchHeader.Int(number).Ascii(" 0 obj\n");
        Emit(scratchHeader.Written);
    }

    /// <summary>SHA-256 of every byte written so far.</summary>
    public byte[] ContentHash() => hash.GetCurrentHash();

    /// <summary>The cross-reference table and the trailer; every allocated object must have been written.</summary>
    public void Finish(int root, int info, byte[] id)
    {
        var missing = offsets.FindIndex(1, o => o < 0);
        if (missing > 0) throw new InvalidOperationException($"object {missing} was allocated but never written");
        var xref = position;
        var b = Begin();
        b.Ascii("xref\n0 ").Int(offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (var i = 1; i < offsets.Count; i++)
        {
            var offset = offsets[i].ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
            b.Ascii(offset).Ascii(" 00000 n \n"); // 20 bytes per entry, as the format requires
        }
        b.Ascii("trailer\n<</Size ").Int(offsets.Count).Ascii(" /Root ").Ref(root).Ascii(" /Info ").Ref(info).Ascii(" /ID [<");
        foreach (var x in id) b.Ascii(x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        b.Ascii("> <");
        foreach (var x in id) b.Ascii(x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        b.Ascii(">]>>\nstartxref\n").Int(xref).Ascii("\n%%EOF\n");
        Emit(b.Written);
        output.Flush();
    }

    private void Emit(ReadOnlySpan<byte> data)
    {
        output.Write(data);
        hash.AppendData(data);
        position += data.Length;
    }

    public void Dispose()
    {
        hash.Dispose();
        scratch.Dispose();
        scratchHeader.Dispose();
    }
}
