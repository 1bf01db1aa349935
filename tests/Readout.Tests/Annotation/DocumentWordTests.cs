using Readout.Annotation;
using Readout.Model;

namespace Readout.Tests.Annotation;

/// <summary>
/// Whole-document word questions the recognizers ask (is this word also written in lower case, in the plural,
/// as a person's name) answer alike on a news-sized body and on a book-sized one, where an index replaces the scan.
/// All names are invented.
/// </summary>
public sealed class DocumentWordTests
{
    // 3,000 lines of four tokens: far past the length where the document indexes its words.
    private static string Body(string text, int fillerLines) => text + string.Concat(Enumerable.Repeat("\nthe talks continued .", fillerLines));

    [Theory]
    [InlineData(0)]
    [InlineData(3000)]
    public void A_word_also_written_in_lower_case_is_found_in_any_case(int fillerLines)
    {
        var doc = new DocumentContext(Body("Gendarmerie said two men were held .\nThe GENDARMERIE gave no names , said the gendarmerie .", fillerLines));
        Assert.True(doc.WrittenLower("Gendarmerie"));
        Assert.True(doc.WrittenLower("NAMES"));
        Assert.False(doc.WrittenLower("Gendarme"));
        Assert.False(doc.WrittenLower("Names said"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3000)]
    public void A_capitalised_plural_is_found_from_its_stem(int fillerLines)
    {
        var doc = new DocumentContext(Body("Velmorans and Tarskis met in Vostrany ; the Ostravian sides spoke .", fillerLines));
        Assert.True(doc.HasCapitalizedPlural("Velmoran"));
        Assert.True(doc.HasCapitalizedPlural("Tarski"));
        Assert.False(doc.HasCapitalizedPlural("Vostrany"));
        Assert.False(doc.HasCapitalizedPlural("side")); // "sides" is lower case
        Assert.False(doc.HasCapitalizedPlural("velmoran"));
    }

    [Fact]
    public void A_person_mention_makes_its_names_known_to_later_passes()
    {
        var doc = new DocumentContext("Minister Arlen Valkov spoke .");
        Assert.False(doc.IsPersonSurname("valkov"));
        doc.Add(new MentionDraft(MentionKind.Person, doc.SpanOf(1, 3), "person:arlen-valkov", "Arlen Valkov") { Given = "arlen", Surname = "valkov" }, 1, 3);
        Assert.True(doc.IsPersonSurname("valkov"));
        Assert.False(doc.IsPersonSurname("arlen"));
        Assert.True(doc.IsPersonName("arlen"));
        Assert.True(doc.IsPersonName("valkov"));
    }

    [Fact]
    public void A_person_mention_replaced_by_an_organisation_no_longer_names_a_person()
    {
        var doc = new DocumentContext("The daily Varn Lynch said Varn Lynch and Arlen Lynch met .");
        doc.Add(new MentionDraft(MentionKind.Person, doc.SpanOf(2, 4), "person:varn-lynch", "Varn Lynch") { Given = "varn", Surname = "lynch" }, 2, 4);
        doc.Add(new MentionDraft(MentionKind.Person, doc.SpanOf(8, 10), "person:arlen-lynch", "Arlen Lynch") { Given = "arlen", Surname = "lynch" }, 8, 10);

        doc.Replace(0, new MentionDraft(MentionKind.Organization, doc.SpanOf(2, 4), "org:varn-lynch", "Varn Lynch"));

        Assert.False(doc.IsPersonName("varn"));
        Assert.True(doc.IsPersonSurname("lynch")); // still Arlen Lynch's
        Assert.Equal(MentionKind.Organization, doc.Mentions[0].Kind);
    }

    [Fact]
    public void A_word_the_text_writes_in_lower_case_is_no_surname_in_a_long_body()
    {
        var a = Fixture.Annotate(Body("Gendarmerie said two men were held .\nThe gendarmerie gave no names .", 3000));
        Assert.DoesNotContain(a.Mentions, m => m.Kind == MentionKind.Person);
    }
}
