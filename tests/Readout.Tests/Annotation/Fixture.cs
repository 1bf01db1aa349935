using Readout.Annotation;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>Builds fictional articles and annotates them; all names here are invented.</summary>
internal static class Fixture
{
    // Invented countries join a private copy of the gazetteer exactly as a user's data-file lines would;
    // the shared one stays untouched, so other tests see only the shipped list.
    private static readonly Annotator Annotator = new([
        "Ostravia|Republic of Ostravia\tOstravian|Ostravians\tTarsk",
        "Velmora\tVelmoran|Velmorans\tPort Azur",
    ]);

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
