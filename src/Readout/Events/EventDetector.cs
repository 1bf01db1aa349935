using Readout.Model;

namespace Readout.Events;

/// <summary>
/// Front door of event detection. A document reports one main event — the first reported (not planned,
/// not back-referenced) trigger in its title or lead — and, conservatively, other events that have their own,
/// different set of participants ("Following the telephone conversation between Presidents X and Y").
/// </summary>
/// <remarks>
/// With <see cref="EventCoverage.AllCameoRoots"/> or <see cref="EventCoverage.CameoDictionary"/> the lead may also yield a main event of another CAMEO root
/// (kind Other); diplomatic triggers still come first, and those verbs never give secondary events.
/// </remarks>
public sealed class EventDetector(EventCoverage coverage = EventCoverage.Diplomatic) : IEventDetector
{
    /// <summary>How far into the body the main event is looked for: a readout or wire states it up front.</summary>
    private const int LeadSentences = 8;

    public IReadOnlyList<EventMention> Detect(Article article, Annotations annotations)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(annotations);

        var body = article.Body;
        var sentences = SentenceSplitter.Split(body);
        var cameoVerbs = coverage != EventCoverage.Diplomatic;
        var verbDictionary = coverage == EventCoverage.CameoDictionary;
        var triggers = sentences.Select(s => TriggerLexicon.Find(body, s, cameoVerbs, verbDictionary)).ToList();
        var people = new ParticipantFinder(annotations);
        var topics = new TopicExtractor(body, annotations);
        var documentTopics = topics.ForDocument(article.Title, sentences);

        var main = MainEvent(article, annotations, sentences, triggers, people, documentTopics, cameoVerbs, verbDictionary);
        var events = new List<EventMention>();
        if (main is not null)
        {
            events.Add(main);
        }

        var dates = new EventDateResolver(article, annotations);
        var seen = new HashSet<string>(StringComparer.Ordinal) { ParticipantSetKey(main) };
        for (var i = 0; i < sentences.Count; i++)
        {
            // Other CAMEO verbs only ever give a document's main event: as secondary events they would flood the
            // report with every "attack" or "warned" a background paragraph mentions.
            foreach (var trigger in triggers[i].Where(t => t.Frame != TriggerFrame.Intent && t.Kind is not EventKind.Statement and not EventKind.Other))
            {
                if (main is not null && trigger.Span.Start >= main.Evidence.Start && trigger.Span.End <= main.Evidence.End
                    && trigger.Frame == TriggerFrame.Reported)
                {
                    continue; // the main event's own sentence
                }

                var secondary = Secondary(body, sentences[i], trigger, people, dates, topics, documentTopics, main);
                if (secondary is not null && seen.Add($"{secondary.Kind}|{ParticipantSetKey(secondary)}"))
                {
                    events.Add(secondary);
                }
            }
        }

        // Actor codes last, on the events kept: a document without events never loads the actor dictionaries.
        return [.. events.Select(e => ParticipantActorCode.Assign(e, article.Published?.Date))];
    }

    private static EventMention? MainEvent(Article article, Annotations annotations, List<TextSpan> sentences,
        List<IReadOnlyList<Trigger>> triggers, ParticipantFinder people, List<string> topics, bool cameoVerbs, bool verbDictionary)
    {
        var body = article.Body;
        var lead = Math.Min(LeadSentences, sentences.Count);
        // With the verb dictionary, another CAMEO verb counts only between a source and a target actor, as PETRARCH-2 codes.
        var actors = verbDictionary ? new ActorCue(body, annotations, ActorDictionary.Default, article.Published?.Date) : null;
        var reported = Enumerable.Range(0, lead)
            .Select(i => (Index: i, Trigger: TriggerLexicon.Strongest(triggers[i].Where(t => t.Frame == TriggerFrame.Reported
                && (t.Kind != EventKind.Other || actors is null || actors.Frames(sentences[i], t.Span))))))
            .Where(x => x.Trigger is not null)
            .Select(x => (x.Index, Trigger: x.Trigger!.Value))
            .ToList();

        // The title names the main event when it names one; else the first diplomatic non-statement event in the
        // lead; else another CAMEO verb; a statement is the main event only of a document that reports nothing else.
        var titleTrigger = TitleTrigger(article.Title, cameoVerbs, verbDictionary);
        var titleKind = titleTrigger?.Kind;
        var chosen = titleKind is { } k && reported.Any(r => r.Trigger.Kind == k) ? k
            : reported.Where(r => r.Trigger.Kind is not EventKind.Statement and not EventKind.Other).Select(r => (EventKind?)r.Trigger.Kind).FirstOrDefault()
              ?? titleKind
              ?? reported.Where(r => r.Trigger.Kind == EventKind.Other).Select(r => (EventKind?)r.Trigger.Kind).FirstOrDefault()
              ?? reported.Select(r => (EventKind?)r.Trigger.Kind).FirstOrDefault();
        if (chosen is not { } kind)
        {
            return null;
        }

        var sameKind = reported.Where(r => r.Trigger.Kind == kind).ToList();
        var dates = new EventDateResolver(article, annotations);

        if (sentences.Count == 0)
        {
            return null;
        }

        // Evidence: the first same-kind lead sentence that dates the event, else the first that reports it; a kind
        // only the title names falls back to the first sentence.
        var evidence = sameKind.Where(r => dates.In(sentences[r.Index], r.Trigger.Span) is not null).Cast<(int Index, Trigger Trigger)?>().FirstOrDefault()
            ?? (sameKind.Count > 0 ? sameKind[0] : (0, new Trigger(kind, sentences[0], TriggerFrame.Reported, false, titleTrigger?.Cameo)));

        var sentence = sentences[evidence.Index];
        var supporting = sameKind.Where(r => r.Index != evidence.Index).Select(r => (sentences[r.Index], r.Trigger.Span)).ToList();

        // Participants: the evidence sentence, plus headline-like sentences before it and the title. People named
        // in a back-reference inside the sentence ("welcomed the call between X and Y") belong to that other event.
        var references = triggers[evidence.Index].Where(t => t.Frame == TriggerFrame.Reference)
            .Select(t => ReferenceTail(body, sentence, t.Span)).ToList();
        var participants = ParticipantFinder.PreferOfficials(ParticipantFinder.Distinct(people.In(sentence, references)
            .Concat(sameKind.Where(r => r.Index < evidence.Index).SelectMany(r => people.In(sentences[r.Index])))
            .Concat(people.InTitle(article.Title))));

        var (date, dateSpan) = dates.ForMain(body, sentence, evidence.Trigger.Span, supporting, isLead: evidence.Index <= 2);
        var place = new PlaceFinder(article, annotations).Find(kind, sentence);
        var cameo = evidence.Trigger.Cameo ?? EventKindCodes.Cameo(kind, evidence.Trigger.HostSide);
        var (source, target) = kind == EventKind.Other && actors is not null ? actors.Codes(sentence, evidence.Trigger.Span) : default;
        return new EventMention(kind, cameo, date, dateSpan, sentence, participants, place, topics) { SourceActor = source, TargetActor = target };
    }

    private static EventMention? Secondary(string body, TextSpan sentence, Trigger trigger, ParticipantFinder people,
        EventDateResolver dates, TopicExtractor topics, List<string> documentTopics, EventMention? main)
    {
        // Only the trigger's own clause: a back-reference shares its sentence with the main event's people. For a
        // back-reference, only what follows the trigger ("... between X and Y on April 9"): who comes before it is
        // the one referring or commenting, and their date is the comment's.
        var clause = trigger.Frame == TriggerFrame.Reference ? ReferenceTail(body, sentence, trigger.Span) : Clause(body, sentence, trigger.Span);

        var participants = ParticipantFinder.Distinct(people.In(clause));
        if (participants.Count == 0)
        {
            return null;
        }

        if (main is not null)
        {
            var mainKeys = main.Participants.Select(p => p.EntityKey).ToHashSet(StringComparer.Ordinal);
            var keys = participants.Select(p => p.EntityKey).ToHashSet(StringComparer.Ordinal);

            // The main event retold (same people, or them plus someone) is not another event.
            if (keys.IsSubsetOf(mainKeys) || (mainKeys.Count > 0 && keys.IsSupersetOf(mainKeys)))
            {
                return null;
            }
        }

        // No fallback date: a secondary event is by definition not the one the document is dated by.
        var time = dates.In(clause, trigger.Span);
        var cameo = EventKindCodes.Cameo(trigger.Kind, trigger.HostSide);
        return new EventMention(trigger.Kind, cameo, time?.Date, time?.Span, sentence, participants, null, topics.ForSpan(sentence, documentTopics));
    }

    private static TextSpan Clause(string body, TextSpan sentence, TextSpan trigger)
    {
        var before = body.AsSpan(sentence.Start, trigger.Start - sentence.Start).LastIndexOfAny(",;");
        var after = body.AsSpan(trigger.End, sentence.End - trigger.End).IndexOfAny(",;");
        return new TextSpan(before < 0 ? sentence.Start : sentence.Start + before + 1, after < 0 ? sentence.End : trigger.End + after);
    }

    private static TextSpan ReferenceTail(string body, TextSpan sentence, TextSpan trigger) =>
        new(trigger.Start, Clause(body, sentence, trigger).End);

    private static Trigger? TitleTrigger(string? title, bool cameoVerbs, bool verbDictionary)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var found = TriggerLexicon.Find(title, new TextSpan(0, title.Length), cameoVerbs, verbDictionary).Where(t => t.Frame == TriggerFrame.Reported);
        return TriggerLexicon.Strongest(found);
    }

    private static string ParticipantSetKey(EventMention? mention) =>
        mention is null ? "" : string.Join('|', mention.Participants.Select(p => p.EntityKey).Order(StringComparer.Ordinal));
}
