using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Readout.Model;

namespace Readout.Extraction.Html;

/// <summary>
/// Finds the unlabelled date printed next to the headline ("Handball Schweiz • 02.02.2022",
/// "Hamburg, 2. November 2021", "<c>&lt;em&gt;31.10.2023&lt;/em&gt;</c>" above the &lt;h1&gt;): many
/// sites mark it up with no date class at all. Only short text runs close to the headline count,
/// the nearest wins, so a date inside the article's prose is not taken for its publication date.
/// </summary>
public static partial class HeadlineDateFinder
{
    /// <summary>How much visible text before and after the headline is searched.</summary>
    private const int Before = 250, After = 500;

    /// <summary>A run longer than this is prose unless its date opens it ("27.1.2022 - Bei der ...").</summary>
    private const int MaxRunLength = 100, MaxLeadIn = 30;

    public static DateEvidence? Find(IDocument document, string? title)
    {
        if (document.Body is not { } body || Headline(body, document.Title ?? title) is not { } headline)
        {
            return null;
        }

        var runs = new List<TextRun>();
        var around = new HashSet<IElement>();
        for (var p = headline.ParentElement; p is not null; p = p.ParentElement)
        {
            around.Add(p);
        }

        Collect(body, headline, around, false, runs);
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
            if (TryDate(runs[i], out var d))
            {
                (after, afterDistance) = (new DateEvidence(d, DateSource.Body, 0.55), distance);
                break;
            }

            distance += i > end ? runs[i].Text.Length : 0;
        }

        for (int i = start - 1, distance = 0; i >= 0 && distance <= Before && distance < afterDistance; i--)
        {
            if (TryDate(runs[i], out var d))
            {
                return new DateEvidence(d, DateSource.Body, 0.55);
            }

            distance += runs[i].Text.Length;
        }

        return after;
    }

    /// <summary>
    /// The article's &lt;h1&gt;: when there are several, the one the page title contains, else the
    /// longest (a logo or a screen-reader "Zoll" heading is short; a headline is not).
    /// </summary>
    private static IElement? Headline(IElement body, string? title)
    {
        var headings = body.QuerySelectorAll("h1");
        if (headings.Length <= 1)
        {
            return headings.Length > 0 ? headings[0] : null;
        }

        return headings.FirstOrDefault(h => title is not null && h.TextContent.Trim() is { Length: > 12 } text && title.Contains(text, StringComparison.OrdinalIgnoreCase))
            ?? headings.MaxBy(h => h.TextContent.Trim().Length);
    }

    private static bool TryDate(TextRun run, out DateOnly date)
    {
        date = default;
        var text = run.Text;
        return DateParsing.TryFind(text, out date, out var index, out _)
            && (text.Length <= MaxRunLength || index <= MaxLeadIn)
            && !UpdatedRegex().IsMatch(text.AsSpan(0, index))
            && !CaptureStamp.TryParse(text, out _);
    }

    /// <summary>Visible text runs in document order, leaving out scripts, navigation, comments and related-article lists.</summary>
    /// <param name="around">The headline's ancestors: never skipped, whatever their class says.</param>
    private static void Collect(IElement element, IElement headline, HashSet<IElement> around, bool inHeadline, List<TextRun> runs)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                var s = text.Data.Trim();
                if (s.Length > 0)
                {
                    runs.Add(new TextRun(s, inHeadline));
                }
            }
            else if (node is IElement child && (around.Contains(child) || !Skipped(child)))
            {
                Collect(child, headline, around, inHeadline || child == headline, runs);
            }
        }
    }

    private static bool Skipped(IElement e) =>
        e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "nav" or "footer" or "aside" or "select" or "form"
        || e.ClassName is { } marker && SkippedRegex().IsMatch(marker);

    private readonly record struct TextRun(string Text, bool InHeadline);

    [GeneratedRegex(@"updat|aktualisiert|geändert|modifi|zuletzt|last\s+edit|mis\s+à\s+jour|actualiz", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|related|sidebar|teaser|recommend|popular|most-read|breadcrumbs?|cookie|nav)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkippedRegex();
}
