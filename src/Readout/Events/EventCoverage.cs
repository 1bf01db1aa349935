namespace Readout.Events;

/// <summary>Which events <see cref="EventDetector"/> looks for.</summary>
public enum EventCoverage
{
    /// <summary>Calls, meetings, visits, talks, statements and signings: what the analyze pipeline reports.</summary>
    Diplomatic,

    /// <summary>
    /// Also the other CAMEO roots (appeal, intend to cooperate, aid, yield, investigate, demand, disapprove, reject,
    /// threaten, protest, force posture, reduce relations, coerce, assault, fight, mass violence) as
    /// <see cref="Model.EventKind.Other"/> with the specific code, for CAMEO/PLOVER coding of general news.
    /// </summary>
    AllCameoRoots,

    /// <summary>
    /// The other CAMEO roots as with <see cref="AllCameoRoots"/>, coded with the PETRARCH-2 verb dictionary and an
    /// actor check instead of the phrase lexicon: more accurate CAMEO/PLOVER coding (see docs/quality.md, "Event
    /// coding"). <see cref="AllCameoRoots"/> keeps the lexicon because document clustering was tuned on its roots.
    /// </summary>
    CameoDictionary,
}
