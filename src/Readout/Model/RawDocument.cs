namespace Readout.Model;

/// <summary>How a document arrived; decides which extractor reads it.</summary>
public enum SourceFormat
{
    Text,
    Html,
}

/// <summary>
/// One decoded input document before extraction. <see cref="Content"/> is the full decoded text
/// (HTML markup included for HTML pages); metadata spans found by extraction point into it.
/// </summary>
public sealed record RawDocument(
    string Path,
    string? Url,
    SourceFormat Format,
    string Content,
    string ContentHash,
    DocumentHints Hints);

/// <summary>Metadata supplied with the input itself (JSON Lines records), trusted over what extraction finds.</summary>
public sealed record DocumentHints(string? Title = null, DateOnly? Published = null, string? Outlet = null)
{
    public static DocumentHints None { get; } = new();
}
