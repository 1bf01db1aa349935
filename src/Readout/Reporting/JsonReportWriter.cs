using System.Text.Encodings.Web;
using System.Text.Json;
using Readout.Comparison;
using Readout.Helpers;
using Readout.Model;
using Readout.Pipeline;
using Readout.Storage;

namespace Readout.Reporting;

/// <summary>
/// Writes the machine-readable report. A stable contract: later work adds fields, never renames
/// these. Dates are YYYY-MM-DD or null when unknown.
/// </summary>
public static class JsonReportWriter
{
    public static void Write(AnalysisReport report, Stream output, RunSummary? summary = null)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var document in report.Documents)
        {
            WriteDocument(json, document, report.NearCopies.GetValueOrDefault(document.Id));
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        var documents = report.Documents.ToDictionary(d => d.Id);
        foreach (var storedEvent in report.Events)
        {
            WriteEvent(json, storedEvent, documents);
        }

        json.WriteEndArray();
        json.WriteStartArray("storylines");
        foreach (var storyline in report.Storylines)
        {
            WriteStoryline(json, storyline);
        }

        json.WriteEndArray();
        WriteComparisons(json, report);
        if (summary is not null)
        {
            WriteSummary(json, summary);
        }

        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, StoredDocument document, DocumentCopy? copy)
    {
        json.WriteStartObject();
        json.WriteNumber("id", document.Id);
        ArticleJson.WriteFields(json, document.Article);
        if (copy is null)
        {
            json.WriteNull("near_copy_of");
        }
        else
        {
            json.WriteStartObject("near_copy_of");
            json.WriteNumber("document", copy.Original);
            json.WriteNumber("similarity", Math.Round(copy.Similarity, 2));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter json, StoredEvent storedEvent, IReadOnlyDictionary<long, StoredDocument> documents)
    {
        json.WriteStartObject();
        json.WriteNumber("id", storedEvent.Id);
        json.WriteString("kind", EventKindNames.Json(storedEvent.Kind));
        json.WriteString("cameo", storedEvent.CameoCode);
        ArticleJson.WriteDate(json, "date", storedEvent.Date);
        json.WriteString("place", storedEvent.Place);
        json.WriteStartArray("participants");
        foreach (var participant in storedEvent.Participants)
        {
            json.WriteStartObject();
            json.WriteString("name", participant.Name);
            json.WriteString("role", participant.Role);
            json.WriteRoleSource(participant.RoleSource);
            json.WriteString("country", participant.Country);
            json.WriteCountrySource(participant.Country, participant.CountrySource);
            json.WriteString("entity", participant.EntityKey);
            EventCodingJson.WriteActorCode(json, participant);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStrings("topics", storedEvent.Topics);
        json.WriteNumbers("documents", storedEvent.Documents);
        json.WriteNumberOrNull("primary", storedEvent.Primary);
        EventCodingJson.WritePlover(json, storedEvent.CameoCode);
        EventCodingJson.WriteEvidence(json, storedEvent, documents);

        json.WriteEndObject();
    }

    public static void WriteStoryline(Utf8JsonWriter json, Storyline storyline)
    {
        json.WriteStartObject();
        json.WriteString("id", storyline.Id);
        json.WriteString("title", storyline.Title);
        json.WriteNumbers("events", storyline.Events);
        json.WriteStartArray("links");
        foreach (var link in storyline.Links)
        {
            json.WriteStartObject();
            json.WriteNumber("from", link.From);
            json.WriteNumber("to", link.To);
            json.WriteString("reason", link.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One claim-by-claim comparison per event with two or more documents.</summary>
    private static void WriteComparisons(Utf8JsonWriter json, AnalysisReport report)
    {
        var comparer = new EventComparer();
        json.WriteStartArray("comparisons");
        foreach (var storedEvent in report.Events.Where(e => e.Documents.Count >= 2))
        {
            ComparisonJsonWriter.Write(json, comparer.Compare(storedEvent, report.Documents));
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, RunSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("documents_new", summary.DocumentsNew);
        json.WriteNumber("documents_duplicate", summary.DocumentsDuplicate);
        json.WriteNumber("rejected", summary.Rejected.Count);
        json.WriteNumber("events_new", summary.EventsNew);
        json.WriteNumber("events_updated", summary.EventsUpdated);
        json.WriteNumber("elapsed_seconds", Math.Round(summary.Elapsed.TotalSeconds, 3));
        json.WriteEndObject();
    }
}
