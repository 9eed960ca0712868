using Publish.Model;

namespace Publish.Epub.Package;

/// <summary>What a book holds that its accessibility metadata may claim: images and how many lack alt text, notes.</summary>
internal sealed record ContentFacts(int Images, int ImagesWithoutAlt, bool Notes)
{
    public static readonly ContentFacts None = new(0, 0, false);

    public static ContentFacts Of(IReadOnlyList<Block> blocks)
    {
        int images = 0, withoutAlt = 0;
        var notes = false;
        NodeWalker.Walk(blocks, node =>
        {
            switch (node)
            {
                case Image image:
                    images++;
                    if (string.IsNullOrWhiteSpace(image.Alt)) withoutAlt++;
                    break;
                case Note: notes = true; break;
            }
        });
        return new ContentFacts(images, withoutAlt, notes);
    }
}
