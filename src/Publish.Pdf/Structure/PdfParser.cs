namespace Publish.Pdf.Structure;

/// <summary>
/// Parses PDF objects from text decoded as Latin-1 (one char per byte, so positions are byte
/// offsets). Streams are never parsed: we only read dictionaries that carry none.
/// </summary>
internal sealed class PdfParser(string text, int position)
{
    public int Position { get; private set; } = position;

    public PdfObject ReadObject()
    {
        SkipWhitespace();
        var c = Peek();
        if (c == '<' && Peek(1) == '<') return ReadDict();
        if (c == '<') return new PdfAtom(ReadUntil('>', inclusive: true));
        if (c == '[') return ReadArray();
        if (c == '(') return new PdfAtom(ReadLiteralString());
        if (c == '/') return new PdfName(ReadToken());
        var token = ReadToken();
        if (IsInteger(token))
        {
            // "n g R" is a reference; look ahead without consuming otherwise.
            var save = Position;
            SkipWhitespace();
            var generation = ReadToken();
            SkipWhitespace();
            if (IsInteger(generation) && Peek() == 'R' && IsDelimiterOrSpace(Peek(1)))
            {
                Position++;
                return new PdfRef(int.Parse(token), int.Parse(generation));
            }
            Position = save;
        }
        if (token.Length == 0) throw new FormatException($"unexpected '{c}' at byte {Position}");
        return new PdfAtom(token);
    }

    /// <summary>Reads "n g obj" and the object after it.</summary>
    public PdfObject ReadIndirectObject()
    {
        SkipWhitespace();
        ReadToken();
        SkipWhitespace();
        ReadToken();
        SkipWhitespace();
        if (ReadToken() != "obj") throw new FormatException($"no object at byte {Position}");
        return ReadObject();
    }

    private PdfDict ReadDict()
    {
        Position += 2;
        var dict = new PdfDict();
        while (true)
        {
            SkipWhitespace();
            if (Peek() == '>' && Peek(1) == '>') { Position += 2; return dict; }
            if (Peek() != '/') throw new FormatException($"dictionary key expected at byte {Position}");
            var key = ReadToken()[1..];
            dict.Entries.Add(new(key, ReadObject()));
        }
    }

    private PdfArray ReadArray()
    {
        Position++;
        var array = new PdfArray();
        while (true)
        {
            SkipWhitespace();
            if (Peek() == ']') { Position++; return array; }
            array.Items.Add(ReadObject());
        }
    }

    private string ReadLiteralString()
    {
        var start = Position;
        var depth = 0;
        do
        {
            var c = text[Position++];
            if (c == '\\') Position++;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
        } while (depth > 0);
        return text[start..Position];
    }

    private string ReadUntil(char end, bool inclusive)
    {
        var stop = text.IndexOf(end, Position);
        if (stop < 0) throw new FormatException($"unterminated token at byte {Position}");
        var s = text[Position..(inclusive ? stop + 1 : stop)];
        Position = inclusive ? stop + 1 : stop;
        return s;
    }

    /// <summary>A regular token: a name (with its slash), number or keyword.</summary>
    private string ReadToken()
    {
        var start = Position;
        if (Peek() == '/') Position++;
        while (Position < text.Length && !IsDelimiterOrSpace(text[Position])) Position++;
        return text[start..Position];
    }

    public void SkipWhitespace()
    {
        while (Position < text.Length)
        {
            var c = text[Position];
            if (c == '%') { while (Position < text.Length && text[Position] is not ('\n' or '\r')) Position++; }
            else if (IsSpace(c)) Position++;
            else return;
        }
    }

    private char Peek(int ahead = 0) => Position + ahead < text.Length ? text[Position + ahead] : '\0';
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';
    private static bool IsDelimiterOrSpace(char c) => IsSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
    private static bool IsInteger(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
