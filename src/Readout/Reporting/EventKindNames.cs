using Readout.Model;

namespace Readout.Reporting;

/// <summary>How event kinds are named to users (human report) and to programs (JSON).</summary>
public static class EventKindNames
{
    public static string Human(EventKind kind) => kind switch
    {
        EventKind.TelephoneCall => "telephone conversation",
        EventKind.VideoCall => "video call",
        EventKind.Meeting => "meeting",
        EventKind.Visit => "visit",
        EventKind.Talks => "talks",
        EventKind.JointStatement => "joint statement",
        EventKind.Statement => "statement",
        EventKind.AgreementSigned => "agreement signed",
        _ => "other",
    };

    public static string Json(EventKind kind) => Human(kind).Replace(' ', '_');
}
