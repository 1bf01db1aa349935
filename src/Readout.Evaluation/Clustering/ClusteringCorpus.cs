using System.Text;
using System.Text.Json;

namespace Readout.Evaluation.Clustering;

/// <summary>
/// One document of a clustering set. Only <see cref="Title"/> and <see cref="Text"/> are input; <see cref="Gold"/>
/// (the gold event), <see cref="Topic"/> (used only to pick the train/test split) and <see cref="Name"/> (the set's
/// file name, used only to look up diagnostic annotations) never reach the clusterer.
/// </summary>
public sealed record ClusteringDocument(string Title, string Text, string Gold, int Topic, string Name = "");

/// <summary>Readers of the clustering sets' own layouts.</summary>
public static class ClusteringCorpus
{
    /// <summary>ECB+: <c>docs/&lt;topic&gt;&lt;ecb|ecbplus&gt;/&lt;doc&gt;.json</c> with <c>title</c> and <c>text</c>; the folder is the gold sub-topic.</summary>
    public static List<ClusteringDocument> ReadEcbPlus(string dataDir)
    {
        var documents = new List<ClusteringDocument>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(dataDir, "docs")).Order(StringComparer.Ordinal))
        {
            var gold = Path.GetFileName(folder);
            var topic = int.Parse(gold.AsSpan(0, gold.TakeWhile(char.IsAsciiDigit).Count()), provider: null);
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() ?? "" : "";
                var text = json.RootElement.TryGetProperty("text", out var x) ? x.GetString() ?? "" : "";
                documents.Add(new ClusteringDocument(title, text, gold, topic, Path.GetFileNameWithoutExtension(file)));
            }
        }

        return documents;
    }

    /// <summary>
    /// A CoNLL token file (MEANTIME, NewsWCL50): <c>#begin document (&lt;id&gt;)</c>, then one token per line
    /// with the document id, sentence number, token number and token. Text is rebuilt from the tokens, one
    /// sentence per line; the gold class is the part of the id before <paramref name="separator"/>.
    /// </summary>
    public static List<ClusteringDocument> ReadConll(string path, char separator)
    {
        var documents = new List<ClusteringDocument>();
        var text = new StringBuilder();
        string? id = null;
        var sentence = -1;

        void Flush()
        {
            if (id is not null && text.Length > 0)
            {
                var gold = id.Trim('(', ')')[..Math.Max(0, id.Trim('(', ')').IndexOf(separator, StringComparison.Ordinal))];
                documents.Add(new ClusteringDocument("", text.ToString(), gold, 0));
            }

            text.Clear();
            (id, sentence) = (null, -1);
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("#begin document", StringComparison.Ordinal))
            {
                Flush();
                id = line["#begin document".Length..].Split(';')[0].Trim();
                continue;
            }

            var fields = line.Split('\t');
            if (id is null || fields.Length < 4 || !int.TryParse(fields[1], out var s))
            {
                continue;
            }

            if (s != sentence && text.Length > 0)
            {
                text.Append('\n');
            }

            sentence = s;
            AppendToken(text, fields[3]);
        }

        Flush();
        return documents;
    }

    // Undo the tokenisation well enough for reading: no space before closing punctuation and clitics.
    internal static void AppendToken(StringBuilder text, string token)
    {
        var glued = token is "," or "." or ";" or ":" or "!" or "?" or ")" or "'s" or "n't" or "%";
        if (text.Length > 0 && text[^1] != '\n' && text[^1] != '(' && !glued)
        {
            text.Append(' ');
        }

        text.Append(token);
    }
}
