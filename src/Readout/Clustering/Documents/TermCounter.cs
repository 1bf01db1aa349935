namespace Readout.Clustering.Documents;

/// <summary>
/// Turns text into lower-cased content terms with sublinear weights (1 + ln tf). Numbers are kept ("6.1",
/// "23"): look-alike events differ in magnitudes and tolls as much as in words. Capitalised words that do not
/// start a sentence are also returned as proper-name keys, a cheap entity signal for names no gazetteer knows.
/// </summary>
public static class TermCounter
{
    // Function words and news boilerplate: frequent everywhere, so they only add noise and cost to the index.
    private static readonly HashSet<string> StopWords = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between both but by
        can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
        into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she
        should so some such than that the their theirs them then there these they this those through to too under until up very
        was we were what when where which while who whom why will with would you your yours said says say told according reported
        report reports news one two new last first year years time week day today yesterday monday tuesday wednesday thursday friday
        saturday sunday mr mrs ms people may might must shall us via per since still even back well much many like get got made make
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Terms and proper-name keys of <paramref name="text"/>.</summary>
    public static (List<KeyValuePair<string, float>> Terms, HashSet<string> Names) Count(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end])
                       || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsDigit(text[end - 1]) && char.IsDigit(text[end + 1]))))
            {
                end++;
            }

            var word = text.AsSpan(i, end - i);
            if (word.Length >= 2 || char.IsDigit(word[0]))
            {
                var term = word.ToString().ToLowerInvariant();
                if (!StopWords.Contains(term))
                {
                    counts[term] = counts.GetValueOrDefault(term) + 1;
                    if (!sentenceStart && char.IsUpper(word[0]) && word.Length >= 3)
                    {
                        names.Add("n:" + term);
                    }
                }
            }

            sentenceStart = false;
            i = end;
        }

        var terms = new List<KeyValuePair<string, float>>(counts.Count);
        foreach (var (term, count) in counts)
        {
            terms.Add(new(term, 1f + MathF.Log(count)));
        }

        return (terms, names);
    }
}
