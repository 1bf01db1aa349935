namespace Readout.Annotation.Entities;

/// <summary>Word classes of role titles, read from <c>Data/roles.tsv</c>; case-insensitive.</summary>
internal sealed class RoleLexicon
{
    private readonly HashSet<string> _heads = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _modifiers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _portfolio = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _after = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _headLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifierLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _portfolioLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _afterLookup;

    private RoleLexicon()
    {
        foreach (var line in EmbeddedData.Lines("roles.tsv"))
        {
            var f = EmbeddedData.Fields(line, 2);
            var set = f[0] switch
            {
                "head" => _heads,
                "modifier" => _modifiers,
                "portfolio" => _portfolio,
                "after" => _after,
                _ => throw new InvalidDataException($"Unknown role word class '{f[0]}'."),
            };
            set.UnionWith(EmbeddedData.List(f[1]));
        }

        _headLookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        _modifierLookup = _modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        _portfolioLookup = _portfolio.GetAlternateLookup<ReadOnlySpan<char>>();
        _afterLookup = _after.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RoleLexicon Shared { get; } = new();

    /// <summary>True for a title head; <paramref name="plural"/> is set for "Presidents", "Ministers".</summary>
    public bool IsHead(ReadOnlySpan<char> word, out bool plural)
    {
        plural = false;
        if (_headLookup.Contains(word))
        {
            return true;
        }

        if (word.Length > 3 && word[^1] is 's' && _headLookup.Contains(word[..^1]))
        {
            plural = true;
            return true;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && _headLookup.Contains(string.Concat(word[..^3], "y")))
        {
            plural = true;
            return true;
        }

        return false;
    }

    public bool IsHead(ReadOnlySpan<char> word) => IsHead(word, out _);

    public bool IsModifier(ReadOnlySpan<char> word) => _modifierLookup.Contains(word);

    public bool IsPortfolio(ReadOnlySpan<char> word) => _portfolioLookup.Contains(word);

    public bool IsAfterHead(ReadOnlySpan<char> word) => _afterLookup.Contains(word);

    /// <summary>Any role word: used to stop a name run before "Putin President ..." style glitches.</summary>
    public bool IsRoleWord(ReadOnlySpan<char> word) => IsHead(word) || IsModifier(word);
}
