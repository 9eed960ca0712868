using Publish.Styling;

namespace Publish.Epub.Css;

/// <summary>
/// The theme as one CSS file that Kindle, Kobo and Apple Books render: relative units only, no
/// CSS variables, no @page, no position, so the reader's own font size and margins stay in control.
/// </summary>
public static class ThemeCss
{
    public static string Generate(Theme theme) => """
        body { margin: 0; font-family: serif; line-height: 1.4; }
        p { margin: 0; text-indent: 1.5em; text-align: justify; }
        h1 + p, h2 + p, h3 + p, hr + p { text-indent: 0; }
        h1, h2, h3, h4, h5, h6 { text-indent: 0; text-align: left; page-break-after: avoid; }
        h1 { text-align: center; margin: 2em 0 1.5em; font-weight: normal; }
        blockquote { margin: 1em 1.5em; }
        pre { font-family: monospace; font-size: 0.85em; white-space: pre-wrap; }
        code { font-family: monospace; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border-top: 1px solid #888; padding: 0.2em 0.5em; }
        figure { margin: 1em 0; text-align: center; }
        img { max-width: 100%; }
        aside.footnote { font-size: 0.85em; }
        """;
}
