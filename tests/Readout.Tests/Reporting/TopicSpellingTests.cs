using Readout.Model;
using Readout.Reporting;
using Readout.Storage;

namespace Readout.Tests.Reporting;

public sealed class TopicSpellingTests
{
    private static StoredDocument Document(string body, params Mention[] mentions) =>
        new(1, "hash", new Article { Path = "readout.txt", Body = body }, new Annotations(mentions, [], []), []);

    private static TopicSpelling Over(StoredDocument document) => new(_ => [document]);

    [Fact]
    public void A_treaty_topic_is_spelled_as_the_source_names_the_treaty()
    {
        const string body = "The ministers welcomed the extension of the Coastal Arms Limitation Treaty until 2029.";
        var treaty = new Mention(MentionKind.Treaty, "Coastal Arms Limitation Treaty", new TextSpan(44, 74), "treaty:cal");

        Assert.Equal("Coastal Arms Limitation Treaty", Over(Document(body, treaty)).Spell("cal treaty"));
    }

    [Fact]
    public void A_phrase_is_spelled_as_the_source_capitalises_it()
    {
        var document = Document("They discussed the prospects for the Harbour Inspection Protocol and fishing.");

        Assert.Equal("Harbour Inspection Protocol", Over(document).Spell("harbour inspection protocol"));
    }

    [Fact]
    public void A_capital_only_at_a_sentence_start_or_inside_a_longer_word_does_not_count()
    {
        var document = Document("Arms control was discussed. The ministers stressed that arms control must stay verifiable. Disarms controller.");

        Assert.Equal("arms control", Over(document).Spell("arms control"));
    }

    [Fact]
    public void A_topic_no_source_writes_stays_as_stored() =>
        Assert.Equal("grey sea", Over(Document("Nothing about it here.")).Spell("grey sea"));
}
