using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Finds the unlabelled date printed next to the headline ("Handball Schweiz • 02.02.2022",
/// "Hamburg, 2. November 2021", "<c>&lt;em&gt;31.10.2023&lt;/em&gt;</c>" above the &lt;h1&gt;): many
/// sites mark it up with no date class at all. Only short text runs close to the headline count,
/// the nearest wins, so a date inside the article's prose is not taken for its publication date.
/// Failing that, a date anywhere in the visible text that a publication label introduces
/// ("Datum: 18.10.2021", "wurde am 19. Mai 2010 ... gepostet", "Published on 4 May 2021").
/// </summary>
public static partial class HeadlineDateFinder
{
    /// <summary>How much visible text before and after the headline is searched.</summary>
    private const int Before = 250, After = 500;

    /// <summary>A run longer than this is prose unless its date opens it ("27.1.2022 - Bei der ...").</summary>
    private const int MaxRunLength = 100, MaxLeadIn = 30;

    /// <summary>A heading shorter than this is a site name or a section label, not the headline.</summary>
    private const int MinHeadlineLength = 12;

    /// <summary>A date split over spans ("Feb", "18", "2009") is made of pieces this short.</summary>
    private const int MaxPieceLength = 10;

    public static DateEvidence? Find(IDocument document, string? title)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var runs = Runs(body, Headline(body, document.Title ?? title), stopAfterHeadline: false);
        return NearHeadline(runs, (List<TextRun> r, int i, out DateOnly d) => TryDateAt(r, i, strict: false, out d), null) ?? Labelled(runs);
    }

    /// <summary>Only the unlabelled date beside the headline: the date the page shows its readers, to check the metadata against.</summary>
    public static DateEvidence? FindBesideHeadline(IDocument document, string? title) =>
        document.Body is { } body && Headline(body, document.Title ?? title) is { } headline
            ? NearHeadline(Runs(body, headline, stopAfterHeadline: true), (List<TextRun> r, int i, out DateOnly d) => TryDateAt(r, i, strict: true, out d), headline.Closest("article, main"))
            : null;

    /// <summary>A date line beside the headline written relative to the page's capture ("vor 3 Tagen"), never an update line.</summary>
    public static DateEvidence? FindRelativeBesideHeadline(IDocument document, string? title, DateOnly captured) =>
        document.Body is { } body && Headline(body, document.Title ?? title) is { } headline
            ? NearHeadline(Runs(body, headline, stopAfterHeadline: true), (List<TextRun> r, int i, out DateOnly d) => TryRelative(r[i], captured, out d), headline.Closest("article, main"))
            : null;

    private delegate bool RunDate(List<TextRun> runs, int i, out DateOnly date);

    private static bool TryRelative(TextRun run, DateOnly captured, out DateOnly date) =>
        DateParsing.TryParseRelative(run.Text, captured, out date) && !UpdatedRegex().IsMatch(run.Text) && run.Parent.TextContent.Length <= MaxRunLength;

    private static List<TextRun> Runs(IElement body, IElement? headline, bool stopAfterHeadline)
    {
        var runs = new List<TextRun>();
        var around = new HashSet<IElement>();
        for (var p = headline?.ParentElement; p is not null; p = p.ParentElement)
        {
            around.Add(p);
        }

        var walk = new Walk(headline, around, stopAfterHeadline ? After + MaxRunLength : int.MaxValue, runs);
        walk.Collect(body, false);
        return runs;
    }

    private static DateEvidence? Labelled(List<TextRun> runs)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Text.Length > MaxRunLength * 2 || LabelRegex().Match(runs[i].Text) is not { Success: true } label)
            {
                continue;
            }

            // The date follows the label in the same run or the next one ("Datum:" | "18.10.2021").
            var rest = runs[i].Text[(label.Index + label.Length)..];
            if (DateParsing.TryFindInLabel(rest, out var d, out var index) && index <= MaxLeadIn
                || rest.Trim().Length == 0 && i + 1 < runs.Count && TryDate(runs[i + 1], strict: false, out d))
            {
                return new DateEvidence(d, DateSource.Body, 0.5);
            }
        }

        return null;
    }

    /// <param name="scope">The headline's article container, if any: a date above the headline counts only inside it (outside, it is the site's clock).</param>
    private static DateEvidence? NearHeadline(List<TextRun> runs, RunDate tryDate, IElement? scope)
    {
        var start = runs.FindIndex(r => r.InHeadline);
        if (start < 0)
        {
            return null;
        }

        var end = runs.FindLastIndex(r => r.InHeadline);
        DateEvidence? after = null;
        var afterDistance = int.MaxValue;
        for (int i = start, distance = 0; i < runs.Count && distance <= After; i++)
        {
            if (tryDate(runs, i, out var d))
            {
                (after, afterDistance) = (new DateEvidence(d, DateSource.Body, 0.55), distance);
                break;
            }

            distance += i > end ? runs[i].Text.Length : 0;
        }

        for (int i = start - 1, distance = 0; i >= 0 && distance <= Before && distance < afterDistance; i--)
        {
            if ((scope is null || scope.Contains(runs[i].Parent)) && tryDate(runs, i, out var d))
            {
                return new DateEvidence(d, DateSource.Body, 0.55);
            }

            distance += runs[i].Text.Length;
        }

        return after;
    }

    /// <summary>
    /// The article's headline: the longest &lt;h1&gt;–&lt;h4&gt; the page title contains (compared on
    /// letters and digits, so "Netz: Daten" in the title matches "Netz Daten" in spans), else the
    /// longest &lt;h1&gt; (a logo or a screen-reader "Zoll" heading is short; a headline is not).
    /// </summary>
    private static IElement? Headline(IElement body, string? title)
    {
        var headings = body.QuerySelectorAll("h1, h2, h3, h4");
        var key = title is null ? null : Words(title);
        IElement? best = null;
        var bestLength = MinHeadlineLength;
        foreach (var h in headings)
        {
            if (key is not null && Words(h.TextContent) is { } text && text.Length > bestLength && key.Contains(text, StringComparison.Ordinal))
            {
                (best, bestLength) = (h, text.Length);
            }
        }

        return best ?? headings.Where(h => h.LocalName == "h1").MaxBy(h => h.TextContent.Trim().Length);
    }

    /// <summary>Lower-case letters and digits, one space between words: "Netz: Daten | Site" → "netz daten site".</summary>
    private static string Words(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>The date in run <paramref name="i"/>, or spread over it and the next short runs ("Feb" | "18" | "2009" in their own spans).</summary>
    private static bool TryDateAt(List<TextRun> runs, int i, bool strict, out DateOnly date)
    {
        if (TryDate(runs[i], strict, out date))
        {
            return true;
        }

        var joined = runs[i].Text;
        for (var j = i + 1; j < runs.Count && j <= i + 2 && joined.Length <= MaxPieceLength && runs[j].Text.Length <= MaxPieceLength; j++)
        {
            joined += " " + runs[j].Text;
            if (DateParsing.TryFind(joined, out date, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="strict">Only a date line of its own: not a date opening prose ("Am Sonntag, 5. November, wurde <a>…"), whose element is long.</param>
    private static bool TryDate(TextRun run, bool strict, out DateOnly date)
    {
        date = default;
        var text = run.Text;
        return DateParsing.TryFindInLabel(text, out date, out var index)
            && (strict ? text.Length <= MaxRunLength && run.Parent.TextContent.Length <= MaxRunLength : text.Length <= MaxRunLength || index <= MaxLeadIn)
            && !UpdatedRegex().IsMatch(text.AsSpan(0, index))
            && !CaptureStamp.TryParse(text, out _);
    }

    /// <summary>Visible text runs in document order, leaving out scripts, navigation, comments and related-article lists.</summary>
    /// <param name="around">The headline's ancestors: never skipped, whatever their class says.</param>
    /// <param name="budget">How many characters after the headline are worth collecting.</param>
    private sealed class Walk(IElement? headline, HashSet<IElement> around, int budget, List<TextRun> runs)
    {
        private int afterHeadline = -1;

        public void Collect(IElement element, bool inHeadline)
        {
            foreach (var node in element.ChildNodes)
            {
                if (afterHeadline > budget)
                {
                    return;
                }

                if (node is IText text)
                {
                    var s = text.Data.Trim();
                    if (s.Length > 0)
                    {
                        runs.Add(new TextRun(s, inHeadline, element));
                        afterHeadline += afterHeadline >= 0 && !inHeadline ? s.Length : 0;
                    }
                }
                else if (node is IElement { LocalName: "aside" } aside && afterHeadline >= 0 && !around.Contains(aside))
                {
                    // An aside right under the headline is often the article's own meta box ("<aside class=meta"><time>…"):
                    // its time elements count, the rest of it (related links) does not.
                    foreach (var time in aside.QuerySelectorAll("time"))
                    {
                        runs.Add(new TextRun(time.TextContent.Trim(), false, time));
                    }
                }
                else if (node is IElement child && (around.Contains(child) || !Skipped(child)))
                {
                    var entering = child == headline;
                    Collect(child, inHeadline || entering);
                    afterHeadline = entering ? 0 : afterHeadline;
                }
            }
        }
    }

    private static bool Skipped(IElement e) =>
        e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "nav" or "footer" or "aside" or "select" or "form"
        || e.ClassName is { } marker && SkippedRegex().IsMatch(marker);

    [GeneratedRegex(@"(?:^|\W)(?:datum|date|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publiziert(?:\s+am)?|published(?:\s+on)?|posted(?:\s+on)?|publié\s+le|publicado(?:\s+el)?|pubblicato(?:\s+il)?|wurde\s+am)(?!\p{L})\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    private readonly record struct TextRun(string Text, bool InHeadline, IElement Parent);

    [GeneratedRegex(@"updat|aktualisiert|geändert|modifi|zuletzt|last\s+edit|mis\s+à\s+jour|actualiz", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|related|sidebar|teaser|recommend|popular|most-read|breadcrumbs?|cookie|nav)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkippedRegex();
}
