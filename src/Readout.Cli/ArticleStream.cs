using Readout.Model;
using Readout.Pipeline;

namespace Readout.Cli;

/// <summary>
/// Inputs read and extracted one at a time for the commands that do not store (extract, annotate):
/// each rejected input gets its line on stderr and is counted; the rest stream on.
/// </summary>
internal sealed class ArticleStream
{
    private readonly ArticleReader _reader = new();

    public int Rejected { get; private set; }

    public IEnumerable<(RawDocument Raw, Article Article)> Read(IEnumerable<string> paths) => _reader.Read(paths, rejection =>
    {
        Rejected++;
        Diagnostic.Error(rejection.Path, rejection.Reason);
    });
}
