using System.Text.RegularExpressions;
using Readout.Model;

namespace Readout.Events;

/// <summary>A trigger phrase found in a sentence: its kind, where it is, and how the sentence frames it.</summary>
/// <remarks><see cref="Cameo"/> is set for <see cref="EventKind.Other"/> triggers, whose kind alone does not say the code.
/// <see cref="Rank"/> orders triggers of one kind within a sentence (lower first): main-clause verbs before subordinate ones.</remarks>
internal readonly record struct Trigger(EventKind Kind, TextSpan Span, TriggerFrame Frame, bool HostSide, string? Cameo = null, int Rank = 0);

/// <summary>How a trigger is framed: as the reported happening, a back-reference to an earlier one, or an intention.</summary>
internal enum TriggerFrame
{
    Reported,
    Reference,
    Intent,
}

/// <summary>
/// The trigger lexicon: one compiled pattern whose named groups are the event kinds. Kept as a compact
/// table in code (not a data file) because each entry is a small grammar, not a word list.
/// </summary>
internal static partial class TriggerLexicon
{
    // When one sentence carries several triggers, the most specific wins: the medium (phone, video) says more
    // than "talks"; a signing or visit says more than "meeting"; "press release on <call>" reports the call.
    // Other CAMEO verbs (condemn, arrest, attack) rank under the diplomatic kinds, over a bare "statement".
    private static readonly EventKind[] Priority =
    [
        EventKind.TelephoneCall, EventKind.VideoCall, EventKind.AgreementSigned, EventKind.Visit,
        EventKind.Talks, EventKind.Meeting, EventKind.JointStatement, EventKind.Other, EventKind.Statement,
    ];

    private static readonly (string Name, EventKind Kind)[] Kinds = [.. Enum.GetValues<EventKind>().Select(k => (k.ToString(), k))];

    [GeneratedRegex("""
            (?<TelephoneCall>
                \b(?:spoke|speak|speaks|talked|talk|talks|conversed|chatted)\s+(?:\w+\s+){0,3}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b
              | \b(?:tele)?phon(?:e|ic)[\s-]+(?:call|calls|conversation|conversations|talks|talk|discussion)\b
              | \b(?:tele)?phoned\b )
          | (?<VideoCall>
                \bvideo[\s-]?(?:conference|conferencing|call|link|format|talks)\b
              | \bvirtual\s+(?:meeting|summit|talks|conversation)\b )
          | (?<AgreementSigned>
                \b(?:signed|sign|signs|signing|inked)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,5}?(?:agreement|treaty|memorandum|accord|protocol|convention|deal)s?\b )
          | (?<Visit>
                \b(?:state|official|working|bilateral)\s+visit\b
              | \bon\s+an?\s+(?:\w+\s+){0,2}?visit\b
              | \bvisit(?:ed|ing|s)?\b )
          | (?<Talks>
                \b(?:held|hold|holds|holding|had|have|conducted)\s+(?:(?!(?:tele)?phon|video|virtual)\w+\s+){0,2}?(?:talks|negotiations|consultations)\b
              | \b(?:round|rounds)\s+of\s+(?:\w+\s+)?(?:talks|negotiations|consultations)\b )
          | (?<Meeting>
                \b(?:met|meet|meets)\s+(?:with\b|(?:his|her|their)\s+\w+)
              | \bmeeting\b
              | \bsummit\b )
          | (?<JointStatement>
                \bjoint\s+(?:statement|declaration|communiqu[eé]|press\s+release)\b )
          | (?<Statement>
                \bpress\s+release\b
              | \bstatement\b
              | \bcommentary\b )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();

    // Words that, earlier in the same clause, make the trigger a mention of another, earlier event — including
    // a third party's comment on it ("welcomed the telephone conversation between ...").
    [GeneratedRegex(@"\b(?:following|follow-up|after|ahead\s+of|before|prior\s+to|in\s+preparation\s+for|previous|earlier|last|since|welcom\w*\s+the|prais\w*|hail\w*|comment\w*\s+on|critici[sz]\w*|condemn\w*|react\w*\s+to|results?\s+of|outcome\s+of)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceCue();

    // Words that make the trigger something planned, proposed or wished for rather than something that happened.
    [GeneratedRegex(@"\b(?:will|would|shall|plans?\s+to|planned|intends?\s+to|scheduled|upcoming|forthcoming|next|propos\w*|invit\w*|agreed\s+to|ready\s+to|readiness\s+to|(?:due|expected|set|slated|poised|is|are)\s+to|to\s+(?:hold|have|pay|make|sign|adopt|issue|conduct|organi[sz]e|meet))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntentCue();

    [GeneratedRegex(@"\b(?:hosted|hosts|received|receives|welcomed|welcomes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostCue();

    /// <summary>All triggers inside <paramref name="sentence"/> of <paramref name="text"/>, in text order; other CAMEO verbs only when
    /// asked, from the verb dictionary when <paramref name="verbDictionary"/>, else from the phrase lexicon.</summary>
    /// <remarks>A sentence without triggers, most of a long text, allocates no list.</remarks>
    public static IReadOnlyList<Trigger> Find(string text, TextSpan sentence, bool cameoVerbs = false, bool verbDictionary = false)
    {
        List<Trigger>? found = null;
        bool? hosted = null; // whether the sentence names a host: looked up once, at its first visit
        for (var match = TriggerPattern().Match(text, sentence.Start, sentence.Length); match.Success; match = match.NextMatch())
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            var kind = KindOf(match);
            var frame = FrameOf(ClausePrefix(text, sentence.Start, match.Index));
            var hostSide = kind == EventKind.Visit && (hosted ??= HostCue().IsMatch(text.AsSpan(sentence.Start, sentence.Length)));
            (found ??= []).Add(new Trigger(kind, span, frame, hostSide));
        }

        if (cameoVerbs && verbDictionary)
        {
            AddDictionaryVerbs(text, sentence, found ??= []);
        }
        else if (cameoVerbs)
        {
            AddLexiconVerbs(text, sentence, found ??= []);
        }

        return found is null ? [] : found;
    }

    // CAMEO verbs outside the diplomatic kinds, coded with the verb dictionary where no diplomatic trigger already
    // covers the words. A diplomatic noun that no verb reading covers ("condemned the shelling during a meeting")
    // yields to a main-clause verb of the sentence: CAMEO codes the sentence's verb, not a noun beside it.
    private static void AddDictionaryVerbs(string text, TextSpan sentence, List<Trigger> found)
    {
        var diplomatic = found.Count;
        var hits = CameoVerbMatcher.Find(text, sentence.Start, sentence.Length);
        var mainVerb = false;
        foreach (var hit in hits)
        {
            var span = new TextSpan(hit.Start, hit.Start + hit.Length);
            mainVerb |= hit.Rank == 0;
            if (!found.Take(diplomatic).Any(t => t.Span.Start < span.End && span.Start < t.Span.End))
            {
                found.Add(new Trigger(EventKind.Other, span, TriggerFrame.Reported, false, hit.Code, hit.Rank));
            }
        }

        for (var k = 0; k < diplomatic && mainVerb; k++)
        {
            var t = found[k];
            if (t.Frame == TriggerFrame.Reported && !hits.Any(h => h.Start < t.Span.End && t.Span.Start < h.Start + h.Length))
            {
                found[k] = t with { Frame = TriggerFrame.Reference };
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    // CAMEO phrases of the older lexicon, where no diplomatic trigger already covers the words.
    private static void AddLexiconVerbs(string text, TextSpan sentence, List<Trigger> found)
    {
        var diplomatic = found.Count;
        foreach (var (code, start, length) in CameoVerbLexicon.Find(text, sentence.Start, sentence.Length))
        {
            var span = new TextSpan(start, start + length);
            if (found.Take(diplomatic).Any(t => t.Span.Start < span.End && span.Start < t.Span.End))
            {
                continue;
            }

            found.Add(new Trigger(EventKind.Other, span, FrameOf(ClausePrefix(text, sentence.Start, start)), false, code));
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The most specific kind among triggers (e.g. a call over the press release that reports it).</summary>
    public static Trigger? Strongest(IEnumerable<Trigger> triggers) =>
        triggers.OrderBy(t => Array.IndexOf(Priority, t.Kind)).ThenBy(t => t.Rank).ThenBy(t => t.Span.Start).Cast<Trigger?>().FirstOrDefault();

    // The named group that matched is the kind.
    private static EventKind KindOf(Match match)
    {
        foreach (var kind in Kinds)
        {
            if (match.Groups.TryGetValue(kind.Name, out var group) && group.Success)
            {
                return kind.Kind;
            }
        }

        return EventKind.Other;
    }

    private static TriggerFrame FrameOf(ReadOnlySpan<char> prefix) =>
        IntentCue().IsMatch(prefix) ? TriggerFrame.Intent
        : ReferenceCue().IsMatch(prefix) ? TriggerFrame.Reference
        : TriggerFrame.Reported;

    // The clause before a trigger, at most 60 characters back: cues further away or across a comma rarely govern it.
    private static ReadOnlySpan<char> ClausePrefix(string text, int sentenceStart, int triggerStart)
    {
        var from = Math.Max(sentenceStart, triggerStart - 60);
        var prefix = text.AsSpan(from, triggerStart - from);
        var boundary = prefix.LastIndexOfAny(",;:");
        return boundary >= 0 ? prefix[(boundary + 1)..] : prefix;
    }
}
