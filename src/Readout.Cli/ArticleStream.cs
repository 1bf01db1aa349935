using Readout.Extraction;
using Readout.Ingest;
using Readout.Model;

namespace Readout.Cli;

/// <summary>
/// Inputs read and extracted one at a time for the commands that do not store (extract, annotate):
/// each rejected input gets its line on stderr and is counted; the rest stream on.
/// </summary>
internal sealed class ArticleStream
{
    private readonly ArticleExtractor _extractor = new();
    private readonly DocumentReader _reader = new();

    public int Rejected { get; private set; }

    public IEnumerable<(RawDocument Raw, Article Article)> Read(IEnumerable<string> paths)
    {
        foreach (var entry in InputWalker.Walk(paths))
        {
            foreach (var item in entry.Rejection is { } r ? [r] : _reader.Read(entry.File!))
            {
                if (item is IngestRejection rejection)
                {
                    Reject(rejection.Path, rejection.Reason);
                    continue;
                }

                var raw = ((IngestedDocument)item).Document;
                Article? article = null;
                try
                {
                    article = _extractor.Extract(raw);
                }
                catch (ExtractionException e)
                {
                    Reject(raw.Path, e.Message);
                }

                if (article is not null)
                {
                    yield return (raw, article);
                }
            }
        }
    }

    private void Reject(string path, string reason)
    {
        Rejected++;
        Console.Error.WriteLine($"readout: {path}: {reason}");
    }
}
