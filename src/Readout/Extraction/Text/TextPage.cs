using Readout.Model;

namespace Readout.Extraction.Text;

/// <summary>What a flattened text page yields: title, article paragraphs (spans into the raw text) and page dates.</summary>
public sealed record TextPage(
    string? Title,
    IReadOnlyList<TextSpan> Paragraphs,
    DateEvidence? Published,
    DateEvidence? Captured)
{
    /// <summary>Where the title line stands in the raw text, when one was taken from above the article.</summary>
    public TextSpan? TitleSpan { get; init; }
}
