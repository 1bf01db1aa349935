namespace Readout.Annotation.Text;

/// <summary>
/// The lines of a document as token ranges, found once when it is tokenized. Tables, fixture lists and headlines are
/// read line by line; each of their recognizers used to find the line openings with a walk over every token, and the
/// line's end with another. A line holds at least one token: blank lines hold none, so they are not lines here.
/// </summary>
internal sealed class DocumentLines
{
    // The first token of each line, then the token count, so line n is [_starts[n], _starts[n + 1]); the array may
    // have room to spare, as it is filled in the one walk over the tokens.
    private readonly int[] _starts;

    public DocumentLines(ReadOnlySpan<Token> tokens)
    {
        var starts = new int[tokens.Length / 8 + 2];
        int count = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i == 0 || tokens[i].LineBreakBefore)
            {
                if (count + 1 == starts.Length)
                {
                    Array.Resize(ref starts, starts.Length * 2);
                }

                starts[count++] = i;
            }
        }

        starts[count] = tokens.Length;
        _starts = starts;
        Count = count;
    }

    public int Count { get; }

    public TokenLine this[int line]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)line, (uint)Count, nameof(line)); // the spare room holds no line
            return new(_starts[line], _starts[line + 1]);
        }
    }

    /// <summary>The number of the line holding token <paramref name="token"/> (a token of the document).</summary>
    public int IndexOf(int token)
    {
        // The last line starting at or before the token.
        int found = Array.BinarySearch(_starts, 0, Count, token);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>The line holding token <paramref name="token"/> (a token of the document).</summary>
    public TokenLine Holding(int token) => this[IndexOf(token)];

    public Enumerator GetEnumerator() => new(this);

    /// <summary>The lines in order, without allocating.</summary>
    public struct Enumerator(DocumentLines lines)
    {
        private int _line = -1;

        public readonly TokenLine Current => lines[_line];

        public bool MoveNext() => ++_line < lines.Count;
    }
}

/// <summary>One line of a document: tokens [<paramref name="Start"/>, <paramref name="End"/>), never empty.</summary>
internal readonly record struct TokenLine(int Start, int End);
