using Readout.Annotation;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Builds fictional articles and annotates them; all names here are invented.</summary>
internal static class Fixture
{
    private static readonly Annotator Annotator = CreateWithFictionalCountries();

    // Fixtures use invented countries; they join the shipped gazetteer exactly as a data-file line would.
    private static Annotator CreateWithFictionalCountries()
    {
        Readout.Annotation.Entities.Gazetteer.Shared.AddCountry("Ostravia|Republic of Ostravia\tOstravian|Ostravians\tTarsk");
        Readout.Annotation.Entities.Gazetteer.Shared.AddCountry("Velmora\tVelmoran|Velmorans\tPort Azur");
        return new Annotator();
    }

    public static Annotations Annotate(string body, DateOnly? published = null)
        => Annotator.Annotate(new Article
        {
            Path = "fixture.txt",
            Body = body,
            Published = published is { } d ? new DateEvidence(d, DateSource.Hint, 1) : null,
        });

    public static Entity Person(this Annotations a, string nameFragment)
        => a.Entities.Single(e => e.Kind == MentionKind.Person && e.Name.Contains(nameFragment, StringComparison.Ordinal));

    public static IEnumerable<string> KeysOf(this Annotations a, MentionKind kind)
        => a.Entities.Where(e => e.Kind == kind).Select(e => e.Key);
}
