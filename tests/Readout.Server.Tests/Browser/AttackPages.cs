namespace Readout.Server.Tests.Browser;

/// <summary>
/// Fictional pages whose payloads, if any ran, would set <c>window.__pwned</c> or open a dialog: script elements,
/// event-handler attributes, javascript: links, SVG, iframes, and markup broken to confuse an encoder.
/// </summary>
internal static class AttackPages
{
    private const string Html = """
        <!DOCTYPE html><html><head><title>Valkov call <script>window.__pwned=1;alert(1)</script></title>
        <meta property="og:site_name" content="Pwned Herald<script>window.__pwned=2</script>"></head>
        <body><article><h1>Valkov and Larcombe talk <img src=x onerror="window.__pwned=3;alert(3)"></h1>
        <p>Foreign Minister of Ostravia Andrey Valkov held a telephone conversation with Belmarian Foreign Secretary Edwin Larcombe
        on 14 April 2024 <script>window.__pwned=4</script> about the Coastal Arms Limitation Treaty.
        <p>Read <a href="javascript:window.__pwned=5">the readout</a> and <a href=" JaVaScRiPt:alert(6)">more</a> <b><i>broken <div>markup
        <p>The ministers agreed &lt;img src=x onerror=window.__pwned=7&gt; to meet again in Port Karva. <svg onload="window.__pwned=8"><a href="javascript:alert(8)">x</a></svg>
        <iframe src="javascript:window.__pwned=9"></iframe><object data="javascript:alert(10)"></object>
        </body></html>
        """;

    private const string Text = """
        Foreign Minister of Karvonia Tomas Reinholt held a telephone conversation with Foreign Minister of Ostravia Andrey Valkov on 15 April 2024.
        <script>window.__pwned=11;alert(11)</script> The two ministers discussed <img src=x onerror="window.__pwned=12"> the Serran Strait and "javascript:window.__pwned=13".
        Reinholt said "</textarea></title><script>window.__pwned=14</script>" would not be tolerated. <a href="javascript:alert(15)">x</a> ]]> --> <!-- <p onclick=alert(16)
        "><svg/onload=window.__pwned=17> '-alert(18)-' </style><style>*{}</style><base href="javascript:alert(19)//">
        """;

    private const string Jsonl = """
        {"text":"Belmarian Foreign Secretary Edwin Larcombe held a telephone conversation with Foreign Minister of Karvonia Tomas Reinholt on 16 April 2024 about the Serran Strait. <script>window.__pwned=20</script>","url":"javascript:window.__pwned=21","title":"<script>window.__pwned=22</script> Larcombe call","published":"2024-04-16","outlet":"<img src=x onerror=window.__pwned=23>"}
        """;

    public static readonly (string Body, string ContentType)[] All =
    [
        (Html, "text/html"),
        (Text, "text/plain"),
        (Jsonl, "application/x-ndjson"),
    ];
}
