namespace Publish.Layout.Inline;

/// <summary>
/// Hanging punctuation (optical margin alignment): light marks at a line's edge — hyphens, stops,
/// commas, quotes — leave the margin looking dented, so they hang into it by a share of their
/// width, and the letters line up instead. The shares are microtype's defaults for a book face
/// (pdfTeX's <c>\rpcode</c>/<c>\lpcode</c> in thousandths of the glyph's width).
/// </summary>
internal static class Protrusion
{
    /// <summary>How much of the glyph hangs past the right edge of a justified line.</summary>
    public static double Right(char c) => c switch
    {
        // A hyphen, a stop and a comma are all white above or below: most of them hangs.
        '-' or '\u2010' or '.' or ',' => 0.7,
        // Closing quotes are as light as a comma, but taller.
        '\u2019' or '\u201D' or '\'' or '"' => 0.7,
        // Colons and semicolons have more ink at the baseline; half of them hangs.
        ':' or ';' => 0.5,
        // En dashes are wider: a third of one is as much white as most of a hyphen.
        '\u2013' => 0.3,
        // Em dashes, ? and ! carry ink across their width; a fifth keeps their weight inside.
        '\u2014' or '?' or '!' => 0.2,
        _ => 0,
    };

    /// <summary>How much of the glyph hangs past the left edge of a line that starts at the margin.</summary>
    public static double Left(char c) => c switch
    {
        // Opening quotes are the mirror of closing ones.
        '\u2018' or '\u201C' or '\'' or '"' => 0.5,
        // An opening parenthesis or bracket is a thin stroke: a fifth of it hangs.
        '(' or '[' => 0.2,
        _ => 0,
    };
}
