using Readout.Model;

namespace Readout.Extraction;

/// <summary>Front door of extraction: picks the text-page or HTML extractor by the document's format.</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    // Placeholder until the extraction stage lands: the whole content is the body.
    public Article Extract(RawDocument raw) => new() { Path = raw.Path, Url = raw.Url, Body = raw.Content };
}
