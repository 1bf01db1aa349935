using Readout.Extraction;
using Readout.Model;

namespace Readout.Tests.Extraction;

/// <summary>Builds raw documents for the extraction specs; every page in these tests is invented.</summary>
internal static class ExtractionFixture
{
    public static Article ExtractText(string content, DocumentHints? hints = null) =>
        new ArticleExtractor().Extract(new RawDocument("test.txt", null, SourceFormat.Text, content, "hash", hints ?? DocumentHints.None));

    public static Article ExtractHtml(string html, string? url = null) =>
        new ArticleExtractor().Extract(new RawDocument("test.html", url, SourceFormat.Html, html, "hash", DocumentHints.None));

    public const string ReadoutParagraphs =
        "On March 3, Ostravian Foreign Minister Pell Darro spoke by telephone with Belmarian Foreign Minister Ana Quist.\n\n" +
        "The ministers discussed the fishing dispute in the Varn Strait and agreed to resume expert consultations.\n\n" +
        "They agreed to maintain regular working contacts at all levels.";
}
