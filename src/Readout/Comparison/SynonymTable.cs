namespace Readout.Comparison;

/// <summary>
/// Small shipped synonym and contrast tables. Independent translations of one original pick different words
/// for the same thing ("willingness"/"readiness"); a contrast pair ("accept"/"reject") flips the claim.
/// Entries are matched by stem, so one inflection per word is enough.
/// </summary>
public static class SynonymTable
{
    private static readonly string[] Groups =
    [
        "willingness readiness ready willing eager preparedness open openness",
        "extension prolongation extend prolong prolonged renewal renew",
        "issues topics matters questions subjects agenda problem problems",
        "discuss talk discussion talks debate",
        "unacceptability impermissibility inadmissibility inadmissible unacceptable impermissible",
        "adopt adoption approve approval pass",
        "domestic internal",
        "settlement regulation resolution settle",
        "assistance aid aiding help promoting promotion promote facilitate facilitation assist",
        "pullout withdrawal pull-out exit",
        "organise organize arrange",
        "legislation law laws legal judicial",
        "officials ministers diplomats sides parties",
        "displayed showed expressed demonstrated voiced signalled signaled",
        "confirm reaffirm affirm reiterate",
        "emphasise emphasize stress underline underscore highlight",
        "continuous regular constant ongoing permanent",
        "maintain keep sustain preserve",
        "improve improvement enhance upgrading upgrade better",
        "coronavirus covid-19 covid pandemic virus",
        "combat combating countering counter fight fighting tackle",
        "cooperation partnership collaboration cooperate",
        "conversation call talk phone telephone telephonic",
        "situation developments case affair",
        "functioning operations operation work working activity",
        "eliminate eliminating address resolve remove overcome",
        "predictable predictability",
        "international global world",
        "said stated told noted added remarked",
        "buy purchase acquire",
        "big large huge major",
        "small little minor",
        "begin start commence launch",
        "end finish conclude close",
        "meet meeting",
        "country nation state",
        "agreement deal accord pact",
        "difficulties problems obstacles irritants",
        "protesters demonstrators protestors",
        "appointment office post",
        "affairs matters",
        "strike attack",
        "kill slay",
        "nuclear atomic",
        "general overall whole",
        "wide broad extensive comprehensive",
        "important significant key crucial vital",
        "main principal chief primary",
        "new fresh novel",
        "recent latest",
        "quick rapid fast swift speedy",
        "strong robust firm",
        "joint common shared mutual",
        "border frontier",
        "aim goal objective purpose",
        "talks negotiations consultations",
        "help support backing",
        "plan intend",
        "tension tensions strain",
        "economic economy",
        "region area zone",
        "security safety",
        "touch mention raise bring",
    ];

    private static readonly string[] Contrasts =
    [
        "accept reject", "agree disagree", "approve reject", "support oppose", "welcome condemn", "allow ban",
        "allow prohibit", "increase decrease", "increase reduce", "rise fall", "raise lower", "win lose",
        "open close", "strengthen weaken", "confirm deny", "impose lift", "include exclude", "success failure",
        "possible impossible", "legal illegal", "acceptable unacceptable", "trust distrust", "expand reduce",
        "ally rival", "friend enemy", "peace war", "ceasefire offensive", "begin end", "start stop", "join leave",
    ];

    private static readonly Dictionary<string, int> GroupOf = BuildGroups();

    private static readonly HashSet<(string, string)> ContrastPairs = BuildContrasts();

    /// <summary>The synonym group id of a stem, or -1.</summary>
    public static int Group(string stem) => GroupOf.GetValueOrDefault(stem, -1);

    public static bool AreSynonyms(string stemA, string stemB) =>
        stemA == stemB || (GroupOf.TryGetValue(stemA, out var a) && GroupOf.TryGetValue(stemB, out var b) && a == b);

    public static bool AreContrasts(string stemA, string stemB) => ContrastPairs.Contains((stemA, stemB));

    private static Dictionary<string, int> BuildGroups()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var word in Groups[g].Split(' '))
            {
                map.TryAdd(Stemmer.Stem(word), g);
            }
        }

        return map;
    }

    private static HashSet<(string, string)> BuildContrasts()
    {
        var set = new HashSet<(string, string)>();
        foreach (var pair in Contrasts)
        {
            var words = pair.Split(' ');
            var (a, b) = (Stemmer.Stem(words[0]), Stemmer.Stem(words[1]));
            set.Add((a, b));
            set.Add((b, a));
        }

        return set;
    }
}
