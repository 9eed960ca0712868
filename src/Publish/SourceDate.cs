namespace Publish;

/// <summary>SOURCE_DATE_EPOCH (reproducible-builds.org): fixes every timestamp an output carries.</summary>
internal static class SourceDate
{
    public static DateTimeOffset? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        return long.TryParse(value, out var seconds) && seconds >= 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
    }
}
