using System.Text.Json;
using Readout.Events;
using Readout.Helpers;
using Readout.Model;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>
/// The coding fields an event adds beside its CAMEO code: the PLOVER type it maps to, and per reporting document the
/// sentence that reports it and the words that date it (spans into that document's body).
/// </summary>
public static class EventCodingJson
{
    /// <summary><c>"plover":{"type","mode","context"}</c> or null (CAMEO 01x statements are no PLOVER events).</summary>
    public static void WritePlover(Utf8JsonWriter json, string cameoCode)
    {
        if (EventKindCodes.Plover(cameoCode) is not { } plover)
        {
            json.WriteNull("plover");
            return;
        }

        json.WriteStartObject("plover");
        json.WriteString("type", plover.Type);
        json.WriteString("mode", plover.Mode);
        json.WriteString("context", plover.Context);
        json.WriteEndObject();
    }

    /// <summary>
    /// A participant's <c>"actor_code"</c> ("RUSGOV"), <c>"actor_country_code"</c> ("RUS") and <c>"actor_code_source"</c>
    /// (dictionary, country_and_role, country); all null when no path gives a code.
    /// </summary>
    public static void WriteActorCode(Utf8JsonWriter json, Participant participant)
    {
        json.WriteString("actor_code", participant.ActorCode);
        json.WriteString("actor_country_code", participant.ActorCountryCode);
        json.WriteString("actor_code_source", participant.ActorCodeSource switch
        {
            ActorCodeSource.Dictionary => "dictionary",
            ActorCodeSource.CountryAndRole => "country_and_role",
            ActorCodeSource.Country => "country",
            _ => null,
        });
    }

    /// <summary><c>"evidence":[{"document","span","date_span","date_text"}]</c> for the documents of the report that carry the event.</summary>
    public static void WriteEvidence(Utf8JsonWriter json, StoredEvent storedEvent, IReadOnlyDictionary<long, StoredDocument> documents)
    {
        json.WriteStartArray("evidence");
        foreach (var id in storedEvent.Documents)
        {
            if (!documents.TryGetValue(id, out var document) || EventEvidence.Find(storedEvent, document.Events) is not { } mention)
            {
                continue;
            }

            var body = document.Article.Body;
            json.WriteStartObject();
            json.WriteNumber("document", id);
            json.WriteSpan(Within(mention.Evidence, body));
            if (mention.DateSpan is { } dateSpan && Within(dateSpan, body) is { } inside)
            {
                json.WriteSpan(inside, "date_span");
                json.WriteString("date_text", inside.Slice(body));
            }
            else
            {
                json.WriteNull("date_span");
                json.WriteNull("date_text");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static TextSpan? Within(TextSpan span, string body) => span.Start >= 0 && span.End <= body.Length && span.Start <= span.End ? span : null;
}
