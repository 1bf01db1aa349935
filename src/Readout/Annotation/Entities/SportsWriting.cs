namespace Readout.Annotation.Entities;

/// <summary>
/// Whether a document is sports writing: it names a sport or uses a word only results and reports use ("halftime",
/// "innings", "beat", "standings"). Figures after a name make it a club's score only there; in a company report
/// "Operating Income 906 962" or "Newspapers 363 49" are a table's rows. Answered once per document.
/// </summary>
internal static class SportsWriting
{
    // Sport names are matched in any case ("SOCCER -" headlines); the rest only in lower case, as running text writes them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Sports = new HashSet<string>(
        [
            "soccer", "football", "baseball", "basketball", "hockey", "cricket", "rugby", "tennis", "golf", "athletics", "cycling",
            "boxing", "motorcycling", "handball", "volleyball", "racing", "rowing", "swimming", "skiing", "badminton", "squash",
            "nba", "nfl", "nhl", "uefa", "fifa",
        ],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportWords = new HashSet<string>(
        [
            "beat", "beats", "drew", "halftime", "half-time", "goals", "scorers", "scored", "league", "season", "innings",
            "wickets", "standings", "championship", "tournament", "match", "matches", "played", "playoff", "playoffs", "inning",
            "fixtures", "draw", "penalty", "penalties", "laps", "seeded", "overs", "runs", "pitcher", "homer", "coach", "striker",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(DocumentContext doc)
        => doc.SportsWriting ??= doc.HasWord(Sports, 3, 12) || doc.HasWord(ReportWords, 4, 12, lowerCaseOnly: true);
}
