using System.Reflection;
using Publish.Infrastructure;
using Publish.Layout.Book;
using Publish.Model;

namespace Publish.Layout.Caching;

/// <summary>
/// What a chapter's flow depends on besides the theme: its blocks' content (the model fingerprint,
/// from <see cref="Walk"/>), the language (hyphenation), and, node by node in the same walk, the
/// <see cref="PlanDecision"/> the book plan made for it.
/// </summary>
internal static class ChapterKey
{
    private static readonly PropertyInfo[] s_decided =
        [.. typeof(PlanDecision).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")];

    public static ContentHash Of(BookPlan plan, int chapter)
    {
        var blocks = plan.Chapters[chapter];
        using var b = new ContentHashBuilder();
        b.Add(ModelFingerprint.Of(blocks)).Add(plan.Language);
        Walk.Visit(blocks, node =>
        {
            if (PlanDecision.Of(plan, node) is not { } decision) b.Add(-1);
            else foreach (var property in s_decided) b.Add(property.GetValue(decision)?.ToString());
            return true;
        });
        return b.ToHash();
    }
}
