namespace Readout.Annotation.Actors;

/// <summary>
/// Whether the text's title and a dictionary title name the same office. The test is the same words once folded
/// (case, word order, "of"/"for"/"the"/"affairs", hyphens, British/American spelling): "Foreign Minister" agrees
/// with "Minister of Foreign Affairs" and "Vice-President" with "Vice President". Nothing looser: a subset rule
/// would let "President" agree with "Vice President" and "Minister" with any portfolio, and the dictionary's
/// country is only taken on the strength of this agreement.
/// </summary>
internal static class OfficeTitle
{
    private static readonly char[] Separators = [' ', '-', '.', ',', '\t'];

    public static bool Agree(string textTitle, string dictionaryTitle)
    {
        var a = Words(textTitle);
        var b = Words(dictionaryTitle);
        return a.Count > 0 && a.SetEquals(b);
    }

    private static HashSet<string> Words(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in title.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            string folded = word.ToLowerInvariant();
            if (folded is not ("of" or "for" or "the" or "and" or "affairs"))
            {
                words.Add(Spelling(folded));
            }
        }

        return words;
    }

    // One spelling per word, so "Defence Minister" and "Minister of Defense" agree.
    private static string Spelling(string word) => word switch
    {
        "defence" => "defense",
        "labour" => "labor",
        _ => word,
    };
}
