using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Datelines, team-sport headlines and press-review mastheads are read where a line opens, on any line of the page,
/// not only the first, and a masthead is a short line: the whole line is the name.
/// </summary>
public sealed class LineOpeningTests
{
    private static List<string> Texts(Annotations a, MentionKind kind)
        => a.Mentions.Where(m => m.Kind == kind).Select(m => m.Text).ToList();

    [Fact]
    public void A_dateline_below_a_headline_names_the_town()
    {
        var a = Fixture.Annotate("VELMORA TALKS RESUME\nKESSEL FORD , Ostravia 1996-08-22\nThe Velmoran envoy arrived on Monday .");
        Assert.Equal(MentionKind.Place, Assert.Single(a.Entities, e => e.Name == "Kessel Ford").Kind);
    }

    [Fact]
    public void Each_headline_of_a_sports_digest_is_read()
    {
        var a = Fixture.Annotate("SOCCER - TARSK HOLD KESTRELS TO GOALLESS DRAW .\nBASKETBALL - KESTRELS EDGE TARSK 81-79 .");
        Assert.Equal(2, Texts(a, MentionKind.Organization).Count(t => t == "TARSK"));
    }

    [Fact]
    public void A_masthead_is_at_most_five_words()
    {
        const string review = "These are the leading stories in the Tarsk press on Monday .\n{0}\n- Parliament debates the budget .";
        Assert.Contains("VELMOR DAILY EVENING STAR EDITION", Texts(Fixture.Annotate(string.Format(review, "VELMOR DAILY EVENING STAR EDITION")), MentionKind.Organization));
        Assert.DoesNotContain("VELMOR DAILY EVENING STAR WEEKEND EDITION", Texts(Fixture.Annotate(string.Format(review, "VELMOR DAILY EVENING STAR WEEKEND EDITION")), MentionKind.Organization));
    }
}
