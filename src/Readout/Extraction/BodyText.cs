using System.Text;
using Readout.Model;

namespace Readout.Extraction;

/// <summary>
/// The article body joined from paragraphs ("\n\n" between them) with a map back to the raw content,
/// so evidence found in the body can be reported as spans into <see cref="RawDocument.Content"/>.
/// </summary>
public sealed class BodyText
{
    private readonly List<(int BodyStart, int Length, int? RawStart)> segments = [];
    private readonly string raw;

    public BodyText(IReadOnlyList<BodyParagraph> paragraphs, string raw)
    {
        this.raw = raw;
        var sb = new StringBuilder();
        foreach (var p in paragraphs)
        {
            if (p.Text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            segments.Add((sb.Length, p.Text.Length, p.RawStart));
            sb.Append(p.Text);
        }

        Text = sb.ToString();
    }

    public string Text { get; }

    /// <summary>
    /// Maps a body span to the raw content: exactly for text pages; for HTML by finding the words in
    /// the markup (entities can defeat that, then the span is empty at the paragraph's best guess).
    /// </summary>
    public TextSpan ToRaw(TextSpan span)
    {
        foreach (var (bodyStart, length, rawStart) in segments)
        {
            if (span.Start < bodyStart || span.Start > bodyStart + length)
            {
                continue;
            }

            var offset = span.Start - bodyStart;
            var end = Math.Min(span.End, bodyStart + length) - bodyStart;
            if (rawStart is { } start)
            {
                return new TextSpan(start + offset, start + end);
            }

            var slice = Text.AsSpan(span.Start, end - offset);
            var found = raw.AsSpan().IndexOf(slice, StringComparison.Ordinal);
            return found >= 0 ? new TextSpan(found, found + slice.Length) : new TextSpan(0, 0);
        }

        return new TextSpan(0, 0);
    }
}
