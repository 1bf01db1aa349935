using Readout.Model;

namespace Readout.Tests.Events;

public sealed class DateChoiceTests
{
    [Fact]
    public void A_date_in_the_evidence_sentence_dates_the_event()
    {
        var doc = Scenario.Readout();
        var main = doc.Detect()[0];

        Assert.Equal(new DateOnly(2024, 3, 3), main.Date);
        Assert.Equal("March 3", main.DateSpan?.Slice(doc.Body));
    }

    [Fact]
    public void A_weekday_resolved_by_annotation_beats_the_dateline_date()
    {
        var doc = Scenario.WireReport();
        var main = doc.Detect()[0];

        Assert.Equal(new DateOnly(2024, 3, 3), main.Date);
        Assert.Equal("Sunday", main.DateSpan?.Slice(doc.Body));
    }

    [Fact]
    public void A_lead_without_a_time_expression_takes_the_dateline_date()
    {
        var doc = new DocumentFixture("Dmitri Valkov and Anna Korsgaard held a telephonic conversation to discuss fisheries.")
        {
            Published = new DateOnly(2024, 3, 4),
            Role = SourceRole.MediaReport,
            Dateline = new Dateline("Kessel", new DateOnly(2024, 3, 4), "Kessel, March 4", new TextSpan(0, 15)),
        }.WithCast();

        Assert.Equal(new DateOnly(2024, 3, 4), doc.Detect()[0].Date);
    }

    [Fact]
    public void An_official_readout_without_a_date_is_dated_by_its_publication()
    {
        var doc = new DocumentFixture("Dmitri Valkov spoke by telephone with Anna Korsgaard.") { Published = new DateOnly(2024, 3, 3) }.WithCast();

        var main = doc.Detect()[0];

        Assert.Equal(new DateOnly(2024, 3, 3), main.Date);
        Assert.Null(main.DateSpan);
    }

    [Fact]
    public void A_media_report_without_a_date_leaves_the_date_unknown()
    {
        Assert.Null(Scenario.Retranslation().Detect()[0].Date);
    }

    [Fact]
    public void A_date_after_publication_is_never_used()
    {
        // A weekday resolved forward by mistake: the call cannot have happened after it was reported.
        var doc = new DocumentFixture("Dmitri Valkov spoke by telephone with Anna Korsgaard on Friday.")
        { Published = new DateOnly(2024, 3, 3), Role = SourceRole.MediaReport }.WithCast().Time("Friday", "2024-03-08");

        Assert.Null(doc.Detect()[0].Date);
    }

    [Fact]
    public void A_month_cannot_date_a_call()
    {
        var doc = new DocumentFixture("Dmitri Valkov spoke by telephone with Anna Korsgaard in March.")
        { Published = new DateOnly(2024, 3, 20), Role = SourceRole.MediaReport }.WithCast().Time("March", "2024-03");

        Assert.Null(doc.Detect()[0].Date);
    }

    [Fact]
    public void A_back_referenced_event_is_not_dated_by_the_document()
    {
        var presidents = Scenario.Readout().Detect().Single(e => e.Participants.Any(p => p.EntityKey == Scenario.Marek));

        Assert.Null(presidents.Date);
    }

    [Fact]
    public void A_back_referenced_event_keeps_its_own_date()
    {
        var doc = new DocumentFixture("""
            On March 3, Dmitri Valkov spoke by telephone with Anna Korsgaard.
            Following the telephone conversation between President Ivo Marek and President Lena Brandt on March 1, the ministers discussed fisheries.
            """) { Published = new DateOnly(2024, 3, 3) }.WithCast().Time("March 3", "2024-03-03").Time("March 1", "2024-03-01");

        var presidents = doc.Detect().Single(e => e.Participants.Any(p => p.EntityKey == Scenario.Marek));

        Assert.Equal(new DateOnly(2024, 3, 1), presidents.Date);
    }
}
