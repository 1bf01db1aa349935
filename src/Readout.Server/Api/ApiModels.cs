using Readout.Events;
using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>A page of results. Field names are snake_case, like the CLI's JSON report.</summary>
public sealed record PageJson<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>An event, in the shape of the CLI's JSON report (<c>events[]</c>).</summary>
public sealed record EventJson(
    long Id, string Kind, string Cameo, DateOnly? Date, string? Place,
    IReadOnlyList<ParticipantJson> Participants, IReadOnlyList<string> Topics, IReadOnlyList<long> Documents, long? Primary)
{
    /// <summary>The PLOVER type the CAMEO code maps to; null for CAMEO 01x statements, which PLOVER does not code.</summary>
    public PloverJson? Plover { get; init; }

    public static EventJson From(StoredEvent e) => new(
        e.Id, EventKindNames.Json(e.Kind), e.CameoCode, e.Date, e.Place,
        e.Participants.Select(ParticipantJson.From).ToList(),
        e.Topics, e.Documents, e.Primary)
    {
        Plover = EventKindCodes.Plover(e.CameoCode) is { } p ? new PloverJson(p.Type, p.Mode, p.Context) : null,
    };
}

public sealed record PloverJson(string Type, string? Mode, string? Context);

/// <summary>Where one document reports the event: the sentence, and the words that date it (spans into that document's body).</summary>
public sealed record EventEvidenceJson(long Document, int[] Span, int[]? DateSpan, string? DateText)
{
    public static EventEvidenceJson? From(StoredEvent e, StoredDocument d)
    {
        if (EventEvidence.Find(e, d.Events) is not { } mention || mention.Evidence.End > d.Article.Body.Length)
        {
            return null;
        }

        var date = mention.DateSpan is { } s && s.End <= d.Article.Body.Length ? s : (TextSpan?)null;
        return new EventEvidenceJson(d.Id, [mention.Evidence.Start, mention.Evidence.End], date is { } ds ? [ds.Start, ds.End] : null, date?.Slice(d.Article.Body));
    }
}

public sealed record ParticipantJson(string Name, string? Role, string? Country, string Entity)
{
    /// <summary>The CAMEO actor code at the event's date ("RUSGOV"), as in the CLI's JSON report; null when unknown.</summary>
    public string? ActorCode { get; init; }

    /// <summary>The CAMEO country code within <see cref="ActorCode"/> ("RUS").</summary>
    public string? ActorCountryCode { get; init; }

    public static ParticipantJson From(Participant p) =>
        new(p.Name, p.Role, p.Country, p.EntityKey) { ActorCode = p.ActorCode, ActorCountryCode = p.ActorCountryCode };
}

/// <summary>A document's listing fields.</summary>
public sealed record DocumentSummaryJson(long Id, string Path, string? Url, string? Title, string? Outlet, DateOnly? Published, string Role)
{
    public static DocumentSummaryJson From(DocumentSummary d) => new(d.Id, d.Path, d.Url, d.Title, d.Outlet, d.Published, RoleName(d.Role));

    /// <summary>The role names of the CLI's JSON report.</summary>
    public static string RoleName(SourceRole role) => role switch
    {
        SourceRole.Official => "official",
        SourceRole.MediaReport => "media_report",
        _ => "unknown",
    };
}

/// <summary>An event with its sources; <see cref="Primary"/> is also in <see cref="Documents"/>.</summary>
public sealed record EventDetailJson(EventJson Event, IReadOnlyList<DocumentSummaryJson> Documents, DocumentSummaryJson? Primary)
{
    /// <summary>Per source (at most <see cref="EventsApi.MaxEvidence"/>, primary first) the sentence and date words that report the event.</summary>
    public IReadOnlyList<EventEvidenceJson> Evidence { get; init; } = [];
}

/// <summary>A document: the article fields of the CLI report plus annotations (spans into <see cref="Body"/>) and event ids.</summary>
public sealed record DocumentJson(
    long Id, string ContentHash, string Path, string? Url, string? Title, string? Outlet, string? Author,
    DateOnly? Published, DateEvidenceJson? PublishedEvidence, DateOnly? Captured, DatelineJson? Dateline,
    IReadOnlyList<AttributionJson> Attribution, string Role, string Body,
    AnnotationsJson Annotations, IReadOnlyList<long> Events)
{
    public static DocumentJson From(StoredDocument d, IReadOnlyList<long> events)
    {
        var a = d.Article;
        return new DocumentJson(
            d.Id, d.ContentHash, a.Path, a.Url, a.Title, a.Outlet, a.Author,
            a.Published?.Date, a.Published is { } p ? new DateEvidenceJson(p.Source.ToString().ToLowerInvariant(), Math.Round(p.Confidence, 2), Span(p.Span)) : null,
            a.Captured?.Date, a.Dateline is { } dl ? new DatelineJson(dl.Text, dl.Place, dl.Date, Span(dl.Span)!) : null,
            a.Attribution.Select(l => new AttributionJson(l.Source, l.Cue, Span(l.Span)!)).ToList(),
            DocumentSummaryJson.RoleName(a.Role), a.Body,
            new AnnotationsJson(
                d.Annotations.Mentions.Select(m => new MentionJson(m.Kind.ToString().ToLowerInvariant(), m.Text, Span(m.Span)!, m.EntityKey)).ToList(),
                d.Annotations.Entities.Select(e => new EntityJson(e.Key, e.Kind.ToString().ToLowerInvariant(), e.Name, e.Role, e.Country, e.Aliases)).ToList(),
                d.Annotations.Times.Select(t => new TimeJson(t.Text, Span(t.Span)!, t.Kind.ToString().ToLowerInvariant(), t.Value, t.Date)).ToList()),
            events);
    }

    private static int[]? Span(TextSpan? span) => span is { } s ? [s.Start, s.End] : null;
}

public sealed record DateEvidenceJson(string Source, double Confidence, int[]? Span);

public sealed record DatelineJson(string Text, string Place, DateOnly? Date, int[] Span);

public sealed record AttributionJson(string Source, string Cue, int[] Span);

/// <summary>Annotations; every span is [start, end) into the document body.</summary>
public sealed record AnnotationsJson(IReadOnlyList<MentionJson> Mentions, IReadOnlyList<EntityJson> Entities, IReadOnlyList<TimeJson> Times);

public sealed record MentionJson(string Kind, string Text, int[] Span, string Entity);

public sealed record EntityJson(string Key, string Kind, string Name, string? Role, string? Country, IReadOnlyList<string> Aliases);

public sealed record TimeJson(string Text, int[] Span, string Kind, string Value, DateOnly? Date);

/// <summary>Search results: ranked documents (paged) with highlighted snippets, matching events, facets over the best-ranked matches.</summary>
public sealed record SearchJson(string Query, PageJson<DocumentHitJson> Documents, IReadOnlyList<EventHitJson> Events, FacetsJson Facets);

/// <summary><see cref="Snippet"/> is plain text; <see cref="SnippetHtml"/> is the same, HTML-encoded, with matches in &lt;mark&gt;.</summary>
public sealed record DocumentHitJson(DocumentSummaryJson Document, string Snippet, string SnippetHtml, double Rank);

public sealed record EventHitJson(EventJson Event, string? Snippet, string? SnippetHtml);

/// <param name="DocumentsCounted">How many document matches the outlet and month counts cover: all of them, or the best 500 when narrowed by kind or topic or while the search index catches up.</param>
public sealed record FacetsJson(IReadOnlyList<FacetJson> Outlets, IReadOnlyList<FacetJson> Kinds, int DocumentsCounted)
{
    /// <summary>Publication months ("2024-03") of the counted document matches, oldest first.</summary>
    public IReadOnlyList<FacetJson> Months { get; init; } = [];

    /// <summary>People and organisations most often in the matching events: key (the entity filter's value), name, events.</summary>
    public IReadOnlyList<EntityFacetJson> Entities { get; init; } = [];

    /// <summary>Topics most often in the matching events.</summary>
    public IReadOnlyList<FacetJson> Topics { get; init; } = [];
}

public sealed record FacetJson(string Value, int Count);

public sealed record EntityFacetJson(string Value, string Name, int Count);

/// <summary>What an ingest request stored.</summary>
public sealed record IngestResultJson(
    int DocumentsNew, int DocumentsDuplicate, IReadOnlyList<RejectionJson> Rejected,
    int EventsNew, int EventsUpdated, IReadOnlyList<long> Documents, IReadOnlyList<long> Events);

public sealed record RejectionJson(string Path, string Reason);
