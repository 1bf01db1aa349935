namespace Readout.Model;

/// <summary>
/// One clause-level statement of a document: who said or did what. <see cref="Span"/> points into the body;
/// <see cref="Speakers"/> are the entity keys of whoever the clause gives it to (empty when unknown).
/// </summary>
public sealed record Claim(
    long Document,
    int Index,
    TextSpan Span,
    string Text,
    IReadOnlyList<string> Speakers,
    string? Speaker,
    bool SpeechAct,
    string? Source,
    bool Quoted,
    IReadOnlyList<string> Entities,
    IReadOnlyList<string> Numbers);

/// <summary>How one source tells a claim compared with the reference (primary) source.</summary>
public enum ClaimVerdict
{
    /// <summary>Reworded, same meaning.</summary>
    Same,

    /// <summary>Carried, but with a different speaker, actor, number, date, polarity, modality or a meaning-changing word.</summary>
    Changed,

    /// <summary>Only in this source (the primary does not carry it).</summary>
    Added,

    /// <summary>In the primary, missing here.</summary>
    Dropped,
}

/// <summary>One cell of the comparison table: a source's version of a claim (no span when dropped).</summary>
public sealed record ClaimCell(long Document, ClaimVerdict Verdict, TextSpan? Span, string? Text, string? WhatChanged);

/// <summary>One row of the comparison table: a claim of the reference source (or an added one) and every other source's version.</summary>
public sealed record ComparedClaim(string Id, long Document, TextSpan Span, string Text, string? Speaker, IReadOnlyList<ClaimCell> Cells);

/// <summary>How much of the primary a source carries and whether it is a copy of it.</summary>
public sealed record SourceProvenance(
    long Document,
    string Path,
    string? Outlet,
    double ClaimsCarried,
    double VerbatimShare,
    IReadOnlyList<string> Attribution,
    bool Syndicated);

/// <summary>An event's sources compared claim by claim against its primary source.</summary>
public sealed record EventComparison(long Event, long? Primary, IReadOnlyList<SourceProvenance> Sources, IReadOnlyList<ComparedClaim> Claims);
