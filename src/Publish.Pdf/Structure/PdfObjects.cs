using System.Globalization;
using System.Text;

namespace Publish.Pdf.Structure;

/// <summary>
/// Just enough of the PDF object model to read Skia's catalog, page tree and trailer and write
/// new versions of them. Leaves keep their source text, so they are written back unchanged.
/// </summary>
internal abstract record PdfObject
{
    public abstract void WriteTo(StringBuilder sb);

    public sealed override string ToString()
    {
        var sb = new StringBuilder();
        WriteTo(sb);
        return sb.ToString();
    }
}

/// <summary>A number, string, boolean or null, as written in the file.</summary>
internal sealed record PdfAtom(string Raw) : PdfObject
{
    public override void WriteTo(StringBuilder sb) => sb.Append(Raw);

    public static PdfAtom Number(double value) => new(Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>A text string as UTF-16BE with byte-order mark: any title survives, whatever its script.</summary>
    public static PdfAtom Text(string value)
    {
        var sb = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(value)) sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return new PdfAtom(sb.Append('>').ToString());
    }

    /// <summary>A literal string of printable ASCII (page label prefixes), escaped.</summary>
    public static PdfAtom Literal(string value) =>
        value.All(c => c is >= ' ' and < (char)127) ? new("(" + value.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)") + ")") : Text(value);
}

/// <summary>A name, kept as written (with its slash and any #xx escapes).</summary>
internal sealed record PdfName(string Raw) : PdfObject
{
    public override void WriteTo(StringBuilder sb) => sb.Append(Raw);
}

internal sealed record PdfRef(int Number, int Generation = 0) : PdfObject
{
    public override void WriteTo(StringBuilder sb) => sb.Append(Number).Append(' ').Append(Generation).Append(" R");
}

internal sealed record PdfArray(List<PdfObject> Items) : PdfObject
{
    public PdfArray(params PdfObject[] items) : this(items.ToList()) { }

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            Items[i].WriteTo(sb);
        }
        sb.Append(']');
    }
}

/// <summary>A dictionary; keys are names without the slash, in insertion order.</summary>
internal sealed record PdfDict(List<KeyValuePair<string, PdfObject>> Entries) : PdfObject
{
    public PdfDict() : this([]) { }

    public PdfObject? this[string key]
    {
        get => Entries.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var i = Entries.FindIndex(e => e.Key == key);
            if (value is null) { if (i >= 0) Entries.RemoveAt(i); }
            else if (i >= 0) Entries[i] = new(key, value);
            else Entries.Add(new(key, value));
        }
    }

    public PdfDict With(string key, PdfObject value)
    {
        this[key] = value;
        return this;
    }

    public override void WriteTo(StringBuilder sb)
    {
        sb.Append("<<");
        foreach (var (key, value) in Entries)
        {
            sb.Append('/').Append(key).Append(' ');
            value.WriteTo(sb);
            sb.Append(' ');
        }
        sb.Append(">>");
    }
}
