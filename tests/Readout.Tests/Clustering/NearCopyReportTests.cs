using System.Text;
using System.Text.Json;
using Readout.Pipeline;
using Readout.Reporting;
using Readout.Tests.EndToEnd;
using Readout.Tests.Support;

namespace Readout.Tests.Clustering;

/// <summary>
/// The analyze report tells the user which page nearly copies which (a syndicated wire story under another
/// headline, with another outlet's footer), in the document's JSON entry and in the text report.
/// </summary>
public sealed class NearCopyReportTests
{
    private const string Wire = "Foreign Minister Lenora Vask of Ostravia met her Belmarian counterpart Tomas Reyl in the port city of Sarnesk on 4 May 2031 "
        + "to discuss the reopening of the border crossing at Kell, which has been closed since the floods of last autumn. "
        + "The two ministers agreed to set up a joint commission of 12 engineers that will inspect the Kell bridge within 30 days, "
        + "and said that freight traffic could resume before the harvest if the inspection finds no structural damage.";

    private const string Other = "Foreign Minister Arvid Holm of Karvonia met his Tessarine counterpart Ilse Marren in the port city of Valmora on 19 June 2032 "
        + "to discuss the reopening of the border crossing at Dunn, which has been closed since the storms of last winter. "
        + "The two ministers agreed to set up a joint commission of 8 surveyors that will inspect the Dunn tunnel within 45 days, "
        + "and said that passenger traffic could resume before the holidays if the inspection finds no structural damage.";

    [Fact]
    public void A_syndicated_copy_is_reported_as_a_near_copy_of_the_wire_story()
    {
        using var folder = new TempFolder();
        folder.File("in/1-wire.txt", Wire);
        folder.File("in/2-other.txt", Other);
        folder.File("in/3-syndicated.txt", Wire + "\nRead more regional news on the Sarnesk Courier app.");
        var run = CorpusRun.Of(folder.Combine("in"));
        var wire = run.Document("1-wire.txt").Id;
        var syndicated = run.Document("3-syndicated.txt").Id;

        var copy = Assert.Single(run.Report.NearCopies);

        Assert.Equal(syndicated, copy.Key);
        Assert.Equal(wire, copy.Value.Original);
        Assert.InRange(copy.Value.Similarity, 0.8, 1.0);

        using var json = JsonDocument.Parse(Json(run.Report));
        var entries = json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetInt64());
        Assert.Equal(wire, entries[syndicated].GetProperty("near_copy_of").GetProperty("document").GetInt64());
        Assert.Equal(JsonValueKind.Null, entries[wire].GetProperty("near_copy_of").ValueKind);

        var text = new StringWriter();
        TextReportWriter.Write(run.Report, run.Summary, text);
        Assert.Contains($"— near copy of [{wire}] (≈", text.ToString());
    }

    private static string Json(AnalysisReport report)
    {
        using var stream = new MemoryStream();
        JsonReportWriter.Write(report, stream, new RunSummary());
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
