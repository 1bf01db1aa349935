using System.Text;

namespace Readout.Tests.Robustness;

/// <summary>Valid fictional inputs of each kind the readers take (and a crawl record saved as a page), for the fuzzer to damage.</summary>
internal static class FuzzSeeds
{
    private const string Story =
        "Ostravian Foreign Minister Andrey Valkov spoke by telephone with Belmarian Foreign Secretary Edwin Larcombe on 7 March 2024. "
        + "\"We agreed to reopen the embassies in Valmora and Calt by 1 May,\" Valkov told reporters on Thursday. "
        + "The two ministers discussed arms control; Larcombe said 12 observers would travel to the border next week, while the Tessarin "
        + "Defence Ministry, according to the Valmora News Agency, denied the report. They agreed to meet again in April in Calt.";

    public static IReadOnlyList<(string Extension, byte[] Bytes)> All { get; } =
    [
        (".html", Encoding.UTF8.GetBytes(Page())),
        (".txt", Encoding.UTF8.GetBytes("Valkov and Larcombe speak by phone\n\nVALMORA, March 7 (Valmora News Agency) -- " + Story + "\n\nReporting by Ana Petrova; editing by Jörg Åberg\n")),
        (".jsonl", Encoding.UTF8.GetBytes(Feed())),
        (".html", Encoding.UTF8.GetBytes(Warc())),
    ];

    private static string Page() =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Valkov and Larcombe speak by phone | Valmora Post</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-07T10:15:00Z\"><meta property=\"og:site_name\" content=\"Valmora Post\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Valkov and Larcombe speak\",\"datePublished\":\"2024-03-07\"}</script>"
        + "<style>p{margin:0}</style></head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
        + "<!-- ad slot --><main><article><h1>Valkov and Larcombe speak by phone</h1><p class=\"byline\">By Ana Petrova &middot; 7 March 2024</p>"
        + "<p>VALMORA, March 7 (Valmora News Agency) &ndash; " + Story + "</p><p>" + Story.Replace("Valkov", "the minister", StringComparison.Ordinal) + "</p>"
        + "<blockquote>&#8220;Dialogue is the only way,&#8221; the statement said.</blockquote><table><tr><td>Talks</td><td>2</td></tr></table>"
        + "<svg viewBox=\"0 0 4 4\"><path d=\"M0 0L1 1\"/></svg></article><aside><h2>Related</h2><a href=\"/a\">Calt summit postponed</a></aside></main>"
        + "<footer>&copy; 2024 Valmora Post</footer><script>var s = '<div>';</script></body></html>";

    private static string Feed() =>
        $"{{\"text\":\"{Story.Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"published\":\"2024-03-07\",\"outlet\":\"Valmora Post\",\"url\":\"https://valmora.example/a\"}}\n"
        + $"{{\"html\":\"<html><body><article><p>{Story.Replace("\"", "&quot;", StringComparison.Ordinal)}</p></article></body></html>\",\"title\":\"Call\",\"published\":\"2024-03-07T09:00:00Z\"}}\n"
        + "{\"text\":\"Tessarin Minister Zo\\u00eb Br\\u00fcnnhilde met Ostravian envoy J\\u00f6rg \\u00c5berg in Calt on 9 March 2024.\"}\n";

    private static string Warc()
    {
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><article><p>" + Story + "</p></article></body></html>";
        return $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://valmora.example/a\r\nWARC-Date: 2024-03-07T10:00:00Z\r\nContent-Length: {Encoding.UTF8.GetByteCount(http)}\r\n\r\n{http}\r\n\r\n";
    }
}
