using Readout.Model;

namespace Readout.Storage;

/// <summary>Filters for listing events. Null fields do not filter; <see cref="Limit"/> null means all.</summary>
public sealed record EventQuery
{
    /// <summary>Full-text terms matched against event text and the text of the documents reporting it.</summary>
    public string? Text { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public EventKind? Kind { get; init; }

    /// <summary>An entity key (exact) or part of a participant's name (case-insensitive).</summary>
    public string? Person { get; init; }

    /// <summary>Only events with a participant of exactly this entity key (a timeline).</summary>
    public string? EntityKey { get; init; }

    /// <summary>Only events reported by a document from this outlet (case-insensitive).</summary>
    public string? Outlet { get; init; }
    public int Offset { get; init; }
    public int? Limit { get; init; }
}

/// <summary>Filters for listing documents. Null fields do not filter.</summary>
public sealed record DocumentQuery
{
    public string? Text { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Outlet { get; init; }
    public SourceRole? Role { get; init; }
    public int Offset { get; init; }
    public int? Limit { get; init; }
}

/// <summary>One page of results and how many there are in all.</summary>
public sealed record StorePage<T>(IReadOnlyList<T> Items, int Total);

/// <summary>A stored document's listing fields (no body).</summary>
public sealed record DocumentSummary(long Id, string Path, string? Url, string? Title, string? Outlet, DateOnly? Published, SourceRole Role);

/// <summary>A full-text search: terms, optional narrowing, and paging of the document hits.</summary>
public sealed record SearchQuery(string Text)
{
    public string? Outlet { get; init; }
    public EventKind? Kind { get; init; }

    /// <summary>First day kept: documents by publication date, events by their date (undated ones drop out).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day kept, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A person or organisation key ("person:andrey-valkov"): documents naming it, events it takes part in.</summary>
    public string? Entity { get; init; }

    /// <summary>An event topic ("cal treaty"): events with it, documents reporting such an event.</summary>
    public string? Topic { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 20;
}

/// <summary>
/// A ranked document hit. <see cref="Snippet"/> is raw (untrusted) text in which the matched words are
/// enclosed in <see cref="SearchMarkers.Open"/> and <see cref="SearchMarkers.Close"/>; encode before display.
/// </summary>
public sealed record DocumentHit(DocumentSummary Document, string Snippet, double Rank);

/// <summary>A ranked event hit: the event matched by its own text or through a matching document.</summary>
public sealed record EventHit(StoredEvent Event, string? Snippet, double Rank);

/// <summary>A facet value and how many results carry it.</summary>
public sealed record FacetCount(string Value, int Count)
{
    /// <summary>What to show for the value when it is a key (an entity's name); null when the value reads as it is.</summary>
    public string? Label { get; init; }
}

/// <summary>Search results with facets computed over the best-ranked matches (not just the page).</summary>
public sealed record SearchResults(
    StorePage<DocumentHit> Documents,
    IReadOnlyList<EventHit> Events,
    IReadOnlyList<FacetCount> Outlets,
    IReadOnlyList<FacetCount> Kinds)
{
    /// <summary>All matching events; <see cref="Events"/> holds only the best ranked of them.</summary>
    public int EventsTotal { get; init; }

    /// <summary>
    /// How many of the best-ranked document matches the outlet facet (and the events found through documents)
    /// cover: all of them unless there are more than <see cref="SearchWindow.Documents"/>.
    /// </summary>
    public int DocumentsCounted { get; init; }

    /// <summary>Publication months ("2024-03") of the counted document matches, in order: a date histogram.</summary>
    public IReadOnlyList<FacetCount> Months { get; init; } = [];

    /// <summary>Participants (people, organisations) most often in the matching events, with their names.</summary>
    public IReadOnlyList<FacetCount> Entities { get; init; } = [];

    /// <summary>Topics most often in the matching events.</summary>
    public IReadOnlyList<FacetCount> Topics { get; init; } = [];
}

/// <summary>How many values the entity and topic facets list.</summary>
public static class FacetLimits
{
    public const int Entities = 12;
    public const int Topics = 12;
}

/// <summary>Bounds that keep a search's cost independent of how common its words are.</summary>
public static class SearchWindow
{
    /// <summary>Best-ranked document matches that facets and events-through-documents are computed over.</summary>
    public const int Documents = 500;

    /// <summary>
    /// Matches ranked at most, besides those with the words in their title: the most recently stored. bm25 is
    /// computed per match, and a word found in most of a large store would cost a scoring pass over all of them
    /// (~35 ms of CPU for 14,500 matches). Counts stay exact.
    /// </summary>
    public const int RankedMatches = 2000;
}

/// <summary>The characters FTS5 snippet() puts around matched words: private-use code points, never in real text.</summary>
public static class SearchMarkers
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';
}
