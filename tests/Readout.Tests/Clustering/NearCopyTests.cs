using Readout.Annotation;
using Readout.Clustering.Documents;
using Readout.Events;
using Readout.Model;

namespace Readout.Tests.Clustering;

/// <summary>
/// Near copies in same-event clustering, on invented reports: a re-published text (even under another
/// headline, with another outlet's boilerplate line) joins its original's cluster at once and says which
/// document it copies; a look-alike written from the same template about another meeting does not.
/// </summary>
public sealed class NearCopyTests
{
    private const string Talks = "Foreign Minister Lenora Vask of Ostravia met her Belmarian counterpart Tomas Reyl in the port city of Sarnesk on 4 May 2031 "
        + "to discuss the reopening of the border crossing at Kell, which has been closed since the floods of last autumn. "
        + "The two ministers agreed to set up a joint commission of 12 engineers that will inspect the Kell bridge within 30 days, "
        + "and said that freight traffic could resume before the harvest if the inspection finds no structural damage. "
        + "Vask told reporters that Ostravia would pay for half of the repairs, estimated at 14 million crowns.";

    // The same template about another meeting: other ministers, city, date and figures.
    private const string LookAlike = "Foreign Minister Arvid Holm of Karvonia met his Tessarine counterpart Ilse Marren in the port city of Valmora on 19 June 2032 "
        + "to discuss the reopening of the border crossing at Dunn, which has been closed since the storms of last winter. "
        + "The two ministers agreed to set up a joint commission of 8 surveyors that will inspect the Dunn tunnel within 45 days, "
        + "and said that passenger traffic could resume before the holidays if the inspection finds no structural damage. "
        + "Holm told reporters that Karvonia would pay for a third of the repairs, estimated at 9 million marks.";

    private const string Unrelated = "The Belmarian football league postponed Saturday's matches after heavy snow fell across the north of the country, "
        + "and the league's chairman said the fixtures would be replayed in the spring once the pitches in Port Karva and Lesk have dried out.";

    [Fact]
    public void An_exact_copy_joins_its_original_as_a_near_copy()
    {
        var clusterer = new DocumentClusterer();
        var original = clusterer.Place(Features("wire", Talks));
        clusterer.Place(Features("other", Unrelated));

        var copy = clusterer.Place(Features("reprint", Talks));

        Assert.Same(original.Cluster, copy.Cluster);
        Assert.Equal(new NearCopy("wire", 1.0), copy.NearCopy);
        Assert.Equal("near copy of wire (≈1.00)", copy.NearCopy!.ToString());
    }

    [Fact]
    public void A_copy_under_another_headline_with_a_boilerplate_line_still_joins()
    {
        var clusterer = new DocumentClusterer();
        var original = clusterer.Place(Features("wire", Talks, "Ostravia and Belmaria agree to inspect Kell bridge"));

        var syndicated = clusterer.Place(Features("syndicated", Talks + "\nFollow our live coverage of the region on the Sarnesk Courier app.", "Border crossing at Kell could reopen by harvest"));

        Assert.Same(original.Cluster, syndicated.Cluster);
        Assert.Equal("wire", syndicated.NearCopy?.DocumentId);
        Assert.InRange(syndicated.NearCopy!.Similarity, 0.8, 1.0);
    }

    [Fact]
    public void A_look_alike_from_the_same_template_does_not_take_the_near_copy_path()
    {
        var clusterer = new DocumentClusterer();
        clusterer.Place(Features("talks", Talks));

        var lookAlike = clusterer.Place(Features("look-alike", LookAlike));

        Assert.Null(lookAlike.NearCopy);
        Assert.InRange(MinHashSignature.Of(Talks)!.Similarity(MinHashSignature.Of(LookAlike)!), 0.0, 0.5);
    }

    [Fact]
    public void A_short_text_is_not_claimed_as_a_copy()
    {
        var clusterer = new DocumentClusterer();
        clusterer.Place(Features("brief", "Markets in Sarnesk closed higher on Friday."));

        var again = clusterer.Place(Features("brief-again", "Markets in Sarnesk closed higher on Friday."));

        Assert.Null(again.NearCopy);
    }

    [Fact]
    public void Case_and_punctuation_do_not_change_the_signature()
    {
        var plain = MinHashSignature.Of("the ministers agreed to set up a joint commission of engineers")!;
        var shouted = MinHashSignature.Of("THE MINISTERS AGREED -- to set up a joint commission, of engineers!")!;

        Assert.Equal(1.0, plain.Similarity(shouted));
        Assert.Null(MinHashSignature.Of(" ... "));
    }

    [Fact]
    public void The_estimate_is_close_to_the_true_jaccard_of_the_shingles()
    {
        var words = Words(new Random(7), 240);

        // 200 words each, the first 160 shared: 156 of 196 shingles shared each way, Jaccard 156 / 236 ≈ 0.66.
        var a = MinHashSignature.Of(string.Join(' ', words[..200]))!;
        var b = MinHashSignature.Of(string.Join(' ', words[..160].Concat(words[200..])))!;

        Assert.Equal(196, a.Shingles);
        Assert.InRange(a.Similarity(b), 0.66 - 0.12, 0.66 + 0.12);
    }

    [Fact]
    public void The_band_index_finds_a_copy_among_many_stored_documents()
    {
        var random = new Random(11);
        var index = new NearCopyIndex<int>();
        var texts = new List<string[]>();
        for (var i = 0; i < 3000; i++)
        {
            texts.Add(Words(random, 80));
            index.Add($"d{i}", MinHashSignature.Of(string.Join(' ', texts[i]))!, i);
        }

        // Doc 1234 with one word changed near the end: 5 of its 76 shingles differ.
        var copy = (string[])texts[1234].Clone();
        copy[70] = "changed";

        var found = index.Nearest(MinHashSignature.Of(string.Join(' ', copy))!, 0.8);

        Assert.NotNull(found);
        Assert.Equal(("d1234", 1234), (found.DocumentId, found.Owner));
        Assert.Null(index.Nearest(MinHashSignature.Of(string.Join(' ', Words(random, 80)))!, 0.8));
    }

    [Fact]
    public void A_removed_signature_is_no_longer_found()
    {
        var index = new NearCopyIndex<int>();
        var first = index.Add("a", MinHashSignature.Of(Talks)!, 1);
        index.Add("b", MinHashSignature.Of(LookAlike)!, 2);

        index.Remove(first);

        Assert.Null(index.Nearest(MinHashSignature.Of(Talks)!, 0.8));
        Assert.Equal("b", index.Nearest(MinHashSignature.Of(LookAlike)!, 0.8)?.DocumentId);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void A_copy_of_a_document_that_left_the_window_starts_afresh()
    {
        var index = new InMemoryDocumentClusterIndex(windowDays: 30);
        var clusterer = new DocumentClusterer(index, DocumentClusterOptions.Default);
        clusterer.Place(Features("wire", Talks) with { Published = new DateOnly(2031, 5, 4) });
        clusterer.Place(Features("later", Unrelated) with { Published = new DateOnly(2031, 7, 1) });

        var late = clusterer.Place(Features("late-reprint", Talks) with { Published = new DateOnly(2031, 7, 2) });

        Assert.Null(late.NearCopy);
        Assert.Equal(2, index.SketchCount);
    }

    private static string[] Words(Random random, int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = string.Create(6, random, static (span, r) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    span[k] = (char)('a' + r.Next(26));
                }
            });
        }

        return words;
    }

    private static DocumentFeatures Features(string id, string body, string? title = null)
    {
        var article = new Article { Path = id, Title = title, Body = body };
        var annotations = new Annotator().Annotate(article);
        return DocumentFeatureBuilder.Build(id, article, annotations, new EventDetector(EventCoverage.AllCameoRoots).Detect(article, annotations));
    }
}
