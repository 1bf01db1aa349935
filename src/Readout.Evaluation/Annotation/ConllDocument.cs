namespace Readout.Evaluation.Annotation;

/// <summary>A typed entity chunk over tokens [Start, End) of one document, as conlleval counts them.</summary>
public readonly record struct EntityChunk(int Start, int End, string Type);

/// <summary>
/// One CoNLL-2003 document (between -DOCSTART- lines): its tokens, the sentence each starts, and the gold
/// chunks decoded from the last column's BIO tags exactly as conlleval does (IOB1 and IOB2 both read).
/// </summary>
public sealed class ConllDocument
{
    private ConllDocument(IReadOnlyList<string> tokens, IReadOnlyList<bool> sentenceStarts, IReadOnlyList<EntityChunk> gold)
        => (Tokens, SentenceStarts, Gold) = (tokens, sentenceStarts, gold);

    public IReadOnlyList<string> Tokens { get; }

    /// <summary>True for the first token of each sentence.</summary>
    public IReadOnlyList<bool> SentenceStarts { get; }

    public IReadOnlyList<EntityChunk> Gold { get; }

    /// <summary>Reads every document of a CoNLL file (space-separated columns, blank line between sentences).</summary>
    public static IReadOnlyList<ConllDocument> Read(IEnumerable<string> lines)
    {
        var documents = new List<ConllDocument>();
        var tokens = new List<string>();
        var starts = new List<bool>();
        var tags = new List<string>();
        bool newSentence = true;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(documents, tokens, starts, tags);
                newSentence = true;
                continue;
            }

            if (line.Length == 0)
            {
                newSentence = true;
                continue;
            }

            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            tokens.Add(columns[0]);
            tags.Add(columns[^1]);
            starts.Add(newSentence);
            newSentence = false;
        }

        Flush(documents, tokens, starts, tags);
        return documents;
    }

    /// <summary>conlleval's chunking: a chunk ends and starts on a B, on an I after O, or on a type change; sentences never share one.</summary>
    public static List<EntityChunk> Chunks(IReadOnlyList<string> tags, IReadOnlyList<bool> sentenceStarts)
    {
        var chunks = new List<EntityChunk>();
        int open = -1;
        string openType = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            if (i < tags.Count && sentenceStarts[i] && open >= 0)
            {
                chunks.Add(new EntityChunk(open, i, openType));
                open = -1;
            }

            string tag = i < tags.Count ? tags[i] : "O";
            char prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            string type = prefix == 'O' ? "" : tag[2..];
            bool starts = prefix == 'B' || prefix == 'I' && (open < 0 || type != openType);
            if (open >= 0 && (prefix == 'O' || starts))
            {
                chunks.Add(new EntityChunk(open, i, openType));
                open = -1;
            }

            if (starts)
            {
                (open, openType) = (i, type);
            }
        }

        return chunks;
    }

    private static void Flush(List<ConllDocument> documents, List<string> tokens, List<bool> starts, List<string> tags)
    {
        if (tokens.Count > 0)
        {
            documents.Add(new ConllDocument([.. tokens], [.. starts], Chunks(tags, starts)));
        }

        tokens.Clear();
        starts.Clear();
        tags.Clear();
    }
}
