namespace Publish.Mathematics;

/// <summary>
/// Recursive descent over TeX math into a <see cref="MathNode"/> tree: a row is atoms, each with
/// optional sub- and superscripts. Anything it does not know (an unknown command, <c>&amp;</c>,
/// unbalanced braces) is an error value, never an exception: the caller shows the TeX instead.
/// </summary>
internal sealed class TexParser
{
    /// <summary>
    /// Groups, <c>\left</c> pairs and command arguments nested deeper than this are refused:
    /// typeset formulas nest a dozen levels, while 5,000 <c>\left(</c> in 50 KB overflowed the
    /// stack of every recursive pass (this parser, layout, MathML).
    /// </summary>
    public const int MaxDepth = 64;

    private readonly string _tex;
    private int _pos;
    private int _depth;
    private MathError? _error;

    private TexParser(string tex) => _tex = tex;

    public static MathParseResult Parse(string tex)
    {
        var parser = new TexParser(tex);
        var row = parser.ParseRow(stopAt: '\0');
        if (row is not null && parser._pos < tex.Length) parser.Fail($"unexpected '{tex[parser._pos]}'");
        return parser._error is { } error ? new MathParseResult(null, error) : new MathParseResult(row, null);
    }

    private MathNode? Fail(string reason)
    {
        _error ??= new MathError(reason, Math.Min(_pos, _tex.Length));
        return null;
    }

    private MathRow? ParseRow(char stopAt)
    {
        if (++_depth > MaxDepth) return TooDeep<MathRow>();
        try { return ParseRowWithin(stopAt); }
        finally { _depth--; }
    }

    private T? TooDeep<T>() where T : MathNode
    {
        Fail($"the formula nests groups, \\left or arguments deeper than {MaxDepth} levels");
        return null;
    }

    private MathRow? ParseRowWithin(char stopAt)
    {
        var children = new List<MathNode>();
        while (true)
        {
            SkipSpace();
            if (_pos >= _tex.Length || _tex[_pos] == stopAt || _tex[_pos] == '}' || Peek("\\right")) break;
            var atom = ParseScripted();
            if (atom is null) return null;
            children.Add(atom);
        }
        return new MathRow(children);
    }

    private MathNode? ParseScripted()
    {
        var nucleus = ParseAtom();
        if (nucleus is null) return null;
        MathNode? sub = null, sup = null;
        while (true)
        {
            SkipSpace();
            if (_pos >= _tex.Length) break;
            var c = _tex[_pos];
            if (c == '_' && sub is null) { _pos++; sub = ParseArgument(); if (sub is null) return null; }
            else if (c == '^' && sup is null) { _pos++; sup = ParseArgument(); if (sup is null) return null; }
            else if (c == '\'' && sup is null) { _pos++; sup = new MathOperator("\u2032", OperatorKind.Ordinary); }
            else if (c is '_' or '^') return Fail("double script");
            else break;
        }
        return sub is null && sup is null ? nucleus : new MathScripts(nucleus, sub, sup);
    }

    /// <summary>A script or command argument: a braced group, or a single token (one digit, not a number).</summary>
    private MathNode? ParseArgument()
    {
        if (++_depth > MaxDepth) return TooDeep<MathNode>();
        try { return ParseArgumentWithin(); }
        finally { _depth--; }
    }

    private MathNode? ParseArgumentWithin()
    {
        SkipSpace();
        if (_pos >= _tex.Length) return Fail("missing argument");
        if (_tex[_pos] == '{') return ParseGroup();
        if (char.IsAsciiDigit(_tex[_pos])) return new MathNumber(_tex[_pos++].ToString());
        return ParseAtom();
    }

    private MathNode? ParseGroup()
    {
        _pos++; // '{'
        var row = ParseRow(stopAt: '}');
        if (row is null) return null;
        if (_pos >= _tex.Length || _tex[_pos] != '}') return Fail("unbalanced braces");
        _pos++;
        return row.Children.Count == 1 ? row.Children[0] : row;
    }

    private MathNode? ParseAtom()
    {
        var c = _tex[_pos];
        if (c == '{') return ParseGroup();
        if (c == '\\') return ParseCommand();
        if (char.IsLetter(c)) { _pos++; return new MathIdentifier(c.ToString()); }
        if (char.IsAsciiDigit(c) || (c == '.' && NextIsDigit()))
        {
            var start = _pos;
            while (_pos < _tex.Length && (char.IsAsciiDigit(_tex[_pos]) || (_tex[_pos] == '.' && NextIsDigit()))) _pos++;
            return new MathNumber(_tex[start.._pos]);
        }
        if (TexSymbols.Character(c) is { } op) { _pos++; return new MathOperator(op.Text, op.Kind); }
        return Fail(c is '&' ? "alignment (&) is not supported" : $"unsupported character '{c}'");
    }

    private bool NextIsDigit() => _pos + 1 < _tex.Length && char.IsAsciiDigit(_tex[_pos + 1]);

    private MathNode? ParseCommand()
    {
        var start = _pos;
        var name = ReadCommandName();
        if (name is null) return Fail("a lone backslash");
        if (TexSymbols.Identifiers.TryGetValue(name, out var ident)) return new MathIdentifier(ident);
        if (TexSymbols.Operators.TryGetValue(name, out var op)) return new MathOperator(op.Text, op.Kind);
        if (TexSymbols.Functions.Contains(name)) return new MathFunction(name);
        if (TexSymbols.Spaces.TryGetValue(name, out var em)) return new MathSpace(em);
        if (TexSymbols.Accents.TryGetValue(name, out var accent)) return ParseArgument() is { } body ? new MathAccent(body, accent) : null;
        if (TexSymbols.Variants.TryGetValue(name, out var variant)) return ParseArgument() is { } arg ? new MathStyled(variant, arg) : null;
        switch (name)
        {
            case "frac" or "dfrac" or "tfrac":
                var num = ParseArgument();
                var den = num is null ? null : ParseArgument();
                return den is null ? null : new MathFraction(num!, den, name == "frac" ? null : name == "dfrac");
            case "sqrt":
                return ParseRoot();
            case "overline":
                return ParseArgument() is { } over ? new MathOverline(over) : null;
            case "text" or "textrm" or "mbox":
                return ParseText();
            case "left":
                return ParseFenced();
            default:
                _pos = start;
                return Fail($"unknown command \\{name}");
        }
    }

    private string? ReadCommandName()
    {
        _pos++; // '\'
        if (_pos >= _tex.Length) return null;
        if (!char.IsAsciiLetter(_tex[_pos])) return _tex[_pos++].ToString();
        var start = _pos;
        while (_pos < _tex.Length && char.IsAsciiLetter(_tex[_pos])) _pos++;
        return _tex[start.._pos];
    }

    private MathNode? ParseRoot()
    {
        SkipSpace();
        MathNode? index = null;
        if (_pos < _tex.Length && _tex[_pos] == '[')
        {
            _pos++;
            var row = ParseRow(stopAt: ']');
            if (row is null) return null;
            if (_pos >= _tex.Length) return Fail("unclosed root index");
            _pos++;
            index = row.Children.Count == 1 ? row.Children[0] : row;
        }
        var body = ParseArgument();
        return body is null ? null : new MathRoot(body, index);
    }

    private MathNode? ParseText()
    {
        SkipSpace();
        if (_pos >= _tex.Length || _tex[_pos] != '{') return Fail("\\text needs a braced argument");
        var end = _tex.IndexOf('}', _pos);
        if (end < 0) return Fail("unbalanced braces");
        var text = _tex[(_pos + 1)..end];
        _pos = end + 1;
        return new MathText(text);
    }

    private MathNode? ParseFenced()
    {
        var open = ParseDelimiter();
        if (open is null) return null;
        var body = ParseRow(stopAt: '\0');
        if (body is null) return null;
        if (!Peek("\\right")) return Fail("\\left without \\right");
        _pos += "\\right".Length;
        var close = ParseDelimiter();
        return close is null ? null : new MathFenced(open, body, close);
    }

    private string? ParseDelimiter()
    {
        SkipSpace();
        if (_pos >= _tex.Length) { Fail("missing delimiter"); return null; }
        var c = _tex[_pos];
        if (c == '.') { _pos++; return ""; }
        if ("()[]|/".Contains(c)) { _pos++; return c.ToString(); }
        if (c != '\\') { Fail("unsupported delimiter"); return null; }
        var name = ReadCommandName();
        if (name is not null && TexSymbols.Operators.TryGetValue(name, out var op)) return op.Text;
        Fail($"unsupported delimiter \\{name}");
        return null;
    }

    private bool Peek(string s) => string.CompareOrdinal(_tex, _pos, s, 0, s.Length) == 0
        && (_pos + s.Length >= _tex.Length || !char.IsAsciiLetter(_tex[_pos + s.Length]));

    private void SkipSpace()
    {
        while (_pos < _tex.Length && char.IsWhiteSpace(_tex[_pos])) _pos++;
    }
}
