using Readout.Model;

namespace Readout.Extraction;

/// <summary>One paragraph of article text; <paramref name="RawStart"/> is where it starts in the raw content when known exactly.</summary>
public sealed record BodyParagraph(string Text, int? RawStart);

/// <summary>What a format-specific extractor hands the front door: paragraphs and page metadata, before hints, dateline and attribution.</summary>
public sealed record ExtractedPage(
    IReadOnlyList<BodyParagraph> Paragraphs,
    string? Title = null,
    string? Outlet = null,
    string? Author = null,
    DateEvidence? Published = null,
    DateEvidence? Captured = null);
