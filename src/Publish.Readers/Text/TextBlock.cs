namespace Publish.Readers.Text;

internal enum BlockRole { Paragraph, SectionHeading, Chapter }

/// <summary>A paragraph or heading rebuilt from source lines, before it becomes a model block.</summary>
internal sealed record TextBlock(BlockRole Role, IReadOnlyList<SourceLine> Lines)
{
    /// <summary>True when a section break (double blank line, heading, the end) follows the block.</summary>
    public bool BeforeSectionBreak { get; init; }

    public SourceLine First => Lines[0];
    public SourceLine Last => Lines[^1];
}
