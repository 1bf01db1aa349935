using Readout.Model;

namespace Readout.Ingest;

/// <summary>One outcome of reading inputs: a decoded document, or an input rejected with a reason a user can act on.</summary>
public abstract record IngestItem(string Path);

public sealed record IngestedDocument(RawDocument Document) : IngestItem(Document.Path);

public sealed record IngestRejection(string Path, string Reason) : IngestItem(Path)
{
    public override string ToString() => $"{Path}: {Reason}";
}
