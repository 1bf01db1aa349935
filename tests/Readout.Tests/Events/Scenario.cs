using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>
/// The invented world the tests report on: Ostravia, Belmaria and Veldland, their ministers and presidents,
/// and the documents that report their calls (a readout, a wire report of it, a re-translation, look-alikes).
/// </summary>
internal static class Scenario
{
    public const string Valkov = "person:dmitri valkov";
    public const string Korsgaard = "person:anna korsgaard";
    public const string Haas = "person:pieter haas";
    public const string Marek = "person:ivo marek";
    public const string Brandt = "person:lena brandt";

    public static DocumentFixture WithCast(this DocumentFixture doc) => doc
        .Person(Valkov, "Dmitri Valkov", "Foreign Minister", "Ostravia", "Dmitri Valkov", "Dmitri Valkoff", "Valkov", "Valkoff")
        .Person(Korsgaard, "Anna Korsgaard", "Foreign Secretary", "Belmaria", "Anna Korsgaard", "Korsgaard")
        .Person(Haas, "Pieter Haas", "Foreign Minister", "Veldland", "Pieter Haas", "Haas")
        .Person(Marek, "Ivo Marek", "President", "Ostravia", "Ivo Marek")
        .Person(Brandt, "Lena Brandt", "President", "Belmaria", "Lena Brandt")
        .Thing(MentionKind.Treaty, "treaty:northern waters accord", "Northern Waters Accord")
        .Thing(MentionKind.Place, "place:kessel", "Kessel")
        .Thing(MentionKind.Place, "place:ostravia", "Ostravia");

    /// <summary>The Ostravian ministry's readout of the 3 March 2024 call (Official).</summary>
    public static DocumentFixture Readout() => new DocumentFixture("""
        3 March 2024 18:40

        Press release on Foreign Minister Dmitri Valkov’s telephone conversation with Belmarian Foreign Secretary Anna Korsgaard

        On March 3, Ostravian Foreign Minister Dmitri Valkov spoke by telephone with Belmarian Foreign Secretary Anna Korsgaard.

        Following the telephone conversation between President Ivo Marek and President Lena Brandt, the ministers discussed the implementation of the Northern Waters Accord and fisheries quotas in the Grey Sea.

        Mr. Valkov stressed that fisheries quotas must be settled before the summer season. The ministers agreed to hold a meeting in Kessel next month.
        """)
    {
        Title = "Press release on Foreign Minister Dmitri Valkov’s telephone conversation with Belmarian Foreign Secretary Anna Korsgaard",
        Published = new DateOnly(2024, 3, 3),
        Role = SourceRole.Official,
    }.WithCast().Time("3 March 2024", "2024-03-03").Time("March 3", "2024-03-03").Time("next month", "2024-04");

    /// <summary>The wire story built on the readout, filed the next day; dates the call by weekday.</summary>
    public static DocumentFixture WireReport() => new DocumentFixture("""
        Kessel, March 4: Ostravian Foreign Minister Dmitri Valkoff and Belmarian Foreign Secretary Anna Korsgaard held a telephonic conversation on Sunday to discuss fisheries quotas, according to a press release by the Ostravian Foreign Ministry, Norland News Agency reported.

        The top diplomats discussed the implementation of the Northern Waters Accord and fisheries quotas in the Grey Sea.
        """)
    {
        Title = "Valkoff, Korsgaard discuss fisheries quotas in phone call",
        Published = new DateOnly(2024, 3, 4),
        Role = SourceRole.MediaReport,
        Attributed = true,
        Dateline = new Dateline("Kessel", new DateOnly(2024, 3, 4), "Kessel, March 4", new TextSpan(0, 15)),
    }.WithCast().Time("March 4", "2024-03-04").Time("Sunday", "2024-03-03");

    /// <summary>A re-translation that dates nothing: the call is only "by phone".</summary>
    public static DocumentFixture Retranslation() => new DocumentFixture("""
        Ministers Valkov and Korsgaard talked by phone about fisheries quotas and the Northern Waters Accord, the Ostravian ministry said.
        """)
    {
        Published = new DateOnly(2024, 3, 5),
        Role = SourceRole.MediaReport,
        Attributed = true,
    }.WithCast();

    /// <summary>The same two ministers' call a year earlier.</summary>
    public static DocumentFixture CallAYearEarlier() => new DocumentFixture("""
        On March 2, Foreign Minister Dmitri Valkov spoke by telephone with Foreign Secretary Anna Korsgaard about fisheries quotas.
        """)
    {
        Published = new DateOnly(2023, 3, 2),
        Role = SourceRole.Official,
    }.WithCast().Time("March 2", "2023-03-02");

    /// <summary>Valkov's call with another minister on the same day.</summary>
    public static DocumentFixture OtherPairSameDay() => new DocumentFixture("""
        On March 3, Foreign Minister Dmitri Valkov spoke by telephone with Veldish Foreign Minister Pieter Haas about fisheries quotas.
        """)
    {
        Published = new DateOnly(2024, 3, 3),
        Role = SourceRole.Official,
    }.WithCast().Time("March 3", "2024-03-03");

    /// <summary>Belmaria's own statement on the treaty the ministers discussed.</summary>
    public static DocumentFixture StatementOnTopic() => new DocumentFixture("""
        Statement by the Belmarian Foreign Office on the Northern Waters Accord

        Foreign Secretary Anna Korsgaard said in a statement on March 4 that the Northern Waters Accord remains the basis of fisheries cooperation.
        """)
    {
        Published = new DateOnly(2024, 3, 4),
        Role = SourceRole.Official,
    }.WithCast().Time("March 4", "2024-03-04");

    /// <summary>A third party commenting on the call.</summary>
    public static DocumentFixture ThirdPartyComment() => new DocumentFixture("""
        Veldish Foreign Minister Pieter Haas said in a statement on March 4 that he welcomed the telephone conversation between Dmitri Valkov and Anna Korsgaard.
        """)
    {
        Published = new DateOnly(2024, 3, 4),
        Role = SourceRole.Official,
    }.WithCast().Time("March 4", "2024-03-04");
}
