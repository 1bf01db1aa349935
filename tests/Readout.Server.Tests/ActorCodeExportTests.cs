using Readout.Model;
using Readout.Storage;

namespace Readout.Server.Tests;

/// <summary>
/// GDELT-style and CSV exports carry the participants' CAMEO actor codes and the event's QuadClass as their last
/// columns, so rows join with GDELT/Phoenix data; the events API shows the codes per participant.
/// </summary>
[Collection(SampleStoreCollection.Name)]
public sealed class ActorCodeExportTests : IDisposable
{
    private readonly ServerFactory _server;
    private readonly long _coded;

    public ActorCodeExportTests(SampleStore samples)
    {
        var path = samples.Copy();
        using (var store = SqliteStore.Open(path))
        using (var tx = store.BeginTransaction())
        {
            _coded = store.SaveEvent(new StoredEvent
            {
                Kind = EventKind.Other,
                CameoCode = "172",
                Date = new DateOnly(2024, 5, 2),
                Participants =
                [
                    new("person:lena-orsk", "Lena Orsk", "Defence Minister", "Ostravia")
                    {
                        ActorCode = "OSTGOVMIL", ActorCountryCode = "OST", ActorCodeSource = ActorCodeSource.CountryAndRole,
                    },
                    new("org:league-of-harbours", "League of Harbours", null, null)
                    {
                        ActorCode = "IGOLOH", ActorCodeSource = ActorCodeSource.Dictionary,
                    },
                ],
            });
            tx.Commit();
        }

        _server = new ServerFactory(path);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Gdelt_export_appends_actor_codes_and_quad_class()
    {
        var text = await _server.CreateClient().GetStringAsync("/api/export/events.gdelt.tsv");
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(
            ["Actor1Code", "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2CountryCode", "Actor2Type1Code", "QuadClass"],
            rows[0][11..]);

        var coded = Assert.Single(rows, r => r[0] == _coded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("Lena Orsk", "172"), (coded[2], coded[6]));
        Assert.Equal(["OSTGOVMIL", "OST", "GOV", "IGOLOH", "", "IGO", "4"], coded[11..]);

        // The fictional samples' countries are in no dictionary: their actor codes stay empty, never guessed.
        var call = rows.Skip(1).First(r => r[6] == "041");
        Assert.Equal(["", "", "", "", "", "", "1"], call[11..]);
    }

    [Fact]
    public async Task Csv_export_appends_the_same_columns()
    {
        var lines = (await _server.CreateClient().GetStringAsync("/api/export/events.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",quad_class", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith(",OSTGOVMIL,OST,GOV,IGOLOH,,IGO,4", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_events_api_shows_actor_codes_per_participant()
    {
        var json = System.Text.Json.JsonDocument.Parse(await _server.CreateClient().GetStringAsync($"/api/events/{_coded}")).RootElement;
        var first = json.GetProperty("event").GetProperty("participants")[0];
        Assert.Equal("OSTGOVMIL", first.GetProperty("actor_code").GetString());
        Assert.Equal("OST", first.GetProperty("actor_country_code").GetString());
    }
}
