using Readout.Annotation.Names;
using Readout.Annotation.Text;

namespace Readout.Annotation.Entities;

/// <summary>
/// Context that marks a name as a person's though no given name or title comes with it, as reports and results
/// name people once introduced: a scorer's minute ("Ferhaoui 4th"), cricket scorecards ("c Stewart b Mullally",
/// "Cork 23-5-71-1"), "X told", "X , who/whose", "quoted X as saying", "said X ." and, opening a clause, "X said/added". A lone word the gazetteer
/// knows is never taken (it is the place, or its club), nor, before "said" or "who", a plural-looking one ("Officials said").
/// </summary>
internal static class SurnameCue
{
    // Singular nouns for a body of people that open sentences in reports ("Police said", "Management told").
    private static readonly HashSet<string> CollectiveNounSet = new(StringComparer.OrdinalIgnoreCase)
    {
        "Police", "Army", "Military", "Government", "Parliament", "Congress", "Management", "Staff", "Security", "Intelligence",
        "Customs", "Immigration", "Prosecution", "Defence", "Defense", "Opposition", "Militia", "Command", "Navy", "Radio", "Television",
    };
    private static readonly HashSet<string> SubjectVerbSet = new(StringComparer.Ordinal)
    {
        "stressed", "noted", "warned", "insisted", "argued", "explained", "replied", "declared", "denied", "urged", "accused", "criticised",
        "criticized", "praised", "announced", "confirmed", "spoke", "beat", "won", "scored", "finished", "missed", "lost", "allowed", "struck", "pitched",
        "retired", "edged", "defeated", "clocked", "hit", "led", "will", "would", "has", "had", "was", "is",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectVerbs = SubjectVerbSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveNouns = CollectiveNounSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the cue before the name holds for a run of any length: cricket's caught/bowled marks.</summary>
    public static bool Before(DocumentContext doc, int start)
        => start > 0 && !doc.BreakBefore(start) && (doc.Is(start - 1, "c") || doc.Is(start - 1, "b") || doc.Is(start - 1, "st"));

    /// <summary>Whether the one-word name over tokens [<paramref name="start"/>, <paramref name="end"/>) stands in a person's slot.</summary>
    public static bool Holds(DocumentContext doc, int start, int end)
    {
        // "a police spokesman in Linz told Reuters": after a locative preposition the word is a place the gazetteer lacks.
        if (doc.MatchPlace(start, out _) > 0 || doc.Tokens[start].Length < 2 || start > 0 && (doc.Is(start - 1, "in") || doc.Is(start - 1, "at") || doc.Is(start - 1, "near")))
        {
            return false;
        }

        if (Before(doc, start) || Ordinal(doc, end) || BracketedMinute(doc, end) || ScorerListed(doc, start) || BowlingFigures(doc, end) || Age(doc, end) || doc.Is(end, "told")
            || start > 0 && doc.Is(start - 1, "quoted") && doc.Is(end, "as"))
        {
            return true;
        }

        // A club or team also takes "who" ("Juventus , who"), but rarely without a plural-looking name or an article;
        // a word the text also writes in lower case is a common noun ("Police said").
        if (doc.Is(end, ",") && (doc.Is(end + 1, "who") || doc.Is(end + 1, "whose")) && !Plural(doc, start) || start > 0 && doc.Is(start - 1, "said") && (doc.Is(end, ".") || doc.Is(end, ",")))
        {
            return true;
        }

        return (doc.Is(end, "said") || doc.Is(end, "says") || doc.Is(end, "added")) && ClauseStart(doc, start) && !Plural(doc, start);
    }

    /// <summary>
    /// A listed surname opening a clause before a speech or sports verb ("Papadopoulos stressed", "Mulder missed"): weaker
    /// than the name-free cues above, so only for names in <see cref="KnownSurnames"/>.
    /// </summary>
    public static bool KnownSurnameSubject(DocumentContext doc, int start, int end)
        => end < doc.Tokens.Length && SubjectVerbs.Contains(doc.Word(end)) && ClauseStart(doc, start) && doc.MatchPlace(start, out _) == 0
           && KnownSurnames.Contains(doc.Word(start)) && !Plural(doc, start);

    // Only read once a cue matched: the lower-case check scans the document.
    private static bool Plural(DocumentContext doc, int start)
        => doc.Word(start)[^1] == 's' || start > 0 && (doc.Is(start - 1, "the") || doc.Is(start - 1, "The")) || CollectiveNouns.Contains(doc.Word(start))
           || WrittenLower(doc, start);

    // "Werder Bremen 1 ( Votava", "( Traore 65th , Bombarda": a scorer opening the brackets after a side's goals, or
    // following another scorer's minute, even where the line breaks before the minute.
    private static bool ScorerListed(DocumentContext doc, int start)
        => start >= 2 && !doc.BreakBefore(start) && !doc.BreakBefore(start - 1) && !doc.Word(start).Contains('-') // "( April-March )"
           && (doc.Is(start - 1, "(") && SportsClub.IsScoreNumber(doc, start - 2) || doc.Is(start - 1, ",") && Ordinal(doc, start - 2));

    // "( Balakov 29th , Bobic 47th": a goal's minute after the scorer.
    private static bool Ordinal(DocumentContext doc, int k)
    {
        if (k >= doc.Tokens.Length || doc.Tokens[k].Shape != TokenShape.Number || doc.BreakBefore(k))
        {
            return false;
        }

        var w = doc.Word(k);
        return w.Length >= 3 && char.IsDigit(w[^3]) && (w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th"));
    }

    /// <summary>
    /// Context that marks a run of name words as a person's: an age ("Cheung Siu Man , 40 ,"), a scorer's minute
    /// ("Klimis Alexandrou ( 41st )"), a byline ("-- Rosemary Bennett , London Newsroom") or a quote's source
    /// closing the clause ("said Burcin Mavituna from Interbank", "said Ori Lewis .").
    /// </summary>
    public static bool AfterFullName(DocumentContext doc, int start, int end)
        => Age(doc, end) || BracketedMinute(doc, end) || Ordinal(doc, end)
           || Byline(doc, start) && doc.Is(end, ",")
           || start > 0 && doc.Is(start - 1, "said") && !doc.BreakBefore(start) && (end >= doc.Tokens.Length || doc.Is(end, ".") || doc.Is(end, ",") || doc.Is(end, "from") || doc.Is(end, "of"));

    // "-- Rosemary Bennett , London Newsroom": the dash opening a line is two tokens, as the tokenizer splits punctuation.
    private static bool Byline(DocumentContext doc, int start)
        => start > 1 && doc.Is(start - 1, "-") && doc.Is(start - 2, "-") && (start == 2 || doc.BreakBefore(start - 2)) && !doc.BreakBefore(start)
           && doc.MatchPlace(start, out _) == 0; // "-- Zurich Editorial ," is a desk

    // "Valkucak ( 54th )", "Ronaldo ( 5th and 89th minutes )": a scorer's bracketed minute.
    private static bool BracketedMinute(DocumentContext doc, int k) => doc.Is(k, "(") && Ordinal(doc, k + 1);

    /// <summary>"Takeda , 18 ," or "Cheung Siu Man , 40 , was arrested": an age between commas follows a person's name.</summary>
    public static bool Age(DocumentContext doc, int k)
    {
        if (!doc.Is(k, ",") || k + 2 >= doc.Tokens.Length || doc.Tokens[k + 1].Shape != TokenShape.Number || doc.BreakBefore(k + 1))
        {
            return false;
        }

        var w = doc.Word(k + 1);
        return w.Length == 2 && char.IsAsciiDigit(w[0]) && char.IsAsciiDigit(w[1]) && w[0] != '0' && (doc.Is(k + 2, ",") || doc.Is(k + 2, "."));
    }

    /// <summary>Whether the document also writes the word in lower case, as a common noun.</summary>
    public static bool WrittenLower(DocumentContext doc, int k) => doc.WrittenLower(doc.Word(k));

    // "Cork 23-5-71-1": overs, maidens, runs and wickets.
    private static bool BowlingFigures(DocumentContext doc, int k)
    {
        if (k >= doc.Tokens.Length || doc.Tokens[k].Shape != TokenShape.Number || doc.BreakBefore(k))
        {
            return false;
        }

        var w = doc.Word(k);
        return w.Count('-') == 3 && !w.ContainsAnyExcept("0123456789.-");
    }

    /// <summary>"Jonzon ( Sweden ) 67": a lone name with its country, unless a fixture or score line makes it a club.</summary>
    public static bool Competitor(DocumentContext doc, int start)
        => doc.MatchPlace(start, out _) == 0 && !(start > 0 && (doc.Is(start - 1, "v") || doc.Tokens[start - 1].Shape == TokenShape.Number));

    private static bool ClauseStart(DocumentContext doc, int start)
        => start == 0 || doc.Tokens[start].SentenceStart || doc.BreakBefore(start) || doc.Is(start - 1, "\"") || doc.Is(start - 1, ",");
}
