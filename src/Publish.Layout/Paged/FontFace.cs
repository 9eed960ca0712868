namespace Publish.Layout.Paged;

/// <summary>
/// One font file (one face of it), shared by layout (HarfBuzz shaping at the font's own units
/// per em) and the writers (which subset and embed it). Identity is by path and face index.
/// </summary>
internal sealed class FontFace
{
    public FontFace(string family, string path, int faceIndex, byte[] data, int unitsPerEm, bool bold, bool italic)
    {
        Family = family; Path = path; FaceIndex = faceIndex; Data = data; UnitsPerEm = unitsPerEm; Bold = bold; Italic = italic;
    }

    public string Family { get; }
    public string Path { get; }
    public int FaceIndex { get; }
    /// <summary>The whole font file; writers subset it to the glyphs used.</summary>
    public byte[] Data { get; }
    public int UnitsPerEm { get; }
    public bool Bold { get; }
    public bool Italic { get; }

    public override string ToString() => $"{Family} ({System.IO.Path.GetFileName(Path)}#{FaceIndex})";
}
