using System.Globalization;
using Readout.Model;

namespace Readout.Pipeline;

/// <summary>
/// Bounds the text a single document gets annotated on. Event detection now grows linearly with the text, but
/// annotation still grows faster past about a million characters of dense prose (4 µs a character at 1 M, 14 at 4 M:
/// <c>Readout.Bench --scale-body</c>), so a body longer than <see cref="MaxChars"/> — a book, a data dump, not a
/// report — is cut at the last line or word break before the limit and the user is told where. Every span then
/// points into the cut body.
/// </summary>
public static class AnnotationLimit
{
    /// <summary>One million characters: about 170,000 words, hundreds of news articles' worth.</summary>
    public const int MaxChars = 1_000_000;

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
