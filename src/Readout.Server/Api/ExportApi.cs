using System.Globalization;
using System.Text;
using Readout.Events;
using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Server.Api;

/// <summary>
/// GET /api/export/events.csv and /api/export/events.gdelt.tsv: every event matching the same filters
/// as /api/events, unpaged, for spreadsheets and GDELT-style tooling.
/// </summary>
internal static class ExportApi
{
    public static void MapExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/export/events.csv", Csv)
            .WithName("ExportEventsCsv").WithTags("Export")
            .WithSummary("Events as CSV (RFC 4180): id, date, kind, cameo, place, participants, topics, primary source, sources; appended: the first two participants' CAMEO actor, country and type codes and GDELT's QuadClass.")
            .Produces<string>(contentType: "text/csv").ProducesValidationProblem();
        api.MapGet("/export/events.gdelt.tsv", Gdelt)
            .WithName("ExportEventsGdelt").WithTags("Export")
            .WithSummary("Events as GDELT-style tab-separated values (SQLDATE, Actor1/Actor2 name and country, EventCode, EventRootCode, NumSources, SOURCEURL; appended after them, so existing columns keep their positions: Actor1Code, Actor1CountryCode, Actor1Type1Code, Actor2Code, Actor2CountryCode, Actor2Type1Code, QuadClass).")
            .Produces<string>(contentType: "text/tab-separated-values").ProducesValidationProblem();
    }

    private static IResult Csv(IReadoutStore store, string? q, string? from, string? to, string? kind, string? person, string? outlet) =>
        Export(store, new EventFilter(q, from, to, kind, person, outlet), "text/csv; charset=utf-8", "events.csv", WriteCsv);

    private static IResult Gdelt(IReadoutStore store, string? q, string? from, string? to, string? kind, string? person, string? outlet) =>
        Export(store, new EventFilter(q, from, to, kind, person, outlet), "text/tab-separated-values; charset=utf-8", "events.gdelt.tsv", WriteGdelt);

    private static IResult Export(IReadoutStore store, EventFilter filter, string contentType, string fileName,
        Action<StringBuilder, IReadOnlyList<(StoredEvent Event, IReadOnlyList<DocumentSummary> Sources)>> write)
    {
        var args = new QueryArgs();
        var query = filter.ToQuery(args);
        if (!args.IsValid)
        {
            return args.Problem();
        }

        var events = store.QueryEvents(query).Items
            .OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id)
            .Select(e => (e, store.GetDocumentSummaries(e.Documents)))
            .ToList();
        var text = new StringBuilder();
        write(text, events);
        return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), contentType, fileName);
    }

    private static void WriteCsv(StringBuilder csv, IReadOnlyList<(StoredEvent Event, IReadOnlyList<DocumentSummary> Sources)> events)
    {
        csv.Append("id,date,kind,cameo,place,participants,topics,primary_source,sources,")
            .Append("actor1_code,actor1_country_code,actor1_type1_code,actor2_code,actor2_country_code,actor2_type1_code,quad_class\r\n");
        foreach (var (e, sources) in events)
        {
            var participants = string.Join("; ", e.Participants.Select(p => p.Role is null ? p.Name : $"{p.Name} ({p.Role}{(p.Country is null ? "" : ", " + p.Country)})"));
            var primary = sources.FirstOrDefault(s => s.Id == e.Primary);
            string[] cells =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), Date(e.Date, "yyyy-MM-dd"), EventKindNames.Json(e.Kind), e.CameoCode, e.Place ?? "",
                participants, string.Join("; ", e.Topics), primary is null ? "" : Locator(primary), string.Join(" | ", sources.Select(Locator)),
                .. ActorCells(e),
            ];
            csv.AppendJoin(',', cells.Select(CsvCell)).Append("\r\n");
        }
    }

    private static void WriteGdelt(StringBuilder tsv, IReadOnlyList<(StoredEvent Event, IReadOnlyList<DocumentSummary> Sources)> events)
    {
        tsv.Append("GLOBALEVENTID\tSQLDATE\tActor1Name\tActor1CountryName\tActor2Name\tActor2CountryName\tEventCode\tEventRootCode\tActionGeo_FullName\tNumSources\tSOURCEURL")
            .Append("\tActor1Code\tActor1CountryCode\tActor1Type1Code\tActor2Code\tActor2CountryCode\tActor2Type1Code\tQuadClass\n");
        foreach (var (e, sources) in events)
        {
            // GDELT is dyadic: the first two participants are the actors; a statement has only Actor1.
            var a1 = e.Participants.ElementAtOrDefault(0);
            var a2 = e.Participants.ElementAtOrDefault(1);
            var primary = sources.FirstOrDefault(s => s.Id == e.Primary) ?? sources.FirstOrDefault();
            string[] cells =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), Date(e.Date, "yyyyMMdd"), a1?.Name ?? "", a1?.Country ?? "", a2?.Name ?? "", a2?.Country ?? "",
                e.CameoCode, e.CameoCode.Length >= 2 ? e.CameoCode[..2] : e.CameoCode, e.Place ?? "",
                sources.Count.ToString(CultureInfo.InvariantCulture), primary is null ? "" : Locator(primary),
                .. ActorCells(e),
            ];
            tsv.AppendJoin('\t', cells.Select(TsvCell)).Append('\n');
        }
    }

    /// <summary>
    /// GDELT's actor codes of the first two participants (code, country code, type code; empty when unknown) and the
    /// event's QuadClass, as the last columns of both exports.
    /// </summary>
    private static string[] ActorCells(StoredEvent e)
    {
        var a1 = e.Participants.ElementAtOrDefault(0);
        var a2 = e.Participants.ElementAtOrDefault(1);
        return
        [
            a1?.ActorCode ?? "", a1?.ActorCountryCode ?? "", CameoActorFields.Type1(a1?.ActorCode, a1?.ActorCountryCode),
            a2?.ActorCode ?? "", a2?.ActorCountryCode ?? "", CameoActorFields.Type1(a2?.ActorCode, a2?.ActorCountryCode),
            CameoActorFields.QuadClass(e.CameoCode)?.ToString(CultureInfo.InvariantCulture) ?? "",
        ];
    }

    /// <summary>A source's URL when it has one, else its stored path.</summary>
    private static string Locator(DocumentSummary d) => d.Url ?? d.Path;

    private static string Date(DateOnly? date, string format) => date?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// RFC 4180 quoting, and cells starting with = + - @ (or tab/CR) prefixed with ' so a spreadsheet
    /// never evaluates scraped text as a formula (CSV injection).
    /// </summary>
    internal static string CsvCell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>TSV has no quoting: tabs and line breaks inside a value become spaces.</summary>
    private static string TsvCell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
