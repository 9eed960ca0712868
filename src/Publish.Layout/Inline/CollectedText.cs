using Publish.Model;

namespace Publish.Layout.Inline;

/// <summary>A styled stretch [Start, End) of the paragraph text.</summary>
internal readonly record struct StyleSpan(int Start, int End, InlineStyle Style);

internal enum MarkerKind { Anchor, Note, ForcedBreak }

/// <summary>Something at a text position that takes no room: an anchor id, a cited note, a forced line break.</summary>
internal readonly record struct Marker(int Position, MarkerKind Kind, string? Id = null, Note? Note = null);

/// <summary>
/// The collect phase's result: the paragraph as one string (whitespace already normalised),
/// its style spans covering it end to end, and its zero-width markers in order.
/// </summary>
internal sealed record CollectedText(string Text, IReadOnlyList<StyleSpan> Spans, IReadOnlyList<Marker> Markers);
