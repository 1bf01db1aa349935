namespace Readout.Model;

/// <summary>
/// The extracted article: body without site chrome plus metadata. Spans in metadata evidence point
/// into <see cref="RawDocument.Content"/>; all annotation spans downstream point into <see cref="Body"/>.
/// </summary>
public sealed record Article
{
    public required string Path { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }

    /// <summary>Publication date, null when not found. Never a capture or page-clock date.</summary>
    public DateEvidence? Published { get; init; }

    /// <summary>A date the page shows that is not its publication date (page clock, crawl/capture time).</summary>
    public DateEvidence? Captured { get; init; }

    public Dateline? Dateline { get; init; }

    /// <summary>Who the report attributes its content to, nearest first (Xinhua, then the Foreign Ministry).</summary>
    public IReadOnlyList<AttributionLink> Attribution { get; init; } = [];

    /// <summary>Primary source (an institution's own readout) or a report about one.</summary>
    public SourceRole Role { get; init; }

    public required string Body { get; init; }
}

/// <summary>Whether a page is a primary source (an institution's own readout or statement) or a report about one.</summary>
public enum SourceRole
{
    Unknown,
    Official,
    MediaReport,
}

/// <summary>Where a date was found.</summary>
public enum DateSource
{
    Hint,
    MetaTag,
    JsonLd,
    Url,
    Dateline,
    Header,
    Body,
    PageClock,
}

/// <summary>A date with how it was found and how sure we are (0..1).</summary>
public sealed record DateEvidence(DateOnly Date, DateSource Source, double Confidence, TextSpan? Span = null);

/// <summary>"Moscow, Feb 5": the place and date a report is filed from.</summary>
public sealed record Dateline(string Place, DateOnly? Date, string Text, TextSpan Span);

/// <summary>One link of an attribution chain: "Xinhua news agency reported", "according to ... the Russian Foreign Ministry".</summary>
public sealed record AttributionLink(string Source, string Cue, TextSpan Span);
