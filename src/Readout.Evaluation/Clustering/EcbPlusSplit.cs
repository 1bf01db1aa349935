namespace Readout.Evaluation.Clustering;

/// <summary>
/// The standard ECB+ topic split of Cybulska and Vossen (2015), as Barhom et al. (2019) ship it: topics read
/// from <c>barhom-split/data/interim/cybulska_setup/ECB_{Train,Dev,Test}_corpus.txt</c> when present, else
/// the published lists. Only topic numbers are used, to choose which documents to tune and report on.
/// </summary>
public sealed record EcbPlusSplit(IReadOnlySet<int> Train, IReadOnlySet<int> Dev, IReadOnlySet<int> Test)
{
    private static readonly int[] PublishedDev = [2, 5, 12, 18, 21, 23, 34, 35];

    public static EcbPlusSplit Load(string dataDir)
    {
        var folder = Path.Combine(dataDir, "barhom-split", "data", "interim", "cybulska_setup");
        if (File.Exists(Path.Combine(folder, "ECB_Train_corpus.txt")))
        {
            return new EcbPlusSplit(Topics(folder, "Train"), Topics(folder, "Dev"), Topics(folder, "Test"));
        }

        var dev = PublishedDev.ToHashSet();
        var test = Enumerable.Range(36, 10).ToHashSet();
        var train = Enumerable.Range(1, 35).Where(t => !dev.Contains(t) && t is not 15 and not 17).ToHashSet();
        return new EcbPlusSplit(train, dev, test);
    }

    // Lines are "<topic>_<doc>\t<sentence>\t<token>\t..."; the topic is the number before the underscore.
    private static HashSet<int> Topics(string folder, string part)
    {
        var topics = new HashSet<int>();
        foreach (var line in File.ReadLines(Path.Combine(folder, $"ECB_{part}_corpus.txt")))
        {
            var underscore = line.IndexOf('_', StringComparison.Ordinal);
            if (underscore > 0 && int.TryParse(line.AsSpan(0, underscore), out var topic))
            {
                topics.Add(topic);
            }
        }

        return topics;
    }
}
