namespace Readout.Evaluation.Annotation;

/// <summary>Error analysis for entity recognition: missed gold chunks (FN) and spurious predictions (FP) with their sentence. A diagnostic, not a score.</summary>
internal static class EntityErrorReport
{
    public static void Write(TextWriter w, ConllDocument doc, IReadOnlyList<EntityChunk> predicted, string text, int[] offsets)
    {
        var gold = doc.Gold.ToHashSet();
        var found = predicted.ToHashSet();
        foreach (var g in doc.Gold.Where(g => !found.Contains(g)))
        {
            var near = predicted.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
            string got = near == default ? "-" : $"{near.Type} '{Words(doc, near)}'";
            w.WriteLine($"FN\t{g.Type}\t{Words(doc, g)}\tgot {got}\t{Line(text, offsets[g.Start])}");
        }

        foreach (var p in predicted.Where(p => !gold.Contains(p)))
        {
            w.WriteLine($"FP\t{p.Type}\t{Words(doc, p)}\t\t{Line(text, offsets[p.Start])}");
        }
    }

    private static string Words(ConllDocument doc, EntityChunk c) => string.Join(' ', doc.Tokens.Skip(c.Start).Take(c.End - c.Start));

    private static string Line(string text, int at)
    {
        int start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int end = text.IndexOf('\n', at);
        var line = text[start..(end < 0 ? text.Length : end)];
        return line.Length > 160 ? line[..160] : line;
    }
}
