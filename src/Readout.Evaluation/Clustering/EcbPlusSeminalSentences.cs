using System.Text;

namespace Readout.Evaluation.Clustering;

/// <summary>
/// The sentences ECB+'s annotators marked as describing each document's seminal event, read from the Cybulska and
/// Vossen setup files (<c>ECB_{Train,Dev}_corpus.txt</c>: document, sentence number, token number, token, chain).
/// Gold: for the oracle diagnostic only, never an input to a shipped result.
/// </summary>
public sealed class EcbPlusSeminalSentences
{
    private readonly Dictionary<string, SortedDictionary<int, StringBuilder>> sentences = new(StringComparer.Ordinal);

    /// <summary>Sentence 0 is the headline in both ECB and ECB+ documents of the setup files.</summary>
    public const int HeadlineSentence = 0;

    public static EcbPlusSeminalSentences Load(string dataDir, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var result = new EcbPlusSeminalSentences();
        var folder = Path.Combine(dataDir, "barhom-split", "data", "interim", "cybulska_setup");
        foreach (var part in parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, $"ECB_{part}_corpus.txt")))
            {
                var fields = line.Split('\t');
                if (fields.Length < 4 || !int.TryParse(fields[1], out var sentence))
                {
                    continue;
                }

                if (!result.sentences.TryGetValue(fields[0], out var document))
                {
                    result.sentences[fields[0]] = document = [];
                }

                if (!document.TryGetValue(sentence, out var text))
                {
                    document[sentence] = text = new StringBuilder();
                }

                ClusteringCorpus.AppendToken(text, fields[3]);
            }
        }

        return result;
    }

    /// <summary>The document's annotated sentences by number, or an empty list when it has none in the files read.</summary>
    public IReadOnlyList<(int Number, string Text)> Of(string document) =>
        sentences.TryGetValue(document, out var found) ? [.. found.Select(s => (s.Key, s.Value.ToString()))] : [];
}
