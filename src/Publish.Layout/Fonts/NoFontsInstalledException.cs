namespace Publish.Layout.Fonts;

/// <summary>
/// Thrown when no font at all can be found to set text with. Deep inside layout there is no
/// sensible fallback to go on with, so it unwinds to <c>Publisher.Build</c>, which reports it as a
/// diagnostic (PUB0613) rather than letting it escape to the embedder.
/// </summary>
internal sealed class NoFontsInstalledException(string message) : InvalidOperationException(message);
