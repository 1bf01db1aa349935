using Readout.Model;

namespace Readout.Comparison;

/// <summary>A claim with what the comparison rules read: its content tokens (frame cut off) and its resolved dates.</summary>
internal sealed record AnalyzedClaim(Claim Claim, TextSpan Content, IReadOnlyList<ClaimToken> Tokens, IReadOnlyList<string> Dates)
{
    public IEnumerable<ClaimToken> ContentTokens => Tokens.Where(t => t.IsContent);

    /// <summary>The similarity profile, built once per claim.</summary>
    public TextProfile Profile { get; } = new(Tokens);
}
