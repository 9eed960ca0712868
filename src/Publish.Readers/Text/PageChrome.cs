namespace Publish.Readers.Text;

/// <summary>
/// Lines that web pages wrap around an article and that a copy drags along. Only whole lines
/// match, compared without case, so a sentence that merely contains these words is never touched;
/// none of them ends with sentence punctuation, so the last line of a paragraph cannot match either.
/// </summary>
internal static class PageChrome
{
    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "top of page", "bottom of page", "back to top", "back to top of page", "return to top",
        "skip to content", "skip to main content", "skip to navigation", "jump to content",
        "share this article", "share this story", "share this page", "share this", "share on facebook",
        "share on twitter", "share on linkedin", "share via email", "email this article", "print this article",
        "advertisement", "advertisements", "sponsored", "sponsored content", "paid content", "promoted content",
        "continue reading", "continue reading below", "read more", "read more below", "story continues below",
        "article continues below", "related articles", "related stories", "related content", "more on this story",
        "recommended for you", "you may also like", "most read", "most popular", "trending now",
        "sign up for our newsletter", "subscribe to our newsletter", "subscribe now", "sign in", "log in",
        "accept cookies", "accept all cookies", "manage cookies", "cookie settings", "cookie policy",
        "media playback is unsupported on your device", "image caption", "image source",
        "view comments", "leave a comment",
    };

    public static bool IsChrome(string line) => Lines.Contains(line.Trim().TrimEnd(':'));
}
