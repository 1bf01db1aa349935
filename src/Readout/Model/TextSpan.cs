namespace Readout.Model;

/// <summary>A half-open character range [Start, End) into a known text (a document's body unless said otherwise).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start},{End})";
}
