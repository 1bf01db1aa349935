using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>Title, outlet, author and publication date of an HTML page, from its metadata.</summary>
public sealed record HtmlMetadata(string? Title, string? Outlet, string? Author, DateEvidence? Published, DateEvidence? Captured = null);

/// <summary>
/// Reads page metadata in order of trust: JSON-LD and article meta tags, then itemprop and
/// &lt;time&gt; markup, then the URL's /2021/02/05/ path, then date-classed elements near the top,
/// then an unlabelled date beside the headline, a date in the title, and the page scripts' state.
/// Modified/updated dates are ignored: a page's publication date must never be a later edit, and
/// the weaker kinds of evidence are dropped when they fall after the page's modified or capture date.
/// </summary>
public static partial class HtmlMetadataReader
{
    private static readonly string[] PublishedMetaNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
        "citation_date", "originalpublicationdate", "cxenseparse:recs:publishtime", "dc.date.created", "release_date",
        "og:pubdate", "article:published", "article_date_original", "date_published", "published_time", "dc.date.published",
        "dcterms.available", "analyticsattributes.articledate", "parsely-pubdate", "sailthru.pubdate", "datecreated", "og:regdate",
    ];

    /// <summary>The trust in a bare "date"-style meta tag that does not say it holds the publication date.</summary>
    private const double GenericMetaConfidence = 0.8;

    private static readonly string[] ModifiedMetaNames = ["article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified"];

    public static HtmlMetadata Read(IDocument document, string? url)
    {
        var metas = ReadMetas(document);
        var ld = JsonLdReader.Read(document);

        var title = Clean(Meta(metas, "og:title") ?? Meta(metas, "twitter:title") ?? ld.Headline)
            ?? Clean(document.QuerySelector("h1")?.TextContent)
            ?? CleanTitleTag(document.Title);
        var outlet = Clean(Meta(metas, "og:site_name") ?? ld.Publisher ?? Meta(metas, "application-name"));
        var author = Clean(Meta(metas, "author") ?? ld.Author ?? Meta(metas, "dc.creator") ?? Meta(metas, "sailthru.author") ?? Meta(metas, "byl"));
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = null;
        }

        var captured = HtmlPageClock.Find(document);
        var published = FindPublished(document, metas, ld, url, title, captured?.Date);
        return new HtmlMetadata(title, outlet, author, published, captured);
    }

    private static DateEvidence? FindPublished(IDocument document, Dictionary<string, string> metas, JsonLdFacts ld, string? url, string? title, DateOnly? captured)
    {
        var urlDate = TryUrlDate(url, out var u) ? u : (DateOnly?)null;
        if (FromMarkup(document, metas, ld, out var stamp) is { } marked)
        {
            if (urlDate is { } local)
            {
                // A UTC timestamp near midnight lands on the next day; the URL keeps the site's local date.
                return Math.Abs(local.DayNumber - marked.Date.DayNumber) == 1 ? marked with { Date = local } : marked;
            }

            return HeadlineDateFinder.FindBesideHeadline(document, title) is { } shown
                ? ShownDateReconciler.Reconcile(marked, stamp, shown.Date, Modified(metas, ld), captured, marked is { Source: DateSource.MetaTag, Confidence: GenericMetaConfidence })
                : marked;
        }

        if (urlDate is { } d)
        {
            return new DateEvidence(d, DateSource.Url, 0.8);
        }

        // Weaker evidence: believable only on or before the page's last edit and its capture.
        var latest = Earliest(captured, Modified(metas, ld), DateOnly.FromDateTime(DateTime.UtcNow));
        // A date in the page's text showing the capture date is one more copy of the page clock.
        bool Plausible(DateEvidence? e) => e is not null && e.Date <= latest && !(e.Source == DateSource.Body && e.Date == captured);
        foreach (var find in new Func<DateEvidence?>[] { () => HtmlDateScanner.Find(document), () => HeadlineDateFinder.Find(document, title), () => Relative(document, title, captured), () => TitleDate(document, metas), () => ScriptDateFinder.Find(document) })
        {
            if (find() is { } e && Plausible(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <param name="stamp">The raw value the date was read from.</param>
    private static DateEvidence? FromMarkup(IDocument document, Dictionary<string, string> metas, JsonLdFacts ld, out string? stamp)
    {
        stamp = ld.DatePublished;
        if (DateParsing.TryParseIso(stamp, out var d))
        {
            return new DateEvidence(d, DateSource.JsonLd, 0.95);
        }

        foreach (var name in PublishedMetaNames)
        {
            if (metas.TryGetValue(name, out stamp) && (DateParsing.TryParseIso(stamp, out d) || DateParsing.TryFind(stamp, out d, out _, out _)))
            {
                return new DateEvidence(d, DateSource.MetaTag, name.Contains("publish", StringComparison.Ordinal) ? 0.9 : GenericMetaConfidence);
            }
        }

        foreach (var e in document.QuerySelectorAll("[itemprop='datePublished'], time[pubdate], [property='datePublished'], [property='schema:datePublished'], abbr.published, [itemprop='dateCreated'], [property='schema:dateCreated']"))
        {
            stamp = e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.GetAttribute("title") ?? e.TextContent;
            if (DateParsing.TryParseIso(stamp, out d) || DateParsing.TryFind(stamp, out d, out _, out _))
            {
                return new DateEvidence(d, DateSource.MetaTag, 0.85);
            }
        }

        stamp = null;
        return null;
    }

    /// <summary>"vor 3 Tagen" beside the headline: a date only when the page shows when it was captured.</summary>
    private static DateEvidence? Relative(IDocument document, string? title, DateOnly? captured) =>
        captured is { } c ? HeadlineDateFinder.FindRelativeBesideHeadline(document, title, c) : null;

    /// <summary>"08.11.2021 | Online-Fachtag ..." : a full date written into the page title.</summary>
    private static DateEvidence? TitleDate(IDocument document, Dictionary<string, string> metas)
    {
        foreach (var text in new[] { Meta(metas, "og:title"), document.Title })
        {
            if (text is not null && DateParsing.TryFind(text, out var d, out _, out _))
            {
                return new DateEvidence(d, DateSource.Body, 0.5);
            }
        }

        return null;
    }

    private static DateOnly? Modified(Dictionary<string, string> metas, JsonLdFacts ld)
    {
        if (DateParsing.TryParseIso(ld.DateModified, out var d))
        {
            return d;
        }

        foreach (var name in ModifiedMetaNames)
        {
            if (metas.TryGetValue(name, out var value) && DateParsing.TryParseIso(value, out d))
            {
                return d;
            }
        }

        return null;
    }

    private static DateOnly Earliest(DateOnly? a, DateOnly? b, DateOnly c) =>
        new[] { a ?? c, b ?? c, c }.Min();

    /// <summary>"/2021/02/05/", "/2021-02-05-", "/20210205/" in the URL path; year-month alone is too coarse.</summary>
    private static bool TryUrlDate(string? url, out DateOnly date)
    {
        date = default;
        if (url is null || UrlDateRegex().Match(url) is not { Success: true } m)
        {
            return false;
        }

        static int N(Group g) => int.Parse(g.ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        return DateParsing.TryMake(N(m.Groups["y"]), N(m.Groups["m"]), N(m.Groups["d"]), out date);
    }

    private static Dictionary<string, string> ReadMetas(IDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), content.Trim());
            }
        }

        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) => metas.TryGetValue(key, out var v) ? v : null;

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = WhitespaceRegex().Replace(text, " ").Trim();
        return s.Length is > 0 and < 500 ? s : null;
    }

    /// <summary>"Ministers talk | The Daily Ostravian" → "Ministers talk": the longest part is the headline.</summary>
    private static string? CleanTitleTag(string? title)
    {
        var clean = Clean(title);
        if (clean is null)
        {
            return null;
        }

        var parts = TitleSeparatorRegex().Split(clean);
        return parts.MaxBy(p => p.Length)?.Trim();
    }

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:[/-](?<m>[01]?\d)[/-](?<d>[0-3]?\d)|(?<m>[01]\d)(?<d>[0-3]\d))(?:[/_-]|\.html?|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDateRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\s+(?:\||–|—|-|::|»|·)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparatorRegex();
}
