using System.Collections.Frozen;

namespace Readout.Annotation.Entities;

/// <summary>Word classes of role titles, read from <c>Data/roles.tsv</c>; case-insensitive.</summary>
internal sealed class RoleLexicon
{
    // One probe answers every class of a word: role parsing asks about nearly every token of a document.
    private readonly FrozenDictionary<string, RoleWordClass>.AlternateLookup<ReadOnlySpan<char>> _classes;

    private RoleLexicon()
    {
        var classes = new Dictionary<string, RoleWordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("roles.tsv"))
        {
            var f = EmbeddedData.Fields(line, 2);
            var kind = f[0] switch
            {
                "head" => RoleWordClass.Head,
                "modifier" => RoleWordClass.Modifier,
                "portfolio" => RoleWordClass.Portfolio,
                "after" => RoleWordClass.After,
                _ => throw new InvalidDataException($"Unknown role word class '{f[0]}'."),
            };
            foreach (var word in EmbeddedData.List(f[1]))
            {
                classes[word] = classes.GetValueOrDefault(word) | kind;
            }
        }

        _classes = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RoleLexicon Shared { get; } = new();

    /// <summary>True for a title head; <paramref name="plural"/> is set for "Presidents", "Ministers".</summary>
    public bool IsHead(ReadOnlySpan<char> word, out bool plural)
    {
        plural = false;
        return Has(word, RoleWordClass.Head) || IsPluralHead(word, out plural);
    }

    public bool IsHead(ReadOnlySpan<char> word) => IsHead(word, out _);

    public bool IsModifier(ReadOnlySpan<char> word) => Has(word, RoleWordClass.Modifier);

    public bool IsPortfolio(ReadOnlySpan<char> word) => Has(word, RoleWordClass.Portfolio);

    public bool IsAfterHead(ReadOnlySpan<char> word) => Has(word, RoleWordClass.After);

    /// <summary>Any role word: used to stop a name run before "Putin President ..." style glitches.</summary>
    public bool IsRoleWord(ReadOnlySpan<char> word) => Has(word, RoleWordClass.Head | RoleWordClass.Modifier) || IsPluralHead(word, out _);

    private bool Has(ReadOnlySpan<char> word, RoleWordClass kind) => _classes.TryGetValue(word, out var classes) && (classes & kind) != 0;

    // "Ministers" (a lower-case plural s only), "Secretaries".
    private bool IsPluralHead(ReadOnlySpan<char> word, out bool plural)
    {
        plural = word.Length > 3 && word[^1] is 's' && Has(word[..^1], RoleWordClass.Head)
                 || word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && HasYStem(word);
        return plural;
    }

    private bool HasYStem(ReadOnlySpan<char> word)
    {
        Span<char> stem = word.Length <= 64 ? stackalloc char[word.Length - 2] : new char[word.Length - 2];
        word[..^3].CopyTo(stem);
        stem[^1] = 'y';
        return Has(stem, RoleWordClass.Head);
    }

    [Flags]
    private enum RoleWordClass : byte
    {
        None = 0,
        Head = 1,
        Modifier = 2,
        Portfolio = 4,
        After = 8,
    }
}
