namespace Readout.Model;

/// <summary>How a participant's CAMEO actor code was found (the evidence shown beside the code).</summary>
public enum ActorCodeSource
{
    /// <summary>The actor dictionary names the person, with the code of the office held on the event's date.</summary>
    Dictionary,

    /// <summary>The participant's country code followed by the agent code of their role ("RUS" + "GOV").</summary>
    CountryAndRole,

    /// <summary>The participant's country code alone: the role is missing or the agents list has no code for it.</summary>
    Country,
}
