namespace Publish.Model;

/// <summary>
/// A set of ids that remembers the order they were taken in. Ids are unique across a whole book,
/// so a rebuild that reuses a cached chapter replays the ids that chapter took: every later
/// chapter then sees the set a full build would have given it.
/// </summary>
internal sealed class ClaimedIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>How many ids have been taken so far.</summary>
    public int Count => _order.Count;

    /// <summary>Every id taken so far, in the order it was taken.</summary>
    public IReadOnlyList<string> InOrder => _order;

    public bool Contains(string id) => _taken.Contains(id);

    /// <summary>Takes <paramref name="id"/>; false when it was taken before.</summary>
    public bool TryClaim(string id)
    {
        if (!_taken.Add(id)) return false;
        _order.Add(id);
        return true;
    }

    /// <summary>The ids taken after the first <paramref name="count"/>.</summary>
    public IReadOnlyList<string> Since(int count) => _order[count..];

    /// <summary>Takes ids as a cached chapter took them, as if it had been read or written again.</summary>
    public void Replay(IEnumerable<string> ids)
    {
        foreach (var id in ids) TryClaim(id);
    }
}
