using Readout.Model;

namespace Readout.Clustering;

/// <summary>How two reports' event kinds relate when deciding whether they tell of the same happening.</summary>
internal enum KindFit
{
    /// <summary>Different happenings: a call is not a meeting; a statement about an event is not the event.</summary>
    None,

    /// <summary>Two codings one happening often gets from different writers ("meeting" / "talks" / "visit").</summary>
    Related,

    Same,
}

internal static class KindCompatibility
{
    public static KindFit Of(EventKind a, EventKind b)
    {
        if (a == b)
        {
            return KindFit.Same;
        }

        return (Family(a), Family(b)) is var (x, y) && x is not null && x == y ? KindFit.Related : KindFit.None;
    }

    // Statements, joint statements and signings have no family: each is its own act and must match exactly.
    private static string? Family(EventKind kind) => kind switch
    {
        EventKind.Meeting or EventKind.Talks or EventKind.Visit => "in-person",
        EventKind.TelephoneCall or EventKind.VideoCall => "remote",
        _ => null,
    };
}
