using System.Text.Json;

namespace Readout.Bench;

/// <summary>
/// Writes the bench corpus as JSON Lines shards: the base documents cycled until the requested count,
/// each copy made distinct (a numbered reference line) so that none is a duplicate.
/// </summary>
internal static class CorpusWriter
{
    private const int PerShard = 1000;

    public static int Write(string folder, int count, double htmlShare, string samples, string? data)
    {
        Directory.CreateDirectory(folder);
        var htmlCount = (int)Math.Round(count * htmlShare);
        var written = 0;
        var shard = 0;
        StreamWriter? writer = null;
        try
        {
            foreach (var (document, copy) in Cycle(() => BaseDocuments.Text(samples, data), count - htmlCount)
                .Concat(Cycle(() => BaseDocuments.Html(samples, data), htmlCount)))
            {
                if (written % PerShard == 0)
                {
                    writer?.Dispose();
                    writer = new StreamWriter(Path.Combine(folder, $"shard-{shard++:D4}.jsonl"));
                }

                var content = document.IsHtml
                    ? document.Content + $"\n<!-- bench copy {copy} -->"
                    : document.Content + $"\n\n(Bench reference {copy}.)";
                writer!.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { [document.IsHtml ? "html" : "text"] = content }));
                written++;
            }
        }
        finally
        {
            writer?.Dispose();
        }

        return written;
    }

    private static IEnumerable<(BaseDocument Document, int Copy)> Cycle(Func<IEnumerable<BaseDocument>> source, int count)
    {
        var produced = 0;
        for (var copy = 0; produced < count; copy++)
        {
            var any = false;
            foreach (var document in source())
            {
                any = true;
                yield return (document, copy);
                if (++produced == count)
                {
                    yield break;
                }
            }

            if (!any)
            {
                yield break;
            }
        }
    }
}
