using Readout.Model;

namespace Readout.Extraction;

/// <summary>Turns a decoded page into an <see cref="Article"/>: body without chrome, and metadata.</summary>
public interface IArticleExtractor
{
    /// <exception cref="ExtractionException">The page cannot be read as an article (no body text, unparsable markup).</exception>
    Article Extract(RawDocument raw);

    /// <summary>Sees a batch before it is extracted, for extractors that learn across pages (site templates); a no-op by default.</summary>
    void Observe(IEnumerable<RawDocument> batch)
    {
    }
}

/// <summary>A page that cannot be turned into an article; the message says why, for the user.</summary>
public sealed class ExtractionException(string message) : Exception(message);
