using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Name runs stay inside one line; an entity's name, role and country come from its representative mentions.</summary>
public sealed class EntityNamingTests
{
    [Fact]
    public void A_heading_line_never_joins_the_next_paragraph()
    {
        var a = Fixture.Annotate("Diplomacy\n\nValkov and Larcombe discuss security\n\nOstravian Foreign Minister Andrey Valkov met Belmarian Foreign Secretary Edwin Larcombe.");
        var people = a.Entities.Where(e => e.Kind == MentionKind.Person).Select(e => e.Name).ToList();
        Assert.Equal(["Andrey Valkov", "Edwin Larcombe"], people.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(a.Mentions, m => m.Text.Contains("Diplomacy", StringComparison.Ordinal));
        Assert.Equal(2, a.Mentions.Count(m => m.EntityKey == a.Person("Valkov").Key));
    }

    [Theory]
    [InlineData("Talks\nAndrey Valkov said the talks went well.")]
    [InlineData("Talks\r\nAndrey Valkov said the talks went well.")]
    [InlineData("The talks were long. Andrey Valkov said they went well.")]
    public void A_name_starts_after_a_line_break_or_sentence_end(string body)
        => Assert.Equal("Andrey Valkov", Fixture.Annotate(body).Person("Valkov").Name);

    [Fact]
    public void A_title_ending_a_heading_does_not_name_the_next_line()
    {
        var a = Fixture.Annotate("Statement by the Foreign Minister\nValkov Andrey Smith was not present.");
        Assert.DoesNotContain(a.Entities, e => e.Kind == MentionKind.Person && e.Role is not null);
    }

    [Fact]
    public void The_most_frequent_full_spelling_names_the_entity()
    {
        var a = Fixture.Annotate(
            "Anthony Quell arrived late. Ostravian Secretary of State Antony Quell said talks went well. Antony Quell left on Friday.");
        var quell = a.Person("Quell");
        Assert.Equal("Antony Quell", quell.Name);
        Assert.Contains("Anthony Quell", quell.Aliases);
        Assert.Single(a.KeysOf(MentionKind.Person));
    }

    [Fact]
    public void A_tie_between_spellings_goes_to_the_first_seen()
    {
        var a = Fixture.Annotate("Anthony Quell arrived. Later, Antony Quell spoke.");
        Assert.Equal("Anthony Quell", a.Person("Quell").Name);
    }

    [Fact]
    public void Role_and_country_come_from_the_mention_nearest_the_first_full_name()
    {
        var a = Fixture.Annotate(
            "Belmarian Foreign Secretary Edwin Larcombe met the press. Weeks earlier, former Karvonian Ambassador Edwin Larcombe had said otherwise. Larcombe left.");
        var larcombe = a.Person("Larcombe");
        Assert.Equal("Foreign Secretary", larcombe.Role);
        Assert.Equal("Belmaria", larcombe.Country);
    }

    [Fact]
    public void A_later_title_fills_in_when_the_first_full_name_has_none()
    {
        var a = Fixture.Annotate(
            "Edwin Larcombe arrived. Karvonian Ambassador Edwin Larcombe spoke. Much later, Belmarian Foreign Secretary Edwin Larcombe replied.");
        var larcombe = a.Person("Larcombe");
        Assert.Equal("Ambassador", larcombe.Role);
        Assert.Equal("Karvonia", larcombe.Country);
    }

    [Theory]
    [InlineData("Activists discussed the Alexey Navel case on Monday.")]
    [InlineData("They discussed the situation with Alexey Navel on Monday.")]
    public void A_person_named_only_as_a_topic_is_still_a_mention(string body)
        => Assert.Equal("Alexey Navel", Fixture.Annotate(body).Person("Navel").Name);
}
