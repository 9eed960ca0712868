using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Readers.Markdown;

/// <summary>
/// pandoc's <c>latex_macros</c>: a macro defined in a raw TeX block (<c>\newcommand{\tuple}[1]{\langle #1 \rangle}</c>,
/// <c>\renewcommand</c>, <c>\def\name{…}</c>) is expanded in the TeX math after it, so
/// <c>$\tuple{x,y}$</c> is set as <c>\langle x,y \rangle</c> — the definition itself goes with its raw block.
/// </summary>
internal sealed partial class TexMacros
{
    /// <summary>
    /// A definition that uses itself would expand forever; no real chain of macros is anywhere near
    /// this many expansions deep, so past it the text is left as it stands.
    /// </summary>
    private const int MaxExpansions = 1000;

    /// <summary>
    /// A macro that repeats its argument doubles the text at each level of a nested use; a hostile
    /// source could make it huge within those expansions. No formula is longer than this.
    /// </summary>
    private const int MaxLength = 64 * 1024;

    private readonly Dictionary<string, (int Arity, string Body)> _macros = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\\(?:re|provide|new)command\*?\s*(?:\{\s*\\(?<name>[A-Za-z]+)\s*\}|\\(?<name>[A-Za-z]+))\s*(?:\[(?<arity>[1-9])\])?\s*(?=\{)|\\def\s*\\(?<name>[A-Za-z]+)\s*(?=\{)")]
    private static partial Regex Definition();

    /// <summary>Takes the macro definitions of a raw TeX block.</summary>
    public void Define(string tex)
    {
        foreach (Match m in Definition().Matches(tex))
        {
            var bodyOpen = m.Index + m.Length;
            if (Group(tex, bodyOpen) is not { } close) continue;
            var arity = m.Groups["arity"].Success ? m.Groups["arity"].Value[0] - '0' : 0;
            _macros[m.Groups["name"].Value] = (arity, tex[(bodyOpen + 1)..close]);
        }
    }

    /// <summary>The math with every defined macro expanded.</summary>
    public string Apply(string tex)
    {
        if (_macros.Count == 0 || !tex.Contains('\\')) return tex;
        var expansions = 0;
        var text = tex;
        var k = 0;
        while (k < text.Length && expansions < MaxExpansions && text.Length <= MaxLength)
        {
            if (text[k] != '\\') { k++; continue; }
            var nameEnd = k + 1;
            while (nameEnd < text.Length && char.IsAsciiLetter(text[nameEnd])) nameEnd++;
            if (nameEnd == k + 1 || !_macros.TryGetValue(text[(k + 1)..nameEnd], out var macro)) { k = Math.Max(k + 2, nameEnd); continue; }
            var args = new List<string>();
            var at = nameEnd;
            for (var a = 0; a < macro.Arity; a++)
            {
                while (at < text.Length && text[at] == ' ') at++;
                if (at >= text.Length) break;
                if (text[at] == '{' && Group(text, at) is { } close) { args.Add(text[(at + 1)..close]); at = close + 1; }
                else { args.Add(text[at].ToString()); at++; }
            }
            if (args.Count < macro.Arity) { k = nameEnd; continue; }
            var body = new StringBuilder(macro.Body);
            for (var a = args.Count; a >= 1; a--) body.Replace("#" + a, args[a - 1]);
            // Expanded in place, so macros in the expansion are expanded in turn.
            text = text[..k] + body + text[at..];
            expansions++;
        }
        return text;
    }

    // The index of the brace closing the one at `open`, or null.
    private static int? Group(string s, int open)
    {
        if (open >= s.Length || s[open] != '{') return null;
        var depth = 0;
        for (var k = open; k < s.Length; k++)
        {
            if (s[k] == '\\') { k++; continue; }
            if (s[k] == '{') depth++;
            else if (s[k] == '}' && --depth == 0) return k;
        }
        return null;
    }
}
