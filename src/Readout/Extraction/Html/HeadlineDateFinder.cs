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

    public static DateEvidence? Find(IDocument document, string? title)
    {
        if (document.Body is not { } body)
        {
            return null;
        }

        var headline = Headline(body, document.Title ?? title);
        var runs = new List<TextRun>();
        var around = new HashSet<IElement>();
        for (var p = headline?.ParentElement; p is not null; p = p.ParentElement)
        {
            around.Add(p);
        }

        Collect(body, headline, around, false, runs);
        return NearHeadline(runs) ?? Labelled(runs);
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
                || rest.Trim().Length == 0 && i + 1 < runs.Count && TryDate(runs[i + 1], out d))
            {
                return new DateEvidence(d, DateSource.Body, 0.5);
            }
        }

        return null;
    }

    private static DateEvidence? NearHeadline(List<TextRun> runs)
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
    /// The article's headline: the &lt;h1&gt;–&lt;h4&gt; the page title contains, else the longest
    /// &lt;h1&gt; (a logo or a screen-reader "Zoll" heading is short; a headline is not).
    /// </summary>
    private static IElement? Headline(IElement body, string? title)
    {
        var headings = body.QuerySelectorAll("h1, h2, h3, h4");
        return headings.FirstOrDefault(h => title is not null && h.TextContent.Trim() is { Length: > 12 } text && title.Contains(text, StringComparison.OrdinalIgnoreCase))
            ?? headings.Where(h => h.LocalName == "h1").MaxBy(h => h.TextContent.Trim().Length);
    }

    private static bool TryDate(TextRun run, out DateOnly date)
    {
        date = default;
        var text = run.Text;
        return DateParsing.TryFindInLabel(text, out date, out var index)
            && (text.Length <= MaxRunLength || index <= MaxLeadIn)
            && !UpdatedRegex().IsMatch(text.AsSpan(0, index))
            && !CaptureStamp.TryParse(text, out _);
    }

    /// <summary>Visible text runs in document order, leaving out scripts, navigation, comments and related-article lists.</summary>
    /// <param name="around">The headline's ancestors: never skipped, whatever their class says.</param>
    private static void Collect(IElement element, IElement? headline, HashSet<IElement> around, bool inHeadline, List<TextRun> runs)
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

    [GeneratedRegex(@"(?:^|\W)(?:datum|date|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?|publiziert(?:\s+am)?|published(?:\s+on)?|posted(?:\s+on)?|publié\s+le|publicado(?:\s+el)?|pubblicato(?:\s+il)?|wurde\s+am)(?!\p{L})\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    private readonly record struct TextRun(string Text, bool InHeadline);

    [GeneratedRegex(@"updat|aktualisiert|geändert|modifi|zuletzt|last\s+edit|mis\s+à\s+jour|actualiz", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedRegex();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|related|sidebar|teaser|recommend|popular|most-read|breadcrumbs?|cookie|nav)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkippedRegex();
}
