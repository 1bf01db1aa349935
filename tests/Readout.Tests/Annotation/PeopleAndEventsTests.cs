using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Given names that are also English words, a surname's given name found through the document, and sports
/// events named after a place or nationality. People and towns are invented; "Roger", "Open" and "Cup" are the words under test.
/// </summary>
public sealed class PeopleAndEventsTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_given_name_that_is_also_a_word_marks_a_full_name()
        => Assert.Equal(["Roger Quellbrand"], Texts(Fixture.Annotate("In the final , Roger Quellbrand beat the holder in two sets ."), MentionKind.Person));

    [Fact]
    public void A_word_like_given_name_alone_is_no_person()
        => Assert.Empty(Texts(Fixture.Annotate("Roger , the crew replied over the radio ."), MentionKind.Person));

    [Fact]
    public void The_word_before_a_known_surname_is_its_given_name()
    {
        var a = Fixture.Annotate("Marwendsk told reporters he was fit .\nThe coach praised Ardo Marwendsk for his two goals .");
        Assert.Equal(["Marwendsk", "Ardo Marwendsk"], Texts(a, MentionKind.Person));
    }

    [Fact]
    public void A_sentence_opening_word_before_a_known_surname_is_not_a_given_name()
    {
        var a = Fixture.Annotate("Marwendsk told reporters he was fit .\nNeither Marwendsk nor the coach would say more .");
        Assert.Equal(["Marwendsk", "Marwendsk"], Texts(a, MentionKind.Person));
    }

    [Theory]
    [InlineData("Quellbrand reached the final of the Tarsk Open on Sunday .", "Tarsk Open")]
    [InlineData("Velmoria won the Davis Cup for the first time .", "Davis Cup")]
    [InlineData("He crashed out of the Belmarian Grand Prix on lap three .", "Belmarian Grand Prix")]
    [InlineData("TENNIS - QUELLBRAND OUT OF WORLD CUP .", "WORLD CUP")]
    public void A_run_before_an_event_word_names_the_event(string body, string name)
    {
        var a = Fixture.Annotate(body);
        Assert.Equal([name], Texts(a, MentionKind.Other));
        Assert.DoesNotContain(Texts(a, MentionKind.Place), p => name.Contains(p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_event_word_is_no_event()
        => Assert.Empty(Texts(Fixture.Annotate("The Cup was stolen from the club house ."), MentionKind.Other));
}
