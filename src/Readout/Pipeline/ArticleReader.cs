using Readout.Extraction;
using Readout.Ingest;
using Readout.Model;

namespace Readout.Pipeline;

/// <summary>
/// Inputs read and extracted one at a time, for the commands that do not store (extract, annotate): each
/// rejected input or page that fails is reported by name with its reason, and the rest stream on.
/// </summary>
public sealed class ArticleReader(IArticleExtractor extractor, IngestLimits limits)
{
    private readonly DocumentReader _reader = new(limits);

    public ArticleReader()
        : this(new ArticleExtractor(), IngestLimits.Default)
    {
    }

    public IEnumerable<(RawDocument Raw, Article Article)> Read(IEnumerable<string> paths, Action<IngestRejection> onRejected)
    {
        ArgumentNullException.ThrowIfNull(onRejected);
        foreach (var item in _reader.ReadAll(paths))
        {
            if (item is IngestRejection rejection)
            {
                onRejected(rejection);
                continue;
            }

            var raw = ((IngestedDocument)item).Document;
            Article? article = null;
            try
            {
                article = extractor.Extract(raw);
            }
            catch (Exception e) when (PageFailure.IsPageFault(e))
            {
                onRejected(new IngestRejection(raw.Path, PageFailure.Reason(e)));
            }

            if (article is not null)
            {
                yield return (raw, article);
            }
        }
    }
}
