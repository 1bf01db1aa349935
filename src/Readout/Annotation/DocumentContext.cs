using Readout.Annotation.Text;
using Readout.Model;

namespace Readout.Annotation;

/// <summary>A mention found by a recognizer before coreference fixes its final key.</summary>
internal sealed record MentionDraft(MentionKind Kind, TextSpan Span, string Key, string Name)
{
    public string? Role { get; init; }
    public string? Country { get; init; }

    /// <summary>For people: folded given name and surname (surname-only mentions have no given name).</summary>
    public string? Given { get; init; }
    public string? Surname { get; init; }

    /// <summary>A title standing for a person ("the minister"); never the entity's best name.</summary>
    public bool IsNominal { get; init; }
}

/// <summary>
/// Per-document working state shared by the recognizers: the tokens and which of them a higher-priority
/// recognizer already claimed (treaties before organisations before people before places), so one
/// stretch of text yields one mention.
/// </summary>
internal sealed class DocumentContext
{
    private readonly bool[] _claimed;

    public DocumentContext(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        _claimed = new bool[Tokens.Length];
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public List<MentionDraft> Mentions { get; } = [];

    public ReadOnlySpan<char> Word(int index) => Tokens[index].Of(Text);

    public bool Is(int index, string word) => index < Tokens.Length && Word(index).SequenceEqual(word);

    public bool IsClaimed(int index) => _claimed[index];

    public bool IsFree(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (_claimed[i])
            {
                return false;
            }
        }

        return true;
    }

    public TextSpan SpanOf(int startToken, int endToken) => new(Tokens[startToken].Start, Tokens[endToken - 1].End);

    /// <summary>Records a mention covering tokens [start, end) and claims them.</summary>
    public void Add(MentionDraft draft, int startToken, int endToken)
    {
        Array.Fill(_claimed, true, startToken, endToken - startToken);
        Mentions.Add(draft);
    }
}
