using Readout.Model;

namespace Readout.Evaluation.Annotation;

/// <summary>
/// TempEval-3 TIMEX3 counts summed over documents. Matching is one-to-one: each system expression takes
/// the first unmatched gold expression it overlaps (an exact match first), so relaxed, strict and value
/// matches are the same count seen from the system side (precision) and the gold side (recall).
/// </summary>
public sealed record TimexCounts(int Gold, int System, int Strict, int Relaxed, int Value)
{
    public static TimexCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public TimexCounts Plus(TimexCounts o) => new(Gold + o.Gold, System + o.System, Strict + o.Strict, Relaxed + o.Relaxed, Value + o.Value);

    /// <summary>Strict span F1: exact character offsets.</summary>
    public double StrictF1 => F1(Strict);

    /// <summary>Relaxed span F1: any overlap.</summary>
    public double RelaxedF1 => F1(Relaxed);

    /// <summary>Value F1: relaxed match with the identical TIMEX3 value, over all system and all gold expressions.</summary>
    public double ValueF1 => F1(Value);

    public double Precision(int matched) => System > 0 ? (double)matched / System : 0;

    public double Recall(int matched) => Gold > 0 ? (double)matched / Gold : 0;

    private double F1(int matched) => Gold + System > 0 ? 2.0 * matched / (Gold + System) : 0;
}

/// <summary>Scores one document's recognised time expressions against its gold TIMEX3s the TempEval-3 way.</summary>
public static class TimexScorer
{
    public static TimexCounts Score(IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimeExpression> system)
    {
        var used = new bool[gold.Count];
        int strict = 0, relaxed = 0, value = 0;
        foreach (var s in system)
        {
            int match = -1;
            for (int pass = 0; pass < 2 && match < 0; pass++)
            {
                for (int g = 0; g < gold.Count; g++)
                {
                    if (!used[g] && (pass == 0 ? gold[g].Span == s.Span : Overlaps(gold[g].Span, s.Span)))
                    {
                        match = g;
                        break;
                    }
                }
            }

            if (match < 0)
            {
                continue;
            }

            used[match] = true;
            relaxed++;
            strict += gold[match].Span == s.Span ? 1 : 0;
            value += string.Equals(gold[match].Value, s.Value, StringComparison.Ordinal) ? 1 : 0;
        }

        return new TimexCounts(gold.Count, system.Count, strict, relaxed, value);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
