namespace Publish.Readers;

/// <summary>How to read an input: <c>--from markdown|gfm|commonmark|text</c>.</summary>
public enum SourceFormat
{
    /// <summary>Pick from the file name: .txt is text, everything else extended Markdown.</summary>
    Auto,
    /// <summary>Extended Markdown: tables, footnotes, attributes, math, smart punctuation.</summary>
    Markdown,
    /// <summary>GitHub-flavoured Markdown as GitHub renders files: bare autolinks, tables, task lists, strikethrough, alerts, footnotes.</summary>
    Gfm,
    /// <summary>Strict CommonMark: no extensions, no smart punctuation.</summary>
    CommonMark,
    /// <summary>Plain text copied from the web or from Project Gutenberg.</summary>
    Text,
}
