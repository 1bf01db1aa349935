using System.Text.RegularExpressions;

namespace Readout.Events;

/// <summary>
/// Verb patterns for CAMEO roots beyond the diplomatic kinds (EventKind.Other, specific code carried in
/// <see cref="Model.EventMention.CameoCode"/>). Written for Readout from the CAMEO 1.1b3 codebook's
/// definitions and examples (Gerner, Schrodt et al., Parus Analytics / Open Event Data Alliance); the
/// PETRARCH2 verb dictionary was consulted for what verbs mean, not copied. Most entries give the root
/// ("190"); a sub-code is used only where the phrase itself says it (arrest → 173, release prisoner → 0841).
/// </summary>
internal static class CameoVerbLexicon
{
    // Order matters only between entries that can match at the same position: the more specific comes first.
    private static readonly (string Code, string Pattern)[] Entries =
    [
        // 01 Make public statement
        ("015", @"claim\w*\s+responsibility"),
        ("016", @"den(?:y|ied|ies|ying)\s+(?:any\s+)?(?:responsibility|involvement)"),
        ("018", @"express\w*\s+(?:\w+\s+){0,2}?(?:sorrow|condolences?|sympathy|grief|regret)|offer\w*\s+(?:\w+\s+)?condolences"),
        ("013", @"express\w*\s+(?:\w+\s+){0,2}?(?:appreciation|gratitude|optimism|hope)"),
        ("012", @"express\w*\s+(?:\w+\s+){0,2}?(?:concern|pessimism|doubt)"),
        ("011", @"declin\w*\s+to\s+comment|refus\w*\s+to\s+comment"),
        // 12 Reject (before 02/03/07: "would not provide support" is a refusal, not aid)
        ("124", @"(?:would|will|did|does|do)\s+not\s+(?:give|grant)\s+(?:\w+\s+)?permission"),
        ("121", @"(?:would|will|did|does|do)\s+not\s+(?:provide|give|offer)\s+(?:\w+\s+)?(?:support|aid|assistance|help)"),
        ("120", @"reject\w*|refus(?:e|ed|es|ing)\b|turn\w*\s+down|rul(?:e|ed|es|ing)\s+out|vetoe?\w*|dismiss(?:ed|es)\s+(?:the\s+)?(?:\w+\s+)?(?:call|demand|request|proposal|offer)"),
        // 02 Appeal
        ("023", @"ask\w*\s+(?:\w+\s+){0,3}?to\s+help|appeal\w*\s+for\s+(?:\w+\s+)?(?:aid|help|assistance)"),
        ("020", @"appeal(?:s|ed|ing)?\b|urg(?:e|ed|es|ing)\b|call(?:s|ed|ing)?\s+(?:on|upon)\b|plead\w*|implor\w*|request(?:s|ed|ing)?\b|wants?\s+\w+\s+to\b"),
        // 13 Threaten
        ("138", @"wants?\s+to\s+(?:attack|invade|bomb|strike)|threaten\w*\s+(?:to\s+)?(?:attack|invade|war|military)"),
        ("130", @"threat(?:en|ens|ened|ening)\b|warn(?:s|ed|ing)?\b|ultimatum"),
        // 03 Express intent to cooperate
        ("036", @"(?:will|would)\s+send\s+(?:\w+\s+){0,4}?to\s+help"),
        ("031", @"(?:seek\w*|sought|aim\w*|want\w*)\s+to\s+(?:deepen|strengthen|boost|expand)|deepen\w*\s+(?:a\s+|the\s+|their\s+)?(?:partnership|cooperation|ties)"),
        ("033", @"wants?\s+to\s+help|(?:pledg\w*|promis\w*|vow\w*|offer\w*)\s+(?:to\s+)?(?:help|aid|assist)"),
        ("030", @"pledg\w*|promis\w*|vow(?:s|ed)?\b|assurances?|commit\w*\s+to|express\w*\s+(?:\w+\s+)?(?:willingness|readiness|intention)"),
        // 09 Investigate
        ("090", @"investigat\w*|probe[sd]?\b|inspect\w*|re-?examin\w*|inquir(?:y|ies)"),
        // 07 Provide aid (before 08: "sent troops to help" is aid)
        ("075", @"grant\w*\s+(?:\w+\s+)?asylum"),
        ("072", @"(?:suppl\w*|sen[dt]\w*|deliver\w*|provid\w*|receiv\w*|ship\w*)\s+(?:\w+\s+){0,3}?(?:arms|weapons|military\s+aid|ammunition)"),
        ("073", @"humanitarian\s+(?:aid|assistance|supplies)"),
        ("070", @"help(?:s|ed)?\b|assist(?:s|ed)?\b|donat\w*|provid\w*\s+(?:\w+\s+)?(?:aid|assistance|support)"),
        // 08 Yield
        ("0841", @"(?:releas|fre)\w*\s+(?:\w+\s+){0,6}?(?:prisoners?|detainees?|hostages?|captives?|civilians?|soldiers?)|(?:prisoners?|detainees?|hostages?|civilians?)\s+(?:\w+\s+){0,4}?(?:were|was)\s+(?:\w+\s+){0,2}?(?:released|freed)"),
        ("085", @"(?:lift\w*|eas\w*)\s+(?:the\s+)?(?:\w+\s+)?(?:sanctions|embargo|blockade|restrictions)"),
        ("087", @"withdr[ae]w\w*|pull(?:s|ed|ing)?\s+(?:out|back)|retreat\w*"),
        ("086", @"agree\w*\s+to\s+(?:a\s+)?(?:ceasefire|truce)|declar\w*\s+(?:a\s+)?(?:ceasefire|truce)"),
        ("080", @"surrender\w*|concede[sd]?\b|yield(?:s|ed)?\b|eas(?:e|ed|es)\s+(?:\w+\s+)?(?:restrictions|curfew)"),
        // 05 Diplomatic cooperation
        ("057", @"ratif\w*|(?:conclud|finaliz|finalis)\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:agreement|treaty|accord|deal)"),
        ("055", @"apologi[sz]\w*"),
        ("054", @"(?:establish|restor|normali[sz])\w*\s+(?:\w+\s+)?(?:diplomatic\s+)?(?:relations|ties)"),
        ("051", @"prais\w*|endors\w*|commend\w*|hail(?:s|ed)?\b|applaud\w*|express\w*\s+support"),
        // 06 Material cooperation
        ("062", @"joint\s+(?:military\s+)?(?:exercises|drills|patrols|operations?)"),
        ("064", @"shar\w*\s+(?:\w+\s+)?intelligence"),
        ("061", @"cooperat\w*\s+(?:on|in)\s+(?:\w+\s+)?(?:energy|trade|economic|investment)"),
        // 10 Demand
        ("100", @"demand\w*|insist\w*|press(?:ure|ured|uring)\b|ultimatum"),
        // 11 Disapprove
        ("115", @"su(?:e|ed|es|ing)\s+\w+|fil\w*\s+(?:a\s+)?(?:law)?suit|fil\w*\s+(?:a\s+)?(?:formal\s+)?complaint"),
        ("112", @"accus\w*|alleg\w*|blam\w*|present\w*\s+(?:the\s+)?evidence\s+against|evidence\s+against"),
        ("111", @"critici[sz]\w*|condemn\w*|denounc\w*|deplor\w*|rebuk\w*|censur\w*"),
        ("110", @"disapprov\w*|complain\w*|object(?:s|ed)\s+to|protested\s+(?:to|against)\s+(?:the\s+)?(?:government|ambassador|embassy)"),
        // 14 Protest
        ("145", @"riot(?:s|ed|ing|ers)?\b"),
        ("142", @"hunger\s+strike"),
        ("141", @"stag\w*\s+(?:a\s+)?(?:\w+\s+)?(?:protest|demonstration|rally|march|sit-in)|demonstrat(?:ed|ions?|ors)\b|marched\b|rall(?:y|ied)\s+(?:against|in)"),
        ("140", @"protest(?:s|ed|ing|ers)?\b"),
        // 15 Exhibit force posture
        ("150", @"(?:military|naval|war)\s+(?:exercises|drills|maneuvers|manoeuvres)|conduct\w*\s+(?:\w+\s+)?(?:exercises|drills)|mobili[sz]\w*|deploy\w*\s+(?:\w+\s+){0,2}?(?:troops|forces|warships)|(?:high|heightened|maximum)\s+alert"),
        // 16 Reduce relations
        ("161", @"(?:cut|sever\w*|br[eo]ak\w*\s+off)\s+(?:\w+\s+)?(?:diplomatic\s+)?(?:ties|relations)|recall\w*\s+(?:its\s+|the\s+)?ambassador"),
        ("163", @"impos\w*\s+(?:\w+\s+){0,2}?(?:sanctions|embargo)|asset\s+freezes?|travel\s+bans?"),
        ("160", @"advis\w*\s+against\s+travel|suspend\w*\s+(?:\w+\s+){0,2}?(?:talks|aid|cooperation|relations|ties)|downgrad\w*\s+(?:\w+\s+)?(?:ties|relations)"),
        // 18 Assault (before 17/19: "kidnapped" is not an arrest, a suicide bombing not a battle)
        ("181", @"abduct\w*|kidnap\w*|hijack\w*|t(?:ake|ook|aken)\s+(?:\w+\s+)?hostages?"),
        ("183", @"suicide\s+(?:bomb\w*|attack\w*)|car\s+bomb\w*"),
        ("186", @"assassinat\w*"),
        ("180", @"shootings?\b|stabb\w*|terror(?:ist)?\s+attacks?"),
        // 17 Coerce
        ("173", @"arrest\w*|detain\w*|jail\w*|imprison\w*|sentenc\w*\s+\w+|convict\w*"),
        ("174", @"expel\w*|deport\w*|extradit\w*|to\s+expel"),
        ("171", @"seiz\w*|confiscat\w*|demolish\w*|destroy\w*\s+(?:\w+\s+)?(?:homes|houses|property|building)"),
        ("175", @"crack\w*\s+down|tortur\w*|clash\w*\s+with\s+(?:\w+\s+){0,2}?(?:rioters|protesters|demonstrators)|tear\s+gas|riot\s+police"),
        ("172", @"\bban(?:s|ned)?\b|curfew|martial\s+law"),
        ("170", @"(?:is|was|are|were|being)\s+(?:being\s+)?pressured|coerc\w*"),
        // 20 Unconventional mass violence
        ("204", @"chemical\s+(?:weapons?\s+)?attacks?|nerve\s+(?:gas|agent)|biological\s+weapons"),
        ("202", @"massacr\w*|genocid\w*|ethnic\s+cleansing|mass\s+killings?"),
        // 19 Fight
        ("195", @"air\s*strikes?|airstrikes?|air\s+raids?|(?:launch\w*|carri\w*)\s+(?:out\s+)?(?:an?\s+)?air\s+strike|bombing\s+raids?|drone\s+strikes?"),
        ("194", @"shell(?:ed|ing|s)\b|artillery|mortars?\b|missiles?\b|rockets?\b|blown\s+up|anti-aircraft"),
        ("193", @"firefights?|gun\s*battles?|exchang\w*\s+(?:\w+\s+)?fire|engag\w*\s+(?:\w+\s+){0,2}?(?:peacekeepers|troops|forces|soldiers|rebels)"),
        ("192", @"invad\w*|occup(?:y|ied|ies|ying)\b|annex\w*"),
        ("191", @"blockad\w*"),
        ("190", @"attack\w*|bombard\w*|bomb(?:s|ed|ing)?\b|kill(?:s|ed|ing)?\b|fought|fight(?:s|ing)?\b|clash\w*|battl\w*|fir(?:e|ed|es|ing)\s+(?:on|at)\b|opened\s+fire"),
    ];

    // Interpreted on purpose, with a time limit: the compiled form of this large alternation was seen to hang
    // on ordinary sentences (.NET 10), while the interpreter matches the same text in microseconds.
    private static readonly Regex Pattern = new(
        string.Join("|", Entries.Select((e, i) => $@"(?<e{i}>\b(?:{e.Pattern}))")),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(200));

    private static readonly string[] GroupNames = [.. Entries.Select((_, i) => $"e{i}")];

    /// <summary>CAMEO-coded phrases in <paramref name="text"/>[start, start+length), in text order (none if matching runs out of time).</summary>
    public static List<(string Code, int Start, int Length)> Find(string text, int start, int length)
    {
        var found = new List<(string, int, int)>();
        try
        {
            for (var match = Pattern.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                for (var i = 0; i < GroupNames.Length; i++)
                {
                    if (match.Groups[GroupNames[i]].Success)
                    {
                        found.Add((Entries[i].Code, match.Index, match.Length));
                        break;
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            found.Clear(); // a pathological sentence: better no CAMEO verb than a stalled run
        }

        return found;
    }
}
