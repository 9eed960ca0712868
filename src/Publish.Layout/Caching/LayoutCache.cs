using Publish.Infrastructure;
using Publish.Layout.Book;
using Publish.Layout.Pages;
using Publish.Model;
using Publish.Styling;

namespace Publish.Layout.Caching;

/// <summary>
/// Layout work kept from one build of an input to the next (watch mode): chapter flows, and the
/// contents' page numbers to start settling from. A chapter whose content and plan facts
/// (<see cref="ChapterKey"/>) did not change is not set again — only pagination and decoration
/// run over it. A chapter whose layout reported anything is never kept, so its diagnostics come
/// back on every build. Bound to one theme instance and page
/// geometry; a build with other ones starts afresh. Not for use by two builds at once.
/// </summary>
internal sealed class LayoutCache
{
    private readonly LastBuildCache<ContentHash, List<FlowElement>> _flows = new();
    private (Theme Theme, PageGeometry Geometry)? _context;

    /// <summary>The contents' page numbers (heading id → page label) the last build settled on.</summary>
    internal IReadOnlyDictionary<string, string>? ContentsPageNumbers { get; set; }

    /// <summary>Chapters set in the last build (the rest were reused).</summary>
    public int ChaptersLaidOut { get; private set; }
    /// <summary>Chapters whose flow the last build took from the cache.</summary>
    public int ChaptersReused { get; private set; }

    /// <summary>
    /// Every chapter's flow, from the cache or from <paramref name="set"/> (which sets chapter i
    /// and reports what its layout emitted). Only this build's chapters are kept afterwards.
    /// </summary>
    internal List<FlowElement>[] Chapters(BookPlan plan, Theme theme, PageGeometry geometry, bool parallel,
        Func<int, (List<FlowElement> Flow, IReadOnlyList<Diagnostic> Diagnostics)> set, DiagnosticBag diagnostics)
    {
        if (_context is not { } context || !ReferenceEquals(context.Theme, theme) || context.Geometry != geometry) _flows.Clear();
        _context = (theme, geometry);

        var count = plan.Chapters.Count;
        var keys = new ContentHash[count];
        var flows = new List<FlowElement>[count];
        var emitted = new IReadOnlyList<Diagnostic>[count];
        if (parallel) Parallel.For(0, count, i => keys[i] = ChapterKey.Of(plan, i));
        else for (var i = 0; i < count; i++) keys[i] = ChapterKey.Of(plan, i);
        var missing = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (_flows.TryGet(keys[i], out var flow)) { flows[i] = flow; emitted[i] = []; }
            else missing.Add(i);
        }
        void Set(int k) => (flows[missing[k]], emitted[missing[k]]) = set(missing[k]);
        if (parallel) Parallel.For(0, missing.Count, Set);
        else for (var k = 0; k < missing.Count; k++) Set(k);

        Report(emitted, diagnostics);
        _flows.StartBuild();
        for (var i = 0; i < count; i++) if (emitted[i].Count == 0) _flows.Keep(keys[i], flows[i]);
        _flows.EndBuild();
        ChaptersLaidOut = missing.Count;
        ChaptersReused = count - missing.Count;
        return flows;
    }

    // Each chapter is set with its own inline layouter, whose font and formula warnings are
    // once per layouter (FontResolver: PUB0600, PUB0602; MathTypesetter: PUB0604); once per
    // build is what a build without the cache reports, so the later repeats are dropped here.
    private static readonly HashSet<string> s_oncePerBuild = [DiagnosticCatalog.FontFamilyMissing.Code, DiagnosticCatalog.GlyphMissing.Code, DiagnosticCatalog.MathNotTypeset.Code];

    private static void Report(IEnumerable<IReadOnlyList<Diagnostic>> chapters, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var d in chapters.SelectMany(c => c))
            if (!s_oncePerBuild.Contains(d.Code) || seen.Add((d.Code, d.Message))) diagnostics.Add(d);
    }
}
