namespace Publish.Infrastructure;

/// <summary>
/// What one build of an input keeps for the next (watch mode): lookups see what the last build
/// kept, and whatever this build keeps becomes, at <see cref="EndBuild"/>, all there is — so a
/// watch session's caches never outgrow one document. Not for two builds at once.
/// </summary>
internal sealed class LastBuildCache<TKey, TValue> where TKey : notnull
{
    private readonly IEqualityComparer<TKey>? _comparer;
    private Dictionary<TKey, TValue> _last;
    private Dictionary<TKey, TValue> _kept;

    public LastBuildCache(IEqualityComparer<TKey>? comparer = null)
    {
        _comparer = comparer;
        _last = new(comparer);
        _kept = new(comparer);
    }

    /// <summary>What the last build kept under <paramref name="key"/>. Safe from several threads while nothing is kept.</summary>
    public bool TryGet(TKey key, out TValue value) => _last.TryGetValue(key, out value!);

    /// <summary>As <see cref="TryGet"/>, and keeps what it found for the next build.</summary>
    public bool TryReuse(TKey key, out TValue value)
    {
        if (!_last.TryGetValue(key, out value!)) return false;
        _kept[key] = value;
        return true;
    }

    /// <summary>Keeps <paramref name="value"/> for the next build.</summary>
    public void Keep(TKey key, TValue value) => _kept[key] = value;

    /// <summary>Starts a build with nothing kept yet (what an unfinished build kept is dropped).</summary>
    public void StartBuild() => _kept = new(_comparer);

    /// <summary>Ends a build: what it kept is what the next one finds.</summary>
    public void EndBuild() => (_last, _kept) = (_kept, new(_comparer));

    /// <summary>Forgets everything, e.g. when what the entries depend on changed.</summary>
    public void Clear() => (_last, _kept) = (new(_comparer), new(_comparer));
}
