using Publish.Model;

namespace Publish.Readers.Markdown;

// Publish.Readers.Text is a namespace; inside ours, Text means the model's text node.
using Text = Publish.Model.Text;

/// <summary>Collects converted inlines, merging neighbouring plain Text so the model stays compact.</summary>
internal sealed class InlineList
{
    private readonly List<Inline> _items = [];

    public void Add(Inline inline)
    {
        if (inline is Text { Value.Length: 0 }) return;
        if (inline is Text next && next.Attr.IsEmpty && _items.Count > 0 && _items[^1] is Text previous && previous.Attr.IsEmpty)
            _items[^1] = previous with { Value = previous.Value + next.Value };
        else
            _items.Add(inline);
    }

    public void AddRange(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) Add(inline);
    }

    public List<Inline> ToList() => _items;
}
