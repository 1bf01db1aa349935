using System.Text.Json;
using Readout.Model;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Tests.Reporting;

public sealed class EventCodingReportTests
{
    // One readout reporting two calls: the ministers' call (dated) and, in background, the presidents' earlier call.
    private const string Body =
        "On 7 March, Andrey Valkov spoke by telephone with Edwin Larcombe. " +
        "Following the telephone conversation between President Ivo Marek and President Lena Brandt, they welcomed the extension.";

    private static readonly Participant Valkov = new("person:andrey-valkov", "Andrey Valkov", "Foreign Minister", "Ostravia");
    private static readonly Participant Larcombe = new("person:edwin-larcombe", "Edwin Larcombe", "Foreign Secretary", "Belmaria");
    private static readonly Participant Marek = new("person:ivo-marek", "Ivo Marek", "President", "Ostravia");
    private static readonly Participant Brandt = new("person:lena-brandt", "Lena Brandt", "President", "Belmaria");

    private static readonly EventMention MinistersCall = new(
        EventKind.TelephoneCall, "041", new DateOnly(2024, 3, 7), new TextSpan(3, 10), new TextSpan(0, 66), [Valkov, Larcombe], null, ["cal treaty"]);

    private static readonly EventMention PresidentsCall = new(
        EventKind.TelephoneCall, "041", null, null, new TextSpan(66, Body.Length), [Marek, Brandt], null, ["cal treaty"]);

    private static readonly StoredDocument Readout = new(
        1, "hash", new Article { Path = "readout.txt", Body = Body }, Annotations.Empty, [MinistersCall, PresidentsCall]);

    private static StoredEvent Stored(long id, EventMention mention) => new()
    {
        Id = id,
        Kind = mention.Kind,
        CameoCode = mention.CameoCode,
        Date = mention.Date,
        Participants = mention.Participants,
        Topics = mention.Topics,
        Documents = [1],
        Primary = 1,
    };

    [Fact]
    public void Each_event_of_a_document_finds_its_own_sentence_by_its_people()
    {
        Assert.Same(PresidentsCall, EventEvidence.Find(Stored(2, PresidentsCall), Readout.Events));
        Assert.Same(MinistersCall, EventEvidence.Find(Stored(1, MinistersCall), Readout.Events));
    }

    [Fact]
    public void The_json_report_carries_the_plover_type_and_the_evidence_and_date_spans()
    {
        var report = new AnalysisReport([Readout], [Stored(1, MinistersCall), Stored(2, PresidentsCall) with { CameoCode = "010", Kind = EventKind.Statement }]);
        using var output = new MemoryStream();
        JsonReportWriter.Write(report, output);

        using var json = JsonDocument.Parse(output.ToArray());
        var events = json.RootElement.GetProperty("events");
        var call = events[0];
        Assert.Equal("CONSULT", call.GetProperty("plover").GetProperty("type").GetString());
        var evidence = Assert.Single(call.GetProperty("evidence").EnumerateArray());
        Assert.Equal(1, evidence.GetProperty("document").GetInt64());
        Assert.Equal([0, 66], evidence.GetProperty("span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([3, 10], evidence.GetProperty("date_span").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("7 March", evidence.GetProperty("date_text").GetString());

        // CAMEO's 01x statements are not PLOVER events; an undated report has no date span.
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("plover").ValueKind);
    }

    [Fact]
    public void The_text_report_gives_both_codes_and_the_words_that_date_the_event()
    {
        var report = new AnalysisReport([Readout], [Stored(1, MinistersCall)]);
        using var output = new StringWriter();

        TextReportWriter.Write(report, new RunSummary(), output);

        Assert.Contains("telephone conversation (CAMEO 041, PLOVER CONSULT/phone)", output.ToString());
        Assert.Contains("dated by “7 March” in [1]", output.ToString());
    }
}
