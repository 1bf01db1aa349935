using Readout.Evaluation.Events;
using Readout.Tests.Support;

namespace Readout.Tests.Evaluation;

/// <summary>The CAMEO validation reader and scorer on an invented snippet in the UniversalPetrarch layout.</summary>
public sealed class EventScoringTests
{
    private const string Snippet = """
        <?xml version='1.0' encoding='utf-8'?>
        <Validation>
        ######## an invented banner, like the real file's ########
        <Sentences>
        <Sentence category="TEST" date="20240307" id="OST_1" evaluate="true"/>
        <EventCoding eventcode="173" sourcecode="OST" targetcode="BEL" />
        <Text>
        Ostravian police arrested two Belmarian
        fishermen near Valmora on Thursday.
        </Text>
        <Parse>1	Ostravian	ostravian	ADJ	JJ	_	2	amod	_	_</Parse>
        </Sentence>
        <Sentence category="TEST" date="20240308" id="OST_2" evaluate="true"/>
        <EventCoding noevents="True"/>
        <Text>
        The weather in Port Karva was mild on Friday.
        </Text>
        </Sentence>
        <Sentence category="TEST" date="20240308" id="OST_3" evaluate="false"/>
        <EventCoding eventcode="111" sourcecode="BEL" targetcode="OST" />
        <Text>Not evaluated.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    [Fact]
    public void The_reader_takes_text_date_and_gold_codes_and_skips_unevaluated_records()
    {
        using var folder = new TempFolder();
        folder.File("UniversalPetrarch/data/text/" + CameoValidationEvaluator.FileName, Snippet);

        var records = CameoValidationReader.Read(folder.Combine("UniversalPetrarch/data/text/" + CameoValidationEvaluator.FileName));

        Assert.Equal(2, records.Count);
        Assert.Equal("Ostravian police arrested two Belmarian fishermen near Valmora on Thursday.", records[0].Text);
        Assert.Equal(new DateOnly(2024, 3, 7), records[0].Date);
        Assert.Equal(["173"], records[0].GoldCodes);
        Assert.Empty(records[1].GoldCodes);
    }

    [Theory]
    [InlineData("1731", "173", true)]
    [InlineData("190", "173", false)]
    [InlineData(null, "", true)]
    [InlineData(null, "173", false)]
    [InlineData("173", "", false)]
    public void A_root_match_or_a_rightful_silence_counts(string? code, string gold, bool right)
    {
        Assert.Equal(right, CameoValidationEvaluator.IsRight(code, gold.Length == 0 ? [] : [gold]));
    }

    [Fact]
    public void Both_invented_sentences_are_coded_right()
    {
        using var folder = new TempFolder();
        folder.File("data/" + CameoValidationEvaluator.FileName, Snippet);

        var result = new CameoValidationEvaluator().Evaluate(folder.Path);

        Assert.Equal(2, result.Items);
        Assert.Equal(1.0, result.Metrics.Single(m => m.Name == "root accuracy").Value, 9);
    }
}
