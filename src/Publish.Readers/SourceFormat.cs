namespace Publish.Readers;

/// <summary>How to read an input: <c>--from markdown|gfm|commonmark|text|html</c>.</summary>
public enum SourceFormat
{
    /// <summary>Pick from the file name: .txt is text, .html/.htm a web page, everything else extended Markdown.</summary>
    Auto,
    /// <summary>Extended Markdown: tables, footnotes, attributes, math, smart punctuation.</summary>
    Markdown,
    /// <summary>GitHub-flavoured Markdown as GitHub renders files: bare autolinks, tables, task lists, strikethrough, alerts, footnotes.</summary>
    Gfm,
    /// <summary>Strict CommonMark: no extensions, no smart punctuation.</summary>
    CommonMark,
    /// <summary>Plain text copied from the web or from Project Gutenberg.</summary>
    Text,
    /// <summary>A saved web page: the article is extracted from the page's furniture.</summary>
    Html,
    /// <summary>HTML written as a document: the whole body is converted, nothing extracted (<c>--no-extract</c>).</summary>
    HtmlDocument,
}
