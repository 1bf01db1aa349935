using System.Globalization;
using System.Text;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Events;

/// <summary>
/// A long report asks the same questions of many sentences: which people, dates and names lie inside this clause.
/// Each answer must still be the clause's own, wherever it sits among the document's mentions.
/// </summary>
public sealed class LongReportTests
{
    private static readonly string[] Given = ["Ivo", "Lena", "Arlen", "Bodo", "Elske", "Farid", "Gunnel", "Hesper"];
    private static readonly string[] Family = ["Marek", "Brandt", "Quillon", "Rasmark", "Selvey", "Udrin", "Wenholt", "Zarkan"];

    [Fact]
    public void Each_back_referenced_call_in_a_long_report_keeps_its_own_two_people_and_its_own_date()
    {
        var body = new StringBuilder("On March 30, Dmitri Valkov spoke by telephone with Anna Korsgaard.\n");
        var calls = new List<(string First, string Second, int Day)>();
        for (var day = 10; day <= 28; day++)
        {
            var (first, second) = (Name(day * 2), Name((day * 2) + 1));
            calls.Add((first, second, day));
            body.Append(CultureInfo.InvariantCulture,
                $"Following the telephone conversation between President {first} and Prime Minister {second} on March {day}, the ministers discussed fisheries.\n");
        }

        var doc = new DocumentFixture(body.ToString()) { Published = new DateOnly(2024, 4, 1) }.WithCast().Time("March 30", "2024-03-30");
        foreach (var (first, second, day) in calls)
        {
            doc.Person(Key(first), first, "President", "Norland").Person(Key(second), second, "Prime Minister", "Calteria")
                .Time($"March {day}", $"2024-03-{day}");
        }

        var events = doc.Detect();

        Assert.Equal(calls.Count + 1, events.Count);
        foreach (var (first, second, day) in calls)
        {
            var call = events.Single(e => e.Participants.Any(p => p.EntityKey == Key(first)));
            Assert.Equal(EventKind.TelephoneCall, call.Kind);
            Assert.Equal([Key(first), Key(second)], call.Participants.Select(p => p.EntityKey));
            Assert.Equal(new DateOnly(2024, 3, day), call.Date);
        }
    }

    [Fact]
    public void A_capitalised_phrase_inside_a_longer_mention_is_no_topic_even_after_a_shorter_mention_nested_in_it()
    {
        const string Body = "Ministers praised the accord between Norland and Calteria over Grey Sea Shipping Lanes during the session.";
        var accord = Span(Body, "accord between Norland and Calteria over Grey Sea Shipping Lanes");
        var annotations = new Annotations(
        [
            new Mention(MentionKind.Treaty, Body[accord.Start..accord.End], accord, "treaty:grey-sea-lanes"),
            new Mention(MentionKind.Place, "Norland", Span(Body, "Norland"), "place:norland"),
            new Mention(MentionKind.Place, "Calteria", Span(Body, "Calteria"), "place:calteria"),
        ], [], []);

        var topics = new TopicExtractor(Body, annotations).ForDocument(null, [new TextSpan(0, Body.Length)]);

        Assert.Equal(["grey sea lanes"], topics);
    }

    [Fact]
    public void A_sentence_opening_with_a_name_spelled_with_non_breaking_spaces_is_read_like_any_other()
    {
        var doc = new DocumentFixture("Grey\u00A0Sea.\nOn March 3, Dmitri Valkov spoke by telephone with Anna Korsgaard.")
        { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03");

        Assert.Equal(EventKind.TelephoneCall, Assert.Single(doc.Detect()).Kind);
    }

    private static string Name(int i) => $"{Given[i % Given.Length]} {Family[(i / Given.Length) % Family.Length]}";

    private static string Key(string name) => "person:" + name.Replace(' ', '-').ToLowerInvariant();

    private static TextSpan Span(string body, string text)
    {
        var at = body.IndexOf(text, StringComparison.Ordinal);
        return new TextSpan(at, at + text.Length);
    }
}
