using System.Diagnostics;
using System.Text;
using Readout.Annotation;
using Readout.Model;

namespace Readout.Evaluation.Annotation;

/// <summary>
/// CoNLL-2003 named entities, conlleval-style: entity-level exact match (span and type), micro-averaged.
/// Each document's tokens are joined with spaces, one sentence per line (headlines and datelines are their
/// own lines, as in a page body), annotated, and the mentions mapped back to token spans: Person → PER,
/// Place → LOC (a demonym or a place inside a hyphenated word → MISC), Organization → ORG, Treaty and Other → MISC. The headline figure is PER/LOC/ORG only;
/// MISC is reported apart.
/// </summary>
public sealed class ConllEvaluator(string split = "test", Annotator? annotator = null)
{
    private static readonly string[] Main = ["PER", "LOC", "ORG"];
    private readonly Annotator _annotator = annotator ?? new();

    /// <param name="dataDir">The unpacked set; the split's file (<c>test.txt</c> or <c>*_test.txt</c>) is looked for beneath it.
    /// With READOUT_EVAL_ERRORS set to a path, missed and spurious entities are written there.</param>
    public EvaluationResult Evaluate(string dataDir)
    {
        var file = Directory.EnumerateFiles(dataDir, "*.txt", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) == split + ".txt" || Path.GetFileName(f).EndsWith("_" + split + ".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).FirstOrDefault() ?? throw new FileNotFoundException($"{dataDir}: no {split}.txt");
        var documents = ConllDocument.Read(File.ReadLines(file));
        using var errors = Environment.GetEnvironmentVariable("READOUT_EVAL_ERRORS") is { Length: > 0 } path ? File.CreateText(path) : null;
        var counts = new EntityCounts();
        var clock = Stopwatch.StartNew();
        foreach (var doc in documents)
        {
            var predicted = Predict(doc, out string text, out int[] offsets);
            counts.Add(doc.Gold, predicted);
            if (errors is not null)
            {
                EntityErrorReport.Write(errors, doc, predicted, text, offsets);
            }
        }

        return new EvaluationResult("ner-" + split, [
            new("F1(PER/LOC/ORG)", counts.F1(Main)), new("P", counts.Precision(Main)), new("R", counts.Recall(Main)),
            new("PER", counts.F1(["PER"])), new("LOC", counts.F1(["LOC"])), new("ORG", counts.F1(["ORG"])),
            new("MISC", counts.F1(["MISC"])), new("F1(all)", counts.F1(["PER", "LOC", "ORG", "MISC"])),

            // The raw PER/LOC/ORG tallies, so a figure near a target can be checked past its third decimal.
            new("PER/LOC/ORG|gold", counts.Gold(Main)), new("PER/LOC/ORG|found", counts.Found(Main)),
            new("PER/LOC/ORG|correct", counts.Correct(Main)),
        ], documents.Count, clock.Elapsed);
    }

    /// <summary>Annotates the document's text and returns its mentions as token chunks.</summary>
    public IReadOnlyList<EntityChunk> Predict(ConllDocument doc, out string text, out int[] offsets)
    {
        text = Join(doc, out offsets);
        var annotations = _annotator.Annotate(new Article { Path = "conll", Body = text });
        var chunks = new List<EntityChunk>();
        foreach (var m in annotations.Mentions)
        {
            // Nominal stand-ins ("the minister") are mentions for coreference, not names; the annotator flags them.
            if (m.IsNominal || m.Text.Length == 0)
            {
                continue;
            }

            int start = TokenAt(offsets, m.Span.Start), end = TokenAt(offsets, m.Span.End - 1) + 1;
            // A place inside a longer word ("U.S.-led", "Israel-PLO", "US$") is MISC in CoNLL, like a nationality;
            // an abbreviation's period left outside ("Calif.") does not count.
            int tokenEnd = offsets[end - 1] + doc.Tokens[end - 1].Length;
            bool inside = m.Span.Start > offsets[start] || m.Span.End < tokenEnd && text.AsSpan(m.Span.End, tokenEnd - m.Span.End) is not ".";
            var chunk = new EntityChunk(start, end, inside && m.Kind == MentionKind.Place ? "MISC" : Type(m));
            if (!chunks.Contains(chunk))
            {
                chunks.Add(chunk);
            }
        }

        return chunks;
    }

    /// <summary>Tokens joined by spaces, sentences by line breaks; <paramref name="offsets"/> holds each token's start.</summary>
    public static string Join(ConllDocument doc, out int[] offsets)
    {
        var sb = new StringBuilder();
        offsets = new int[doc.Tokens.Count];
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(doc.SentenceStarts[i] ? '\n' : ' ');
            }

            offsets[i] = sb.Length;
            sb.Append(doc.Tokens[i]);
        }

        return sb.ToString();
    }

    // A demonym ("Russian") is a place mention for events but a nationality, MISC, for CoNLL.
    private static string Type(Mention m) => m.Kind switch
    {
        MentionKind.Person => "PER",
        MentionKind.Place => PlaceNames.IsDemonym(m.Text) ? "MISC" : "LOC",
        MentionKind.Organization => "ORG",
        _ => "MISC",
    };

    // The token containing a character: the last token starting at or before it.
    private static int TokenAt(int[] offsets, int position)
    {
        int i = Array.BinarySearch(offsets, position);
        return i >= 0 ? i : Math.Max(0, ~i - 1);
    }
}
