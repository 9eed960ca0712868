using Publish.Model;

namespace Publish;

/// <summary>
/// Only web addresses (<c>http:</c>, <c>https:</c>), <c>mailto:</c> and internal targets
/// (<c>#id</c>) become links, in every output: <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>,
/// <c>file:</c> and any other scheme — or a relative path to a file no output carries — keep
/// their text, lose the link, and get a warning (PUB0760). One pass over the model, before any
/// writer, so the HTML, the EPUB and the PDF's /URI actions agree.
/// </summary>
internal sealed class LinkTargetFilter : Rewriter
{
    private static readonly string[] Allowed = ["http://", "https://", "mailto:"];
    private readonly DiagnosticBag _diagnostics;

    private LinkTargetFilter(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public static Document Filter(Document document, DiagnosticBag diagnostics)
    {
        var refused = false;
        NodeWalker.Walk(document.Blocks, node => refused |= node is Link link && !IsAllowed(link.Target));
        return refused ? new LinkTargetFilter(diagnostics).Rewrite(document) : document;
    }

    /// <summary>
    /// True for <c>#id</c>, and for targets that start with an allowed scheme once the characters
    /// browsers ignore in a scheme (ASCII controls and spaces, e.g. <c>java&#9;script:</c>) are
    /// removed and case is folded.
    /// </summary>
    public static bool IsAllowed(string target)
    {
        if (target.StartsWith('#')) return true;
        var folded = new string([.. target.Where(c => c > ' ' && c != '\u007F')]).ToLowerInvariant();
        return Allowed.Any(prefix => folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length);
    }

    protected override IEnumerable<Inline> RewriteInline(Inline inline)
    {
        if (inline is not Link link || IsAllowed(link.Target)) return [inline];
        var shown = link.Target.Length > 60 ? link.Target[..57] + "..." : link.Target;
        var scheme = SchemeOf(link.Target);
        _diagnostics.Report(DiagnosticCatalog.LinkSchemeRefused, scheme is null
                ? $"link '{Printable(shown)}' is a path to a file no output carries; its text is kept without the link"
                : $"link '{Printable(shown)}' uses the scheme '{scheme}:', which no output links to (only http, https, mailto and #ids); its text is kept without the link",
            link.Span, "link to a web address (https://...) or to a heading's #id");
        return [new Span(link.Content) { Span = link.Span, Attr = link.Attr }];
    }

    private static string? SchemeOf(string target)
    {
        var colon = target.IndexOf(':');
        return colon > 0 && target[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.' || c <= ' ') ? Printable(target[..colon].Trim()).ToLowerInvariant() : null;
    }

    private static string Printable(string s) => new([.. s.Select(c => char.IsControl(c) ? '?' : c)]);
}
