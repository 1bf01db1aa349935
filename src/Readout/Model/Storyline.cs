namespace Readout.Model;

/// <summary>Events linked over time by what they share, in date order; every link says why.</summary>
public sealed record Storyline(string Id, string Title, IReadOnlyList<long> Events, IReadOnlyList<StoryLink> Links);

/// <summary>One step of a storyline: from an event to the next one, and the reason they belong together.</summary>
public sealed record StoryLink(long From, long To, string Reason);
