using System.Text;
using System.Text.Json;
using Readout.Annotation.Entities.Model;

namespace Readout.Tools.NerModel;

/// <summary>A gold entity mention as characters [Start, End) of its document's text; Type null: not used.</summary>
internal readonly record struct GoldMention(int Start, int End, SpanClass? Type);

/// <summary>
/// One MEANTIME or ECB+ document rebuilt as a page body (tokens joined by spaces, one sentence per line, as the
/// CoNLL evaluation does) with its gold entity mentions. Both corpora annotate only some mentions (event
/// participants), so an unannotated name is no negative example — except in MEANTIME's first
/// <see cref="FullLines"/> lines (headline, date, first four sentences), where every entity is annotated.
/// </summary>
internal sealed record TrainingDocument(string Key, string Text, List<GoldMention> Gold, int FullLines = 0)
{
    /// <summary>Reads "key TAB sentence TAB token TAB word TAB coref" files and the entity JSON naming their mentions.</summary>
    public static List<TrainingDocument> Read(IEnumerable<string> conllFiles, IEnumerable<string> mentionFiles, Func<JsonElement, SpanClass?> type)
    {
        var texts = new Dictionary<string, (StringBuilder Text, Dictionary<(int, int), (int, int)> Offsets)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in conllFiles)
        {
            int lastSentence = -1;
            string lastKey = "";
            foreach (var line in File.ReadLines(file))
            {
                var f = line.Split('\t');
                if (f.Length < 5 || !int.TryParse(f[1], out int sentence) || !int.TryParse(f[2], out int token))
                {
                    continue;
                }

                if (!texts.TryGetValue(f[0], out var doc))
                {
                    texts[f[0]] = doc = (new StringBuilder(), new());
                    order.Add(f[0]);
                }

                if (doc.Text.Length > 0)
                {
                    doc.Text.Append(sentence != lastSentence || f[0] != lastKey ? '\n' : ' ');
                }

                (lastSentence, lastKey) = (sentence, f[0]);
                doc.Offsets[(sentence, token)] = (doc.Text.Length, doc.Text.Length + f[3].Length);
                doc.Text.Append(f[3]);
            }
        }

        var gold = order.ToDictionary(k => k, _ => new List<GoldMention>(), StringComparer.Ordinal);
        foreach (var file in mentionFiles)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var m in json.RootElement.EnumerateArray())
            {
                string key = m.GetProperty("conll_doc_key").GetString() ?? "";
                if (!texts.TryGetValue(key, out var doc))
                {
                    continue;
                }

                int sentence = m.GetProperty("sent_id").GetInt32();
                var ids = m.GetProperty("tokens_number").EnumerateArray().Select(t => t.GetInt32()).ToList();
                if (ids.Count == 0 || !doc.Offsets.TryGetValue((sentence, ids.Min()), out var first) || !doc.Offsets.TryGetValue((sentence, ids.Max()), out var last))
                {
                    continue;
                }

                gold[key].Add(new GoldMention(first.Item1, last.Item2, type(m)));
            }
        }

        return order.Select(k => new TrainingDocument(k, texts[k].Text.ToString(), gold[k])).ToList();
    }

    /// <summary>MEANTIME English: PERSON / LOCATION / ORGANIZATION; products and financial names are none of them.</summary>
    public static List<TrainingDocument> Meantime(string dataDir, int fullLines)
    {
        var dir = Path.Combine(dataDir, "clustering", "meantime", "data", "en");
        var documents = Read([Path.Combine(dir, "meantime.conll")], [Path.Combine(dir, "entities_mentions.json")], m => m.GetProperty("mention_type").GetString() switch
        {
            "PER" => SpanClass.Person,
            "LOC" => SpanClass.Place,
            "ORG" => SpanClass.Organization,
            "PRO" or "FIN" => SpanClass.None,
            _ => null,
        });
        return documents.Select(d => d with { FullLines = fullLines }).ToList();
    }

    /// <summary>ECB+: human participants (person, organisation), places and countries; times, vehicles and things are none.</summary>
    public static List<TrainingDocument> EcbPlus(string dataDir)
    {
        var root = Path.Combine(dataDir, "clustering", "ecbplus", "docs");
        var topics = Directory.GetDirectories(root).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "annotation", "original")).Where(Directory.Exists).ToList();
        return Read(
            topics.SelectMany(d => Directory.GetFiles(d, "*.conll")).Order(StringComparer.Ordinal),
            topics.SelectMany(d => Directory.GetFiles(d, "entity_mentions_*.json")).Order(StringComparer.Ordinal),
            m => m.GetProperty("mention_full_type").GetString() switch
            {
                "HUMAN_PART_PER" => SpanClass.Person,
                "HUMAN_PART_ORG" => SpanClass.Organization,
                "LOC_GEO" or "LOC_FAC" or "HUMAN_PART_GPE" => SpanClass.Place,
                "TIME_DATE" or "TIME_OF_THE_DAY" or "NON_HUMAN_PART" or "HUMAN_PART_VEH" => SpanClass.None,
                _ => null,
            });
    }
}
