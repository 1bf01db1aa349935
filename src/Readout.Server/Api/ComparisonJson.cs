using Readout.Comparison;
using Readout.Model;

namespace Readout.Server.Api;

// The shape of `readout compare --json` (ComparisonJsonWriter), as types so that the OpenAPI document describes it.
// Serialised with the API's snake_case naming; ComparisonApiTests checks it parses to the same JSON as the writer's.

/// <summary>An event's sources compared claim by claim against its primary source.</summary>
public sealed record ComparisonJson(long Event, long? Primary, IReadOnlyList<SourceProvenanceJson> Sources, IReadOnlyList<ComparedClaimJson> Claims)
{
    public static ComparisonJson From(EventComparison c) => new(
        c.Event,
        c.Primary,
        c.Sources.Select(s => new SourceProvenanceJson(s.Document, s.Path, s.Outlet, s.ClaimsCarried, s.VerbatimShare, s.Attribution, s.Syndicated)).ToList(),
        c.Claims.Select(r => new ComparedClaimJson(r.Id, r.Document, Span(r.Span), r.Text, r.Speaker,
            r.Cells.Select(cell => new ClaimCellJson(cell.Document, ComparisonJsonWriter.Name(cell.Verdict), cell.Span is { } s ? Span(s) : null, cell.Text, cell.WhatChanged)).ToList())).ToList());

    private static int[] Span(TextSpan span) => [span.Start, span.End];
}

/// <summary>How much of the primary a source carries (0..1), how much of its text is copied verbatim (0..1), its attribution chain, and whether it is a syndicated copy.</summary>
public sealed record SourceProvenanceJson(long Document, string Path, string? Outlet, double ClaimsCarried, double VerbatimShare, IReadOnlyList<string> Attribution, bool Syndicated);

/// <summary>A claim of the primary (id c1, c2, …) or one only other sources carry (a1, …); span [start, end) into the document's body.</summary>
public sealed record ComparedClaimJson(string Id, long Document, int[] Span, string Text, string? Speaker, IReadOnlyList<ClaimCellJson> Cells);

/// <summary>One source's version of a claim: verdict same, changed, added or dropped; span and text null when dropped.</summary>
public sealed record ClaimCellJson(long Document, string Verdict, int[]? Span, string? Text, string? WhatChanged);
