using System.Globalization;
using Readout.Model;

namespace Readout.Pipeline;

/// <summary>
/// Bounds the text a single document gets annotated on. Annotation and event detection grow linearly with the text
/// up to this limit (<c>Readout.Bench --scale-body</c>: about 0.4 µs a character each at 4 M), but a body longer
/// than <see cref="MaxChars"/> — a book, a data dump, not a report — is cut at the last line or word break before the
/// limit and the user is told where, so one file cannot hold a run for minutes. Every span then points into the cut body.
/// </summary>
public static class AnnotationLimit
{
    /// <summary>Four million characters: about 700,000 words, a thousand news articles' worth.</summary>
    public const int MaxChars = 4_000_000;

    /// <summary>The article, or a copy with its body cut before <paramref name="maxChars"/> and a warning saying where.</summary>
    public static Article Apply(Article article, out string? warning, int maxChars = MaxChars)
    {
        ArgumentNullException.ThrowIfNull(article);
        warning = null;
        if (article.Body.Length <= maxChars)
        {
            return article;
        }

        var cut = CutPoint(article.Body, maxChars);
        warning = string.Create(CultureInfo.InvariantCulture,
            $"body of {article.Body.Length:N0} characters is over the annotation limit of {maxChars:N0}: annotated up to character {cut:N0} only");
        return article with { Body = article.Body[..cut] };
    }

    /// <summary>The last paragraph or line break in the final tenth before the limit, else the last space, else the limit itself (never inside a surrogate pair).</summary>
    private static int CutPoint(string body, int maxChars)
    {
        var window = body.AsSpan(0, maxChars);
        var floor = maxChars - (maxChars / 10);
        var line = window.LastIndexOf('\n');
        if (line >= floor)
        {
            return line;
        }

        var space = window.LastIndexOf(' ');
        if (space >= floor)
        {
            return space;
        }

        return char.IsHighSurrogate(body[maxChars - 1]) ? maxChars - 1 : maxChars;
    }
}
