namespace Readout.Comparison;

/// <summary>
/// Closed word classes the comparison rules need. Kept as code (not data files) because they are small,
/// grammatical rather than topical, and every rule reads them on a hot path.
/// </summary>
public static class WordLists
{
    /// <summary>Function words: they carry no claim content, so overlap on them says nothing.</summary>
    public static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "about",
        "into", "onto", "upon", "over", "under", "between", "among", "through", "during", "before", "after", "since",
        "until", "till", "while", "within", "without", "against", "toward", "towards", "per", "via", "than", "then",
        "this", "that", "these", "those", "it", "its", "he", "she", "him", "her", "his", "hers", "they", "them", "their",
        "we", "us", "our", "you", "your", "i", "me", "my", "who", "whom", "whose", "which", "what", "where", "when",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "so", "such", "also", "too", "very", "just", "both", "each", "other", "another", "any", "some", "all", "more",
        "most", "there", "here", "if", "because", "whether", "mr", "mrs", "ms", "s", "said", "says", "say", "according",
        "part", "in", "well", "besides", "turn", "further", "furthermore", "moreover", "meanwhile", "however",
    };

    /// <summary>Words that flip a clause's polarity.</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "n't", "neither", "nor", "none", "nothing", "nobody", "cannot", "without", "refused", "declined",
    };

    /// <summary>Modal classes: a possibility becoming an obligation (or a fact) changes the claim.</summary>
    public static readonly Dictionary<string, string> Modals = new(StringComparer.Ordinal)
    {
        ["may"] = "possibility",
        ["might"] = "possibility",
        ["could"] = "possibility",
        ["possibly"] = "possibility",
        ["perhaps"] = "possibility",
        ["possible"] = "possibility",
        ["likely"] = "possibility",
        ["unlikely"] = "possibility",
        ["must"] = "necessity",
        ["should"] = "necessity",
        ["shall"] = "necessity",
        ["obliged"] = "necessity",
        ["required"] = "necessity",
        ["necessary"] = "necessity",
        ["ought"] = "necessity",
    };

    /// <summary>
    /// Words that state that a thing ended or failed; attached to an entity they assert its negative status
    /// ("the treaty collapsed", "withdrawal from the treaty"), which a report cannot add or drop without changing the claim.
    /// </summary>
    public static readonly HashSet<string> NegativeOutcomes = new(StringComparer.Ordinal)
    {
        "collapse", "collapsed", "collapses", "collapsing", "end", "ended", "ending", "ends", "termination", "terminated",
        "terminate", "withdrawal", "withdrew", "withdrawn", "withdraw", "withdrawing", "pullout", "exit", "exited", "quit",
        "scrapped", "scrap", "scrapping", "abandoned", "abandon", "abandonment", "suspended", "suspension", "suspend",
        "failed", "failure", "fail", "cancelled", "canceled", "cancellation", "demise", "expired", "expiry", "expiration",
        "broke", "breakdown", "violated", "violation", "violations", "rejected", "rejection", "dead", "defunct", "lapsed",
    };

    /// <summary>Verbs that report speech or stance: their subject is the claim's speaker (not merely its actor).</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "stated", "told", "noted", "added", "stressed", "emphasised", "emphasized", "underlined", "underscored",
        "confirmed", "reaffirmed", "reiterated", "affirmed", "declared", "announced", "urged", "called", "asked", "reminded",
        "expressed", "voiced", "pointed", "warned", "explained", "insisted", "proposed", "suggested", "argued", "claimed",
        "denied", "accused", "demanded", "assured", "informed", "recalled", "highlighted", "displayed", "showed", "signalled",
        "signaled", "welcomed", "condemned", "praised", "criticised", "criticized", "congratulated", "thanked", "invited",
    };

    /// <summary>Action verbs (past tense) that open a clause's predicate, for finding the subject and coordinated predicates.</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "spoke", "discussed", "agreed", "supported", "touched", "held", "met", "signed", "gave", "drew", "visited", "talked",
        "decided", "exchanged", "reached", "made", "took", "launched", "opened", "closed", "rejected", "approved", "adopted",
        "backed", "opposed", "received", "sent", "hosted", "attended", "reviewed", "considered", "focused", "focussed",
        "pledged", "promised", "vowed", "offered", "sought", "planned", "intended", "hoped", "wanted", "raised", "shared",
        "briefed", "conveyed", "extended", "concluded", "initialled", "ratified", "imposed", "lifted", "withdrew", "refused",
        "declined", "phoned", "called", "arrived", "left", "returned", "began", "started", "ended", "agreed", "noted", "spoken",
    };

    /// <summary>Subjects that stand for all the event's participants together ("the officials", "both sides").</summary>
    public static readonly HashSet<string> GroupSubjects = new(StringComparer.Ordinal)
    {
        "they", "officials", "sides", "both", "ministers", "diplomats", "parties", "leaders", "two", "presidents",
        "counterparts", "delegations", "interlocutors", "heads",
    };

    /// <summary>Auxiliaries between a subject and its participle ("have discussed", "had touched").</summary>
    public static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "have", "has", "had", "also", "then", "later", "further", "again", "jointly", "once", "in", "turn", "both", "together",
    };

    public static bool IsPredicateVerb(string lower) => SpeechVerbs.Contains(lower) || ActionVerbs.Contains(lower);
}
