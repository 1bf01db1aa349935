using System.Buffers;
using System.Text.RegularExpressions;

namespace Readout.Extraction;

/// <summary>
/// Recognises the stamps a page carries about its own rendering or retrieval — "page generated
/// 2025-10-27 09:14 UTC", "Printed on 27.10.2025", "Retrieved on October 27, 2025", "Accessed 27 Oct
/// 2025", "Seite erstellt am 27.10.2025" (a bare "Erstellt am" is a blog post's own date). Their date is when the page was captured, never when the
/// article was published.
/// </summary>
public static partial class CaptureStamp
{
    /// <summary>Stamps are short lines; a longer text mentioning "printed" is prose.</summary>
    public const int MaxLength = 160;

    /// <summary>How far after the phrase the date may start ("on Monday, " sits between).</summary>
    private const int MaxGap = 20;

    /// <summary>Cheap prefilter: a text without any of these words cannot be a stamp.</summary>
    public static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["generated", "rendered", "printed", "retrieved", "accessed", "downloaded", "fetched", "seite", "abgerufen", "gedruckt", "druckdatum", "abrufdatum"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> is a capture stamp with a date; <paramref name="date"/> is that date.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (text.Length > MaxLength || text.AsSpan().IndexOfAny(Keywords) < 0)
        {
            return false;
        }

        var m = PhraseRegex().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var rest = text[(m.Index + m.Length)..];
        return DateParsing.TryFind(rest, out date, out var index, out _) && index <= MaxGap;
    }

    [GeneratedRegex(
        @"(?:^|[^\p{L}])(?:(?:this\s+)?page\s+(?:was\s+)?(?:last\s+)?(?:generated|rendered|printed|created)|generated|rendered|printed|retrieved|accessed|downloaded|fetched|seite\s+(?:wurde\s+)?(?:zuletzt\s+)?(?:erstellt|generiert|gedruckt)|abgerufen|gedruckt\s+am|druckdatum|abrufdatum)\b(?:\s*(?:on|at|am|:))?[\s:,]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhraseRegex();
}
