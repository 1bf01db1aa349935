namespace Readout.Model;

/// <summary>Where a person's role came from.</summary>
public enum RoleOrigin
{
    /// <summary>The document names the role ("Foreign Minister Lavrov").</summary>
    Text,

    /// <summary>The text is silent; the actor dictionary gives the role held at the document's date.</summary>
    Dictionary,
}

/// <summary>
/// Provenance of a role: read in the text, or looked up in the actor dictionary. A dictionary role carries the
/// tenure it was taken from (<see cref="From"/>–<see cref="To"/>, open ends null); <see cref="Undated"/> is set
/// when the document had no date, so the latest tenure was taken and the role is uncertain.
/// </summary>
public sealed record RoleSource(RoleOrigin Origin, DateOnly? From = null, DateOnly? To = null, bool Undated = false)
{
    public static RoleSource FromText { get; } = new(RoleOrigin.Text);
}
