using Readout.Model;

namespace Readout.Comparison;

/// <summary>
/// Decides whether an aligned claim keeps the reference's meaning (<see cref="ClaimVerdict.Same"/>) or changes it
/// (<see cref="ClaimVerdict.Changed"/>), naming each change: speaker, actor, number, date, polarity, modality, wording.
/// Only contradictions count: a detail one side leaves out (no number, no speaker) is an omission, not a change.
/// </summary>
internal sealed class VerdictJudge
{
    public (ClaimVerdict Verdict, string? WhatChanged) Judge(AnalyzedClaim reference, AnalyzedClaim other)
    {
        var changes = new List<string>();
        if (!Reciprocal(reference, other) && !Reciprocal(other, reference))
        {
            Compare(reference.Claim.Speakers, other.Claim.Speakers, (a, b) => changes.Add($"{(reference.Claim.SpeechAct ? "speaker" : "actor")}: {reference.Claim.Speaker} → {other.Claim.Speaker}"));
        }

        Compare(reference.Claim.Numbers, other.Claim.Numbers, (a, b) => changes.Add($"number: {a} → {b}"));
        Compare(reference.Dates, other.Dates, (a, b) => changes.Add($"date: {a} → {b}"));
        Polarity(reference, other, changes);
        Modality(reference, other, changes);
        Substitutions(reference, other, changes);
        if (!changes.Any(c => c.StartsWith("speaker", StringComparison.Ordinal) || c.StartsWith("actor", StringComparison.Ordinal)))
        {
            Actors(reference, other, changes);
        }

        return changes.Count == 0 ? (ClaimVerdict.Same, null) : (ClaimVerdict.Changed, string.Join("; ", changes));
    }

    /// <summary>
    /// "A spoke with B" and "A and B held talks" give the same act to the same people: speakers missing from one side
    /// that it still names are not a change of speaker.
    /// </summary>
    private static bool Reciprocal(AnalyzedClaim a, AnalyzedClaim b)
    {
        var missing = b.Claim.Speakers.Except(a.Claim.Speakers).ToList();
        return a.Claim.Speakers.Count > 0 && a.Claim.Speakers.All(b.Claim.Speakers.Contains) && missing.Count > 0 && missing.All(a.Claim.Entities.Contains);
    }

    private static void Compare(IReadOnlyList<string> a, IReadOnlyList<string> b, Action<string, string> changed)
    {
        if (a.Count > 0 && b.Count > 0 && !a.ToHashSet().SetEquals(b))
        {
            changed(string.Join(", ", a), string.Join(", ", b));
        }
    }

    private static void Polarity(AnalyzedClaim a, AnalyzedClaim b, List<string> changes)
    {
        if (Negations(a) % 2 != Negations(b) % 2)
        {
            changes.Add($"polarity: {(Negations(a) % 2 == 1 ? "negated" : "affirmed")} → {(Negations(b) % 2 == 1 ? "negated" : "affirmed")}");
        }

        // An entity said to have ended or failed on one side only ("the prospects for the treaty" / "the treaty collapsed").
        var shared = a.Claim.Entities.Intersect(b.Claim.Entities);
        foreach (var key in shared)
        {
            var (na, nb) = (NegativeOutcome(a.Tokens, key), NegativeOutcome(b.Tokens, key));
            if ((na is null) != (nb is null))
            {
                var name = a.Tokens.First(t => t.Entity?.EntityKey == key).Entity!.Text;
                changes.Add($"polarity: {name} {(na is null ? "→ " + nb : na + " → (not so)")}");
            }
        }
    }

    private static int Negations(AnalyzedClaim claim) => claim.Tokens.Count(t => WordLists.Negations.Contains(t.Lower));

    /// <summary>The ending/failure word governing an entity: the first content word after it (past coordinated names) or before it.</summary>
    private static string? NegativeOutcome(IReadOnlyList<ClaimToken> tokens, string key)
    {
        foreach (var index in Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Entity?.EntityKey == key))
        {
            for (var j = index + 1; j < tokens.Count; j++)
            {
                if (tokens[j].Entity is not null || !tokens[j].IsContent)
                {
                    continue;
                }

                if (WordLists.NegativeOutcomes.Contains(tokens[j].Lower))
                {
                    return tokens[j].Lower;
                }

                break;
            }

            for (var j = index - 1; j >= 0 && tokens[j].Entity is null; j--)
            {
                if (tokens[j].IsContent)
                {
                    if (WordLists.NegativeOutcomes.Contains(tokens[j].Lower))
                    {
                        return tokens[j].Lower;
                    }

                    break;
                }
            }
        }

        return null;
    }

    private static void Modality(AnalyzedClaim a, AnalyzedClaim b, List<string> changes)
    {
        var ma = a.Tokens.Where(t => WordLists.Modals.ContainsKey(t.Lower)).Select(t => WordLists.Modals[t.Lower]).ToHashSet();
        var mb = b.Tokens.Where(t => WordLists.Modals.ContainsKey(t.Lower)).Select(t => WordLists.Modals[t.Lower]).ToHashSet();
        if (!ma.SetEquals(mb))
        {
            changes.Add($"modality: {(ma.Count == 0 ? "asserted" : string.Join(", ", ma))} → {(mb.Count == 0 ? "asserted" : string.Join(", ", mb))}");
        }
    }

    private static void Substitutions(AnalyzedClaim a, AnalyzedClaim b, List<string> changes)
    {
        foreach (var (from, to) in SubstitutionFinder.Find(a.Tokens, b.Tokens))
        {
            // Participles ("observing" / "based") mostly carry a construction, not the claim's content: nouns and finite verbs do.
            if (!IsContentWord(from.Lower) || !IsContentWord(to.Lower))
            {
                continue;
            }

            var kind = SynonymTable.AreContrasts(from.Stem, to.Stem) ? "polarity" : "wording";
            changes.Add($"{kind}: {from.Lower} → {to.Lower}");
        }
    }

    private static bool IsContentWord(string word) =>
        word.Length >= 4 && word.All(char.IsLetter) && !word.EndsWith("ing", StringComparison.Ordinal) && !word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>A person or organisation on one side replaced by another of the same kind on the other.</summary>
    private static void Actors(AnalyzedClaim a, AnalyzedClaim b, List<string> changes)
    {
        foreach (var kind in new[] { MentionKind.Person, MentionKind.Organization })
        {
            var ea = Named(a, kind);
            var eb = Named(b, kind);
            var onlyA = ea.Keys.Except(eb.Keys).ToList();
            var onlyB = eb.Keys.Except(ea.Keys).ToList();
            if (onlyA.Count == 1 && onlyB.Count == 1)
            {
                changes.Add($"actor: {ea[onlyA[0]]} → {eb[onlyB[0]]}");
            }
        }
    }

    private static Dictionary<string, string> Named(AnalyzedClaim claim, MentionKind kind) =>
        claim.Tokens.Where(t => t.Entity?.Kind == kind).GroupBy(t => t.Entity!.EntityKey).ToDictionary(g => g.Key, g => g.First().Entity!.Text);
}
