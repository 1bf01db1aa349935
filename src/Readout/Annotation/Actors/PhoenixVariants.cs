using Readout.Annotation.Entities;
using Readout.Helpers;

namespace Readout.Annotation.Actors;

/// <summary>
/// Spelling variants from a Phoenix/TABARI <c>.actors</c> file (Open Event Data Alliance, MIT licence): a block is
/// a primary name line, "+VARIANT" lines, then "[CODE dates]" lines. Only plain names are kept: a variant with a
/// title word ("PRESIDENT_PUTIN"), a single word, or an initial-only given name says nothing the text does not.
/// </summary>
public static class PhoenixVariants
{
    /// <summary>Person key of the primary name → its plain-name variants (display form).</summary>
    public static Dictionary<string, List<string>> Read(TextReader reader)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            string line = DictionaryLine.Content(raw).TrimEnd().ToString();
            if (line.Length == 0 || line[0] is '\t' or '[' or ' ')
            {
                continue;
            }

            bool variant = line[0] == '+';
            string name = CountryInfoReader.Display(variant ? line[1..] : line);
            if (!variant)
            {
                current = ActorDictionary.KeyOf(name) is { } key && IsPlainName(name)
                    ? byKey.TryGetValue(key, out var list) ? list : byKey[key] = []
                    : null;
            }

            if (current is not null && IsPlainName(name) && !current.Contains(name))
            {
                current.Add(name);
            }
        }

        return byKey;
    }

    private static bool IsPlainName(string name)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && words[0].TrimEnd('.').Length > 1
            && !words.SelectMany(w => w.Split('-')).Any(w => RoleLexicon.Shared.IsRoleWord(w) || w is "Mr" or "Mr." or "The" or "Elect" or "Administration" or "Government");
    }
}
