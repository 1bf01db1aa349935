namespace Readout.Annotation.Text;

/// <summary>
/// One word of the body: a half-open character range plus the shape facts recognizers need.
/// <paramref name="LineBreakBefore"/>: a line break ('\n' or '\r') lies between the previous token and this one.
/// </summary>
internal readonly record struct Token(int Start, int End, TokenShape Shape, bool SentenceStart, bool LineBreakBefore = false)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    public bool IsCapitalized => Shape is TokenShape.Capitalized or TokenShape.AllCaps;
}

/// <summary>Orthographic class of a token; capitalisation is the main cue for names in English news.</summary>
internal enum TokenShape
{
    Lower,
    Capitalized,
    AllCaps,
    Number,
    Punctuation,
}
