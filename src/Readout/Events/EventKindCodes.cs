using Readout.Model;

namespace Readout.Events;

/// <summary>
/// CAMEO 1.1b3 / 2.0 codes for each <see cref="EventKind"/> and their PLOVER category
/// (CAMEO2PLOVER-2021 table, PLOVER draft 0.8).
/// </summary>
/// <remarks>
/// Choices, from the CAMEO codebook:
/// <list type="bullet">
/// <item>TelephoneCall → 041 "Discuss by telephone".</item>
/// <item>VideoCall → 040 "Consult, not specified": CAMEO has no remote-but-not-telephone code, and coding a
/// video conference as 041 would claim a medium the source does not report. PLOVER still maps it to CONSULT.</item>
/// <item>Meeting → 040 when the place is not known relative to the parties; 044 "Meet at a third location" is
/// only right when the place is neither party's, which detection cannot tell reliably.</item>
/// <item>Visit → 042 "Make a visit" (the visitor's perspective) unless the report is told from the host's side, then 043.</item>
/// <item>Talks → 046 "Engage in negotiation".</item>
/// <item>Statement and JointStatement → 010 "Make statement": 017 "Engage in symbolic act" is not a statement,
/// and a joint statement is still a public statement (its agreement content, if any, is another event).</item>
/// <item>AgreementSigned → 057 "Sign formal agreement".</item>
/// </list>
/// </remarks>
public static class EventKindCodes
{
    /// <summary>The CAMEO code for a kind. <paramref name="hostSide"/> picks 043 over 042 for a visit told by its host.</summary>
    public static string Cameo(EventKind kind, bool hostSide = false) => kind switch
    {
        EventKind.TelephoneCall => "041",
        EventKind.VideoCall => "040",
        EventKind.Meeting => "040",
        EventKind.Visit => hostSide ? "043" : "042",
        EventKind.Talks => "046",
        EventKind.JointStatement => "010",
        EventKind.Statement => "010",
        EventKind.AgreementSigned => "057",
        _ => "040",
    };

    /// <summary>
    /// The PLOVER type for a CAMEO code from the official CAMEO2PLOVER-2021 table (shipped as data), or null
    /// when PLOVER does not code it: CAMEO 01x public statements are not PLOVER events.
    /// </summary>
    public static PloverCode? Plover(string cameoCode) => PloverMap.Default.Find(cameoCode);
}
