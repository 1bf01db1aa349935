using Readout.Annotation.Actors;
using Readout.Annotation.Entities;
using Readout.Annotation.Entities.Model;
using Readout.Annotation.Times;
using Readout.Model;

namespace Readout.Annotation;

/// <summary>
/// Front door of annotation: tokenises the body once, runs the entity recognizers in priority order
/// (treaties, organisations, people, places), resolves people within the document, builds one entity per
/// key, fills roles the text leaves out from the actor dictionary, and normalises time expressions against the document date (publication, else dateline).
/// </summary>
public sealed class Annotator : IAnnotator
{
    private readonly TimeExpressionRecognizer _times = new();
    private readonly Gazetteer _gazetteer;
    private readonly ActorDictionary? _actors; // null: the shipped one, read on the first lookup

    public Annotator()
        : this([])
    {
    }

    /// <param name="actors">People and their offices over time, for roles the text does not give (default: the shipped dictionary).</param>
    public Annotator(ActorDictionary actors)
        : this([], actors)
    {
    }

    /// <param name="extraCountries">
    /// Countries to know beyond the shipped list, one per line in its format:
    /// <c>Name|alias TAB demonym|demonym TAB capital|capital</c>.
    /// </param>
    /// <param name="actors">People and their offices over time (default: the shipped dictionary).</param>
    public Annotator(IEnumerable<string> extraCountries, ActorDictionary? actors = null)
    {
        _actors = actors;
        var lines = extraCountries.ToList();
        _gazetteer = lines.Count == 0 ? Gazetteer.Shared : Gazetteer.WithCountries(lines);
    }

    /// <summary>
    /// Statistical typer for capitalised runs the rules leave, with the margin it must clear (on by default, see
    /// docs/quality.md); null: rules only.
    /// </summary>
    internal (SpanTypeModel Model, float MinMargin)? SpanTyping { get; init; } =
        SpanTyper.EnabledByDefault ? (SpanTypeModel.Shipped, SpanTyper.DefaultMinMargin) : null;

    public Annotations Annotate(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var doc = FindMentions(article.Body);
        var (mentions, built) = EntityBuilder.Build(doc);
        var documentDate = article.Published?.Date ?? article.Dateline?.Date;
        var entities = DictionaryRoles.Apply(built, _actors, documentDate);
        var times = _times.Recognize(article.Body, documentDate);
        return new Annotations(mentions, entities, times);
    }

    /// <summary>Runs the entity recognizers and coreference over a body: the mentions before entities are built.</summary>
    internal DocumentContext FindMentions(string body)
    {
        var doc = NewContext(body);
        foreach (var (_, run) in MentionPasses())
        {
            run(doc);
        }

        return doc;
    }

    /// <summary>A body's working state with this annotator's places and actors.</summary>
    internal DocumentContext NewContext(string body) => new(body, _gazetteer) { Actors = _actors ?? ActorDictionary.Shared };

    /// <summary>
    /// The entity passes in order, named so the bench can time them one by one (the one list both run, so they
    /// cannot drift apart).
    /// </summary>
    internal (string Name, Action<DocumentContext> Run)[] MentionPasses() => _passes ??= BuildPasses();

    // Built once per annotator (after init, so the span typer setting is known); a racing rebuild is harmless.
    private (string Name, Action<DocumentContext> Run)[]? _passes;

    private (string Name, Action<DocumentContext> Run)[] BuildPasses()
    {
        var typing = SpanTyping;
        return
        [
            ("demonyms", DemonymFallback.Learn),
            ("treaties", TreatyRecognizer.Recognize),
            ("sports", SportsEvent.Recognize),
            ("dateline", DatelinePlace.Recognize),
            ("states", StatePlace.Recognize),
            ("organisations", OrganizationRecognizer.Recognize),
            ("people", PersonRecognizer.Recognize),
            ("places", PlaceRecognizer.Recognize),
            ("organisation list", OrganizationLexicon.Recognize), // a weak cue: only names no rule has read
            ("sort", d => d.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start))),
            ("coreference", CoreferenceResolver.Resolve),
            ("bare surnames", BareSurnameHead.Join),
            ("span typer", d => SpanTyper.Recognize(d, typing)), // last: it only sees what rules and coreference left
        ];
    }
}
